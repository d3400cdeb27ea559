/**
 * "Verloop": how one article fared across reports, oldest first. Per report: the date, GREVIO's
 * wording (strongest level and every level used) and how the government's response opens, so a
 * reader sees at a glance what changed and can jump to the full recommendations below.
 */
import { STRENGTHS, type Block, type ParsedReport, type Recommendation, type Strength } from '../schema/report';
import { sortByStrength } from '../pipeline/graded-wording';
import { withoutFootnoteMarkers } from '../schema/footnote-marker';
import { strongestStrength, type ArticleEntry } from './article-index';

export interface TimelineRecommendation {
  recommendation: Recommendation;
  /** The response's opening sentence, verbatim (footnote markers left out), `…` when cut. */
  opening: string;
  /** Words in the whole response. */
  responseWords: number;
}

export type WordingChange = 'stronger' | 'same' | 'weaker';

export interface TimelineStep {
  report: ParsedReport;
  recommendations: TimelineRecommendation[];
  /** Every level GREVIO used for this article in this report, strongest first. */
  levels: Strength[];
  strongest: Strength | undefined;
  /** Against the previous step; undefined for the first, or when either used no graded verb. */
  change?: { wording: WordingChange; previous: Strength };
}

/** Steps oldest → newest, or `[]` when the article appears in fewer than two reports. */
export function articleTimeline(entry: ArticleEntry): TimelineStep[] {
  const byReport = new Map<ParsedReport, Recommendation[]>();
  for (const { report, recommendation } of entry.recommendations) byReport.set(report, [...(byReport.get(report) ?? []), recommendation]);
  if (byReport.size < 2) return [];
  const ordered = [...byReport.entries()].sort(([a], [b]) => (a.report.received ?? '').localeCompare(b.report.received ?? '') || a.report.slug.localeCompare(b.report.slug));
  const steps: TimelineStep[] = [];
  for (const [report, recs] of ordered) {
    const levels = sortByStrength(recs.flatMap((r) => r.strength));
    const strongest = strongestStrength(levels);
    const before = steps.at(-1)?.strongest;
    const change = strongest && before ? { wording: compareWording(strongest, before), previous: before } : undefined;
    steps.push({
      report,
      levels,
      strongest,
      change,
      recommendations: recs.map((recommendation) => ({
        recommendation,
        opening: openingSentence(recommendation.response),
        responseWords: recommendation.response.flatMap(blockTexts).join(' ').split(/\s+/).filter(Boolean).length,
      })),
    });
  }
  return steps;
}

export function compareWording(now: Strength, before: Strength): WordingChange {
  const diff = STRENGTHS.indexOf(now) - STRENGTHS.indexOf(before);
  return diff < 0 ? 'stronger' : diff > 0 ? 'weaker' : 'same';
}

const MAX_OPENING = 280;

/**
 * The first sentence of a part, verbatim: up to the first `.`, `!` or `?` that is followed by a
 * capital (not after a one-letter abbreviation like `M.`), cut at a word and marked `…` when long.
 */
export function openingSentence(blocks: readonly Block[]): string {
  const first = blocks[0];
  const text = first ? withoutFootnoteMarkers(blockTexts(first)[0]!) : '';
  const end = /(?<!(?:^|\s)\p{L})[.!?][’”")]*(?=\s+[\p{Lu}‘“(])/u.exec(text);
  const sentence = end ? text.slice(0, end.index + end[0].length) : text;
  if (sentence.length <= MAX_OPENING) return sentence;
  const cut = sentence.slice(0, MAX_OPENING);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')} …`;
}

function blockTexts(block: Block): string[] {
  return block.kind === 'paragraph' ? [block.text] : block.items.map((i) => i.text);
}
