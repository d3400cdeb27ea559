/**
 * One page's text items → its printed lines, top to bottom, pieces left to right. Pure, so it is
 * tested without a PDF. Single-column pages only: columns side by side would interleave.
 *
 * - Text drawn twice (or more) on top of itself, as fake bold is, is one copy: decided by
 *   position (same text, offset by less than a tenth of its size), never by the letters alone.
 * - A smaller piece lifted above the baseline of its line is `raised` (a superscript).
 * - White space is kept as a flag on the piece after it, from a space item, a space inside an
 *   item's edge, or a gap as wide as a space; justified spacing thus becomes one space.
 */
import type { Piece, PdfItem, PrintedLine } from './layout-types.ts';

/** A raised number sits less than this share of the font size above its line. */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size between two pieces is a space. */
const WORD_GAP = 0.15;
/** Copies of a piece offset by less than this share of its size are one piece drawn over itself. */
const OVERPRINT = 0.1;
/** Smaller than this share of the line's size, and lifted by more than RAISED of it: a superscript. */
const SMALLER = 0.85;
const RAISED = 0.15;

export interface PageLines {
  lines: PrintedLine[];
  /** Pieces dropped because the same text was drawn over them. */
  overprinted: PdfItem[];
}

export function printedLines(page: number, items: readonly PdfItem[]): PageLines {
  const { kept, overprinted } = dropOverprints(items);
  const lines = groupLines(kept).map((group) => toLine(page, group));
  return { lines: lines.filter((line) => line.pieces.length > 0), overprinted };
}

function dropOverprints(items: readonly PdfItem[]): { kept: PdfItem[]; overprinted: PdfItem[] } {
  const kept: PdfItem[] = [];
  const overprinted: PdfItem[] = [];
  const byText = new Map<string, PdfItem[]>();
  for (const item of items) {
    if (item.str.trim() === '') {
      kept.push(item);
      continue;
    }
    const same = byText.get(item.str) ?? [];
    const tolerance = OVERPRINT * item.size;
    if (same.some((o) => Math.abs(o.x - item.x) < tolerance && Math.abs(o.y - item.y) < tolerance && Math.abs(o.size - item.size) < tolerance)) {
      overprinted.push(item);
      continue;
    }
    same.push(item);
    byText.set(item.str, same);
    kept.push(item);
  }
  return { kept, overprinted };
}

/** Sorted top to bottom; items whose baselines chain within SAME_LINE of each other share a line. */
function groupLines(items: PdfItem[]): PdfItem[][] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && previous.y - item.y <= SAME_LINE * Math.max(item.size, previous.size)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function toLine(page: number, group: PdfItem[]): PrintedLine {
  const visible = group.filter((i) => i.str.trim() !== '');
  const main = visible.reduce((a, b) => (b.size * b.str.length > a.size * a.str.length ? b : a), visible[0] ?? group[0]!);
  const ordered = [...group].sort((a, b) => a.x - b.x);
  const pieces: Piece[] = [];
  let space = false;
  let end: number | undefined;
  for (const item of ordered) {
    if (item.str.trim() === '') {
      space = true;
      continue;
    }
    const gap = end === undefined ? 0 : item.x - end;
    const raised = item.size < SMALLER * main.size && item.y - main.y > RAISED * main.size;
    const spaceBefore = pieces.length > 0 && (space || /^\s/.test(item.str) || /\s$/.test(pieces.at(-1)!.str) || gap > WORD_GAP * Math.max(item.size, main.size));
    pieces.push({ ...item, str: item.str, raised, spaceBefore });
    space = false;
    end = item.x + item.width;
  }
  const first = pieces[0];
  const last = pieces.at(-1);
  return { page, pieces, x: first?.x ?? main.x, end: last ? last.x + last.width : main.x, y: main.y, size: main.size, font: main.font };
}

/** The pieces' text, one space where the PDF had white space, runs of spaces inside a piece kept (the repairs log them). */
export function joinPieces(pieces: readonly Piece[], render: (piece: Piece) => string = (p) => p.str): string {
  let text = '';
  for (const piece of pieces) {
    const str = render(piece);
    text += piece.spaceBefore && text !== '' && !/\s$/.test(text) ? ` ${str.replace(/^\s+/, '')}` : str;
  }
  return text.trim();
}
