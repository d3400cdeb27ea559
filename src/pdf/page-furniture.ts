/**
 * Running headers, footers and page numbers: text in the top or bottom band of a page that
 * repeats across pages at the same height, or that reads as a page number there. They are kept
 * out of the report's text, and each kind left out is reported; the page numbers are checked
 * against the PDF's own pages.
 *
 * Repeated text may differ from page to page only in a number that follows the pages (`Pagina 3`,
 * `Pagina 4`, …): `Aanbeveling 3` at the top of two pages is the report's text. A page number
 * of its own (`3`, `- 3 -`, `3 / 27`, `Pagina 3 van 27`) counts when it follows the pages like
 * the others do, or is written as one unmistakably (`- 3 -`, `Pagina 3`).
 */
import type { PageNote, PrintedLine } from './layout-types.ts';
import { joinPieces } from './printed-lines.ts';
import { readPageNumber } from '../pipeline/page-number-lines.ts';

/** The share of the page height at its top and at its bottom where headers and footers stand. */
const BAND = 0.12;
/** A line repeated on at least this share of the pages (and on two pages at least) is furniture. */
const REPEATED = 0.3;

export interface PageGeometry {
  number: number;
  height: number;
  lines: PrintedLine[];
}

export type Furniture = 'header' | 'footer';

interface Candidate {
  line: PrintedLine;
  page: number;
  band: Furniture;
  text: string;
  key: string;
  numbers: number[];
}

/** Which lines are furniture; warnings about page numbers; one note per kind of line left out. */
export function findFurniture(pages: readonly PageGeometry[]): { furniture: Map<PrintedLine, Furniture>; warnings: PageNote[]; leftOut: PageNote[] } {
  const candidates: Candidate[] = pages.flatMap((page) =>
    page.lines.flatMap((line) => {
      const band = bandOf(line, page.height);
      if (!band) return [];
      const text = joinPieces(line.pieces);
      // Height to 3 units: a header drawn at the same place on every page, within rounding.
      return [{ line, page: page.number, band, text, key: `${band}|${Math.round(line.y / 3)}|${text.replace(/\d+/g, '#')}`, numbers: (text.match(/\d+/g) ?? []).map(Number) }];
    }),
  );
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const needed = Math.max(2, Math.ceil(REPEATED * pages.length));

  const furniture = new Map<PrintedLine, Furniture>();
  const kept = (c: Candidate) => furniture.set(c.line, c.band);
  for (const group of byKey.values()) {
    if (new Set(group.map((c) => c.page)).size >= needed && numbersFollowPages(group)) group.forEach(kept);
  }
  const numbered = candidates.flatMap((c) => {
    const number = readPageNumber(c.text);
    return number ? [{ c, ...number }] : [];
  });
  const offset = commonOffset(numbered.map((n) => n.printed - n.c.page));
  // A bare number, or a header naming its page, counts when in step with the others (or, alone, with the PDF's own page).
  for (const n of numbered) if (n.explicit || n.printed - n.c.page === (offset ?? 0)) kept(n.c);

  const left = numbered.filter((n) => furniture.has(n.c.line));
  const warnings: PageNote[] = [];
  for (const n of left) {
    if (offset !== undefined && n.printed - n.c.page !== offset) warnings.push({ page: n.c.page, message: `the page number printed here is ${n.printed}, but the other pages' numbers give ${n.c.page + offset}: is a page missing or out of order?` });
  }
  const wrongCount = left.find((n) => n.of !== undefined && n.of !== pages.length);
  if (wrongCount) warnings.push({ page: wrongCount.c.page, message: `the page numbers say "van ${wrongCount.of}", but the PDF has ${pages.length} pages` });
  return { furniture, warnings, leftOut: leftOutNotes(candidates.filter((c) => furniture.has(c.line))) };
}

function bandOf(line: PrintedLine, height: number): Furniture | undefined {
  if (line.y > height * (1 - BAND)) return 'header';
  if (line.y < height * BAND) return 'footer';
  return undefined;
}

/** The same text on every page, or a text whose one number moves with the page. */
function numbersFollowPages(group: readonly Candidate[]): boolean {
  if (new Set(group.map((c) => c.text)).size === 1) return true;
  if (group.some((c) => c.numbers.length === 0)) return false;
  // Each number in the text either stays the same or keeps one distance to the page.
  return group[0]!.numbers.every((_, k) => new Set(group.map((c) => c.numbers[k])).size === 1 || new Set(group.map((c) => c.numbers[k]! - c.page)).size === 1);
}

/** The distance between printed and PDF page numbers that most pages share, if two pages share one. */
function commonOffset(offsets: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

/** One note per kind of furniture: where it stood and on which pages, as the first page shows it. */
function leftOutNotes(lines: readonly Candidate[]): PageNote[] {
  const kinds = new Map<string, Candidate[]>();
  for (const c of lines) {
    const kind = `${c.band}|${c.text.replace(/\d+/g, '#')}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), c]);
  }
  return [...kinds.values()].map((group) => {
    const pages = group.map((c) => c.page);
    const where = pages.length <= 5 ? `page${pages.length === 1 ? '' : 's'} ${pages.join(', ')}` : `${pages.length} pages, ${pages[0]}–${pages.at(-1)}`;
    return { page: pages[0]!, message: `left out the ${group[0]!.band} "${group[0]!.text}" (${where}): not the report's text` };
  });
}
