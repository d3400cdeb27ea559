/**
 * The Atom 1.0 feed of reports (RFC 4287), so a reader learns of a new government response
 * without visiting the site. Pure and clock-free: the same reports give the same bytes, which
 * the reproducible-build check relies on.
 */
import type { CitableReport } from './citable-report';

export interface FeedMeta {
  title: string;
  /** The site's home page: absolute, or root-relative when SITE_URL is not set. */
  url: string;
  /** Where the feed itself is served. */
  selfUrl: string;
  /** The feed's permanent IRI. */
  id: string;
}

/**
 * The `updated` of an undated feed or entry. Atom requires one and the clock would make every
 * build differ, so a report without a date of receipt gets a fixed, obviously-not-real date.
 */
const UNDATED = '1970-01-01T00:00:00Z';

/**
 * Text or attribute value for XML 1.0: the characters XML forbids (C0 controls but tab, LF and
 * CR; U+FFFE, U+FFFF; lone surrogates) are dropped, since no escape can represent them, and the
 * five specials become the predefined entities, which every parser decodes (numeric character
 * references are not decoded by some, e.g. fast-xml-parser's defaults).
 */
function xml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The entry's permanent id: from the slug alone, so moving the site (SITE_URL) keeps it. */
export function reportEntryId(slug: string): string {
  return `urn:verdragswijzer:rapport:${slug}`;
}

/** `2025-07-10` → `2025-07-10T00:00:00Z` (RFC 3339, as Atom requires). */
function atomDate(received: string): string {
  return `${received}T00:00:00Z`;
}

/** Newest first by date received, undated last, then by slug: the order of getReports(). */
function newestFirst(a: CitableReport, b: CitableReport): number {
  return (b.received ?? '').localeCompare(a.received ?? '') || a.slug.localeCompare(b.slug);
}

function entry(r: CitableReport): string {
  const lines = [
    // The feed says `nl`; a report in another language says so itself.
    r.language === 'nl' ? '  <entry>' : `  <entry xml:lang="${xml(r.language)}">`,
    `    <title type="text">${xml(r.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(r.url)}"/>`,
  ];
  if (r.pdfUrl) lines.push(`    <link rel="enclosure" type="application/pdf" href="${xml(r.pdfUrl)}"/>`);
  lines.push(`    <id>${xml(reportEntryId(r.slug))}</id>`);
  if (r.received) lines.push(`    <published>${atomDate(r.received)}</published>`);
  lines.push(
    `    <updated>${r.received ? atomDate(r.received) : UNDATED}</updated>`,
    `    <author><name>${xml(r.author)}</name></author>`,
    `    <summary type="text">${xml(r.summary)}</summary>`,
    '  </entry>',
  );
  return lines.join('\n');
}

/**
 * The feed document. Links may be root-relative (no SITE_URL): Atom allows IRI references,
 * resolved against the feed's own URL, which is on the same site, so no `xml:base` is needed.
 */
export function atomFeed(feed: FeedMeta, reports: readonly CitableReport[]): string {
  const sorted = [...reports].sort(newestFirst);
  // The newest date of receipt, never the build time.
  const newest = sorted.find((r) => r.received !== null)?.received;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <title type="text">${xml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.url)}"/>`,
    `  <id>${xml(feed.id)}</id>`,
    `  <updated>${newest ? atomDate(newest) : UNDATED}</updated>`,
    ...sorted.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
