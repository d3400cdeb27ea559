/**
 * The PDF's pages → zoned lines, from layout alone: running headers and footers; the page foot
 * (a block below the running text, in a smaller size, split into numbered notes); superscript
 * references as `[^N]`; where a paragraph or list item may start (a vertical gap, a first-line
 * indent or an outdent, a list label, a short line before); and whether the first line of a page
 * runs on from the page before. Pure: tested on items, without a PDF.
 *
 * When no page has a foot in a smaller size with numbered notes, the feet are left to the text
 * rules (`feetByLayout: false`): a PDF that prints its notes in body size says nothing more by
 * layout than its text does.
 */
import type { LaidOutLine, LaidOutPage, PageNote, PdfItem, PdfPage, Piece, PrintedLine } from './layout-types.ts';
import { joinPieces, printedLines } from './printed-lines.ts';
import { findFurniture } from './page-furniture.ts';
import { footnoteMarker } from '../schema/footnote-marker.ts';
import { paragraphBreaks } from './paragraph-breaks.ts';

/** A gap inside a line wider than this many times its size is no word space: columns side by side, or a table. */
const COLUMN_GAP = 3;
/** Type at most this share of the body size is footnote-sized. */
const NOTE_SIZE = 0.9;

export interface PdfLayout {
  pages: LaidOutPage[];
  /** The running text's size: the size most characters are set in. */
  bodySize: number;
  /** The size of the footnotes, when the layout shows them. */
  noteSize?: number;
  feetByLayout: boolean;
  warnings: PageNote[];
  /** Headers, footers and page numbers left out of the text, one note per kind. */
  leftOut: PageNote[];
  /** Repairs made from the layout (text drawn over itself), for the maintainer to read. */
  repairs: PageNote[];
}

export function layOutDocument(pdfPages: readonly PdfPage[]): PdfLayout {
  const warnings: PageNote[] = [];
  const repairs: PageNote[] = [];
  const printed = pdfPages.map((page) => {
    // Text at an angle is no line of the running text; it is named, never dropped quietly.
    const angled = page.items.filter((item) => item.upright === false && item.str.trim() !== '');
    if (angled.length > 0) warnings.push({ page: page.number, message: `text set at an angle (a watermark, a note in the margin?) is left out of the running text: ${summarise(angled)}` });
    const { lines, overprinted } = printedLines(page.number, page.items.filter((item) => item.upright !== false));
    const gutter = columnGutter(lines);
    if (gutter) warnings.push({ page: page.number, message: `${gutter.lines} lines have a wide gap at the same place (x ${Math.round(gutter.from)}–${Math.round(gutter.to)}), as between columns or in a table; text side by side is read left to right as one line, e.g. "${clip(gutter.example)}", and a table's rows run into the text after them: check that page's records` });
    if (overprinted.length > 0) repairs.push({ page: page.number, message: `dropped ${overprinted.length} cop${overprinted.length === 1 ? 'y' : 'ies'} of text drawn over itself (fake bold): ${summarise(overprinted)}` });
    return { number: page.number, height: page.height, lines };
  });
  const { furniture, warnings: pageNumbers, leftOut } = findFurniture(printed);
  warnings.push(...pageNumbers);
  const running = printed.map((page) => page.lines.filter((line) => !furniture.has(line)));
  const bodySize = mainSize(running.flat());
  const feet = running.map((lines) => footRun(lines, bodySize));
  const starts = feet.flatMap((foot) => foot.filter((line) => noteStart(line, undefined) !== undefined));
  const feetByLayout = starts.length > 0;
  const noteSize = feetByLayout ? mainSize(starts) : undefined;

  let lastNote: number | undefined;
  const pages: LaidOutPage[] = printed.map((page, i) => {
    const footLines = new Set(feetByLayout ? feet[i]!.filter((line) => Math.abs(line.size - noteSize!) <= 0.6) : []);
    // A foot without a numbered note on the first page with one continues a note; text before any note is body.
    const footNotes = new Map<PrintedLine, number>();
    for (const line of running[i]!) {
      if (!footLines.has(line)) continue;
      const n = noteStart(line, (lastNote ?? 0) + 1);
      if (n !== undefined) {
        footNotes.set(line, n);
        lastNote = n;
      } else if (lastNote === undefined) footLines.delete(line);
    }
    const onPage = new Set(footNotes.values());
    const lines: LaidOutLine[] = page.lines.map((line) => {
      const zone = furniture.get(line) ?? (footLines.has(line) ? 'foot' : 'body');
      if (zone === 'foot') {
        const note = footNotes.get(line);
        const numberAlone = note !== undefined && /^\d{1,3}$/.test(line.pieces[0]!.str.trim());
        const text = numberAlone ? `${note} ${joinPieces(line.pieces.slice(1))}`.trim() : joinPieces(line.pieces);
        return { ...line, zone, text, refs: [], ...(note === undefined ? {} : { note }) };
      }
      if (zone !== 'body') return { ...line, zone, text: joinPieces(line.pieces), refs: [] };
      const refs: number[] = [];
      const raised = new Map(line.pieces.map((piece) => [piece, refNumbers(piece, onPage)]));
      const text = joinPieces(line.pieces, (piece) => {
        const numbers = raised.get(piece);
        if (numbers === undefined || !numbers.every((n) => onPage.has(n))) return piece.str;
        refs.push(...numbers);
        // pdf.js hands adjacent raised numbers over as one piece (`1 2`, `1,2`, `56`): each is a reference, commas kept.
        return piece.str.trim().split(/(,)/).map((part) => (part === ',' ? ',' : (refNumbers({ ...piece, str: part }, onPage) ?? []).map(footnoteMarker).join(''))).join('');
      });
      for (const [piece, numbers] of raised) {
        const missing = (numbers ?? []).filter((n) => !onPage.has(n));
        if (feetByLayout && missing.length > 0) warnings.push({ page: page.number, message: `a raised number "${piece.str.trim()}" in the text has no footnote ${missing.join(', ')} at the foot of this page; kept as a plain number` });
      }
      if (noteSize !== undefined && line.size <= noteSize + 0.3) warnings.push({ page: page.number, message: `"${clip(text)}" is set in footnote-sized type (${round(line.size)} pt, notes ${round(noteSize)} pt) but stands in the running text` });
      return { ...line, zone, text, refs };
    });
    return { number: page.number, lines };
  });
  paragraphBreaks(pages, bodySize);
  return { pages, bodySize, ...(noteSize === undefined ? {} : { noteSize }), feetByLayout, warnings, repairs, leftOut };
}

