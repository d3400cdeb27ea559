/**
 * PDFs made by a real word processor: the seed's parsed records laid out anew as flat ODT
 * documents in four layouts (fonts and sizes; paragraph spacing or first-line indents; no header,
 * a running title, `Pagina N van M`, a bare or dashed page number; justified or ragged) and
 * converted by LibreOffice. Each must parse to the seed's records, and the text `--add` stores
 * must read back to the same. Nothing binary is committed: the PDFs are made here, every run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, parseSourceLines } from '../../src/pipeline/parse-report.ts';
import { readPdfLines, type PdfSource } from '../../src/pdf/read-pdf-lines.ts';
import { endsSentence } from '../../src/pipeline/segment-blocks.ts';
import { RUNNING_TITLE, WORD_LAYOUTS, recordsToFodt, type WordLayout } from '../support/word-processor/records-to-fodt.ts';
import { convertToPdf } from '../support/word-processor/convert-to-pdf.ts';
import { seedReport, SEED_SLUG } from '../programmes/seed-report.ts';
import { laidOutContent } from '../ingest/records.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vw-word-'));
const options = { slug: SEED_SLUG, source: 'x' };
const made = new Map<string, { file: string; pdf: PdfSource }>();

beforeAll(async () => {
  // One conversion at a time: LibreOffice is the slow part, and two cores are shared with other tests.
  for (const layout of WORD_LAYOUTS) {
    const file = join(dir, `${layout.name}.pdf`);
    writeFileSync(file, convertToPdf(recordsToFodt(seedReport(), layout), layout.name));
    made.set(layout.name, { file, pdf: await readPdfLines(readFileSync(file)) });
  }
}, 180_000);

const get = (layout: WordLayout) => made.get(layout.name)!;

describe.each(WORD_LAYOUTS.map((layout) => [layout.name, layout] as const))('a word-processor PDF (%s)', (_name, layout) => {
  it('parses to the seed’s recommendations, topics, articles, blocks, footnotes and [^N] markers', () => {
    const { report, warnings } = parseSourceLines(get(layout).pdf.source, options);
    expect(laidOutContent(report)).toEqual(laidOutContent(seedReport()));
    expect(warnings).toEqual([]);
    expect(get(layout).pdf.layout.warnings).toEqual([]);
    expect(report.report.pages).toBe(get(layout).pdf.pageCount);
  });

  it('finds every footnote by layout, in its smaller size, and every reference as a raised number', () => {
    const { layout: laidOut } = get(layout).pdf;
    expect(laidOut.feetByLayout).toBe(true);
    expect(laidOut.noteSize).toBe(layout.noteSize);
    expect(laidOut.bodySize).toBe(layout.size);
    const refs = laidOut.pages.flatMap((p) => p.lines.flatMap((l) => l.refs));
    expect(refs).toEqual(seedReport().footnotes.map((n) => n.number));
  });

  it('stores a text that reads back to exactly the records the layout gave', () => {
    const { pdf } = get(layout);
    expect(parseReport(Buffer.from(pdf.text), options)).toEqual(parseSourceLines(pdf.source, options));
  });

  it('keeps running headers, footers and page numbers out of the text', () => {
    const { pdf } = get(layout);
    const furniture = pdf.layout.pages.flatMap((p) => p.lines.filter((l) => l.zone === 'header' || l.zone === 'footer'));
    const expected = (layout.header === 'none' ? 0 : 1) + (layout.footer === 'none' ? 0 : 1);
    expect(furniture.length).toBe(expected * pdf.pageCount);
    expect(pdf.text).not.toContain(RUNNING_TITLE);
    expect(pdf.text).not.toMatch(/^\f?(Pagina \d+ van \d+|\d{1,3}|- \d{1,3} -)\f?$/m);
  });
});

describe('the four layouts together', () => {
  const pages = (name: string) => made.get(name)!.pdf.layout.pages;

  it('include a footnote continued on the next page, joined into one note written under its start', () => {
    const continued = WORD_LAYOUTS.flatMap((l) =>
      pages(l.name)
        .filter((p) => p.lines.some((x) => x.zone === 'foot') && p.lines.find((x) => x.zone === 'foot')!.note === undefined)
        .map((p) => ({ layout: l.name, page: p.number })),
    );
    expect(continued.length).toBeGreaterThan(0);
    const { layout, page } = continued[0]!;
    const report = parseSourceLines(made.get(layout)!.pdf.source, options).report;
    const note = report.footnotes.findLast((n) => n.page < page)!;
    expect(note.page).toBe(page - 1);
    expect(note.text).toBe(seedReport().footnotes.find((n) => n.number === note.number)!.text);
  });

  it('include two footnotes on one page, and notes of one line and of several', () => {
    const two = WORD_LAYOUTS.some((l) => pages(l.name).some((p) => p.lines.filter((x) => x.note !== undefined).length >= 2));
    expect(two).toBe(true);
    const wrapped = WORD_LAYOUTS.every((l) => pages(l.name).some((p) => p.lines.some((x, i) => x.zone === 'foot' && x.note === undefined && p.lines[i - 1]?.zone === 'foot')));
    expect(wrapped).toBe(true);
    const single = WORD_LAYOUTS.every((l) => pages(l.name).some((p) => p.lines.some((x, i) => x.note !== undefined && p.lines[i + 1]?.note === undefined && p.lines[i + 1]?.zone !== 'foot')));
    expect(single).toBe(true);
  });

  it('include paragraphs that run on across a page break, one of them after a line that ends a sentence', () => {
    const runOns = WORD_LAYOUTS.flatMap((l) => {
      const body = pages(l.name).flatMap((p) => p.lines.filter((x) => x.zone === 'body'));
      return body.flatMap((line, i) => (line.runsOn ? [{ layout: l.name, after: body[i - 1]!.text }] : []));
    });
    expect(runOns.length).toBeGreaterThan(20);
    // Here a page break after a full stop is not a paragraph end: only the layout can tell.
    expect(runOns.some((r) => endsSentence(r.after))).toBe(true);
  });
});

describe('npm run ingest with a word-processor PDF', () => {
  const ingest = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('--add stores the extracted text, which reads back to the same records', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'vw-word-seeds-'));
    const { file, pdf } = made.get('sans-indent-title')!;
    const r = ingest(['--add', file, '--seeds', seeds, '--name', SEED_SLUG]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(seeds).sort()).toEqual([`${SEED_SLUG}.json`, `${SEED_SLUG}.txt`]);
    const stored = readFileSync(join(seeds, `${SEED_SLUG}.txt`));
    expect(stored.toString('utf8')).toBe(pdf.text);
    expect(laidOutContent(parseReport(stored, options).report)).toEqual(laidOutContent(seedReport()));
    expect(r.stdout).toMatch(new RegExp(`^${SEED_SLUG}  \\(new\\)  2025-07-10 +18 +20 +8 +${pdf.pageCount} +\\d+ +0$`, 'm'));
  });

  it('--explain shows each line’s zone and size: a header, a body line, a footnote and a superscript reference', () => {
    const { file } = made.get('sans-indent-title')!;
    const r = ingest(['--explain', file]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${file}: 21 pages; body text 10 pt; footnotes 8 pt`);
    expect(lines).toContain('page 2');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}header +8\.0 {2} +Beleidsreactie GREVIO – eerste thematische evaluatie$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}body +10\.0 {2}¶ gap +Onderwerp aanbeveling: Definities$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}footnote +8\.0 {2}note 1 +1 \(EU\) 2024\/1385$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}sup-ref +\d\.\d {2}→ \[\^1\] +"1" raised [\d.]+ pt above the line, after "en huiselijk geweld"$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S+:1: note: left out the header "Beleidsreactie GREVIO – eerste thematische evaluatie" \(21 pages, 1–21\): not the report's text$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}footer +8\.0 {2} +2$/));
  });
});
