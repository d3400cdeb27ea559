/**
 * Pagefind stems Dutch, but its stemmer does not join every plural to its singular
 * ("huisverboden" does not find "huisverbod"). The search page therefore also searches the
 * singular of each word, by the regular Dutch plural rules, and merges the results.
 * Irregular plurals (kinderen, steden) are left to the stemmer.
 */

/** The singular of a regular Dutch plural, or undefined when the word does not look plural. */
export function dutchSingular(word: string): string | undefined {
  const w = word.toLowerCase();
  const apostrophe = /^(.{2,}[aeiouy])['’]s$/.exec(w);
  if (apostrophe) return apostrophe[1];
  const withS = /^(.{3,}(?:er|el|em|en|ie|je|ue))s$/.exec(w);
  if (withS) return withS[1];
  const withEn = /^(.{3,}[^aeiou])en$/.exec(w);
  if (withEn) {
    const stem = withEn[1]!;
    // gevallen → geval, contacten → contact; a doubled consonant was only there for the plural
    return /([bdfgklmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  return undefined;
}

/** The query with every plural word made singular; undefined when nothing changes. */
export function singularQuery(query: string): string | undefined {
  let changed = false;
  const words = query.split(/(\s+)/).map((part) => {
    if (/^\s+$/.test(part) || part === '') return part;
    const singular = dutchSingular(part);
    if (!singular || singular === part.toLowerCase()) return part;
    changed = true;
    return singular;
  });
  return changed ? words.join('') : undefined;
}
