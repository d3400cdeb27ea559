/** The table `npm run ingest -- --add/--check` prints: what was read from each report, at a glance. */
import type { ParsedReport } from '../schema/report.ts';

export interface SummaryRow {
  report: string;
  received: string;
  recommendations: number;
  articles: number;
  footnotes: number;
  repairs: number;
  /** Pages read: the PDF's pages with text, or the pages the text marks. */
  pages: number;
  warnings: number;
}

/** `warnings`: every warning line (`FILE:LINE: warning: …`) of the run; counted per report by its source. */
export function summaryRow(parsed: ParsedReport, warnings: readonly string[], mark = ''): SummaryRow {
  return {
    report: `${parsed.report.slug}${mark}`,
    received: parsed.report.received ?? '—',
    recommendations: parsed.recommendations.length,
    articles: new Set(parsed.recommendations.flatMap((r) => r.articles)).size,
    footnotes: parsed.footnotes.length,
    repairs: parsed.corrections.length,
    pages: parsed.report.pages,
    warnings: warnings.filter((w) => w.startsWith(`${parsed.report.source}:`) && w.includes(': warning: ')).length,
  };
}

const COLUMNS: Array<keyof SummaryRow> = ['report', 'received', 'recommendations', 'articles', 'footnotes', 'pages', 'repairs', 'warnings'];

/** Plain text, columns padded: text left-aligned, numbers right-aligned. */
export function formatSummaryTable(rows: readonly SummaryRow[]): string {
  const cells = [COLUMNS.map(String), ...rows.map((row) => COLUMNS.map((c) => String(row[c])))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (typeof rows[0]?.[COLUMNS[i]!] === 'number' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
