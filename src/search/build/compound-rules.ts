/**
 * The rules for splitting Dutch compounds, as data. A part must be a word of the corpus of at
 * least MIN_PART letters; a linking `s` may join two parts (`veiligheid-s-plan`).
 */
export const MIN_PART = 4;

/**
 * Corpus words that never serve as a part. Prepositions and adverbs that also begin verbs and
 * nouns would otherwise split words that are not compounds of them for a reader: `onderzoek` is
 * not a kind of `zoek`, `vastgesteld` not a kind of `gesteld`.
 */
export const NEVER_A_PART: ReadonlySet<string> = new Set([
  'achter', 'binnen', 'buiten', 'door', 'heen', 'mede', 'naar', 'neer', 'onder', 'over', 'tegen', 'vast', 'voor', 'voort', 'weer', 'samen', 'terug', 'verder', 'deze', 'haar', 'hier', 'daar', 'waar', 'maar', 'meer', 'niet', 'zijn', 'heel', 'alle', 'even', 'elke', 'ieder', 'zelf',
]);

/**
 * Words that look like compounds of corpus words but are not read as such: searching the part
 * would find a word that does not mean it: `rijk` in `belangrijk`, `eren` in `kinderen`, `maat` in
 * `maatregel`, `vinden` in `plaatsvinden`. Matched as prefixes, so inflections (`maatregelen`, `plaatsvindt`) are covered.
 */
export const NOT_COMPOUNDS: readonly string[] = ['belangrijk', 'grondslag', 'kinderen', 'maatregel', 'middellang', 'plaatsvind', 'richtlijn'];
