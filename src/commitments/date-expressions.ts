/**
 * Finds Dutch date expressions in running text ("uiterlijk 14 juni 2027", "eind dit jaar", "in het
 * eerste kwartaal van 2026", "voor de zomer", "sinds 2016") and resolves each to the period it
 * means. Pure: relative terms resolve against the `reference` date passed in (a report's date
 * received), never against the clock. Whether an expression dates a *commitment* is decided
 * elsewhere (find-commitments.ts); this module only reads dates, including the ones in titles
 * ("Wmo 2015", "2024-2027"), which the caller drops.
 *
 * Conventions (Dutch government usage; every vague term gets one fixed span so results compare):
 * - Seasons follow the parliamentary calendar around the summer recess (zomerreces, early July to
 *   early September):
 *     voorjaar/lente  1 March – 31 May
 *     zomer/zomerreces 1 July – 31 August (the recess, not the meteorological June–August: "voor
 *                     de zomer" in a Kamerbrief means before the recess, so by 30 June)
 *     najaar/herfst   1 September – 30 November
 *     winter          1 December – end of February of the next year
 *   "na de zomer" (after the recess) is 1 September – 31 October, relation 'in'.
 * - Parts of a year, precision 'part': begin = January–March, medio/midden/halverwege = May–August
 *   (four months around 1 July), eind/einde = October–December. Parts of a month: begin = 1–10,
 *   medio/half = 11–20, eind = 21–last day. "later dit jaar" = the day after the reference to
 *   31 December; "eerder dit jaar" = 1 January to the day before the reference.
 * - Relation words directly before the date:
 *     by     uiterlijk, uiterlijk in/op, tot uiterlijk, niet later dan, ten laatste, tot en met, t/m
 *            (inclusive: period is the named span, its end the deadline); vóór, voor, tot
 *            (exclusive: the deadline is the day before the named span starts, and the period is
 *            that one day — precision 'day' when that boundary is a calendar fact, the span's own
 *            precision when it is a convention, as for seasons: "voor de zomer 2026" → 30 June
 *            2026, 'season'). Vague parts are not shifted: "voor eind 2025" is read as everyone
 *            means it, by the end of 2025.
 *            Unaccented "voor" before a bare year or year range reads as "for" ("de middelen voor
 *            2026"), so it is no relation word there; "vóór 2026" is (by 31 December 2025).
 *     from   vanaf, per, met ingang van, m.i.v.; and "na X" (after X) = from the day after X.
 *     since  sinds, sedert (always the past: never a commitment).
 *     in     in, op, in de loop van, gedurende, tijdens, rond(om), omstreeks, or no relation word.
 * - Relative years: "dit jaar" = the reference's year, "volgend/komend jaar" (and "het
 *   volgende/komende jaar") = the next, "vorig jaar" = the previous. "de komende jaren",
 *   "afgelopen jaren", "binnenkort", "op korte termijn" name no period and are not expressions;
 *   neither is "het afgelopen jaar" (in reports it is usually relative to something else, e.g.
 *   "publiceert jaarlijks over het afgelopen jaar").
 * - A season without a year ("in het najaar", "voor de zomer", "na de zomer") is its first
 *   occurrence whose resolved end (for 'by', the deadline) is not before the reference: on
 *   10 July 2025 "voor de zomer" is by 30 June 2026 (the 2025 recess had started), "in de zomer"
 *   is July–August 2025. "komend/komende/volgende X" is the first X that starts after the
 *   reference ("komende zomer" on 10 July 2025 = summer 2026); "dit/deze X" is the reference year's.
 * - A day or month needs a year ("14 juni 2027", "juni 2025", "juni van dit jaar"): a bare "op
 *   1 juli" may be past or future, so it is left out rather than guessed.
 * - Year ranges: "2024-2027", "2024–2027", "2025/2026" (precision 'years', relation 'in'), and "van
 *   2025 tot en met 2029" / "van 2025 t/m 2029" / "tussen 2025 en 2029" (inclusive), "van 2025 tot
 *   2029" (exclusive: through 2028).
 * Case, en/em dashes, the accent in "vóór" and any whitespace (NBSP included) are accepted.
 */
import { addDays, isoDate, monthEnd, monthOf, yearOf } from './calendar.ts';

export const PRECISIONS = ['day', 'month', 'quarter', 'half', 'season', 'part', 'year', 'years'] as const;
/**
 * How exactly the period is known. 'season' and 'part' (begin/medio/eind, later dit jaar) are
 * conventions (see above), not calendar facts; 'years' is a range of whole years.
 */
