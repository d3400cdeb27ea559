/**
 * Dated commitments in a government response: sentences in which the government says something
 * will happen by or in a date or period ("De aangepaste wetgeving dient uiterlijk 14 juni 2027 in
 * werking te zijn getreden"). Pure; walks only the response's paragraphs and list items (via
 * reportTexts, so locations match every other listing), never GREVIO's text, footnotes or topics.
 *
 * A sentence is a commitment when one of its date expressions (date-expressions.ts) is:
 * 1. not part of a name or title: not inside a registry mention ("Wmo 2015", "Meerjarenagenda
 *    Slachtofferbeleid 2025-2028"), not a year range written with a dash or slash (programme titles
 *    and parliamentary years: "2024-2027", "Kamerstukken II, 2022-2023"), not a bare year in
 *    brackets ("(2016)", "(Visser et al., 2023)": a publication year) and not inside quotes;
 * 2. not 'since' (a past start);
 * 3. not over: its period does not end before the reference date (the report's date received).
 *    For 'from' the period is the start, so "vanaf 2014" is over: a continuing state, like "sinds";
 * 4. worded as a plan (tense.ts): a future marker in its clause, or present tense; not a perfect
 *    or simple past ("In 2025 is de monitor … gepubliceerd", "heeft in september 2025 …
 *    gelanceerd" — a fact, even with a date in the report's own year).
 * Vague horizons ("de komende jaren", "in deze periode") give no period, so no commitment.
 * Where a sentence has several qualifying expressions, the one that dates it is a deadline ('by')
 * if there is one, else the one whose period ends latest (the furthest point the sentence commits
 * to), else the first.
 */
import { anchorOf } from '../mdx/anchor-ids.ts';
import { findMentions, type Mention } from '../programmes/find-mentions.ts';
import { reportTexts, type ReportText } from '../programmes/report-texts.ts';
import type { Programme } from '../schema/programme.ts';
import type { ParsedReport } from '../schema/report.ts';
import { withoutFootnoteMarkers } from '../schema/footnote-marker.ts';
import { actorsIn, type Actor } from './actors.ts';
import { findDateExpressions, type DateExpression } from './date-expressions.ts';
import { splitSentences } from './sentences.ts';
import { clauseAround, tenseOf } from './tense.ts';

export type { Actor } from './actors.ts';

export interface Commitment {
  /**
   * Stable id: the passage's report-local anchor and the sentence's 1-based number in it, after
   * the recommendation id: `<recommendationId>-a1-reactie-4-z4`. Only a changed passage text (or
   * sentence splitting) moves it.
   */
  id: string;
  recommendationId: string;
  articles: number[];
  page: number;
  /** The page the passage ends on, when later than `page` (the sentence is somewhere in between). */
  endPage?: number;
  blockIndex: number;
  itemIndex?: number;
  /** The passage's report-local anchor (anchor-ids.ts `anchorOf`): `a11-reactie-5`, `a7-reactie-3-c`. */
  anchor: string;
  /** The sentence verbatim, footnote markers removed. */
  sentence: string;
  /** Offsets of the sentence in the passage text with its footnote markers removed. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The expression that dates it; offsets into `sentence`. */
  expression: DateExpression;
  actors: Actor[];
}

const DASHED_RANGE = /(?:19|20)\d{2}\s*[-\u2010-\u2014/]\s*(?:19|20)\d{2}$/u;
const BARE_YEAR = /^(?:19|20)\d{2}$/;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Spans between an opening bracket and its closing one (one level). */
function bracketed(text: string, open: string, close: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) {
    const j = text.indexOf(close, i + 1);
    if (j === -1) break;
    spans.push({ start: i, end: j + 1 });
    i = j;
  }
  return spans;
}

/** Quoted spans: “…”, "…" and ‘…’ (a ’ followed by a letter is an apostrophe: "regio’s"). */
function quoted(text: string): { start: number; end: number }[] {
  const spans = [...bracketed(text, '\u201c', '\u201d')];
  for (const m of text.matchAll(/"[^"]*"/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/\u2018[^\u2018]*?\u2019(?!\p{L})/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Why an expression does not date a commitment, or undefined when it does. */
export function rejection(sentence: string, expression: DateExpression, reference: string, mentions: readonly Mention[]): string | undefined {
  if (mentions.some((m) => overlaps(m, expression))) return 'part of a name';
  if (DASHED_RANGE.test(expression.matched)) return 'year range in a title';
  if (BARE_YEAR.test(expression.matched) && bracketed(sentence, '(', ')').some((b) => b.start < expression.start && b.end >= expression.end)) return 'year in brackets';
  if (quoted(sentence).some((q) => q.start <= expression.start && q.end >= expression.end)) return 'inside quotes';
  if (expression.relation === 'since') return 'since';
  if (expression.period.end < reference) return 'over';
  if (tenseOf(clauseAround(sentence, expression.start, expression.end)) === 'past') return 'past tense';
  return undefined;
}

/** The expression that makes `sentence` a dated commitment, or undefined when none does. */
export function commitmentExpression(sentence: string, reference: string, mentions: readonly Mention[]): DateExpression | undefined {
  const candidates = findDateExpressions(sentence, reference).filter((e) => rejection(sentence, e, reference, mentions) === undefined);
  let best: DateExpression | undefined;
  for (const e of candidates) {
    if (!best) best = e;
    else if ((e.relation === 'by') !== (best.relation === 'by')) best = e.relation === 'by' ? e : best;
    else if (e.period.end > best.period.end) best = e;
  }
  return best;
}

function locationOf(t: ReportText): { blockIndex: number; itemIndex?: number } {
  if (t.part === 'footnote') throw new Error('footnotes are not walked');
  return t.itemIndex === undefined ? { blockIndex: t.blockIndex } : { blockIndex: t.blockIndex, itemIndex: t.itemIndex };
}

export function findCommitments(report: ParsedReport, registry: readonly Programme[]): Commitment[] {
  const reference = report.report.received;
  if (!reference) throw new Error(`report ${report.report.slug} has no date received, so relative dates cannot be read`);
  const recommendations = new Map(report.recommendations.map((r) => [r.id, r]));
  const out: Commitment[] = [];
  for (const t of reportTexts(report)) {
    if (t.part !== 'response') continue;
    const text = withoutFootnoteMarkers(t.text);
    const mentions = findMentions(registry, text);
    const anchor = anchorOf(recommendations.get(t.recommendationId)!, t);
    splitSentences(text, mentions).forEach((s, i) => {
      const local = mentions
        .filter((m) => m.start >= s.start && m.end <= s.end)
        .map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
      const expression = commitmentExpression(s.text, reference, local);
      if (!expression) return;
      out.push({
        id: `${t.recommendationId}-${anchor}-z${i + 1}`,
        recommendationId: t.recommendationId,
        articles: t.articles,
        page: t.page,
        ...(t.endPage ? { endPage: t.endPage } : {}),
        ...locationOf(t),
        anchor,
        sentence: s.text,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        expression,
        actors: actorsIn(s.text, local, registry),
      });
    });
  }
  return out;
}
