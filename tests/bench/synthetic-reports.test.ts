import { describe, expect, it } from 'vitest';
import { syntheticReports } from '../../src/bench/synthetic-reports.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

const seed = parseReport(seedBytes(), { slug: SEED_SLUG, source: 'seeds/x.txt' }).report;
const reports = syntheticReports(seed, 12, 7);
const parsed = reports.map((r) => parseReport(Buffer.from(r.text), { slug: r.name, source: `${r.name}.txt` }));

describe('synthetic reports for the scale benchmark', () => {
  it('are the same for the same seed number and differ for another', () => {
    expect(syntheticReports(seed, 12, 7)).toEqual(reports);
    expect(syntheticReports(seed, 12, 8).map((r) => r.text)).not.toEqual(reports.map((r) => r.text));
  });

  it('parse without errors or warnings, with about 20 recommendations each', () => {
    for (const { report, warnings } of parsed) {
      expect(warnings).toEqual([]);
      expect(report.recommendations.length).toBeGreaterThanOrEqual(18);
      expect(report.recommendations.length).toBeLessThanOrEqual(22);
    }
  });

  it('have unique names that sort by their distinct dates received', () => {
    const names = reports.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    expect(parsed.map((p) => p.report.report.received)).toEqual(names.map((n) => n.slice(0, 10)));
  });

  it('vary articles and wording, and carry footnotes, lists and page breaks like the seed', () => {
    const all = parsed.map((p) => p.report);
    expect(new Set(all.flatMap((r) => r.recommendations.flatMap((rec) => rec.articles))).size).toBeGreaterThan(60);
    expect(new Set(all.flatMap((r) => r.recommendations.flatMap((rec) => rec.strength)))).toEqual(new Set(['urges', 'strongly-encourages', 'encourages', 'invites']));
    for (const report of all) {
      expect(report.footnotes.length).toBeGreaterThan(0);
      expect(report.report.pages).toBeGreaterThan(10);
      expect(report.recommendations.some((rec) => [...rec.grevio, ...rec.response].some((b) => b.kind === 'list'))).toBe(true);
    }
  });
});
