/**
 * Every data-pagefind-* decision for a page, as plain data: which filter values and metadata a
 * page carries. Filter values are short and URL-friendly (`artikel=52`, `programma=wmo`); the
 * search page renders their Dutch labels.
 */
import type { ParsedReport, Recommendation } from '../schema/report.ts';
import { STRENGTH_LABELS_NL } from '../schema/report.ts';
import { blockAnchors } from '../mdx/anchor-ids.ts';
import type { PagefindFilter } from './client/search-state.ts';

/** Filter values per key: the keys the search page reads from the URL (PAGEFIND_FILTERS). */
export type IndexFilters = Record<PagefindFilter, string[]>;

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

/** One anchored passage (block, list or list item) and the source page it starts on. */
export interface AnchoredPassage {
  anchor: string;
  page: number;
}

/**
 * Every anchored passage in document order, as Pagefind will list their anchors: the search page
 * pairs the pages with them to cite "p. N" for a hit. Anchors from anchor-ids.ts, the writer's.
 */
export function anchoredPassages(recommendations: readonly Recommendation[]): AnchoredPassage[] {
  const out: AnchoredPassage[] = [];
  for (const rec of recommendations) {
    for (const part of ['grevio', 'response'] as const) {
      rec[part].forEach((block, i) => {
        const anchors = blockAnchors(rec, part, i, block);
        out.push({ anchor: anchors.block, page: block.page });
        if (block.kind === 'list') block.items.forEach((item, k) => out.push({ anchor: anchors.items[k]!, page: item.page }));
      });
    }
  }
  return out;
}
