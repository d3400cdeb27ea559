/** The cover (everything before the first recommendation) → paragraphs, title and date received. */
import type { BodyLine } from './body-line.ts';
import type { Correction } from '../schema/report.ts';
import { joinLines } from './join-lines.ts';
import { isCalendarDate } from '../schema/report.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const RECEIVED = new RegExp(`,?\\s*ontvangen op (\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'i');
const CONVENTION_NAME = /^Verdrag van de Raad van Europa\b/;

export interface CoverParagraph {
  text: string;
  page: number;
}

export function coverParagraphs(lines: BodyLine[], corrections: Correction[]): CoverParagraph[] {
  const out: CoverParagraph[] = [];
  let run: Array<{ no: number; text: string; page: number }> = [];
  const flush = () => {
    if (run.length > 0) out.push({ text: joinLines(run, corrections), page: run[0]!.page });
    run = [];
  };
  for (const line of lines) {
    if (line.kind !== 'text') {
      flush();
      continue;
    }
    if (run.length > 0 && run[run.length - 1]!.page !== line.page) flush();
    run.push(line);
  }
  flush();
  return out;
}

/** Title: the cover page's paragraphs other than the Convention's name, without the date clause. */
export function coverTitle(paragraphs: CoverParagraph[]): string | undefined {
  const firstPage = paragraphs.filter((p) => p.page === paragraphs[0]?.page);
  const own = firstPage.filter((p) => !CONVENTION_NAME.test(p.text));
  const parts = (own.length > 0 ? own : firstPage).map((p) => p.text);
  const title = parts.join(' ').replace(RECEIVED, '').trim().replace(/,$/, '');
  return title || undefined;
}

/** "ontvangen op 10 juli 2025" → "2025-07-10"; `invalid` holds a printed date that does not exist. */
export function receivedDate(paragraphs: CoverParagraph[]): { date: string | null; invalid?: string } {
  const m = RECEIVED.exec(paragraphs.map((p) => p.text).join(' '));
  if (!m) return { date: null };
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  const date = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? { date } : { date: null, invalid: `${m[1]} ${m[2]} ${m[3]}` };
}
