/**
 * The text front end's guess at each page's foot, where a PDF would have said it by layout: a
 * footnote is a line `N text` (N the next footnote number, its reference earlier on the page),
 * possibly wrapped over a few lines, up to the page's end; without footnotes, a run of bare URL
 * lines closing the page is its foot. Marks those lines `zone: 'foot'` and each note's first line
 * with its number; `collect-page-feet.ts` then takes them out of the running text.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { SourceLine } from './source-line.ts';
import { collapseSpaces } from './repair-lines.ts';
import { hasExplicitRef, hasRef } from './mark-footnote-refs.ts';

export const URL_LINE = /^https?:\/\/\S+$/;
const NOTE_START = /^(\d{1,3}) (\S.*)$/;
/** A foot longer than this is body text that happens to start with a number (unless its `[^N]` reference says otherwise). */
const MAX_FOOT_LINES = 8;
const STRUCTURE = /^(Onderwerp aanbeveling:|Artikel Verdrag van Istanbul:|Omschrijving\s*$|Beleidsreactie\s*$)/;

export function inferPageFeet(lines: readonly SourceLine[]): { lines: SourceLine[]; errors: Diagnostic[]; warnings: Diagnostic[] } {
  const out: SourceLine[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let expected = 1;
  for (const page of groupByPage(lines)) {
    // Patterns are matched on the text as the repairs will leave it (justified runs of spaces collapsed).
    const texts = page.map((line) => collapseSpaces(line.text));
    const footStart = findFootStart(texts, expected);
    // A foot that looks like note N but has no reference would silently become body text and
    // shift every later note: say so instead.
    const orphan = footStart === undefined ? footCandidates(texts, expected)[0] : undefined;
    if (orphan !== undefined) {
      const line = page[orphan]!;
      errors.push({ line: line.no, message: `footnote ${expected} at the foot of page ${line.page} has no reference earlier on that page (expected the number glued to a word, like "geweld${expected}")` });
    }
    // A note-like line with its reference above, refused only for the many lines after it, is read as text: say so.
    const long = footStart === undefined ? footCandidates(texts, expected, true).find((i) => texts.slice(0, i).some((l) => hasRef(l, expected))) : undefined;
    if (long !== undefined) {
      const line = page[long]!;
      warnings.push({ line: line.no, message: `"${clip(texts[long]!)}" on page ${line.page} looks like footnote ${expected} (a number ${expected} stands glued to a word above it), but more than ${MAX_FOOT_LINES} lines follow it to the page's end, so it is read as running text; if it is the footnote, write its reference as [^${expected}]` });
    }
    const end = footStart ?? trailingUrlStart(texts);
    page.forEach((line, i) => {
      if (i < end) {
        out.push(line);
        return;
      }
      const start = footStart === undefined ? null : NOTE_START.exec(texts[i]!);
      const note = start && Number(start[1]) === expected ? expected++ : undefined;
      out.push({ ...line, zone: 'foot', ...(note === undefined ? {} : { note }) });
    });
  }
  return { lines: out, errors, warnings };
}

const clip = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

export function groupByPage<T extends { page: number }>(lines: readonly T[]): T[][] {
  const pages: T[][] = [];
  for (const line of lines) {
    const last = pages[pages.length - 1];
    if (last && last[0]!.page === line.page) last.push(line);
    else pages.push([line]);
  }
  return pages;
}

/** Lines after body text that start `N …` (N the next note) with only a short foot after them. */
function footCandidates(page: readonly string[], expected: number, anyLength = false): number[] {
  const found: number[] = [];
  for (let i = 0; i < page.length; i++) {
    const m = NOTE_START.exec(page[i]!);
    if (!m || Number(m[1]) !== expected) continue;
    // `4 juli 2025 …` opening a page is body text, not a foot.
    if (!page.slice(0, i).some((l) => l !== '')) continue;
    const filled = page.slice(i).filter((l) => l !== '');
    if (filled.some((l) => STRUCTURE.test(l))) continue;
    // A `[^N]` marker is the PDF extractor's certainty that note N is on this page, however long.
    if (!anyLength && filled.length > MAX_FOOT_LINES && !page.slice(0, i).some((l) => hasExplicitRef(l, expected))) continue;
    found.push(i);
  }
  return found;
}

/**
 * Index of the first line of this page's footnotes: a foot candidate whose reference stands
 * earlier on the page. With a `[^N]` marker (our PDF extractor's), the last such candidate: a body
 * line below the reference that happens to start with N is not the note, which comes after it.
 */
function findFootStart(page: readonly string[], expected: number): number | undefined {
  const candidates = footCandidates(page, expected).filter((i) => page.slice(0, i).some((l) => hasRef(l, expected)));
  const explicit = candidates.filter((i) => page.slice(0, i).some((l) => hasExplicitRef(l, expected)));
  return explicit.at(-1) ?? candidates[0];
}

/** Index where a run of bare URL lines (and blanks) closes the page, or the page length. */
function trailingUrlStart(page: readonly string[]): number {
  let i = page.length;
  while (i > 0 && (page[i - 1] === '' || URL_LINE.test(page[i - 1]!))) i--;
  const hasUrl = page.slice(i).some((l) => URL_LINE.test(l));
  return hasUrl ? i : page.length;
}
