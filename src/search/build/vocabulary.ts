/**
 * Every word Pagefind indexes for the records (whole words and their parts), most frequent
 * first, grouped by vocabularyKey. Computed from the records' content with the same rules
 * Pagefind applies (index-words.ts), so it lists what the index holds and nothing else.
 */
import { indexWord, punctuationParts, tokens } from '../index-words.ts';
import { vocabularyKey } from '../vocabulary-files.ts';

export function vocabulary(contents: Iterable<string>): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const content of contents) {
    for (const token of tokens(content)) {
      for (const word of [indexWord(token.text), ...punctuationParts(token.text)]) {
        if (word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const groups = new Map<string, string[]>();
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [word] of ordered) {
    const key = vocabularyKey(word);
    const group = groups.get(key) ?? [];
    if (group.length === 0) groups.set(key, group);
    group.push(word);
  }
  return new Map([...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
