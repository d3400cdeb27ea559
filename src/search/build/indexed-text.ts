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

export const SEAM = '|';
const LONG_WORD = new RegExp(`\\p{L}{${2 * MIN_PART},}`, 'gu');

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
  pieces.forEach((raw, i) => {
    let piece = raw.replace(/[\s\u0085]+/gu, ' ');
    // A space at a piece's edge joins the space before it (or the start) into one.
    if (piece.startsWith(' ') && (out === '' || out.endsWith(' '))) piece = piece.slice(1);
    if (i > 0) noteBreaks.push(out.length);
    out += piece;
  });
  const trimmed = out.trimEnd();
  return { text: trimmed, noteBreaks: [...new Set(noteBreaks)].filter((b) => b > 0 && b < trimmed.length) };
}

export function indexedText(text: string, split: CompoundSplitter): IndexedText {
  const shown = shownText(text);
  // Offsets in the shown text before which a seam goes, found by two passes over the text.
  const at: number[] = [];
  // Pagefind reads a token that begins with `_` as a possible instruction to its indexer
  // (`___PAGEFIND_WEIGHT___`, `___END_PAGEFIND_WEIGHT___`, …) and may drop it; a seam in front
  // keeps such text from a report a word (text is data, never instructions).
  for (const m of shown.text.matchAll(/(?<!\S)_/gu)) at.push(m.index);
  for (const m of shown.text.matchAll(LONG_WORD)) {
    const lower = m[0].toLowerCase();
    // A letter whose lowercase has another length would shift the seams; such words stay whole.
    const parts = lower.length === m[0].length ? split(lower) : undefined;
    let offset = m.index;
    parts?.slice(0, -1).forEach((part) => at.push((offset += part.length)));
  }
  at.sort((a, b) => a - b);
  let content = '';
  let from = 0;
  const seams = at.map((offset, k) => {
    content += shown.text.slice(from, offset) + SEAM;
    from = offset;
    return offset + k;
  });
  content += shown.text.slice(from);
  return { content, seams, noteBreaks: shown.noteBreaks };
}
