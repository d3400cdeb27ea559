/**
 * The home page's figures: how many recommendations fall in each chapter of the Convention and
 * how strongly GREVIO worded them. Counted once here, drawn by AtAGlance.astro.
 */
import { STRENGTHS, type ParsedReport, type Strength } from '../schema/report';
import { strongestStrength } from './article-index';
import { chapters, getArticle, type Chapter } from './article-registry';

export interface ChapterCount {
  chapter: Chapter;
  /** Recommendations citing at least one article of the chapter. */
  count: number;
}

/** Every chapter in order, with 0 where no recommendation cites one of its articles. */
export function recommendationsPerChapter(reports: readonly ParsedReport[]): ChapterCount[] {
  const counts = new Map<string, number>();
  for (const rec of reports.flatMap((r) => r.recommendations)) {
    // Articles 52 and 53 are both in chapter VI: recommendation 17 counts there once. One whose
    // articles lie in two chapters counts in each, so the bars may add up to more than the total.
    for (const roman of new Set(rec.articles.map((n) => getArticle(n).chapter))) counts.set(roman, (counts.get(roman) ?? 0) + 1);
  }
  return chapters.map((chapter) => ({ chapter, count: counts.get(chapter.roman) ?? 0 }));
}

/** A recommendation's strongest wording, or `none` when GREVIO used no graded verb in it. */
export type WordingGroup = Strength | 'none';
export const WORDING_GROUPS: readonly WordingGroup[] = [...STRENGTHS, 'none'];

export interface WordingCount {
  wording: WordingGroup;
  count: number;
}

/** Recommendations by their strongest wording, strongest first; each recommendation counted once. */
export function recommendationsPerWording(reports: readonly ParsedReport[]): WordingCount[] {
  const counts = new Map<WordingGroup, number>();
  for (const rec of reports.flatMap((r) => r.recommendations)) {
    const group = strongestStrength(rec.strength) ?? 'none';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return WORDING_GROUPS.map((wording) => ({ wording, count: counts.get(wording) ?? 0 }));
}

/** A bar's length as a share of the longest, in whole per cent; a non-zero count is at least 1. */
export function barLength(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.round((count / max) * 100));
}
