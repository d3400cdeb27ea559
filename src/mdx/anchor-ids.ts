/**
 * Stable anchors for recommendations, their parts, blocks and list items. They appear in URLs
 * that people cite, so they depend only on the recommendation id and source order.
 */

export type PartKind = 'grevio' | 'response';

export function recommendationAnchor(recommendationId: string): string {
  return `r-${recommendationId}`;
}

export function partAnchor(recommendationId: string, part: PartKind): string {
  return `r-${recommendationId}-${part}`;
}

/** `index` is the block's 1-based position within its part. */
export function blockAnchor(recommendationId: string, part: PartKind, index: number): string {
  return `${partAnchor(recommendationId, part)}-${index}`;
}

export function footnotesAnchor(recommendationId: string): string {
  return `r-${recommendationId}-voetnoten`;
}

/**
 * Suffixes for a list's items from their printed labels ("a." → `a`, "(1)." → `1`); falls back
 * to the 1-based position for labels without letters or digits ("-") and for duplicates.
 */
export function itemSuffixes(labels: readonly string[]): string[] {
  const fromLabels = labels.map((l) => l.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const unique = fromLabels.every((s) => s !== '') && new Set(fromLabels).size === fromLabels.length;
  return unique ? fromLabels : labels.map((_, i) => String(i + 1));
}
