/** Comparing parsed reports read from different renderings of one text. */
import type { ParsedReport } from '../../src/schema/report.ts';

/**
 * What must be identical whatever tool turned the PDF into text: the report facts, every
 * recommendation (topic, articles, pages, wording, blocks and their words), the footnotes, and
 * every repair except `collapse-spaces` (extractors differ in the spaces they keep). Line
 * numbers are left out: a PDF cannot show blank lines at the end of a page, so lines shift.
 */
export function comparableRecords(parsed: ParsedReport): unknown {
  const { corrections, report, ...rest } = parsed;
  const { source: _source, ...facts } = report;
  return withoutLines({ report: facts, ...rest, corrections: corrections.filter((c) => c.rule !== 'collapse-spaces') });
}

export function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'line').map(([key, v]) => [key, withoutLines(v)]));
}
