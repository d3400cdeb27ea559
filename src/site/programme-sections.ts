/**
 * What a programme page shows per Convention article. A recommendation belongs under an article
 * when it cites that article and its GREVIO text or response mentions the programme (footnotes
 * alone do not count, as in `articlesMentioning`); it then brings every passage that mentions the
 * programme, its footnotes included. Articles with exactly the same recommendations (52 and 53)
 * share one section. Recommendations that mention the programme only in a footnote are kept apart.
 */
import type { LocatedPassage } from './programme-passages';

export interface RecommendationPassages {
  recommendationId: string;
  passages: LocatedPassage[];
}

export interface ArticleSection {
  /** Sorted; more than one when those articles share exactly these recommendations. */
  articles: number[];
  recommendations: RecommendationPassages[];
  passageCount: number;
}

export interface ProgrammeSections {
  sections: ArticleSection[];
  /** Recommendations whose text does not mention the programme, only a footnote does. */
  footnotesOnly: RecommendationPassages[];
}

function byRecommendation(passages: readonly LocatedPassage[]): RecommendationPassages[] {
  const groups = new Map<string, LocatedPassage[]>();
  for (const p of passages) {
    const id = p.recommendation.id;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  return [...groups].map(([recommendationId, list]) => ({ recommendationId, passages: list }));
}

/**
 * Article number → the programme's passages in recommendations on that article, sorted by article.
 * `withPages` limits the articles to those that have a page.
 */
export function passagesPerArticle(
  passages: readonly LocatedPassage[],
  withPages?: ReadonlySet<number>,
): Map<number, LocatedPassage[]> {
  const inText = new Set(passages.filter((p) => p.passage.part !== 'footnote').map((p) => p.recommendation.id));
  const perArticle = new Map<number, LocatedPassage[]>();
  for (const p of passages) {
    if (!inText.has(p.recommendation.id)) continue;
    for (const article of new Set(p.recommendation.articles)) {
      if (withPages && !withPages.has(article)) continue;
      perArticle.set(article, [...(perArticle.get(article) ?? []), p]);
    }
  }
  return new Map([...perArticle].sort(([a], [b]) => a - b));
}

export function programmeSections(passages: readonly LocatedPassage[], withPages?: ReadonlySet<number>): ProgrammeSections {
  const sections: ArticleSection[] = [];
  const keyOf = (list: readonly LocatedPassage[]) => list.map((p) => p.anchor + ' ' + p.recommendation.id).join('|');
  const byKey = new Map<string, ArticleSection>();
  for (const [article, list] of passagesPerArticle(passages, withPages)) {
    const key = keyOf(list);
    const shared = byKey.get(key);
    if (shared) {
      shared.articles.push(article);
      continue;
    }
    const section = { articles: [article], recommendations: byRecommendation(list), passageCount: list.length };
    byKey.set(key, section);
    sections.push(section);
  }
  const inText = new Set(passages.filter((p) => p.passage.part !== 'footnote').map((p) => p.recommendation.id));
  const footnotesOnly = byRecommendation(passages.filter((p) => !inText.has(p.recommendation.id)));
  return { sections, footnotesOnly };
}
