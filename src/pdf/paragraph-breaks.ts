/**
 * Where a paragraph or list item may start, read off the layout of the running text, line by
 * line through the document:
 *
 * - `gap`: more vertical space than the line pitch (paragraph spacing);
 * - `label`: the line starts with a list label (`a.`, `1.`, `(1).`, `-`, `•`) set apart from its text;
 * - `indent`: the line starts further right than the lines of its block run (a first-line indent);
 * - `outdent`: it starts further left (the text after a list, or after an indented block);
 * - `page-end`: at a page break, the page before ended well above the foot of its text (a page
 *   break before a new part, or a heading kept with what follows);
 * - `short`: the line before ended early: before the right edge of justified text, or (at a page
 *   break, in ragged text) although the first word of this one would have fitted on it.
 *
 * Where none holds at a page break, the paragraph runs on (`runsOn`): the page break is not a
 * paragraph break, even after a full stop. Whether a possible start is a new paragraph is still
 * the shared stages' decision, by the same rules as for text (a break ends a block after a sentence).
 */
import type { LaidOutLine, LaidOutPage } from './layout-types.ts';

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
const LABEL = /^(?:[a-z]\.|\(?\d{1,2}\)\.?|\d{1,3}\.|[-•▪◦●])$/;

/** Sets `breakBefore` and `runsOn` on the body lines (afresh: earlier values are cleared). */
export function paragraphBreaks(pages: readonly LaidOutPage[], bodySize: number): void {
  for (const page of pages) for (const line of page.lines) {
    delete line.breakBefore;
    delete line.runsOn;
  }
  const body = pages.flatMap((page) => page.lines.filter((line) => line.zone === 'body'));
  const pitch = linePitch(body, bodySize);
  const right = rightEdge(body, bodySize);
  const justified = isJustified(body, bodySize, right);
  const bottom = textBottom(body);
  const footTops = new Map(pages.map((page) => [page.number, Math.max(-Infinity, ...page.lines.filter((l) => l.zone === 'foot').map((l) => l.y))]));
  let previous: LaidOutLine | undefined;
  /** Where the current block's lines after its first run; unknown until its second line. */
  let blockX: number | undefined;
  for (const line of body) {
    if (!previous) {
      blockX = hangingX(line);
      previous = line;
      continue;
    }
    const samePage = previous.page === line.page;
    const tolerance = ALIGN * line.size;
    const justifiedLine = justified && Math.abs(previous.size - bodySize) <= 0.5;
    let reason: string | undefined;
    if (samePage && previous.y - line.y > GAP * pitch * (Math.max(previous.size, line.size) / bodySize)) reason = 'gap';
    else if (hangingX(line) !== undefined) reason = 'label';
    else if (blockX !== undefined && line.x > blockX + tolerance) reason = 'indent';
    else if (blockX !== undefined && line.x < blockX - tolerance) reason = 'outdent';
    else if (blockX === undefined && line.x > previous.x + tolerance) reason = 'indent';
    else if (!samePage && previous.y - Math.max(bottom, footTops.get(previous.page)!) > PAGE_END * pitch) reason = 'page-end';
    // Headings and a cover in other sizes are not set justified, whatever the running text is.
    // Within a page, only justified text makes a short line evidence: a ragged line may have been
    // wrapped for another width (a PDF drawn from text lines). Across a page break it decides
    // between "may end here" (as for text) and "runs on".
    else if ((justifiedLine || !samePage) && endsShort(previous, line, right, justifiedLine)) reason = 'short';
    if (reason) {
      line.breakBefore = reason;
      blockX = hangingX(line);
    } else {
      if (!samePage) line.runsOn = true;
      blockX ??= line.x;
    }
    previous = line;
  }
}

/** For a line that starts with a list label set apart from its text: where the item's text (and its later lines) begin. */
export function hangingX(line: LaidOutLine): number | undefined {
  const [label, text] = line.pieces;
  if (!label || !text || !LABEL.test(label.str.trim())) return undefined;
  return text.x - (label.x + label.width) >= LABEL_GAP * line.size ? text.x : undefined;
}

/**
 * True when `previous` ended before the text block's right edge by choice. In justified text
 * every line but a paragraph's last reaches the edge; in ragged text a line ends early only
 * when the next word would not have fitted, so it ended by choice if the first word of `line` would have.
 */
function endsShort(previous: LaidOutLine, line: LaidOutLine, right: number, justified: boolean): boolean {
  if (justified) return previous.end < right - JUSTIFIED_EDGE;
  const first = line.pieces[0]!;
  const word = first.str.trim().split(/\s+/)[0] ?? '';
  const wordWidth = first.str.length === 0 ? 0 : (first.width * word.length) / first.str.length;
  const space = /-$/.test(previous.text) ? 0 : 0.25 * line.size;
  return previous.end + space + wordWidth < right - ALIGN * line.size;
}

/** Justified when most body lines end at the right edge. */
function isJustified(body: readonly LaidOutLine[], bodySize: number, right: number): boolean {
  const lines = body.filter((line) => Math.abs(line.size - bodySize) <= 0.5);
  return lines.filter((line) => Math.abs(line.end - right) <= JUSTIFIED_EDGE).length >= 0.5 * lines.length;
}

/** Where the running text ends at the bottom of a full page: the lowest body baselines (the 2nd percentile, so a stray line does not move it). */
function textBottom(body: readonly LaidOutLine[]): number {
  const ys = body.map((line) => line.y).sort((a, b) => a - b);
  return ys.length === 0 ? 0 : ys[Math.floor(ys.length * 0.02)]!;
}

/** The most common step between baselines of consecutive body-size lines on a page. */
function linePitch(body: readonly LaidOutLine[], bodySize: number): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1]!, body[i]!];
    if (a.page !== b.page || Math.abs(a.size - bodySize) > 0.5 || Math.abs(b.size - bodySize) > 0.5) continue;
    const step = Math.round((a.y - b.y) * 10) / 10;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? bodySize * 1.2;
}

/** Where the text block ends on the right: the 95th percentile of line ends, so a long URL sticking out does not move it. */
function rightEdge(body: readonly LaidOutLine[], bodySize: number): number {
  const ends = body.filter((line) => Math.abs(line.size - bodySize) <= 0.5).map((line) => line.end).sort((a, b) => a - b);
  if (ends.length === 0) return Infinity;
  return ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.95))]!;
}
