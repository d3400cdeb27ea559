/**
 * Every report as a CitableReport with its public URLs, and the paths of its citation files
 * and the feed: the report page, its `<head>`, the citation endpoints and the feed all come
 * through here, so they cite the same URLs.
 */
import type { CitableReport } from './citable-report';
import { citableReport } from './citable-report';
import { sourceTextPath } from './passage-links';
import { getReports } from './reports';
import { reportPath } from './routes';
import { publicUrl } from './url';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = 'Verdragswijzer: nieuwe rapporten';

export type CitationFormat = 'ris' | 'bib' | 'json';

/** `/rapporten/<slug>/citatie.<ris|bib|json>`, root-relative without base (pass through `href()`). */
export function citationFilePath(slug: string, format: CitationFormat): string {
  return `${reportPath(slug)}citatie.${format}`;
}

// Keyed by getReports()'s list, which a build reads once: every endpoint then shares one
// conversion, while the dev server (which reads afresh) gets a fresh one.
const converted = new WeakMap<object, CitableReport[]>();

/** Every report, newest first (the order of getReports()). */
export async function citableReports(): Promise<CitableReport[]> {
  const reports = await getReports();
  let citable = converted.get(reports);
  if (!citable) {
    citable = reports.map((parsed) =>
      citableReport(parsed, { page: publicUrl(reportPath(parsed.report.slug)), text: publicUrl(sourceTextPath(parsed.report.slug)) }),
    );
    converted.set(reports, citable);
  }
  return citable;
}

/** The report with this slug; fails the build for a slug no report has. */
export async function citableReportOf(slug: string): Promise<CitableReport> {
  const found = (await citableReports()).find((r) => r.slug === slug);
  if (!found) throw new Error(`no report has the slug "${slug}"`);
  return found;
}
