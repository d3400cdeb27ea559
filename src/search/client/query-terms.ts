/**
 * A query as terms: words, and phrases in double quotes (`"gedwongen huwelijk"`). Each word is
 * normalised as Pagefind normalises index words (index-words.ts), so a term is looked up as the
 * index holds it. The last word may be matched as a prefix while it is being typed.
 */
import { indexWord } from '../index-words.ts';

export interface Term {
  /** As typed, for messages ("niet gevonden: huwelijk"). */
  text: string;
  /** Normalised words; more than one for a phrase. */
  words: string[];
  phrase: boolean;
  /** In double quotes: these words exactly, no other forms. */
  exact: boolean;
  /** The word being typed: unquoted, last, and not yet followed by a space. */
  typing: boolean;
}

export function queryTerms(query: string, typing = false): Term[] {
  const terms: Term[] = [];
  const pattern = /"([^"]*)"?|(\S+)/gu;
  for (const m of query.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const words = m[1].split(/\s+/u).map(indexWord).filter(Boolean);
      if (words.length > 0) terms.push({ text: m[1].trim(), words, phrase: words.length > 1, exact: true, typing: false });
    } else {
      const word = indexWord(m[2]!);
      if (word) terms.push({ text: m[2]!, words: [word], phrase: false, exact: false, typing: false });
    }
  }
  const last = terms.at(-1);
  if (last && typing && !last.exact && !/\s$/u.test(query)) last.typing = true;
  // The same word twice adds nothing.
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.exact}:${t.words.join(' ')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
