/**
 * Joins the wrapped lines of one paragraph, list item or note into one string.
 * A line that ends in a hyphen is joined without a space (`Verwey-` + `Jonker`), except
 * before a conjunction (`wet-` + `en regelgeving`), where Dutch keeps the space; each
 * such join is logged, because it changes what a word looks like.
 */
import type { Correction } from '../schema/report.ts';

const CONJUNCTION = /^(en|of|tot|en\/of)\b/;

export function joinLines(lines: Array<{ no: number; text: string }>, corrections: Correction[]): string {
  let out = '';
  let prev: { no: number; text: string } | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    if (prev === undefined) out = line.text;
    else if (/\p{L}-$/u.test(prev.text) && /^\p{L}/u.test(line.text) && !CONJUNCTION.test(line.text)) {
      const before = `${lastWord(prev.text)} ${firstWord(line.text)}`;
      const after = `${lastWord(prev.text)}${firstWord(line.text)}`;
      corrections.push({ line: prev.no, before, after, rule: 'join-hyphenated-line-break' });
      out += line.text;
    } else out += ` ${line.text}`;
    prev = line;
  }
  return out;
}

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
const firstWord = (s: string) => s.split(' ')[0]!;
