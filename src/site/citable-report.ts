/**
 * What a citation of a report needs, derived once from its parsed form: the reference-manager
 * files (RIS, BibTeX, CSL-JSON), the Atom feed, the `citation_*` meta tags and the Dutch
 * "Citeer" text all read this, so they cannot disagree about an author, a date or a URL.
 */
import type { ParsedReport } from '../schema/report';
import { countNoun, listDutch } from './format';

export interface CitableReport {
  slug: string;
  title: string;
  /** Who wrote it, as the sidecar names it (`author`); else the government of its country. */
  author: string;
  /** YYYY-MM-DD, the date GREVIO received it; null when the cover does not say. */
  received: string | null;
  /** Pages of the source PDF (the last page is `pages`). */
  pages: number;
  /** BCP 47 code, e.g. `nl`. */
  language: string;
  /** The report's page on this site: absolute when SITE_URL is set, else root-relative. */
  url: string;
  /** The published PDF, when the sidecar names it. */
  pdfUrl?: string;
  /** The exact text as ingested, published beside the report page. */
  textUrl: string;
  /** The GREVIO document the report answers. */
  answers?: { title: string; url?: string };
  /** One sentence on what the report holds, in Dutch. */
  summary: string;
}

/** Used when the sidecar names no author: the answering government, named by its country. */
export function reportAuthor(report: ParsedReport['report']): string {
  if (report.author) return report.author;
  return report.country ? `Regering van ${report.country}` : 'Onbekende auteur';
}

/** `urls` gives the report page's and its source text's public URLs (see src/site/url.ts). */
export function citableReport(parsed: ParsedReport, urls: { page: string; text: string }): CitableReport {
  const { report, recommendations } = parsed;
  const articles = [...new Set(recommendations.flatMap((r) => r.articles))].sort((a, b) => a - b);
  const citable: CitableReport = {
    slug: report.slug,
    title: report.title,
    author: reportAuthor(report),
    received: report.received,
    pages: report.pages,
    language: report.language ?? 'nl',
    url: urls.page,
    textUrl: urls.text,
    summary: `${countNoun(recommendations.length, 'aanbeveling', 'aanbevelingen')} van GREVIO over ${articles.length === 1 ? 'artikel' : 'de artikelen'} ${listDutch(articles.map(String))} van het Verdrag van Istanbul, met de reactie van de regering.`,
  };
  if (report.sourceUrl) citable.pdfUrl = report.sourceUrl;
  if (report.grevioDocument) citable.answers = { ...report.grevioDocument };
  return citable;
}
