/**
 * The part of a passage a programme page quotes: the whole passage when it is short, else a
 * window of words around each mention (windows that touch are merged), with an ellipsis where
 * text is left out. Mentions become `mark` segments and `[^N]` markers `footnote` segments, so a
 * page renders report text only as text (never as HTML). Joining every `text`, `mark` and
 * `footnote` segment (as `[^N]`) of an uncut excerpt gives back the passage exactly.
 */
import type { Mention } from '../programmes/find-mentions';
import { footnoteMarkers } from '../schema/footnote-marker';

export type ExcerptSegment =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; text: string }
  | { kind: 'footnote'; number: number }
  | { kind: 'gap' };

export interface ExcerptOptions {
  /** Passages up to this many characters are quoted whole. */
  wholeUpTo: number;
  /** Characters of context kept on each side of a mention (extended to the next space). */
  context: number;
}

const DEFAULT_EXCERPT: ExcerptOptions = { wholeUpTo: 700, context: 220 };

function splitFootnotes(text: string, kind: 'text' | 'mark'): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(footnoteMarkers())) {
    if (m.index > last) out.push({ kind, text: text.slice(last, m.index) });
    out.push({ kind: 'footnote', number: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind, text: text.slice(last) });
  return out;
}

/** Window start moved back to just after a space (never inside a word or a `[^N]` marker). */
function startAt(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Window end moved forward to a space. */
function endAt(text: string, at: number): number {
  let i = Math.min(text.length, at);
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

/** The windows of text to quote, merged where they overlap or touch. */
function windows(text: string, mentions: readonly Mention[], options: ExcerptOptions): Array<[number, number]> {
  if (text.length <= options.wholeUpTo || mentions.length === 0) return [[0, text.length]];
  const merged: Array<[number, number]> = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const from = startAt(text, m.start - options.context);
    const to = endAt(text, m.end + options.context);
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export function excerptSegments(text: string, mentions: readonly Mention[], options: ExcerptOptions = DEFAULT_EXCERPT): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const [from, to] of windows(text, sorted, options)) {
    if (from > 0) out.push({ kind: 'gap' });
    let at = from;
    for (const m of sorted) {
      if (m.start < from || m.end > to) continue;
      out.push(...splitFootnotes(text.slice(at, m.start), 'text'));
      out.push(...splitFootnotes(text.slice(m.start, m.end), 'mark'));
      at = m.end;
    }
    out.push(...splitFootnotes(text.slice(at, to), 'text'));
    if (to < text.length) out.push({ kind: 'gap' });
  }
  // Two windows give "… a … b …": one gap between them, not two.
  return out.filter((s, i) => !(s.kind === 'gap' && out[i - 1]?.kind === 'gap')).filter((s) => s.kind !== 'text' || s.text !== '');
}
