import { describe, expect, it } from 'vitest';
import type { DateExpression } from '../../src/commitments/date-expressions.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { describePeriod, newestReportDate, siteCommitments, slotLabel, timeline, timelineSlot } from '../../src/site/commitments.ts';
import { seedReport } from '../programmes/seed-report.ts';

const registry = loadRegistry();
const seed = seedReport();
const expr = (start: string, end: string, precision: DateExpression['period']['precision'], relation: DateExpression['relation'] = 'in'): DateExpression => ({
  start: 0,
  end: 1,
  matched: 'x',
  relation,
  period: { start, end, precision },
});

describe('describePeriod: what a period means, in Dutch', () => {
  it.each([
    [expr('2027-06-14', '2027-06-14', 'day', 'by'), 'uiterlijk 14 juni 2027'],
    [expr('2026-01-01', '2026-01-31', 'month'), 'januari 2026'],
    [expr('2026-01-01', '2026-03-31', 'quarter'), 'eerste kwartaal van 2026'],
    [expr('2025-07-01', '2025-12-31', 'half'), 'tweede helft van 2025'],
    [expr('2026-01-01', '2026-12-31', 'year', 'from'), 'vanaf 2026'],
    [expr('2025-01-01', '2029-12-31', 'years'), '2025 tot en met 2029'],
    // Conventions name their months, so a reader sees what "eind" was taken to mean.
    [expr('2025-10-01', '2025-12-31', 'part'), 'oktober–december 2025'],
    [expr('2026-06-30', '2026-06-30', 'season', 'by'), 'uiterlijk 30 juni 2026'],
    [expr('2025-09-01', '2025-11-30', 'season'), 'september–november 2025'],
    [expr('2025-06-21', '2025-06-30', 'part'), '21–30 juni 2025'],
  ])('%o → %s', (e, text) => {
    expect(describePeriod(e)).toBe(text);
  });
});

describe('timeline slots', () => {
  it('places a deadline by when it falls due, anything else by when it starts', () => {
    expect(timelineSlot(expr('2027-06-14', '2027-06-14', 'day', 'by'))).toEqual({ year: 2027, quarter: 2, date: '2027-06-14' });
    expect(timelineSlot(expr('2026-10-01', '2026-12-31', 'part', 'by'))).toEqual({ year: 2026, quarter: 4, date: '2026-12-31' });
    expect(timelineSlot(expr('2026-01-01', '2026-03-31', 'quarter'))).toEqual({ year: 2026, quarter: 1, date: '2026-01-01' });
  });

  it('gives no quarter to a period that spans more than one', () => {
    expect(timelineSlot(expr('2026-01-01', '2026-12-31', 'year'))).toEqual({ year: 2026, date: '2026-01-01' });
    expect(timelineSlot(expr('2026-01-01', '2026-06-30', 'half'))).toEqual({ year: 2026, date: '2026-01-01' });
    expect(timelineSlot(expr('2025-01-01', '2029-12-31', 'years'))).toEqual({ year: 2025, date: '2025-01-01' });
  });

  it('labels quarters and the rest of a year', () => {
    expect(slotLabel(2026, 1)).toBe('Eerste kwartaal 2026');
    expect(slotLabel(2026)).toBe('2026: over meer dan één kwartaal');
  });
});

describe('siteCommitments on the seed', () => {
  const found = siteCommitments([seed], registry);

  it('finds the 16 commitments, none past while the seed is the newest report', () => {
    expect(found).toHaveLength(16);
    expect(found.filter((c) => c.past)).toEqual([]);
    expect(found[0]).toMatchObject({ position: 1, topic: seed.recommendations[0]!.topic, articles: [3], page: 3 });
  });

  it('orders the timeline by year, then quarter, then date, the rest of each year last', () => {
    const years = timeline(found);
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const y2026 = years[1]!;
    expect(y2026.slots.map((s) => s.quarter ?? 'rest')).toEqual([1, 4, 'rest']);
    expect(y2026.slots[0]!.commitments.map((c) => c.expression.matched)).toEqual(['in januari 2026', 'in het eerste kwartaal van 2026']);
    expect(years[2]!.slots[0]!.commitments.map((c) => c.expression.matched)).toEqual(['uiterlijk 14 juni 2027']);
    expect(years.flatMap((y) => y.slots.flatMap((s) => s.commitments))).toHaveLength(16);
  });

  it('judges past against the newest report, never the clock', () => {
    const later = structuredClone(seed);
    later.report.slug = 'later';
    later.report.received = '2026-09-01';
    expect(newestReportDate([later, seed])).toBe('2026-09-01');
    const both = siteCommitments([later, seed], registry);
    const fromSeed = both.filter((c) => c.report === seed);
    // By 1 September 2026 the periods that ended in 2025 or the first half of 2026 are past.
    const past = fromSeed.filter((c) => c.past).map((c) => c.expression.matched);
    expect(past).toEqual(expect.arrayContaining(['dit jaar', 'in het eerste half jaar van 2026', 'in januari 2026', 'de tweede helft van 2025']));
    expect(fromSeed.find((c) => c.expression.matched === 'uiterlijk 14 juni 2027')!.past).toBe(false);
    for (const c of fromSeed) expect(c.past).toBe(c.expression.period.end < '2026-09-01');
  });
});
