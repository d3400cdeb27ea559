/**
 * Files the build writes beside Pagefind's index for the search page.
 *
 * The index vocabulary, published in small files by first letter (`zoeken/woorden/h.json`), so
 * the search page can expand a word being typed to the index words it begins and suggest the
 * nearest index words for one that matches nothing, fetching one letter's words, not all.
 */
export const VOCABULARY_DIR = 'zoeken/woorden/';

/** The file a word's neighbours are in: its first letter a–z, or `_` for anything else. */
export function vocabularyKey(word: string): string {
  const first = word[0] ?? '';
  return /[a-z]/.test(first) ? first : '_';
}

/**
 * Every record's articles and topic, in the order of the records' `artikel` sort rank
 * (PassageTable in search-records.ts): with one sorted Pagefind search the search page knows
 * each result's articles, and counts them, before it fetches any result.
 */
export const PASSAGES_FILE = 'zoeken/passages.json';
