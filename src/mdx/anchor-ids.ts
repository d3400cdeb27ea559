/**
 * Stable anchors for recommendations, their parts, blocks, list items and footnotes. They
 * appear in URLs that people cite, so they depend only on the recommendation's number, source
 * order and printed labels. This module is their one derivation: the MDX writer puts them into the
 * files as attributes, and pages, search and programme listings link to them from here.
 *
 * A passage's anchor is short and local to its report (`a11-reactie-5`): that is its id on the
 * report's own page, the page a citation points at. An article page shows several reports, so
 * there the same passage's id carries `r-` and its report's slug in front (`articlePageAnchor`).
 * `content/anchors.json` records what text each local anchor points at (src/ingest/anchor-manifest.ts).
 */
import type { TextLocation } from '../programmes/report-texts';
import type { Block, Recommendation } from '../schema/report';

export type PartKind = 'grevio' | 'response';

const PART_WORD: Record<PartKind, string> = { grevio: 'grevio', response: 'reactie' };

/** `<report slug>-<nn>`: recommendation `index` (0-based) of a report. */
export function recommendationId(slug: string, index: number): string {
  return `${slug}-${String(index + 1).padStart(2, '0')}`;
}

/** The report slug and 1-based number a `recommendationId` was made of. */
export function recommendationKey(id: string): { slug: string; number: number } {
  const m = /^(.+)-(\d+)$/.exec(id);
  if (!m) throw new Error(`not a recommendation id: ${id}`);
  return { slug: m[1]!, number: Number(m[2]) };
}

export function recommendationAnchor(recommendationId: string): string {
  return `a${recommendationKey(recommendationId).number}`;
}

export function partAnchor(recommendationId: string, part: PartKind): string {
  return `${recommendationAnchor(recommendationId)}-${PART_WORD[part]}`;
}

/** `index` is the block's 0-based position within its part (shown 1-based). */
function blockAnchor(recommendationId: string, part: PartKind, index: number): string {
  return `${partAnchor(recommendationId, part)}-${index + 1}`;
}

/** The footnotes heading: written into the compiled MDX, so unique on every page (the id, not the number). */
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

/**
 * The id a report-local anchor has on an article page, where several reports meet: `r-` and the
 * report's slug in front (an id begins with a letter; a slug begins with its date). Footnote ids
 * (made by GFM from labels that hold the recommendation id) are unique on every page already.
 */
export function articlePageAnchor(recommendationId: string, local: string): string {
  if (local.startsWith('user-content-')) return local;
  return `r-${recommendationKey(recommendationId).slug}-${local}`;
}

/** The fragment id of a passage on the article page (search results and programme pages link there). */
export function articleAnchorOf(rec: Recommendation, target: TextLocation): string {
  return articlePageAnchor(rec.id, anchorOf(rec, target));
}

/** One report-local anchor and the text it points at (what a citation of it quotes). */
export interface AnchorTarget {
  anchor: string;
  text: string;
}

/**
 * Every anchor on a report's own page, in page order, with its text: a recommendation (its
 * topic), each part (topic and part), each paragraph, list (its items) and list item, and each
 * footnote. The anchors manifest fingerprints these texts.
 */
export function reportAnchorTargets(report: { recommendations: readonly Recommendation[]; footnotes: readonly { number: number; text: string; recommendation: string }[] }): AnchorTarget[] {
  const out: AnchorTarget[] = [];
  for (const rec of report.recommendations) {
    out.push({ anchor: recommendationAnchor(rec.id), text: rec.topic });
    for (const part of ['grevio', 'response'] as const) {
      out.push({ anchor: partAnchor(rec.id, part), text: `${rec.topic}\n${part}` });
      rec[part].forEach((block, blockIndex) => {
        const anchors = blockAnchors(rec, part, blockIndex, block);
        if (block.kind === 'paragraph') {
          out.push({ anchor: anchors.block, text: block.text });
          return;
        }
        out.push({ anchor: anchors.block, text: block.items.map((item) => `${item.label} ${item.text}`).join('\n') });
        block.items.forEach((item, i) => out.push({ anchor: anchors.items[i]!, text: item.text }));
      });
    }
    for (const note of report.footnotes.filter((f) => f.recommendation === rec.id)) {
      out.push({ anchor: footnoteItemAnchor(rec.id, note.number), text: note.text });
    }
  }
  return out;
}
