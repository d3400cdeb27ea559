/**
 * The Istanbul Convention has articles 1 to 81. Every check of an article number (the parser,
 * the report schema, the article registry, links to articles) uses these, so they cannot disagree.
 */
import { z } from 'zod';

export const FIRST_ARTICLE = 1;
export const LAST_ARTICLE = 81;
/** How many articles the Convention has (they are numbered without gaps). */
export const ARTICLE_COUNT = LAST_ARTICLE - FIRST_ARTICLE + 1;

export function isArticleNumber(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_ARTICLE && n <= LAST_ARTICLE;
}

export const articleNumberSchema = z.number().int().min(FIRST_ARTICLE).max(LAST_ARTICLE);
