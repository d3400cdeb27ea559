/**
 * What reference managers and search engines read from a page's `<head>`: Highwire Press
 * `citation_*` tags (Zotero, Google Scholar), Dublin Core, and schema.org JSON-LD. Built from the
 * same CitableReport as the citation files, so every form names the same author, date and URL.
 */
import type { Article } from './article-registry';
import type { CitableReport } from './citable-report';

export interface MetaTag {
  name: string;
  content: string;
}

/** `2025-07-10` → `2025/07/10`, the form Google Scholar asks for. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

/** The report's citation tags; `pages` are the pages this page shows (all, on the report page). */
export function highwireTags(report: CitableReport, pages: readonly [number, number]): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: report.title },
    { name: 'citation_author', content: report.author },
    { name: 'citation_technical_report_institution', content: report.author },
  ];
  if (report.received) tags.push({ name: 'citation_publication_date', content: highwireDate(report.received) });
  if (report.pdfUrl) tags.push({ name: 'citation_pdf_url', content: report.pdfUrl });
  tags.push(
    { name: 'citation_firstpage', content: String(pages[0]) },
    { name: 'citation_lastpage', content: String(pages[1]) },
    { name: 'citation_language', content: report.language },
    { name: 'citation_abstract_html_url', content: report.url },
  );
  return tags;
}

/** Dublin Core (with `<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">`). */
export function dublinCoreTags(report: CitableReport): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'DC.title', content: report.title },
    { name: 'DC.creator', content: report.author },
  ];
  if (report.received) tags.push({ name: 'DC.date', content: report.received });
  tags.push({ name: 'DC.language', content: report.language }, { name: 'DC.type', content: 'Text' }, { name: 'DC.identifier', content: report.url });
  if (report.pdfUrl) tags.push({ name: 'DC.source', content: report.pdfUrl });
  tags.push({ name: 'DC.description', content: report.summary });
  return tags;
}

const CONVENTION = {
  '@type': 'Legislation',
  name: 'Verdrag van de Raad van Europa inzake het voorkomen en bestrijden van geweld tegen vrouwen en huiselijk geweld',
  alternateName: 'Verdrag van Istanbul',
  legislationIdentifier: 'CETS No. 210',
} as const;

/** schema.org `Report` for a government response. */
export function reportJsonLd(report: CitableReport): Record<string, unknown> {
  return {
    '@type': 'Report',
    name: report.title,
    author: { '@type': 'Organization', name: report.author },
    ...(report.received ? { dateCreated: report.received } : {}),
    inLanguage: report.language,
    url: report.url,
    numberOfPages: report.pages,
    description: report.summary,
    about: CONVENTION,
    ...(report.pdfUrl ? { encoding: { '@type': 'MediaObject', contentUrl: report.pdfUrl, encodingFormat: 'application/pdf' } } : {}),
    ...(report.answers ? { isBasedOn: { '@type': 'Report', name: report.answers.title, ...(report.answers.url ? { url: report.answers.url } : {}) } } : {}),
  };
}

/** schema.org `Legislation` for one Convention article, with the reports that answer on it. */
export function articleJsonLd(article: Pick<Article, 'number' | 'title_nl'>, url: string, officialText: string, reports: readonly CitableReport[]): Record<string, unknown> {
  return {
    '@type': 'Legislation',
    name: `Artikel ${article.number}: ${article.title_nl}`,
    legislationIdentifier: `CETS No. 210, artikel ${article.number}`,
    inLanguage: 'nl',
    url,
    sameAs: officialText,
    isPartOf: CONVENTION,
    ...(reports.length > 0 ? { subjectOf: reports.map(reportJsonLd) } : {}),
  };
}

/**
 * The JSON-LD block's text: `<`, `>`, `&` and the JavaScript line separators escaped, so no
 * report text can end the `<script>` element it sits in (it is data, and stays data).
 */
export function jsonLdText(value: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...value })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
