/**
 * Where a passage that mentions a programme sits in the rendered text: the recommendation it
 * belongs to, the anchor of its paragraph, list item or footnote (the same ids the MDX writer and
 * the GFM footnote rendering give them, so links land on the passage), and how a reader would name it.
 */
import type { Passage } from '../programmes/mentions-in-report';
import type { ParsedReport, Recommendation } from '../schema/report';
import { blockAnchor, itemSuffixes } from '../mdx/anchor-ids';
import { footnoteLabel } from '../mdx/recommendation-to-mdast';

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

/** The id GFM footnote rendering gives footnote N's list item (`user-content-` is its clobber prefix). */
export function footnoteItemAnchor(recommendationId: string, number: number): string {
  return `user-content-fn-${footnoteLabel(recommendationId, number)}`;
}

export function locatePassage(passage: Passage, report: ParsedReport): LocatedPassage {
  const position = report.recommendations.findIndex((r) => r.id === passage.recommendationId);
  const recommendation = report.recommendations[position];
  if (!recommendation) throw new Error(`passage of ${passage.slug} names unknown recommendation ${passage.recommendationId}`);
  const base = { passage, report, recommendation, position: position + 1 };
  if (passage.part === 'footnote') {
    return { ...base, anchor: footnoteItemAnchor(recommendation.id, passage.footnote), part: `Voetnoot ${passage.footnote}`, label: undefined };
  }
  const block = recommendation[passage.part][passage.blockIndex];
  if (!block) throw new Error(`passage of ${passage.slug} names missing block ${passage.blockIndex} of ${recommendation.id}`);
  const blockId = blockAnchor(recommendation.id, passage.part, passage.blockIndex + 1);
  const part = PART_LABELS[passage.part];
  if (block.kind === 'paragraph' || passage.itemIndex === undefined) {
    const label = block.kind === 'paragraph' && block.label ? `alinea ${block.label}` : undefined;
    return { ...base, anchor: blockId, part, label };
  }
  const item = block.items[passage.itemIndex];
  if (!item) throw new Error(`passage of ${passage.slug} names missing item ${passage.itemIndex} of ${blockId}`);
  const suffix = itemSuffixes(block.items.map((i) => i.label))[passage.itemIndex]!;
  const label = /[\p{L}\p{N}]/u.test(item.label) ? `onderdeel ${item.label}` : undefined;
  return { ...base, anchor: `${blockId}-${suffix}`, part, label };
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
