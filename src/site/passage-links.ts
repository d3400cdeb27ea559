/**
 * Where a passage's anchor leads: its id on the page being rendered, its permalink (on its
 * report's page, the page a citation names), its "Citeer" entry, and its page in the source PDF.
 */
import { articlePageAnchor, recommendationKey } from '../mdx/anchor-ids';
import { formatPages } from './format';
import { reportPath } from './routes';
import { href } from './url';

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** True on the report's own page, where its anchors are unique without the report's slug. */
export function isReportPage(pageUrl: URL, slug: string): boolean {
  return withSlash(pageUrl.pathname) === href(reportPath(slug));
}

/** A report-local anchor's id on the page at `pageUrl`. */
export function idOnPage(pageUrl: URL, recommendationId: string, local: string): string {
  return isReportPage(pageUrl, recommendationKey(recommendationId).slug) ? local : articlePageAnchor(recommendationId, local);
}

/** The report page's path with the passage's anchor: what a permalink and a citation give. */
export function permalinkPath(recommendationId: string, local: string): string {
  return `${reportPath(recommendationKey(recommendationId).slug)}#${local}`;
}

/** `/rapporten/<slug>/citeer/`: every passage of a report with its ready citation. */
export function citePagePath(slug: string): string {
  return `${reportPath(slug)}citeer/`;
}

/** The passage's entry on its report's citation page. */
export function citePath(recommendationId: string, local: string): string {
  return `${citePagePath(recommendationKey(recommendationId).slug)}#${local}`;
}

/** `/rapporten/<slug>/bron.txt`: the report's text exactly as ingested. */
export function sourceTextPath(slug: string): string {
  return `${reportPath(slug)}bron.txt`;
}

/** Page N of the published PDF (the `#page=N` open parameter PDF viewers follow). */
export function pdfPageUrl(pdfUrl: string, page: number | string): string {
  return `${pdfUrl.replace(/#.*$/, '')}#page=${page}`;
}

/** "p. N" or "p. N–M", and where it links: page N of the PDF when its address is known. */
export function sourcePage(pages: readonly [number, number], pdfUrl: string | undefined): { text: string; href?: string; label?: string } {
  const text = formatPages(pages);
  return pdfUrl ? { text, href: pdfPageUrl(pdfUrl, pages[0]), label: `${text.replace('p.', 'Pagina')} van de pdf` } : { text };
}
