/**
 * Real poppler `pdftotext` output (tests/fixtures/pdftotext/, see its README) of the PDF the tests
 * make from the seed, against the text that PDF was made from. `-layout` keeps the page's blank
 * lines and every character, so it must give the same records. The default mode does not: it
 * drops the blank lines between paragraphs and removes a hyphen that ends a line, joining the
 * words (`wet-` + `en` → `weten`). What it keeps is checked; what it loses is pinned, so a change
 * in how we treat that dialect shows up here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { ReportError } from '../../src/pipeline/diagnostics.ts';
import type { ParsedReport } from '../../src/schema/report.ts';
import { comparableRecords } from '../ingest/records.ts';
import { SEED_SLUG, seedBytes } from './seed-path.ts';

const dir = fileURLToPath(new URL('../fixtures/pdftotext/', import.meta.url));
const parse = (bytes: Uint8Array) => parseReport(bytes, { slug: SEED_SLUG, source: 'x' });
// Helvetica's WinAnsi encoding has no `ĳ`: the PDF was made from the seed with `ij`.
const source = parse(Buffer.from(seedBytes().toString('utf8').replaceAll('ĳ', 'ij'), 'utf8'));
const fixture = (name: string) => readFileSync(`${dir}${name}`);

describe('pdftotext -layout output of the seed PDF', () => {
  const layout = parse(fixture('seed.pdftotext-layout.txt'));

  it('gives the same records as the text the PDF was made from', () => {
    expect(comparableRecords(layout.report)).toEqual(comparableRecords(source.report));
    expect(layout.warnings).toEqual(source.warnings);
  });
});

describe('pdftotext (default mode) output of the seed PDF', () => {
  const text = fixture('seed.pdftotext.txt');
  const plain = parse(text).report;

  it('gives the same date, pages, recommendations (topics, articles, pages) and footnotes', () => {
    const outline = (r: ParsedReport) => ({
      received: r.report.received,
      pages: r.report.pages,
      recommendations: r.recommendations.map((rec) => ({ id: rec.id, topic: rec.topic, articles: rec.articles, pages: rec.pages })),
      footnotes: r.footnotes,
    });
    expect(outline(plain)).toEqual(outline(source.report));
  });

  it('is recognised: the maintainer is warned to give the PDF itself', () => {
    expect(parse(text).warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('pdftotext output without -layout'));
    expect(parse(fixture('seed.pdftotext-layout.txt')).warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('without -layout'));
    expect(source.warnings).toEqual([]);
  });

  it('loses paragraph breaks and line-end hyphens, so it cannot give the same records (use -layout)', () => {
    const pdftotext = text.toString('utf8');
    expect(pdftotext).toContain('bezien of en hoe weten regelgeving kan worden gewijzigd.');
    expect(pdftotext).toContain('VerweyJonker Instituut');
    const blocks = (r: ParsedReport) => r.recommendations.reduce((n, rec) => n + rec.grevio.length + rec.response.length, 0);
    expect(blocks(plain)).toBeLessThan(blocks(source.report));
    // The cover's paragraphs run together too, so the Convention's name joins the title.
    expect(plain.report.title).toBe(`Verdrag van de Raad van Europa inzake het voorkomen en bestrijden van geweld tegen vrouwen en huiselijk geweld ${source.report.report.title}`);
  });
});

describe('pdftotext -layout output of word-processor PDFs', () => {
  // Warnings of a text that parses, or the diagnostics of one that does not (its warnings among them, marked).
  const messages = (name: string): string[] => {
    try {
      return parse(fixture(name)).warnings.map((w) => `warning: ${w.message}`);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      return error.diagnostics.map((d) => d.message);
    }
  };

  it.each(['word-indent.pdftotext-layout.txt', 'word-spacing.pdftotext-layout.txt'])('%s: warns that paragraphs run together and names the PDF as the way in', (name) => {
    const text = fixture(name).toString('utf8');
    // What -layout made of it: paragraphs that follow one another without a blank line.
    expect(text).toMatch(/hanteren\.\n\s*GREVIO dringt er bij de Nederlandse autoriteiten op aan om de definities/);
    expect(messages(name)).toContainEqual(expect.stringMatching(/^warning: this looks like pdftotext output \(form feeds\) with almost no blank lines between paragraphs .*npm run ingest -- --add FILE\.pdf$/));
  });

  it('shows the first-line indents that -layout keeps, in place of blank lines', () => {
    expect(fixture('word-indent.pdftotext-layout.txt').toString('utf8')).toMatch(/\n {3,}Met verwijzing naar de bevindingen[^\n]*\n\S/);
  });

  it('gives the warning with the errors, when the text does not parse at all', () => {
    // Its raised footnote numbers stand apart from their words, so note 1 has no reference.
    expect(messages('word-indent.pdftotext-layout.txt')).toContainEqual(expect.stringContaining('footnote 1 at the foot of page 2 has no reference'));
  });
});