/**
 * Columns or a table: at least three lines with a gap wider than COLUMN_GAP times their size at
 * one place. Justified text stretches its spaces too, but not at the same place line after line.
 */
function columnGutter(lines: readonly PrintedLine[]): { from: number; to: number; lines: number; example: string } | undefined {
  const gaps = lines.flatMap((line) =>
    line.pieces.flatMap((p, i) => {
      const before = line.pieces[i - 1];
      if (!before || p.raised) return [];
      const from = before.x + before.width;
      return p.x - from > COLUMN_GAP * line.size ? [{ from, to: p.x, line }] : [];
    }),
  );
  for (const gap of gaps) {
    const same = gaps.filter((g) => g.from < gap.to && g.to > gap.from);
    if (new Set(same.map((g) => g.line)).size >= 3) return { from: Math.max(...same.map((g) => g.from)), to: Math.min(...same.map((g) => g.to)), lines: new Set(same.map((g) => g.line)).size, example: joinPieces(gap.line.pieces) };
  }
  return undefined;
}

/** The size most characters are set in, to a tenth of a point. */
function mainSize(lines: readonly PrintedLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) for (const p of line.pieces) chars.set(round(p.size), (chars.get(round(p.size)) ?? 0) + p.str.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
}

/** The lines at the bottom of the page, below the last line in body size, set in a smaller size. */
function footRun(lines: readonly PrintedLine[], bodySize: number): PrintedLine[] {
  let i = lines.length;
  while (i > 0 && lines[i - 1]!.size <= NOTE_SIZE * bodySize) i--;
  return lines.slice(i);
}

/**
 * The number a foot line starts with, when it is a note's own number: a piece of digits alone
 * followed by the note's text; or, where pdf.js gave number and text as one piece (`3 Zie …`),
 * the number the next note has (`expected`; any number when only telling whether a foot has notes).
 */
function noteStart(line: PrintedLine, expected: number | undefined): number | undefined {
  const [first, second] = line.pieces;
  if (!first) return undefined;
  if (second && /^\d{1,3}$/.test(first.str.trim())) return Number(first.str.trim());
  const joined = /^(\d{1,3})\s+\S/.exec(first.str.trim());
  if (!joined) return undefined;
  const n = Number(joined[1]);
  return expected === undefined || n === expected ? n : undefined;
}

/**
 * The numbers of a raised piece of footnote numbers (`1`, `1 2`, `1,2`), or undefined. Adjacent
 * raised numbers may arrive glued (`56` for notes 5 and 6): digits that read as consecutive notes
 * of this page are those notes.
 */
export function refNumbers(piece: Piece, onPage?: ReadonlySet<number>): number[] | undefined {
  const str = piece.str.trim();
  if (!piece.raised || !/^\d{1,3}(?:\s*,?\s*\d{1,3})*$/.test(str)) return undefined;
  return piece.str.match(/\d+/g)!.flatMap((digits) => (onPage && !onPage.has(Number(digits)) ? (consecutiveNotes(digits, onPage) ?? [Number(digits)]) : [Number(digits)]));
}

/** `56` → [5, 6], `910` → [9, 10], when each is a note on the page; else undefined. */
function consecutiveNotes(digits: string, onPage: ReadonlySet<number>): number[] | undefined {
  for (let width = 1; width <= 3 && width < digits.length; width++) {
    const numbers = [Number(digits.slice(0, width))];
    let rest = digits.slice(width);
    while (rest.length > 0) {
      const next = String(numbers.at(-1)! + 1);
      if (!rest.startsWith(next)) break;
      numbers.push(Number(next));
      rest = rest.slice(next.length);
    }
    if (rest.length === 0 && numbers.every((n) => onPage.has(n))) return numbers;
  }
  return undefined;
}

function summarise(items: readonly PdfItem[]): string {
  const words = [...new Set(items.map((i) => i.str.trim()))];
  return words.slice(0, 5).map((w) => `"${clip(w)}"`).join(', ') + (words.length > 5 ? ', …' : '');
}

const round = (n: number) => Math.round(n * 10) / 10;
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
