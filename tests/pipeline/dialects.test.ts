/**
 * One report, many dialects: the text of a report must give the same records whichever tool
 * turned its PDF into text. Differences allowed, and only these: the `source` path, and for
 * `-layout` text the `collapse-spaces` repairs its padding adds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { ParsedReport } from '../../src/schema/report.ts';
import { SEED_SLUG, seedBytes } from './seed-path.ts';
import { toLayout, toPdftotext } from './dialects.ts';
import { withoutLines } from '../ingest/records.ts';

const options = { slug: SEED_SLUG, source: 'seeds/x.txt' };
const parse = (text: string | Buffer) => parseReport(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, options);
const seed = parse(seedBytes());
const seedText = seedBytes().toString('utf8');

/** The records, without the `collapse-spaces` repairs that padding adds. */
function records(parsed: ParsedReport) {
  const { corrections, ...rest } = parsed;
  return { ...rest, corrections: corrections.filter((c) => c.rule !== 'collapse-spaces') };
}

describe('the seed in other dialects', () => {
  it('gives exactly the same result as pdftotext writes it (form feeds, no leading spaces)', () => {
    const text = toPdftotext(seedText);
    expect(text).not.toMatch(/^ \S/m);
    expect(text.match(/\f/g)).toHaveLength(seed.report.report.pages);
    expect(parse(text)).toEqual(seed);
  });

  it('gives the same records as pdftotext -layout writes it (form feeds, margins, padded lines)', () => {
    const text = toLayout(seedText);
    expect(text).toMatch(/^ {8}\S/m);
    expect(text).toMatch(/\S {3,}\S/);
    const layout = parse(text);
    expect(records(layout.report)).toEqual(records(seed.report));
    expect(layout.warnings).toEqual(seed.warnings);
    expect(layout.report.corrections.length).toBeGreaterThan(seed.report.corrections.length);
  });
});

describe('the layout fixture', () => {
  const dir = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));
  const opts = (source: string) => ({ slug: 'x', source });

  it('reads like the footnotes fixture it renders with pdftotext -layout', () => {
    const layout = parseReport(readFileSync(`${dir}layout/input.txt`), opts('x'));
    const plain = parseReport(readFileSync(`${dir}footnotes/input.txt`), opts('x'));
    expect(withoutLines(records(layout.report))).toEqual(withoutLines(records(plain.report)));
  });
});
