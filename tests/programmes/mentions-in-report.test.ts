/** Passages of the seed that mention registry entries, and the article sets they add up to. */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { articlesMentioning, mentionsInReport, passagesBySlug, type Passage } from '../../src/programmes/mentions-in-report.ts';
import { recNo, seedReport } from './seed-report.ts';

const registry = loadRegistry();
const report = seedReport();
const passages = mentionsInReport(report, registry);
const where = (p: Passage) =>
  p.part === 'footnote' ? `${recNo(p.recommendationId)} footnote ${p.footnote}` : `${recNo(p.recommendationId)} ${p.part} ${p.blockIndex}${p.itemIndex === undefined ? '' : `.${p.itemIndex}`}`;

/*
 * The expected article sets were found by reading the seed, not by running this code:
 * `grep -n -i 'femicide!' seeds/…txt`, `grep -n Wmo …`, `grep -n -i 'huisverbod' …` (the law's
 * name is broken over lines 50–51 and 1409–1410, so also read the hits in context), then mapping
 * each line to the recommendation it falls in via `grep -n 'Artikel Verdrag van Istanbul'`:
 *   Stop femicide!  lines 35 (art. 3), 108 (7), 511/528 (15), 575/596/616 (16), 657 (18), 1285 (51)
 *                   — 616 writes "Stop Femicide!", 1285 "‘Stop femicide!’". Never in GREVIO's text.
 *   Wmo             lines 44/50/52/66 (art. 3), 170 (8), 836/851 "Wmo 2015" (22). Responses only.
 *   Wet tijdelijk   lines 50–51 and 58 (art. 3), 1351 GREVIO item a. (52 en 53), 1398 footnote 6 and
 *   huisverbod      1409–1410 (52 en 53). Line 583 (art. 16) says "een tijdelijk huisverbod": the
 *                   measure, not the law, so art. 16 is not in the set (see find-mentions.ts).
 */
describe('mentionsInReport on the seed', () => {
  it('finds Stop femicide! in the recommendations on articles 3, 7, 15, 16, 18 and 51', () => {
    expect(articlesMentioning(passages, 'stop-femicide')).toEqual([3, 7, 15, 16, 18, 51]);
  });

  it('finds the Wmo in the recommendations on articles 3, 8 and 22', () => {
    expect(articlesMentioning(passages, 'wmo')).toEqual([3, 8, 22]);
  });

  it('finds the Wet tijdelijk huisverbod in the recommendations on articles 3, 52 and 53, not 16', () => {
    expect(articlesMentioning(passages, 'wet-tijdelijk-huisverbod')).toEqual([3, 52, 53]);
  });

  it('places each passage by recommendation, part, block, list item or footnote', () => {
    expect(passages.filter((p) => p.slug === 'wet-tijdelijk-huisverbod').map(where)).toEqual([
      '1 response 2',
      '17 grevio 1.0',
      '17 response 2',
      '17 footnote 6',
    ]);
    expect(passages.filter((p) => p.slug === 'stop-femicide').map(where)).toEqual([
      '1 response 0',
      '2 response 0',
      '7 response 2.6',
      '7 response 3',
      '8 response 0',
      '8 response 3',
      '8 response 4',
      '9 response 1',
      '16 response 1',
    ]);
  });

  it('carries the page, the full text and only the mentions of its own entry', () => {
    const first = passages.find((p) => p.slug === 'wmo')!;
    expect(first.page).toBe(2);
    expect(first.text).toContain('(hierna: Wmo)');
    expect(first.mentions.map((m) => m.matched)).toEqual(['Wet maatschappelijke ondersteuning 2015', 'Wmo']);
    for (const p of passages) {
      for (const m of p.mentions) {
        expect(m.slug).toBe(p.slug);
        expect(p.text.slice(m.start, m.end)).toBe(m.matched);
      }
    }
  });

  it('counts footnotes only when asked: the directive number sits in footnote 1', () => {
    const eu = passages.filter((p) => p.slug === 'eu-richtlijn-geweld-tegen-vrouwen' && p.part === 'footnote');
    expect(eu.map((p) => [where(p), p.mentions[0]!.matched])).toEqual([['1 footnote 1', '(EU) 2024/1385']]);
    expect(articlesMentioning(passages, 'monitor-veilige-opvang', ['footnote'])).toEqual([22]);
  });

  it('groups passages per entry in document order', () => {
    const grouped = passagesBySlug(passages);
    expect(grouped.get('wmo')!.map((p) => recNo(p.recommendationId))).toEqual([1, 1, 1, 3, 11, 11]);
    expect([...grouped.values()].flat()).toHaveLength(passages.length);
  });

  it('takes well under 50 ms over the whole seed once the matcher is built', () => {
    mentionsInReport(report, registry);
    const start = performance.now();
    mentionsInReport(report, registry);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
