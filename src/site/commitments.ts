/**
 * The government's dated commitments as the site shows them: found once per report
 * (src/commitments/), then placed on a timeline by year and quarter, described in Dutch, and
 * judged past or not against the newest report's date — never the clock, so a build made next
 * year gives the same pages.
 */
import { findCommitments, type Commitment } from '../commitments/find-commitments.ts';
import type { DateExpression, Period } from '../commitments/date-expressions.ts';
import type { Programme } from '../schema/programme.ts';
import type { ParsedReport } from '../schema/report.ts';
import { formatDutchDate } from './format.ts';

export interface SiteCommitment extends Commitment {
  report: ParsedReport;
  /** 1-based position of its recommendation in its report. */
  position: number;
  topic: string;
  /** Its date lies before the newest report's date received: by then the date had passed. */
  past: boolean;
  slot: TimelineSlot;
}

/** Where a commitment sits on the timeline: a year, and a quarter when its date falls in one. */
export interface TimelineSlot {
  year: number;
  /** Undefined when the period spans more than one quarter ("in 2026", "vanaf 2025"). */
  quarter?: 1 | 2 | 3 | 4;
  /** The date it is placed by (a deadline's end, otherwise the period's start), for ordering. */
  date: string;
}

/**
 * Every commitment in every report, in report order (newest report first, as `reports` comes),
 * then in text order. A report without a date received has no reference for "dit jaar", so it
 * contributes none.
 */
export function siteCommitments(reports: readonly ParsedReport[], registry: readonly Programme[]): SiteCommitment[] {
  const newest = newestReportDate(reports);
  return reports.flatMap((report) => {
    if (!report.report.received) return [];
    const positions = new Map(report.recommendations.map((r, i) => [r.id, { position: i + 1, topic: r.topic }]));
    return findCommitments(report, registry).map((c) => ({
      ...c,
      report,
      ...positions.get(c.recommendationId)!,
      past: newest !== undefined && c.expression.period.end < newest,
      slot: timelineSlot(c.expression),
    }));
  });
}

/** The latest date received among the reports: what "past" is judged against. */
export function newestReportDate(reports: readonly ParsedReport[]): string | undefined {
  return reports.map((r) => r.report.received).filter((d): d is string => d !== null).sort().at(-1);
}

export function timelineSlot(expression: DateExpression): TimelineSlot {
  const { period, relation } = expression;
  // A deadline is placed by when it falls due; anything else by when it starts.
  const date = relation === 'by' ? period.end : period.start;
  const quarterOf = (iso: string) => (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
  const sameQuarter = period.start.slice(0, 4) === period.end.slice(0, 4) && quarterOf(period.start) === quarterOf(period.end);
  const quarter = relation === 'by' && period.precision === 'day' ? quarterOf(date) : sameQuarter ? quarterOf(date) : undefined;
  return { year: Number(date.slice(0, 4)), ...(quarter ? { quarter } : {}), date };
}

export interface TimelineYear {
  year: number;
  /** Quarters 1–4 that hold commitments, then (quarter undefined) those spanning more of the year. */
  slots: { quarter?: 1 | 2 | 3 | 4; commitments: SiteCommitment[] }[];
}

/** By the date a commitment is placed by, then the narrower period first ("januari" before "eerste kwartaal"), then as found. */
export function bySlotDate(a: SiteCommitment, b: SiteCommitment): number {
  const key = (c: SiteCommitment) => `${c.slot.date} ${c.expression.period.end}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Commitments by year (earliest first), then quarter; within a slot by bySlotDate. */
export function timeline(commitments: readonly SiteCommitment[]): TimelineYear[] {
  const years = new Map<number, SiteCommitment[]>();
  for (const c of commitments) years.set(c.slot.year, [...(years.get(c.slot.year) ?? []), c]);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const keys = [1, 2, 3, 4, undefined] as const;
      const slots = keys
        .map((quarter) => ({
          ...(quarter ? { quarter } : {}),
          commitments: list.filter((c) => c.slot.quarter === quarter).sort(bySlotDate),
        }))
        .filter((s) => s.commitments.length > 0);
      return { year, slots };
    });
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINAL = ['eerste', 'tweede', 'derde', 'vierde'];

/** What the period means, in Dutch: "uiterlijk 14 juni 2027", "eerste kwartaal van 2026", "vanaf 2026". */
export function describePeriod(expression: Pick<DateExpression, 'period' | 'relation'>): string {
  const span = describeSpan(expression.period);
  if (expression.relation === 'by') return `uiterlijk ${span}`;
  if (expression.relation === 'from') return `vanaf ${span}`;
  if (expression.relation === 'since') return `sinds ${span}`;
  return span;
}

function describeSpan({ start, end, precision }: Period): string {
  const [y1, m1] = [start.slice(0, 4), Number(start.slice(5, 7))];
  const [y2, m2] = [end.slice(0, 4), Number(end.slice(5, 7))];
  switch (precision) {
    case 'day':
      return start === end ? formatDutchDate(start) : `${formatDutchDate(start)} tot en met ${formatDutchDate(end)}`;
    case 'month':
      return `${MONTHS[m1 - 1]} ${y1}`;
    case 'quarter':
      return `${ORDINAL[Math.floor((m1 - 1) / 3)]} kwartaal van ${y1}`;
    case 'half':
      return `${m1 <= 6 ? 'eerste' : 'tweede'} helft van ${y1}`;
    case 'year':
      return y1;
    case 'years':
      return `${y1} tot en met ${y2}`;
    default:
      // Seasons and parts of a year are conventions: say which months were taken.
      if (start === end) return formatDutchDate(start);
      if (m1 === m2 && y1 === y2) return `${start.slice(8)}–${end.slice(8)} ${MONTHS[m1 - 1]} ${y1}`.replace(/^0/, '');
      return y1 === y2 ? `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}` : `${MONTHS[m1 - 1]} ${y1} – ${MONTHS[m2 - 1]} ${y2}`;
  }
}

/** "Tweede kwartaal 2026", or "2026: over meer dan één kwartaal" for a slot without a quarter. */
export function slotLabel(year: number, quarter?: number): string {
  return quarter ? `${ORDINAL[quarter - 1]![0]!.toUpperCase()}${ORDINAL[quarter - 1]!.slice(1)} kwartaal ${year}` : `${year}: over meer dan één kwartaal`;
}

/** A commitment's actor as a key for filtering: the programme's slug, or the office named. */
export function actorKey(actor: Commitment['actors'][number]): string {
  return actor.kind === 'programme' ? actor.slug : actor.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** What the commitments can be filtered by: their articles in order, their actors [key, name] by name. */
export function commitmentFilters(commitments: readonly SiteCommitment[]): { articles: number[]; actors: [string, string][] } {
  const articles = [...new Set(commitments.flatMap((c) => c.articles))].sort((a, b) => a - b);
  const actors = [...new Map(commitments.flatMap((c) => c.actors).map((a) => [actorKey(a), a.name]))].sort(([, a], [, b]) => a.localeCompare(b, 'nl'));
  return { articles, actors };
}
