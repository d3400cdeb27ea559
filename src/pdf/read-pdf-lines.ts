/**
 * The PDF front end: a PDF → the same typed lines the text front end makes, and the text of
 * those lines in our dialect (what `--add` stores in `seeds/`), which reads back to the same
 * lines. Per page: the running text, a paragraph start after a blank line; then, after a blank
 * line, its footnotes as `N text` (a note continued on the next page is written whole under its
 * start); a form feed before each page after the first, or at the end of the page's last line
 * when the paragraph runs on. Headers, footers and page numbers are left out.
 */
import type { SourceLine, Zone } from '../pipeline/source-line.ts';
import type { SourceText } from '../pipeline/read-text-lines.ts';
import { inferPageFeet } from '../pipeline/infer-page-feet.ts';
import type { LaidOutLine, PageNote } from './layout-types.ts';
import { layOutDocument, type PdfLayout } from './lay-out-document.ts';
import { readPdfPages } from './read-pdf-pages.ts';
import { paragraphBreaks } from './paragraph-breaks.ts';

export interface PdfSource {
  /** The report's text in our dialect, as `--add` stores it. */
  text: string;
  /** Its typed lines, with where the PDF printed each. */
  source: SourceText;
  layout: PdfLayout;
  /** The PDF's own number of pages. */
  pageCount: number;
  /** What the text was made of, besides the lines: footnotes continued from a page before, written under their start. */
  notes: PageNote[];
}

export async function readPdfLines(bytes: Uint8Array): Promise<PdfSource> {
  const pages = await readPdfPages(bytes);
  return layoutToSource(layOutDocument(pages), pages.length);
}

interface Row {
  text: string;
  zone: Zone;
  line?: LaidOutLine;
  runsOn?: boolean;
}

function layoutToSource(layout: PdfLayout, pageCount: number): PdfSource {
  if (layout.feetByLayout) {
    const { text, lines, moved } = render(layout);
    return { text, source: { lines, declaredPages: null, errors: [], warnings: [] }, layout, pageCount, notes: moved };
  }
  // The layout does not tell the foot from the text: the text front end's rules decide, on the
  // same lines. Then the breaks are read again, so that a paragraph is seen to run on across a
  // page from the last line of the text above the foot, not from the foot.
  const first = render(layout);
  for (const line of inferPageFeet(first.lines).lines) {
    const laidOut = first.rows[line.no - 1]?.line;
    if (laidOut && line.zone === 'foot') Object.assign(laidOut, { zone: 'foot', ...(line.note === undefined ? {} : { note: line.note }) });
  }
  paragraphBreaks(layout.pages, layout.bodySize);
  const { text, lines } = render(layout);
  const feet = inferPageFeet(lines);
  return { text, source: { lines: feet.lines, declaredPages: null, errors: feet.errors, warnings: feet.warnings }, layout, pageCount, notes: [] };
}

function render(layout: PdfLayout): { text: string; lines: SourceLine[]; rows: Row[]; moved: PageNote[] } {
  const moved: PageNote[] = [];
  const rows = new Map<number, { body: Row[]; foot: Row[] }>();
  /** The footnote whose text the last foot ended in: where it is written, and the last page it reached. */
  let open: { note: number; writtenOn: number; reached: number } | undefined;
  for (const page of layout.pages) {
    const own = { body: [] as Row[], foot: [] as Row[] };
    rows.set(page.number, own);
    for (const line of page.lines) {
      if (line.text === '') continue;
      if (line.zone === 'body') {
        if (line.breakBefore && own.body.length > 0) own.body.push({ text: '', zone: 'body' });
        own.body.push({ text: line.text, zone: 'body', line, ...(line.runsOn ? { runsOn: true } : {}) });
        continue;
      }
      if (line.zone !== 'foot') continue;
      if (line.note !== undefined) open = { note: line.note, writtenOn: page.number, reached: page.number };
      // A note's lines on the next page (a foot the layout found to start without a number) are
      // written under its start: a footnote has one page, where it begins.
      const continues = layout.feetByLayout && line.note === undefined && open !== undefined && open.reached >= page.number - 1;
      if (continues && open!.reached < page.number) moved.push({ page: page.number, message: `the foot of this page begins without a number: read as the rest of footnote ${open!.note} of page ${open!.writtenOn}, and written under its start there` });
      if (continues) open!.reached = page.number;
      rows.get(continues ? open!.writtenOn : page.number)!.foot.push({ text: line.text, zone: 'foot', line });
    }
  }

  const text: string[] = [];
  const lines: SourceLine[] = [];
  const written: Row[] = [];
  let skipped = 0;
  let started = false;
  for (const page of layout.pages) {
    const { body, foot } = rows.get(page.number)!;
    const all = [...body, ...(foot.length > 0 ? [{ text: '', zone: 'foot' as const }, ...foot] : [])];
    if (all.length === 0) {
      if (started) skipped++;
      continue;
    }
    all.forEach((row, i) => {
      let line = row.text;
      let runsOn = false;
      if (i === 0 && started) {
        // A paragraph running on from the page just before: the form feed ends that page's last line.
        if (row.runsOn && skipped === 0) {
          text[text.length - 1] += '\f';
          runsOn = true;
        } else {
          // After an empty page the text cannot say "runs on"; nor then does the layout.
          if (row.line?.runsOn) delete row.line.runsOn;
          line = `${'\f'.repeat(skipped + 1)}${line}`;
        }
      } else if (i === 0 && page.number > 1) line = `${'\f'.repeat(page.number - 1)}${line}`;
      text.push(line);
      written.push(row);
      lines.push({
        no: text.length,
        page: page.number,
        text: row.text,
        pageStart: i === 0 && started,
        zone: row.zone,
        ...(row.line?.note !== undefined && row.zone === 'foot' ? { note: row.line.note } : {}),
        ...(runsOn ? { runsOn: true } : {}),
        ...(row.line ? { layout: { page: row.line.page, x: round(row.line.x), y: round(row.line.y), size: round(row.line.size), font: row.line.font } } : {}),
      });
    });
    started = true;
    skipped = 0;
  }
  return { text: `${text.join('\n')}\n`, lines, rows: written, moved };
}

/** The PDF page a diagnostic's line was printed on (the line's own page for a blank line). */
export function pageOfLine(source: SourceText, line: number): number {
  const found = source.lines[line - 1];
  return found?.layout?.page ?? found?.page ?? 1;
}

const round = (n: number) => Math.round(n * 100) / 100;
