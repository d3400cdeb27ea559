/**
 * The programme × article matrix: one row per entry that a recommendation's text mentions, grouped
 * by kind; one column per article (with a page) where any entry is mentioned; a cell holds the
 * number of passages the entry's page lists under that article.
 */
import type { Programme } from '../schema/programme';
import { groupByKind, type KindGroup } from './programme-overview';
import type { LocatedPassage } from './programme-passages';
import { passagesPerArticle } from './programme-sections';

export interface MatrixRow {
  programme: Programme;
  /** Article → number of passages; articles without passages are absent. */
  cells: Map<number, number>;
}

export interface ProgrammeMatrix {
  articles: number[];
  groups: KindGroup<MatrixRow>[];
  /** Non-empty cells. */
  cellCount: number;
}

export function programmeMatrix(
  registry: readonly Programme[],
  passagesBySlug: ReadonlyMap<string, readonly LocatedPassage[]>,
  withPages: ReadonlySet<number>,
): ProgrammeMatrix {
  const rows: MatrixRow[] = [];
  const articles = new Set<number>();
  for (const programme of registry) {
    const perArticle = passagesPerArticle(passagesBySlug.get(programme.slug) ?? [], withPages);
    if (perArticle.size === 0) continue;
    const cells = new Map([...perArticle].map(([article, list]) => [article, list.length]));
    cells.forEach((_, article) => articles.add(article));
    rows.push({ programme, cells });
  }
  return {
    articles: [...articles].sort((a, b) => a - b),
    groups: groupByKind(rows, (r) => r.programme),
    cellCount: rows.reduce((n, r) => n + r.cells.size, 0),
  };
}
