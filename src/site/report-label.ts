/** How a report is named in lists and labels: by the date it was received ("Rapport van 10 juli 2025"). */
import type { ReportMeta } from '../schema/report';
import { formatDutchDate } from './format';

export function reportLabel(report: Pick<ReportMeta, 'received' | 'title'>): string {
  return report.received ? `Rapport van ${formatDutchDate(report.received)}` : report.title;
}

/** The label inside a sentence: "in het rapport van 10 juli 2025" (a title stays as it is). */
export function reportLabelInSentence(report: Pick<ReportMeta, 'received' | 'title'>): string {
  return reportLabel(report).replace(/^Rapport/, 'rapport');
}

/** "Nederlands" for `nl`; the code itself for languages we have no name for. */
export function languageName(code: string): string {
  const names: Record<string, string> = { nl: 'Nederlands', en: 'Engels', fr: 'Frans', de: 'Duits' };
  return names[code.split('-')[0]!] ?? code;
}
