/**
 * The singular of a regular Dutch plural. The Snowball stemmer does not join every plural to its
 * singular (`opvangplaatsen` and `opvangplaats` get different stems), so find-passages.ts also
 * treats a word and its regular singular as forms of one word. Irregular plurals (kinderen,
 * steden) are left to the stemmer.
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
