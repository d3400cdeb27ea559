/**
 * The ready Dutch citation of one passage, as the "Citeer" page shows it: author, title, date
 * received, page, recommendation and part, permalink; the date consulted is left to the reader.
 */
import type { CitableReport } from './citable-report';
import { formatDutchDate, formatPages, listDutch } from './format';

export interface PassagePlace {
  /** The recommendation's number in its report, 1-based. */
  recommendation: number;
  /** The report names a recommendation by its topic, not its number: the citation does too. */
  topic: string;
  /** The Convention articles it cites. */
  articles: readonly number[];
  part: 'grevio' | 'response';
  /** The block's 1-based position within its part, as in its anchor (`a11-reactie-5`). */
  block: number;
  /** GREVIO's printed paragraph number ("29."), if any. */
  label?: string;
  /** A list item's printed marker ("b.", "-"), if the passage is one, and its 0-based position. */
  item?: string;
  itemIndex?: number;
  page: number;
  /** The page it ends on, when later ("p. 19–20"). */
  endPage?: number;
  /** The passage's permalink (absolute when SITE_URL is set). */
  url: string;
}

/** How a citation names a part, in running text; capitalised (`partHeading`) where it heads a line. */
const receivedPart = (report: CitableReport) => (report.received ? `, ontvangen op ${formatDutchDate(report.received)}` : '');

const PART_NAMES = { grevio: 'aanbeveling van GREVIO', response: 'reactie van de regering' } as const;

export function partHeading(part: PassagePlace['part']): string {
  const name = PART_NAMES[part];
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * "alinea 5" (or GREVIO's own "alinea 29."), and for a list item ", onderdeel b" by its printed
 * label, or by its position when it has none (a dash): ", onderdeel 4", so no two items of a
 * list share a citation.
 */
export function passageName(place: Pick<PassagePlace, 'block' | 'label' | 'item' | 'itemIndex'>): string {
  const paragraph = place.label ? `alinea ${place.label.replace(/\.$/, '')}` : `alinea ${place.block}`;
  if (place.item === undefined) return paragraph;
  const printed = /[\p{L}\p{N}]/u.test(place.item) ? place.item.replace(/^\(|\)?\.?$/g, '') : String((place.itemIndex ?? 0) + 1);
  return `${paragraph}, onderdeel ${printed}`;
}

/**
 * `Nederlandse overheid, “Uitgebreide beleidsreactie …”, ontvangen op 10 juli 2025, p. 19,
 * aanbeveling “Gespecialiseerde ondersteuning” (artikel 22), reactie van de regering, alinea 5.
 * https://… (geraadpleegd op [datum]).`
 */
export function passageCitation(report: CitableReport, place: PassagePlace): string {
  return (
    `${report.author}, “${report.title}”${receivedPart(report)}, ${formatPages([place.page, place.endPage ?? place.page])}, ` +
    `aanbeveling “${place.topic}” (${place.articles.length === 1 ? 'artikel' : 'artikelen'} ${listDutch(place.articles.map(String))}), ${PART_NAMES[place.part]}, ${passageName(place)}. ` +
    `${place.url} (geraadpleegd op [datum]).`
  );
}

/** The whole report: `Nederlandse overheid, “…”, ontvangen op 10 juli 2025, 33 p. https://… (geraadpleegd op [datum]).` */
export function reportCitation(report: CitableReport): string {
  return `${report.author}, “${report.title}”${receivedPart(report)}, ${report.pages} p. ${report.url} (geraadpleegd op [datum]).`;
}

/** What a printed page names as its source: `Nederlandse overheid, “…”, ontvangen op 10 juli 2025 (pdf: …)`. */
export function reportSourceLine(report: CitableReport): string {
  return `${report.author}, “${report.title}”${receivedPart(report)} (${report.pdfUrl ? `pdf: ${report.pdfUrl}` : 'adres van de pdf niet bekend'})`;
}
