/**
 * Every data-pagefind-* decision for a page, as plain data: which filter values and metadata a
 * page carries. Filter values are short and URL-friendly (`artikel=52`, `programma=wmo`); the
 * search page renders their Dutch labels.
 */
import type { Block, ParsedReport, Recommendation } from '../schema/report.ts';
import { STRENGTH_LABELS_NL } from '../schema/report.ts';
import { blockAnchor, itemSuffixes, type PartKind } from '../mdx/anchor-ids.ts';

import { PAGEFIND_FILTERS, type PagefindFilter } from './client/search-state.ts';

/** The filter keys the index carries: the same list the search page reads from the URL. */
export const FILTER_KEYS = PAGEFIND_FILTERS;
export type FilterKey = PagefindFilter;
export type IndexFilters = Record<FilterKey, string[]>;

/** Filter values: `formulering` uses the Dutch wording label as the value too (`dringend`). */
export function strengthValue(strength: Recommendation['strength'][number]): string {
  return STRENGTH_LABELS_NL[strength];
}

export interface PageRecommendation {
  report: ParsedReport;
  recommendation: Recommendation;
}

/** Filters for a page showing these recommendations. `articles`/`chapters` are what the page is about. */
export function pageFilters(
  shown: readonly PageRecommendation[],
  about: { articles: number[]; chapters: string[] },
  programmesOf: (rec: Recommendation) => string[],
): IndexFilters {
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    artikel: unique(about.articles.map(String)),
    hoofdstuk: unique(about.chapters),
    formulering: unique(shown.flatMap((s) => s.recommendation.strength.map(strengthValue))),
    programma: unique(shown.flatMap((s) => programmesOf(s.recommendation))),
    rapport: unique(shown.map((s) => s.report.report.slug)),
  };
}

/**
 * Source pages of every anchored passage (block, list, list item) in document order, as Pagefind
 * will list their anchors: the search page pairs them to cite "p. N" for a hit.
 */
export function passagePages(recommendations: readonly Recommendation[]): number[] {
  const pages: number[] = [];
  for (const rec of recommendations) {
    for (const part of ['grevio', 'response'] as const) for (const block of rec[part]) pages.push(...blockPages(block));
  }
  return pages;
}

function blockPages(block: Block): number[] {
  return block.kind === 'paragraph' ? [block.page] : [block.page, ...block.items.map((i) => i.page)];
}

/** The anchor ids that `passagePages` describes, in the same order (used by tests). */
export function passageAnchors(rec: Recommendation): string[] {
  const ids: string[] = [];
  for (const part of ['grevio', 'response'] as PartKind[]) {
    rec[part].forEach((block, i) => {
      const id = blockAnchor(rec.id, part, i + 1);
      ids.push(id);
      if (block.kind === 'list') ids.push(...itemSuffixes(block.items.map((it) => it.label)).map((s) => `${id}-${s}`));
    });
  }
  return ids;
}

export { PASSAGE_ANCHOR } from './client/passage-anchor.ts';
