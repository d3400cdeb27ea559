/**
 * The text Pagefind indexes for one passage: the report's words with whitespace collapsed and
 * footnote markers left out, and a `|` at each seam of a compound (`vrouwen|opvang`). Pagefind
 * indexes a token with ASCII punctuation as the whole word and as its parts, all at the word's
 * position, so `opvang` finds and locates `vrouwenopvang`. The seams are recorded, so the
 * browser removes exactly the characters added here and shows the report's words.
 */
import { splitAtFootnoteMarkers } from '../../schema/footnote-marker.ts';
import { MIN_PART } from './compound-rules.ts';
import type { CompoundSplitter } from './split-compounds.ts';
import { tokens } from '../index-words.ts';

export const SEAM = '|';

export interface IndexedText {
  /** What Pagefind indexes and returns as the fragment's content. */
  content: string;
  /** Offsets in `content` of every inserted SEAM, ascending. */
  seams: number[];
  /** Offsets in the shown text (content without seams) where a footnote marker stood. */
  noteBreaks: number[];
}

/**
 * The passage text as shown in search: markers out, whitespace runs as one space, trimmed, and
 * zero-width spaces left out (Pagefind removes them from what it stores, which would shift the
 * seams).
 */
export function shownText(text: string): { text: string; noteBreaks: number[] } {
  const pieces = splitAtFootnoteMarkers(text.replace(/\u200b/gu, ''));
  let out = '';
  const noteBreaks: number[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) noteBreaks.push(out.length);
    out += piece;
  });
  // Collapse whitespace and move the breaks with the text.
  let collapsed = '';
  const moved: number[] = [];
  let next = 0;
  for (let i = 0; i <= out.length; i++) {
    while (next < noteBreaks.length && noteBreaks[next] === i) moved.push(collapsed.length), next++;
    if (i === out.length) break;
    const c = out[i]!;
    if (/[\s\u0085]/u.test(c)) {
      if (collapsed !== '' && !collapsed.endsWith(' ')) collapsed += ' ';
    } else collapsed += c;
  }
  const trimmed = collapsed.trimEnd();
  return { text: trimmed, noteBreaks: [...new Set(moved.map((b) => Math.min(b, trimmed.length)))].filter((b) => b > 0 && b < trimmed.length) };
}

export function indexedText(text: string, split: CompoundSplitter): IndexedText {
  const shown = shownText(text);
  let content = '';
  const seams: number[] = [];
  let at = 0;
  for (const token of tokens(shown.text)) {
    content += shown.text.slice(at, token.start);
    // Pagefind reads a token that begins with `_` as a possible instruction to its indexer
    // (`___PAGEFIND_WEIGHT___`, `___END_PAGEFIND_WEIGHT___`, …) and may drop it; a seam in front
    // keeps such text from a report a word (text is data, never instructions).
    if (token.text.startsWith('_')) seams.push(content.length), (content += SEAM);
    for (const piece of token.text.split(/(\p{L}+)/u)) {
      const lower = piece.toLowerCase();
      // A letter whose lowercase has another length would shift the seams; such words stay whole.
      const parts = piece.length >= 2 * MIN_PART && lower.length === piece.length ? split(lower) : undefined;
      if (!parts) {
        content += piece;
        continue;
      }
      let offset = 0;
      parts.forEach((part, i) => {
        if (i > 0) seams.push(content.length), (content += SEAM);
        content += piece.slice(offset, offset + part.length);
        offset += part.length;
      });
    }
    at = token.start + token.text.length;
  }
  return { content, seams, noteBreaks: shown.noteBreaks };
}
