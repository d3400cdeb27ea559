/**
 * The seed's paragraph and list structure, pinned: every block of every recommendation (kind,
 * label, length, and its first and last words) and every footnote. Conservation checks that no
 * word is lost; this checks that no paragraph is merged or split by a change to a shared stage.
 * `UPDATE=1 npx vitest run tests/pipeline/seed-outline.test.ts` rewrites it and fails on purpose.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { Block } from '../../src/schema/report.ts';
import { seedReport } from '../programmes/seed-report.ts';

const file = fileURLToPath(new URL('../fixtures/seed-outline.json', import.meta.url));
const ends = (text: string) => `${text.slice(0, 40)} … ${text.slice(-25)} (${text.length})`;
const outline = (b: Block) => (b.kind === 'list' ? { list: b.style, items: b.items.map((i) => `${i.label} ${ends(i.text)} p.${i.page}`) } : `${b.label ? `${b.label} ` : ''}${ends(b.text)} p.${b.page}`);

it('keeps the seed’s paragraphs, lists and footnotes as they were', () => {
  const report = seedReport();
  const actual = `${JSON.stringify(
    {
      recommendations: report.recommendations.map((r) => ({ topic: r.topic, pages: r.pages, grevio: r.grevio.map(outline), response: r.response.map(outline) })),
      footnotes: report.footnotes.map((f) => `${f.number} p.${f.page} ${ends(f.text)}`),
    },
    null,
    1,
  )}\n`;
  if (process.env.UPDATE === '1') {
    writeFileSync(file, actual);
    expect.fail('UPDATE=1: rewrote tests/fixtures/seed-outline.json; review it and run again without UPDATE');
  }
  expect(existsSync(file), 'tests/fixtures/seed-outline.json exists (create it with UPDATE=1)').toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
});
