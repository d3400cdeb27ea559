/**
 * Stable anchors for recommendations, their parts, blocks, list items and footnotes. They
 * appear in URLs that people cite, so they depend only on the recommendation id, source order
 * and printed labels. This module is their one derivation: the MDX writer puts them into the
 * files as attributes, and pages, search and programme listings link to them from here.
 */
import type { TextLocation } from '../programmes/report-texts';
import type { Block, Recommendation } from '../schema/report';

export type PartKind = 'grevio' | 'response';

export function recommendationAnchor(recommendationId: string): string {
  return `r-${recommendationId}`;
}

export function partAnchor(recommendationId: string, part: PartKind): string {
  return `r-${recommendationId}-${part}`;
}

/** `index` is the block's 0-based position within its part (shown 1-based). */
function blockAnchor(recommendationId: string, part: PartKind, index: number): string {
  return `${partAnchor(recommendationId, part)}-${index + 1}`;
}

export function footnotesAnchor(recommendationId: string): string {
  return `r-${recommendationId}-voetnoten`;
}

/**
 * Suffixes for a list's items from their printed labels ("a." → `a`, "(1)." → `1`); falls back
 * to the 1-based position for labels without letters or digits ("-") and for duplicates.
 */
function itemSuffixes(labels: readonly string[]): string[] {
  const fromLabels = labels.map((l) => l.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const unique = fromLabels.every((s) => s !== '') && new Set(fromLabels).size === fromLabels.length;
  return unique ? fromLabels : labels.map((_, i) => String(i + 1));
}

/** A block's anchor and, for a list, its items' anchors in order. */
export interface BlockAnchors {
  block: string;
  items: string[];
}

export function blockAnchors(rec: Recommendation, part: PartKind, blockIndex: number, block: Block): BlockAnchors {
  const id = blockAnchor(rec.id, part, blockIndex);
  if (block.kind === 'paragraph') return { block: id, items: [] };
  return { block: id, items: itemSuffixes(block.items.map((item) => item.label)).map((suffix) => `${id}-${suffix}`) };
}


/** The label footnote N of a recommendation gets when rendered: unique on a page that shows several reports. */
export function footnoteLabel(recommendationId: string, number: number): string {
  return `${recommendationId}-fn-${number}`;
}

/**
 * The ids GFM footnote rendering (mdast-util-to-hast) gives a footnote's list item and its
 * first reference: its clobber prefix `user-content-`, then `fn-`/`fnref-` and the label.
 */
export function footnoteItemAnchor(recommendationId: string, number: number): string {
  return `user-content-fn-${footnoteLabel(recommendationId, number)}`;
}

/** The fragment id of any passage: a paragraph, a list (or one of its items), or a footnote. */
export function anchorOf(rec: Recommendation, target: TextLocation): string {
  if (target.part === 'footnote') return footnoteItemAnchor(rec.id, target.footnote);
  const block = rec[target.part][target.blockIndex];
  if (!block) throw new Error(`recommendation ${rec.id} has no ${target.part} block ${target.blockIndex}`);
  const anchors = blockAnchors(rec, target.part, target.blockIndex, block);
  if (target.itemIndex === undefined) return anchors.block;
  const item = anchors.items[target.itemIndex];
  if (item === undefined) throw new Error(`block ${anchors.block} has no item ${target.itemIndex}`);
  return item;
}
