/**
 * Running headers, footers and page numbers: text in the top or bottom band of a page that
 * repeats across pages at the same height (digits aside), or that reads as a page number there
 * (`Pagina 3 van 27`, `3`, `- 3 -`, `3 / 27`). They are kept out of the report's text; the page
 * numbers are checked against the PDF's own pages.
 */
import type { PageNote, PrintedLine } from './layout-types.ts';
import { joinPieces } from './printed-lines.ts';

/** The share of the page height at its top and at its bottom where headers and footers stand. */
const BAND = 0.12;
/** A line repeated on at least this share of the pages (and on two pages at least) is furniture. */
const REPEATED = 0.3;
const PAGE_NUMBER = /^(?:Pagina\s+(\d+)(?:\s+van\s+(\d+))?|(\d{1,4})|-\s*(\d{1,4})\s*-|(\d{1,4})\s*\/\s*(\d{1,4}))$/i;

export interface PageGeometry {
  number: number;
  height: number;
  lines: PrintedLine[];
}

export type Furniture = 'header' | 'footer';

/** Per page, the index of each furniture line and whether it is a header or a footer. */
export function findFurniture(pages: readonly PageGeometry[]): { furniture: Map<PrintedLine, Furniture>; notes: PageNote[] } {
  const furniture = new Map<PrintedLine, Furniture>();
  const keyPages = new Map<string, Set<number>>();
  const banded = pages.map((page) =>
    page.lines.flatMap((line) => {
      const band = bandOf(line, page.height);
      if (!band) return [];
      const text = joinPieces(line.pieces);
      const key = `${band}|${Math.round(line.y / 2)}|${text.replace(/\d+/g, '#')}`;
      const seen = keyPages.get(key) ?? new Set<number>();
      seen.add(page.number);
      keyPages.set(key, seen);
      return [{ line, band, text, key }];
    }),
  );
  const needed = Math.max(2, Math.ceil(REPEATED * pages.length));
  const numbers: Array<{ page: number; printed: number; of?: number }> = [];
  banded.forEach((candidates, i) => {
    for (const c of candidates) {
      const number = PAGE_NUMBER.exec(c.text);
      if ((keyPages.get(c.key)?.size ?? 0) < needed && !number) continue;
      furniture.set(c.line, c.band);
      if (number) {
        const printed = Number(number[1] ?? number[3] ?? number[4] ?? number[5]);
        const of = number[2] ?? number[6];
        numbers.push({ page: pages[i]!.number, printed, ...(of ? { of: Number(of) } : {}) });
      }
    }
  });
  return { furniture, notes: checkPageNumbers(numbers, pages.length) };
}

function bandOf(line: PrintedLine, height: number): Furniture | undefined {
  if (line.y > height * (1 - BAND)) return 'header';
  if (line.y < height * BAND) return 'footer';
  return undefined;
}

/**
 * Printed numbers must follow the PDF's pages with one offset (a cover may go unnumbered), and
 * `van M` must be the number of pages: otherwise a page is missing or out of order.
 */
function checkPageNumbers(numbers: Array<{ page: number; printed: number; of?: number }>, pageCount: number): PageNote[] {
  const notes: PageNote[] = [];
  if (numbers.length === 0) return notes;
  const offsets = new Map<number, number>();
  for (const n of numbers) offsets.set(n.printed - n.page, (offsets.get(n.printed - n.page) ?? 0) + 1);
  const offset = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const wrongCount = numbers.find((n) => n.of !== undefined && n.of !== pageCount);
  for (const n of numbers) {
    if (n.printed - n.page !== offset) notes.push({ page: n.page, message: `the page number printed here is ${n.printed}, but the other pages' numbers give ${n.page + offset}: is a page missing or out of order?` });
  }
  if (wrongCount) notes.push({ page: wrongCount.page, message: `the page numbers say "van ${wrongCount.of}", but the PDF has ${pageCount} pages` });
  return notes;
}
