/**
 * Takes footnotes and page-foot URL lines out of the running text. A footnote sits at
 * the foot of its page: a line `N text` where N is the next footnote number, possibly
 * wrapped over a few lines, up to the page's end. A bare URL line that repeats a URL
 * already printed (in the note or the foot) is an extraction duplicate and is dropped.
 */
import type { Correction } from '../schema/report.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { BodyLine } from './body-line.ts';
import type { RepairedLine } from './repair-lines.ts';
import { joinLines } from './join-lines.ts';
import { hasRef } from './mark-footnote-refs.ts';

export interface FootnoteDraft {
  number: number;
  page: number;
  /** Line of `N text`. */
  line: number;
  text: string;
}

const URL_LINE = /^https?:\/\/\S+$/;
const NOTE_START = /^(\d{1,2}) (\S.*)$/;
/** A foot longer than this is body text that happens to start with a number. */
const MAX_FOOT_LINES = 8;
const STRUCTURE = /^(Onderwerp aanbeveling:|Artikel Verdrag van Istanbul:|Omschrijving\s*$|Beleidsreactie\s*$)/;

export function extractPageFeet(lines: RepairedLine[]): {
  body: BodyLine[];
  footnotes: FootnoteDraft[];
  corrections: Correction[];
  errors: Diagnostic[];
} {
  const body: BodyLine[] = [];
  const footnotes: FootnoteDraft[] = [];
  const corrections: Correction[] = [];
  const errors: Diagnostic[] = [];
  let expected = 1;

  for (const pageLines of groupByPage(lines)) {
    const footStart = findFootStart(pageLines, expected);
    // A foot that looks like note N but has no reference would silently become body text and
    // shift every later note: say so instead.
    const orphan = footStart === undefined ? footCandidates(pageLines, expected)[0] : undefined;
    if (orphan !== undefined) {
      const line = pageLines[orphan]!;
      errors.push({ line: line.no, message: `footnote ${expected} at the foot of page ${line.page} has no reference earlier on that page (expected the number glued to a word, like "geweld${expected}")` });
    }
    const end = footStart ?? trailingUrlStart(pageLines);
    const seenUrls = new Set<string>();
    for (const line of pageLines.slice(0, end)) {
      body.push(line.text === '' ? { kind: 'break', no: line.no, page: line.page } : { kind: 'text', no: line.no, page: line.page, text: line.text });
      for (const url of line.text.match(/https?:\/\/\S+/g) ?? []) seenUrls.add(url);
    }
    const foot = pageLines.slice(end);
    if (foot.length > 0) body.push({ kind: 'break', no: foot[0]!.no, page: foot[0]!.page });
    let current: { draft: FootnoteDraft; lines: RepairedLine[] } | undefined;
    const finish = () => {
      if (current) footnotes.push({ ...current.draft, text: joinLines(current.lines, corrections) });
      current = undefined;
    };
    for (const line of foot) {
      if (line.text === '') continue;
      const start = NOTE_START.exec(line.text);
      if (start && Number(start[1]) === expected && footStart !== undefined) {
        finish();
        current = { draft: { number: expected, page: line.page, line: line.no, text: '' }, lines: [{ ...line, text: start[2]! }] };
        expected += 1;
        for (const url of line.text.match(/https?:\/\/\S+/g) ?? []) seenUrls.add(url);
        continue;
      }
      if (URL_LINE.test(line.text)) {
        if (seenUrls.has(line.text)) {
          corrections.push({ line: line.no, before: line.text, after: '', rule: 'drop-duplicate-url-line' });
          continue;
        }
        seenUrls.add(line.text);
        if (!current) {
          body.push({ kind: 'link', no: line.no, page: line.page, url: line.text });
          continue;
        }
      }
      if (current) current.lines.push(line);
      else body.push({ kind: 'text', no: line.no, page: line.page, text: line.text });
    }
    finish();
  }
  return { body, footnotes, corrections, errors };
}

function groupByPage(lines: RepairedLine[]): RepairedLine[][] {
  const pages: RepairedLine[][] = [];
  for (const line of lines) {
    const last = pages[pages.length - 1];
    if (last && last[0]!.page === line.page) last.push(line);
    else pages.push([line]);
  }
  return pages;
}

/** Lines after body text that start `N …` (N the next note) with only a short foot after them. */
function footCandidates(page: RepairedLine[], expected: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < page.length; i++) {
    const m = NOTE_START.exec(page[i]!.text);
    if (!m || Number(m[1]) !== expected) continue;
    // `4 juli 2025 …` opening a page is body text, not a foot.
    if (!page.slice(0, i).some((l) => l.text !== '')) continue;
    const filled = page.slice(i).filter((l) => l.text !== '');
    if (filled.length > MAX_FOOT_LINES || filled.some((l) => STRUCTURE.test(l.text))) continue;
    found.push(i);
  }
  return found;
}

/** Index of the first line of this page's footnotes: a foot candidate whose reference stands earlier on the page. */
function findFootStart(page: RepairedLine[], expected: number): number | undefined {
  return footCandidates(page, expected).find((i) => page.slice(0, i).some((l) => hasRef(l.text, expected)));
}

/** Index where a run of bare URL lines (and blanks) closes the page, or the page length. */
function trailingUrlStart(page: RepairedLine[]): number {
  let i = page.length;
  while (i > 0 && (page[i - 1]!.text === '' || URL_LINE.test(page[i - 1]!.text))) i--;
  const hasUrl = page.slice(i).some((l) => URL_LINE.test(l.text));
  return hasUrl ? i : page.length;
}
