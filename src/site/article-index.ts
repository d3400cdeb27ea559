/**
 * Groups recommendations by the Convention article they cite: which articles get a page,
 * what each page shows, and the order for previous/next links.
 */
import { STRENGTHS, type ParsedReport, type Recommendation, type Strength } from '../schema/report';

export interface CitedRecommendation {
  report: ParsedReport;
  recommendation: Recommendation;
  /** 1-based position in its report. */
  position: number;
}

export interface ArticleEntry {
  article: number;
  recommendations: CitedRecommendation[];
  /** GREVIO's strongest wording across these recommendations, if any. */
  strongest: Strength | undefined;
}

/** Strongest of several strengths (`urges` beats `invites`), or undefined for none. */
export function strongestStrength(strengths: Iterable<Strength>): Strength | undefined {
  let best: number | undefined;
  for (const s of strengths) {
    const rank = STRENGTHS.indexOf(s);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : STRENGTHS[best];
}

/** Map article number → entry, for every article cited by a recommendation; sorted by article. */
export function buildArticleIndex(reports: readonly ParsedReport[]): Map<number, ArticleEntry> {
  const index = new Map<number, ArticleEntry>();
  for (const report of reports) {
    report.recommendations.forEach((recommendation, i) => {
      for (const article of new Set(recommendation.articles)) {
        const entry = index.get(article) ?? { article, recommendations: [], strongest: undefined };
        entry.recommendations.push({ report, recommendation, position: i + 1 });
        entry.strongest = strongestStrength([
          ...(entry.strongest ? [entry.strongest] : []),
          ...recommendation.strength,
        ]);
        index.set(article, entry);
      }
    });
  }
  return new Map([...index.entries()].sort(([a], [b]) => a - b));
}

export interface Neighbours {
  previous: number | undefined;
  next: number | undefined;
}

/** Previous and next article that have a page, in article order. */
export function neighbours(article: number, withPages: readonly number[]): Neighbours {
  const sorted = [...withPages].sort((a, b) => a - b);
  return {
    previous: sorted.filter((n) => n < article).at(-1),
    next: sorted.find((n) => n > article),
  };
}

/** The entry of an article no recommendation cites: its page says so, report by report. */
export function emptyEntry(article: number): ArticleEntry {
  return { article, recommendations: [], strongest: undefined };
}