export type Precision = (typeof PRECISIONS)[number];

export const RELATIONS = ['by', 'in', 'from', 'since'] as const;
/** by: a deadline (period.end); in: within the period; from: starting then; since: from a past start. */
export type Relation = (typeof RELATIONS)[number];

export interface Period {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD; for relation 'by' the deadline. */
  end: string;
  precision: Precision;
}

export interface DateExpression {
  /** Offsets into the text, relation word included: `text.slice(start, end) === matched`. */
  start: number;
  end: number;
  matched: string;
  period: Period;
  relation: Relation;
}

/** A span the words name, before a relation word shifts it. */
interface Anchor extends Period {
  /** Its start is a calendar boundary (a day, month, quarter, half, year), not a convention. */
  exact: boolean;
}

type Resolution =
  | { kind: 'fixed'; anchor: Anchor }
  /** A season without a year: which year depends on the reference and the relation. */
  | { kind: 'yearless'; at: (year: number) => Anchor; pick: 'nearest' | 'upcoming' };

interface Core {
  start: number;
  end: number;
  resolution: Resolution;
  /** A bare year or year range: unaccented "voor" in front reads as "for", not "before". */
  bareYear: boolean;
  /** The summer (recess): "na de zomer" has its own span. */
  summer: boolean;
}

