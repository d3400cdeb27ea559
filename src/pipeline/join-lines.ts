/**
 * Joins the wrapped lines of one paragraph, list item or note into one string.
 * A line that ends in a hyphen after a letter, digit or closing quote is joined without a space
 * (`Verwey-` + `Jonker`, `2022-` + `2023`, `incidenteel’-` + `criterium`), except
 * before a conjunction (`wet-` + `en regelgeving`), where Dutch keeps the space; each
 * such join is logged, because it changes what a word looks like. A URL that a narrow column
 * broke inside (`…/Rechtbank` + `en/Rechtbank-Rotterdam/…`) is joined too, when the next line
 * starts with more of a URL's path (a `/`, `?`, `=`, `#` or `&` in its first word, or a web page's
 * extension); a URL never holds a space.
 */
import type { Correction } from '../schema/report.ts';

/** The conjunction as a word of its own: `en regelgeving`, not `en-contact` (a word or URL split after its hyphen). */
/** More of a URL's path: a `/`, `?`, `=`, `#` or `&` and, besides, a second one or a `.`, `-`, `_` or `%` (not `en/of`, `24/7`, `m/v`). */
const URL_REST = /^(?=[\w\-.~%/?#=&+:;@!$'()*,]*[/?=#&])(?=(?:[^/?=#&]*[/?=#&]){2}|[^\s]*[.\-_%])[\w\-.~%/?#=&+:;@!$'()*,]+$/;
/** A URL that already ends like a whole address does not continue on the next line. */
const URL_END = /(?:\.(?:aspx?|html?|php|pdf)|\/)$/;
const CONJUNCTION = /^(en|of|tot|en\/of)(?=$|[\s,.;:)])/;

export function joinLines(lines: Array<{ no: number; text: string }>, corrections: Correction[]): string {
  let out = '';
  let prev: { no: number; text: string } | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    if (prev === undefined) out = line.text;
    else if (/^https?:\/\/\S+$/.test(lastWord(prev.text)) && !URL_END.test(lastWord(prev.text)) && URL_REST.test(firstWord(line.text))) {
      corrections.push({ line: prev.no, before: `${lastWord(prev.text)} ${firstWord(line.text)}`, after: `${lastWord(prev.text)}${firstWord(line.text)}`, rule: 'join-url-line-break' });
      out += line.text;
    } else if (/[\p{L}\p{N}’”'")\]]-$/u.test(prev.text) && /^[\p{L}\p{N}]/u.test(line.text) && !CONJUNCTION.test(line.text)) {
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
