/**
 * The ready Dutch citation of one passage, as the "Citeer" page shows it: author, title, date
 * received, page, recommendation and part, permalink; the date consulted is left to the reader.
 */
import type { CitableReport } from './citable-report';
import { formatDutchDate } from './format';

export interface PassagePlace {
  /** The recommendation's number in its report, 1-based. */
  recommendation: number;
  topic: string;
  part: 'grevio' | 'response';
  /** The block's 1-based position within its part, as in its anchor (`a11-reactie-5`). */
  block: number;
  /** GREVIO's printed paragraph number ("29."), if any. */
  label?: string;
  /** A list item's printed marker ("b."), if the passage is one. */
  item?: string;
  page: number;
  /** The passage's permalink (absolute when SITE_URL is set). */
  url: string;
}

const PART_NAMES = { grevio: 'aanbeveling van GREVIO', response: 'reactie van de regering' } as const;

/** "alinea 5" (or GREVIO's own "alinea 29."), and ", onderdeel b." for a list item. */
export function passageName(place: Pick<PassagePlace, 'block' | 'label' | 'item'>): string {
  const paragraph = place.label ? `alinea ${place.label.replace(/\.$/, '')}` : `alinea ${place.block}`;
  const item = place.item && /[\p{L}\p{N}]/u.test(place.item) ? `, onderdeel ${place.item.replace(/\.$/, '')}` : '';
  return paragraph + item;
}

/**
 * `Nederlandse overheid, “Uitgebreide beleidsreactie …”, ontvangen op 10 juli 2025, p. 19,
 * aanbeveling 11 (Definities), reactie van de regering, alinea 5. https://… (geraadpleegd op [datum]).`
 */
export function passageCitation(report: CitableReport, place: PassagePlace): string {
  const received = report.received ? `, ontvangen op ${formatDutchDate(report.received)}` : '';
  return (
    `${report.author}, “${report.title}”${received}, p. ${place.page}, ` +
    `aanbeveling ${place.recommendation} (${place.topic}), ${PART_NAMES[place.part]}, ${passageName(place)}. ` +
    `${place.url} (geraadpleegd op [datum]).`
  );
}

/** The whole report: `Nederlandse overheid, “…”, ontvangen op 10 juli 2025, 33 p. https://… (geraadpleegd op [datum]).` */
export function reportCitation(report: CitableReport): string {
  const received = report.received ? `, ontvangen op ${formatDutchDate(report.received)}` : '';
  return `${report.author}, “${report.title}”${received}, ${report.pages} p. ${report.url} (geraadpleegd op [datum]).`;
}

/** What a printed page names as its source: `Nederlandse overheid, “…”, ontvangen op 10 juli 2025 (pdf: …)`. */
export function reportSourceLine(report: CitableReport): string {
  const received = report.received ? `, ontvangen op ${formatDutchDate(report.received)}` : '';
  return `${report.author}, “${report.title}”${received} (${report.pdfUrl ? `pdf: ${report.pdfUrl}` : 'adres van de pdf niet bekend'})`;
}