interface Reference {
  date: string;
  year: number;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR_DIGITS = '(?:19|20)\\d{2}';
/** A year in digits cannot run on into a word, a number ("2024/1385", "20288") or a range. */
const YEAR_END = '(?![\\p{L}\\d]|[.,/\\-\u2013\u2014]\\d)';
const WORD_START = '(?<![\\p{L}\\d])';
/** A digit-initial pattern does not start inside a number, code or compound ("stb-2025-29"). */
const DIGIT_START = '(?<![\\p{L}\\d./\\-\u2013])';
const RELATIVE_YEAR = '(?:dit|volgend|volgende|komend|komende|vorig|vorige)\\s+jaar(?!\\p{L})';
/** The year of a compound expression: digits, "dit/volgend/vorig jaar", or "het (volgende) jaar". */
const YEAR_SLOT = `(${YEAR_DIGITS}${YEAR_END}|${RELATIVE_YEAR}|het\\s+(?:volgende\\s+|komende\\s+)?jaar(?!\\p{L}))`;
const SEASONS = '(voorjaar|lente|zomerreces|zomer|najaar|herfst|winter)(?!\\p{L})';
const ORDINAL: Record<string, number> = { eerste: 1, '1e': 1, tweede: 2, '2e': 2, derde: 3, '3e': 3, vierde: 4, '4e': 4, laatste: 4 };

function yearValue(slot: string, ref: Reference): number {
  const s = slot.toLowerCase();
  if (/^\d/.test(s)) return Number(s);
  if (/vorig/.test(s)) return ref.year - 1;
  if (/volgend|komend/.test(s)) return ref.year + 1;
  return ref.year; // "dit jaar", "het jaar"
}

const exact = (start: string, end: string, precision: Precision): Anchor => ({ start, end, precision, exact: true });
const convention = (start: string, end: string, precision: Precision): Anchor => ({ start, end, precision, exact: false });

const monthSpan = (y: number, m: number) => exact(isoDate(y, m, 1), monthEnd(y, m), 'month');
const quarterSpan = (y: number, q: number) => exact(isoDate(y, 3 * q - 2, 1), monthEnd(y, 3 * q), 'quarter');
const halfSpan = (y: number, h: number) => exact(isoDate(y, 6 * h - 5, 1), monthEnd(y, 6 * h), 'half');
const yearSpan = (y: number) => exact(isoDate(y, 1, 1), isoDate(y, 12, 31), 'year');

function seasonSpan(word: string, y: number): Anchor {
  const w = word.toLowerCase();
  if (w === 'voorjaar' || w === 'lente') return convention(isoDate(y, 3, 1), isoDate(y, 5, 31), 'season');
  if (w === 'zomer' || w === 'zomerreces') return convention(isoDate(y, 7, 1), isoDate(y, 8, 31), 'season');
  if (w === 'najaar' || w === 'herfst') return convention(isoDate(y, 9, 1), isoDate(y, 11, 30), 'season');
  return convention(isoDate(y, 12, 1), monthEnd(y + 1, 2), 'season');
}

function yearPart(word: string, y: number): Anchor {
  const w = word.toLowerCase();
  if (w === 'begin') return convention(isoDate(y, 1, 1), isoDate(y, 3, 31), 'part');
  if (w === 'eind' || w === 'einde') return convention(isoDate(y, 10, 1), isoDate(y, 12, 31), 'part');
  return convention(isoDate(y, 5, 1), isoDate(y, 8, 31), 'part'); // medio, midden, halverwege
}

function monthPart(word: string, y: number, m: number): Anchor {
  const w = word.toLowerCase();
  if (w === 'begin') return convention(isoDate(y, m, 1), isoDate(y, m, 10), 'part');
  if (w === 'eind' || w === 'einde') return convention(isoDate(y, m, 21), monthEnd(y, m), 'part');
  return convention(isoDate(y, m, 11), isoDate(y, m, 20), 'part'); // medio, midden, half
}

const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

interface Pattern {
  source: string;
  /** undefined: the text matched but names no real period (31 februari, 2027-2024). */
  resolve: (m: RegExpExecArray, ref: Reference) => Resolution | undefined;
  bareYear?: boolean;
  summer?: (m: RegExpExecArray) => boolean;
}

const fixed = (anchor: Anchor | undefined): Resolution | undefined => (anchor ? { kind: 'fixed', anchor } : undefined);
const isSummer = (word: string | undefined) => /^zomer/i.test(word ?? '');

const PATTERNS: Pattern[] = [
  // 2024-2027, 2024 – 2027, 2025/2026
  {
    source: `${DIGIT_START}(${YEAR_DIGITS})\\s*[-\u2010-\u2014/]\\s*(${YEAR_DIGITS})${YEAR_END}`,
    resolve: (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      return fixed(to > from ? exact(isoDate(from, 1, 1), isoDate(to, 12, 31), 'years') : undefined);
    },
    bareYear: true,
  },
  // van 2025 tot en met 2029, tussen 2025 en 2029
  {
    source: `${WORD_START}(van|tussen)\\s+(${YEAR_DIGITS})\\s+(tot\\s+en\\s+met|t\\/m|tot|en)\\s+(${YEAR_DIGITS})${YEAR_END}`,
    resolve: (m) => {
      const between = m[1]!.toLowerCase() === 'tussen';
      const joiner = m[3]!.toLowerCase();
      if (between !== (joiner === 'en')) return undefined;
      const from = Number(m[2]);
      const to = joiner === 'tot' ? Number(m[4]) - 1 : Number(m[4]);
      return fixed(to > from ? exact(isoDate(from, 1, 1), isoDate(to, 12, 31), 'years') : undefined);
    },
    bareYear: true,
  },
  // 14 juni 2027, 1e januari 2026
  {
    source: `${DIGIT_START}(\\d{1,2})(?:e|ste|de)?\\s+${MONTH}\\s+(${YEAR_DIGITS})${YEAR_END}`,
    resolve: (m) => {
      const [day, month, year] = [Number(m[1]), monthNumber(m[2]!), Number(m[3])];
      if (day < 1 || isoDate(year, month, day) > monthEnd(year, month)) return undefined;
      const date = isoDate(year, month, day);
      return fixed(exact(date, date, 'day'));
    },
  },
  // eind juni 2025, begin van maart 2026
  {
    source: `${WORD_START}(begin|medio|midden|half|eind|einde)(?:\\s+van)?\\s+${MONTH}\\s+${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(monthPart(m[1]!, yearValue(m[3]!, ref), monthNumber(m[2]!))),
  },
  // juni 2025, juni van dit jaar
  {
    source: `${WORD_START}${MONTH}\\s+(?:van\\s+)?${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(monthSpan(yearValue(m[2]!, ref), monthNumber(m[1]!))),
  },
  // het eerste kwartaal van 2026, 3e kwartaal 2025, het laatste kwartaal van dit jaar
  {
    source: `${WORD_START}(?:het\\s+)?(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\\s+kwartaal(?:\\s+van)?\\s+${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(quarterSpan(yearValue(m[2]!, ref), ORDINAL[m[1]!.toLowerCase()]!)),
  },
  // Q1 2026
  {
    source: `${WORD_START}Q([1-4])(?:\\s+van)?\\s+${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(quarterSpan(yearValue(m[2]!, ref), Number(m[1]))),
  },
  // dit kwartaal, het volgende kwartaal
  {
    source: `${WORD_START}(?:het\\s+)?(dit|huidige|volgend|volgende|komend|komende)\\s+kwartaal(?!\\p{L})`,
    resolve: (m, ref) => {
      const current = Math.ceil(monthOf(ref.date) / 3);
      if (/^(dit|huidige)$/i.test(m[1]!)) return fixed(quarterSpan(ref.year, current));
      return fixed(current === 4 ? quarterSpan(ref.year + 1, 1) : quarterSpan(ref.year, current + 1));
    },
  },
  // de tweede helft van 2025, het eerste half jaar van 2026, eerste halfjaar 2026
  {
    source: `${WORD_START}(?:(?:de|het)\\s+)?(eerste|tweede|1e|2e)\\s+(?:helft|half\\s+jaar|halfjaar|jaarhelft)(?:\\s+van)?\\s+${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(halfSpan(yearValue(m[2]!, ref), ORDINAL[m[1]!.toLowerCase()]!)),
  },
  // H2 2025
  {
    source: `${WORD_START}H([12])\\s+(${YEAR_DIGITS})${YEAR_END}`,
    resolve: (m) => fixed(halfSpan(Number(m[2]), Number(m[1]))),
  },
  // het najaar van 2025, zomer 2026, de zomer van dit jaar
  {
    source: `${WORD_START}(?:(?:het|de)\\s+)?${SEASONS}(?:\\s+van)?\\s+${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(seasonSpan(m[1]!, yearValue(m[2]!, ref))),
    summer: (m) => isSummer(m[1]),
  },
  // dit najaar, deze zomer, komend voorjaar
  {
    source: `${WORD_START}(dit|deze|komend|komende|aankomend|aankomende|volgend|volgende)\\s+${SEASONS}`,
    resolve: (m, ref) => {
      const word = m[2]!;
      if (/^(dit|deze)$/i.test(m[1]!)) return fixed(seasonSpan(word, ref.year));
      return { kind: 'yearless', at: (y) => seasonSpan(word, y), pick: 'upcoming' };
    },
    summer: (m) => isSummer(m[2]),
  },
  // het najaar, de zomer (in "voor de zomer", "na de zomer", "in het voorjaar")
  {
    source: `${WORD_START}(?:het|de)\\s+${SEASONS}`,
    resolve: (m) => {
      const word = m[1]!;
      return { kind: 'yearless', at: (y) => seasonSpan(word, y), pick: 'nearest' };
    },
    summer: (m) => isSummer(m[1]),
  },
  // begin 2026, medio 2026, eind dit jaar, eind-2026, aan het einde van het jaar
  {
    source: `${WORD_START}(?:(?:aan\\s+)?het\\s+)?(begin|medio|midden|halverwege|eind|einde)(?:-|\\s+van\\s+|\\s+)${YEAR_SLOT}`,
    resolve: (m, ref) => fixed(yearPart(m[1]!, yearValue(m[2]!, ref))),
  },
  // later dit jaar, eerder dit jaar
  {
    source: `${WORD_START}(later|eerder)\\s+dit\\s+jaar(?!\\p{L})`,
    resolve: (m, ref) => {
      const end = isoDate(ref.year, 12, 31);
      const start = isoDate(ref.year, 1, 1);
      if (m[1]!.toLowerCase() === 'later') return fixed(convention(ref.date < end ? addDays(ref.date, 1) : end, end, 'part'));
      return fixed(convention(start, ref.date > start ? addDays(ref.date, -1) : start, 'part'));
    },
  },
  // 2026
  {
    source: `${DIGIT_START}(${YEAR_DIGITS})${YEAR_END}`,
    resolve: (m) => fixed(yearSpan(Number(m[1]))),
    bareYear: true,
  },
  // dit jaar, volgend jaar, het komende jaar, vorig jaar
  {
    source: `${WORD_START}(?:het\\s+)?(${RELATIVE_YEAR})`,
    resolve: (m, ref) => fixed(yearSpan(yearValue(m[1]!, ref))),
    bareYear: true,
  },
];

const COMPILED = PATTERNS.map((p) => ({ ...p, regex: new RegExp(p.source, 'giu') }));

/**
 * The relation word right before a date, as the last thing before it. Alternatives are tried at
 * the earliest position first, so "tot en met" wins over "met", "uiterlijk in" over "in".
 */
const RELATION_WORD = new RegExp(
  `${WORD_START}(uiterlijk\\s+(?:in|op)|uiterlijk|tot\\s+uiterlijk|niet\\s+later\\s+dan|ten\\s+laatste|tot\\s+en\\s+met|t\\/m|tot|v[o\u00f3][o\u00f3]r|vanaf|per|met\\s+ingang\\s+van|m\\.i\\.v\\.|sinds|sedert|in\\s+de\\s+loop\\s+van|gedurende|tijdens|rondom|rond|omstreeks|in|op|na)\\s+$`,
  'iu',
);

type RelationWord = 'inclusive-by' | 'exclusive-by' | 'weak-voor' | 'from' | 'since' | 'in' | 'after';

function classify(word: string): RelationWord {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'tot' || w.includes('\u00f3')) return 'exclusive-by';
  if (w === 'voor') return 'weak-voor';
  if (w.startsWith('uiterlijk') || ['tot uiterlijk', 'niet later dan', 'ten laatste', 'tot en met', 't/m'].includes(w)) return 'inclusive-by';
  if (['vanaf', 'per', 'met ingang van', 'm.i.v.'].includes(w)) return 'from';
  if (w === 'sinds' || w === 'sedert') return 'since';
  if (w === 'na') return 'after';
  return 'in';
}

/** A one-day boundary period: 'day' when the boundary is a calendar fact, else the anchor's precision. */
const boundary = (date: string, anchor: Anchor): Period => ({ start: date, end: date, precision: anchor.exact ? 'day' : anchor.precision });
const plain = ({ start, end, precision }: Anchor): Period => ({ start, end, precision });

function apply(word: RelationWord | undefined, anchor: Anchor, summer: boolean): { relation: Relation; period: Period } {
  switch (word) {
    case 'inclusive-by':
      return { relation: 'by', period: plain(anchor) };
    case 'exclusive-by':
    case 'weak-voor':
      return { relation: 'by', period: anchor.precision === 'part' ? plain(anchor) : boundary(addDays(anchor.start, -1), anchor) };
    case 'from':
      return { relation: 'from', period: plain(anchor) };
    case 'since':
      return { relation: 'since', period: plain(anchor) };
    case 'after': {
      if (summer) {
        const y = yearOf(anchor.start);
        return { relation: 'in', period: { start: isoDate(y, 9, 1), end: isoDate(y, 10, 31), precision: 'season' } };
      }
      return { relation: 'from', period: boundary(addDays(anchor.end, 1), anchor) };
    }
    default:
      return { relation: 'in', period: plain(anchor) };
  }
}

function resolve(resolution: Resolution, word: RelationWord | undefined, summer: boolean, ref: Reference): { relation: Relation; period: Period } {
  if (resolution.kind === 'fixed') return apply(word, resolution.anchor, summer);
  for (let y = ref.year - 1; y <= ref.year + 2; y++) {
    const anchor = resolution.at(y);
    const result = apply(word, anchor, summer);
    if (resolution.pick === 'upcoming' ? anchor.start > ref.date : result.period.end >= ref.date) return result;
  }
  return apply(word, resolution.at(ref.year + 2), summer);
}

function cores(text: string, ref: Reference): Core[] {
  const found: Core[] = [];
  for (const pattern of COMPILED) {
    pattern.regex.lastIndex = 0;
    for (const m of text.matchAll(pattern.regex)) {
      const resolution = pattern.resolve(m, ref);
      if (!resolution) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        resolution,
        bareYear: pattern.bareYear ?? false,
        summer: pattern.summer?.(m) ?? false,
      });
    }
  }
  // Leftmost, then longest: "14 juni 2027" over "juni 2027" over "2027".
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Core[] = [];
  for (const core of found) {
    const last = kept[kept.length - 1];
    if (!last || core.start >= last.end) kept.push(core);
  }
  return kept;
}

/**
 * Every date expression in `text`, in text order, never overlapping. `reference` (YYYY-MM-DD) is
 * the date relative terms count from: the report's date received.
 */
export function findDateExpressions(text: string, reference: string): DateExpression[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) throw new Error(`reference must be YYYY-MM-DD, got "${reference}"`);
  const ref: Reference = { date: reference, year: yearOf(reference) };
  const out: DateExpression[] = [];
  let previousEnd = 0;
  for (const core of cores(text, ref)) {
    const before = text.slice(Math.max(previousEnd, core.start - 40), core.start);
    const m = RELATION_WORD.exec(before);
    let word = m ? classify(m[1]!) : undefined;
    let start = core.start;
    if (m && !(word === 'weak-voor' && core.bareYear)) start = core.start - before.length + m.index;
    else word = undefined;
    const { relation, period } = resolve(core.resolution, word, core.summer, ref);
    out.push({ start, end: core.end, matched: text.slice(start, core.end), period, relation });
    previousEnd = core.end;
  }
  return out;
}
