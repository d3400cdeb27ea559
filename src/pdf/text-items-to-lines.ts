/**
 * Positioned text pieces of one PDF page → its lines of text, top to bottom, in our dialect:
 * no indentation, one space between words, superscript footnote numbers glued to their word
 * (`geweld1`, as the parser expects), blank lines where the page leaves vertical space.
 * Pure, so it is tested without a PDF. Single-column pages only: columns side by side would
 * interleave line by line.
 */

export interface TextPiece {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size in PDF units. */
  size: number;
}

/** A raised footnote number sits less than this share of the font size above its line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size between two pieces is a space. */
const WORD_GAP = 0.15;
/** A gap between baselines this many times the line height or more leaves a blank line (a new paragraph). */
const PARAGRAPH_GAP = 1.3;
/** More blank lines than this in a row say nothing more. */
const MAX_BLANK_LINES = 3;

interface Line {
  pieces: TextPiece[];
  /** Baseline of the line's largest text (not of a raised footnote number). */
  y: number;
  size: number;
}

export function textItemsToLines(pieces: readonly TextPiece[]): string[] {
  const lines = groupLines(pieces.filter((p) => p.str.trim() !== ''));
  const spacing = typicalSpacing(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && spacing !== undefined) {
      const ratio = (lines[i - 1]!.y - line.y) / spacing;
      const blanks = ratio < PARAGRAPH_GAP ? 0 : Math.min(MAX_BLANK_LINES, Math.max(1, Math.round(ratio) - 1));
      for (let k = 0; k < blanks; k++) out.push('');
    }
    const text = joinPieces(line).trim();
    if (text !== '') out.push(text);
  });
  return out;
}

/** Sorted top to bottom; pieces whose baselines chain within SAME_LINE of each other share a line. */
function groupLines(pieces: TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && previous.y - piece.y <= SAME_LINE * Math.max(piece.size, previous.size)) last.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const main = group.reduce((a, b) => (b.size * b.str.length > a.size * a.str.length ? b : a));
    return { pieces: group.sort((a, b) => a.x - b.x), y: main.y, size: main.size };
  });
}

function joinPieces(line: Line): string {
  let text = '';
  let end: number | undefined;
  for (const piece of line.pieces) {
    const gap = end === undefined ? 0 : piece.x - end;
    if (end !== undefined && gap > WORD_GAP * line.size && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text;
}

/** The most common distance between consecutive baselines (the line height), if there are two lines. */
function typicalSpacing(lines: Line[]): number | undefined {
  const gaps = lines.slice(1).map((line, i) => Math.round((lines[i]!.y - line.y) * 10) / 10).filter((g) => g > 0);
  if (gaps.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
