/**
 * Where a passage that mentions a programme sits in the rendered text: the recommendation it
 * belongs to, the anchor of its paragraph, list item or footnote (the same ids the MDX writer and
 * the GFM footnote rendering give them, so links land on the passage), and how a reader would name it.
 */
import type { Passage } from '../programmes/mentions-in-report';
import type { ParsedReport, Recommendation } from '../schema/report';
import { articleAnchorOf } from '../mdx/anchor-ids';

export interface LocatedPassage {
  passage: Passage;
  report: ParsedReport;
  recommendation: Recommendation;
  /** 1-based position of the recommendation in its report. */
  position: number;
  /** Fragment id of the passage on the article and report pages. */
  anchor: string;
  /** "Aanbeveling van GREVIO", "Reactie van de regering" or "Voetnoot 6". */
  part: string;
  /** "alinea 29." or "onderdeel a." where the report prints a label, else undefined. */
  label: string | undefined;
}

const PART_LABELS = { grevio: 'Aanbeveling van GREVIO', response: 'Reactie van de regering' } as const;

function locatePassage(passage: Passage, report: ParsedReport): LocatedPassage {
  const position = report.recommendations.findIndex((r) => r.id === passage.recommendationId);
  const recommendation = report.recommendations[position];
  if (!recommendation) throw new Error(`passage of ${passage.slug} names unknown recommendation ${passage.recommendationId}`);
  const base = { passage, report, recommendation, position: position + 1, anchor: articleAnchorOf(recommendation, passage) };
  if (passage.part === 'footnote') return { ...base, part: `Voetnoot ${passage.footnote}`, label: undefined };
  const block = recommendation[passage.part][passage.blockIndex];
  if (!block) throw new Error(`passage of ${passage.slug} names missing block ${passage.blockIndex} of ${recommendation.id}`);
  const part = PART_LABELS[passage.part];
  if (block.kind === 'paragraph') return { ...base, part, label: block.label ? `alinea ${block.label}` : undefined };
  const item = passage.itemIndex === undefined ? undefined : block.items[passage.itemIndex];
  return { ...base, part, label: item && /[\p{L}\p{N}]/u.test(item.label) ? `onderdeel ${item.label}` : undefined };
}

/**
 * Every located passage per programme slug, over all reports in the order given (newest report
 * first, as the site lists them), each report's passages in document order.
 */
export function locatedPassagesBySlug(
  reports: readonly ParsedReport[],
  passagesOf: (report: ParsedReport) => readonly Passage[],
): Map<string, LocatedPassage[]> {
  const bySlug = new Map<string, LocatedPassage[]>();
  for (const report of reports) {
    for (const passage of passagesOf(report)) {
      const list = bySlug.get(passage.slug) ?? [];
      list.push(locatePassage(passage, report));
      bySlug.set(passage.slug, list);
    }
  }
  return bySlug;
}
