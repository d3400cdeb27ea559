/**
 * Where a paragraph or list item may start, read off the layout of the running text, line by
 * line through the document:
 *
 * - `gap`: more vertical space than the line pitch (paragraph spacing);
 * - `label`: the line starts with a list label (`a.`, `1.`, `(1).`, `-`, `•`) set apart from its
 *   text, where the label stands apart from the text's left edge or the next line hangs under the
 *   item's text (so a dash that merely opens a justified line is not a label);
 * - `indent`: the line starts right of the page's left edge, and not where the lines of its block
 *   run (a first-line indent; also a one-line indented paragraph after another);
 * - `outdent`: it starts left of where its block's lines run (the text after a list);
 * - `page-end`: at a page break, the page before ended well above the foot of its text (a page
 *   break before a new part, or a heading kept with what follows);
 * - `page`: a page break where nothing says the paragraph runs on (it may end there, as for text);
 * - `short`: the line before ended early: before the right edge of justified text, or (for a
 *   line after a one-line indented paragraph) although the first word of this one would have fitted.
 *
 * Where none holds at a page break, the paragraph runs on (`runsOn`): the page break is not a
 * paragraph break, even after a full stop. That is said only for justified text, where a line
 * that reaches the right edge is known not to be a paragraph's last; in ragged text a full stop at
 * a page's end may end a paragraph, as for text. Whether a possible start is a new paragraph is
 * still the shared stages' decision (a break ends a block after a sentence). Edges are measured
 * per page (mirrored margins), falling back to the document's on pages with few lines.
 */
import type { LaidOutLine, LaidOutPage } from './layout-types.ts';
import { endsSentence } from '../pipeline/segment-blocks.ts';

/** A vertical step this many times the line pitch (scaled to the larger size) is a gap. */
const GAP = 1.25;
/** Horizontal positions within this share of the size are the same. */
const ALIGN = 0.3;
/** A label is set apart from its text by at least this share of the size. */
const LABEL_GAP = 0.4;
/** A page whose last line stands this many line pitches above the bottom of the text (or above its foot) ended early. */
const PAGE_END = 3;
/** In justified text, a line ending this far (PDF units) or more before the right edge is a paragraph's last. */
const JUSTIFIED_EDGE = 1;
/** Pages with fewer body-size lines than this use the document's edges. */
const FEW_LINES = 8;
const LABEL = /^(?:[a-z]\.|\(?\d{1,2}\)\.?|\d{1,3}\.|[-•▪◦●])$/;

interface Edges {
  left: number;
  right: number;
}

/** Sets `breakBefore` and `runsOn` on the body lines (afresh: earlier values are cleared). */
export function paragraphBreaks(pages: readonly LaidOutPage[], bodySize: number): void {
  for (const page of pages) for (const line of page.lines) {
    delete line.breakBefore;
    delete line.runsOn;
  }
  const body = pages.flatMap((page) => page.lines.filter((line) => line.zone === 'body'));
  const sized = (lines: readonly LaidOutLine[]) => lines.filter((line) => Math.abs(line.size - bodySize) <= 0.5);
  const pitch = linePitch(body, bodySize);
  const pitches = pitchBySize(body);
  const pageSteps = smallestSteps(body);
  const documentEdges = edges(sized(body));
  const pageEdges = new Map(
    pages.map((page) => {
      const lines = sized(page.lines.filter((line) => line.zone === 'body'));
      return [page.number, lines.length >= FEW_LINES ? edges(lines) : documentEdges];
    }),
  );
  const justified = isJustified(sized(body), pageEdges);
  const bottom = textBottom(body);
  const footTops = new Map(pages.map((page) => [page.number, Math.max(-Infinity, ...page.lines.filter((l) => l.zone === 'foot').map((l) => l.y))]));

  let previous: LaidOutLine | undefined;
  /** Where the current block's later lines run; unknown until its second line (or an item's text). */
  let blockX: number | undefined;
  body.forEach((line, i) => {
    const { left } = pageEdges.get(line.page)!;
    const next = body[i + 1]?.page === line.page ? body[i + 1] : undefined;
    const label = labelText(line, left, next);
    if (!previous) {
      blockX = label;
      previous = line;
      return;
    }
    const samePage = previous.page === line.page;
    const tolerance = ALIGN * line.size;
    const justifiedLine = justified && Math.abs(previous.size - bodySize) <= 0.5;
    const previousRight = pageEdges.get(previous.page)!.right;
    const underPrevious = Math.abs(line.x - previous.x) <= tolerance;
    let reason: string | undefined;
    // The pitch of these lines' own size: the smallest of the document's most common step, this
    // page's smallest step between such lines (a single-spaced cover over 1.5-spaced text), and the body's, scaled.
    const size = Math.max(previous.size, line.size);
    const key = Math.round(size * 2) / 2;
    const sameSize = Math.abs(previous.size - line.size) <= 0.5;
    const step = Math.min(pitch * (size / bodySize), ...(sameSize ? [pitches.get(key) ?? Infinity, pageSteps.get(`${line.page}|${key}`) ?? Infinity] : []));
    if (samePage && previous.y - line.y > GAP * step) reason = 'gap';
    else if (label !== undefined) reason = 'label';
    else if (line.x > left + tolerance && (blockX === undefined ? !underPrevious : Math.abs(line.x - blockX) > tolerance)) reason = 'indent';
    // An indented line where the line before started too: a block indented as a whole, unless
    // that line was a paragraph of one line (it ended where the next word would have fitted).
    else if (blockX === undefined && line.x > left + tolerance && underPrevious && fitsAfter(previous, line, previousRight)) reason = 'short';
    else if (blockX !== undefined && line.x < blockX - tolerance) reason = 'outdent';
    else if (!samePage && previous.y - Math.max(bottom, footTops.get(previous.page)!) > PAGE_END * pitch) reason = 'page-end';
    // Headings and a cover in other sizes are not set justified, whatever the running text is.
    else if (justifiedLine && previous.end < previousRight - JUSTIFIED_EDGE) reason = 'short';
    if (reason) {
      line.breakBefore = reason;
      blockX = label;
    } else {
      // Runs on: in justified text, from a full line; in ragged text only where nothing could end (no full stop).
      if (!samePage && (justifiedLine || !endsSentence(previous.text))) line.runsOn = true;
      else if (!samePage) line.breakBefore = 'page';
      blockX ??= line.x;
    }
    previous = line;
  });
}

