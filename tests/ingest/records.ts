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

/**
 * What must survive laying a report out anew (other fonts, sizes, page breaks): the report's
 * facts except its page count, every recommendation's topic, articles and wording, every block's
 * kind, label and text (footnote markers included, so each `[^N]` stands in the same place),
 * every footnote's number, text and recommendation. Pages and line numbers are the new layout's
 * own; page-foot URLs (`links`) are a trait of the seed's PDF that the test documents do not print.
 */
export function laidOutContent(parsed: ParsedReport): unknown {
  const index = new Map(parsed.recommendations.map((r, i) => [r.id, i + 1]));
  const block = (b: ParsedReport['recommendations'][number]['grevio'][number]) =>
    b.kind === 'list' ? { list: b.style, items: b.items.map((i) => ({ label: i.label, text: i.text })) } : { paragraph: b.text, ...(b.label ? { label: b.label } : {}), ...(b.strength ? { strength: b.strength } : {}) };
  return {
    title: parsed.report.title,
    received: parsed.report.received,
    cover: parsed.report.cover.map((c) => c.text),
    recommendations: parsed.recommendations.map((r) => ({ topic: r.topic, articles: r.articles, strength: r.strength, grevio: r.grevio.map(block), response: r.response.map(block) })),
    footnotes: parsed.footnotes.map((f) => ({ number: f.number, text: f.text, recommendation: index.get(f.recommendation) })),
  };
}