/**
 * For a line that starts with a list label set apart from its text: where the item's text begins.
 * A label counts when it stands right of the page's left edge (lists are indented) or the next
 * line hangs under the item's text.
 */
function labelText(line: LaidOutLine, left: number, next: LaidOutLine | undefined): number | undefined {
  const [label, text] = line.pieces;
  if (!label || !text || !LABEL.test(label.str.trim())) return undefined;
  const tolerance = ALIGN * line.size;
  if (text.x - (label.x + label.width) < LABEL_GAP * line.size) return undefined;
  const hangs = next !== undefined && Math.abs(next.x - text.x) <= tolerance;
  return label.x > left + tolerance || hangs ? text.x : undefined;
}

/** True when the first word of `line` would have fitted at the end of `previous`: so `previous` ended where it chose to. */
function fitsAfter(previous: LaidOutLine, line: LaidOutLine, right: number): boolean {
  const first = line.pieces[0]!;
  const word = first.str.trim().split(/\s+/)[0] ?? '';
  const wordWidth = first.str.length === 0 ? 0 : (first.width * word.length) / first.str.length;
  const space = /-$/.test(previous.text) ? 0 : 0.25 * line.size;
  return previous.end + space + wordWidth < right - ALIGN * line.size;
}

/** Left edge: the most common start of a line; right edge: the 95th percentile of line ends, so a long URL sticking out does not move it. */
function edges(lines: readonly LaidOutLine[]): Edges {
  if (lines.length === 0) return { left: 0, right: Infinity };
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const left = [...starts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const ends = lines.map((line) => line.end).sort((a, b) => a - b);
  return { left, right: ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.95))]! };
}

/** Justified when most body lines end at their page's right edge. */
function isJustified(lines: readonly LaidOutLine[], pageEdges: Map<number, Edges>): boolean {
  return lines.filter((line) => Math.abs(line.end - pageEdges.get(line.page)!.right) <= JUSTIFIED_EDGE).length >= 0.5 * lines.length;
}

/** Where the running text ends at the bottom of a full page: the lowest body baselines (the 2nd percentile, so a stray line does not move it). */
function textBottom(body: readonly LaidOutLine[]): number {
  const ys = body.map((line) => line.y).sort((a, b) => a - b);
  return ys.length === 0 ? 0 : ys[Math.floor(ys.length * 0.02)]!;
}

/** Each step between consecutive body lines on one page: how far the baseline of `below` lies under that of `above`. */
function lineSteps(body: readonly LaidOutLine[]): Array<{ above: LaidOutLine; below: LaidOutLine; step: number }> {
  return body.flatMap((below, i) => {
    const above = body[i - 1];
    return above && above.page === below.page ? [{ above, below, step: above.y - below.y }] : [];
  });
}

/** The most common of these steps, to a tenth of a unit (the smaller on a tie), and how often it occurs. */
function mostCommonStep(steps: readonly number[]): { step: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (const raw of steps) {
    const step = Math.round(raw * 10) / 10;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return best && { step: best[0], count: best[1] };
}

const sameSize = (a: LaidOutLine, b: LaidOutLine) => Math.abs(a.size - b.size) <= 0.5;
const sizeKey = (a: LaidOutLine, b: LaidOutLine) => Math.round(Math.max(a.size, b.size) * 2) / 2;

/** Per page and size (`page|size`), the smallest step between consecutive lines of that size, when two or more steps are there to compare. */
function smallestSteps(body: readonly LaidOutLine[]): Map<string, number> {
  const steps = new Map<string, number[]>();
  for (const { above, below, step } of lineSteps(body)) {
    // Closer than 0.9 of the size is no line step (an overlap, a sub- or superscript line).
    if (!sameSize(above, below) || step < 0.9 * Math.max(above.size, below.size)) continue;
    const key = `${above.page}|${sizeKey(above, below)}`;
    steps.set(key, [...(steps.get(key) ?? []), step]);
  }
  return new Map([...steps].filter(([, list]) => list.length >= 2).map(([key, list]) => [key, Math.min(...list)]));
}

/** Per size (to half a point), the most common step between consecutive lines of that size on a page, where it occurs three times or more. */
function pitchBySize(body: readonly LaidOutLine[]): Map<number, number> {
  const steps = new Map<number, number[]>();
  for (const { above, below, step } of lineSteps(body)) {
    if (sameSize(above, below)) steps.set(sizeKey(above, below), [...(steps.get(sizeKey(above, below)) ?? []), step]);
  }
  const out = new Map<number, number>();
  for (const [size, list] of steps) {
    const best = mostCommonStep(list);
    if (best && best.count >= 3) out.set(size, best.step);
  }
  return out;
}

/** The most common step between baselines of consecutive body-size lines on a page. */
function linePitch(body: readonly LaidOutLine[], bodySize: number): number {
  const steps = lineSteps(body).filter(({ above, below }) => Math.abs(above.size - bodySize) <= 0.5 && Math.abs(below.size - bodySize) <= 0.5);
  return mostCommonStep(steps.map((s) => s.step))?.step ?? bodySize * 1.2;
}
