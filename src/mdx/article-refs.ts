/**
 * Finds references to articles of the Istanbul Convention in Dutch text. Only a reference
 * that names the Convention ("… van het Verdrag van Istanbul") counts; "artikel 23 van de
 * Grondwet" or "artikel 509 hh Sv" do not.
 */
import { isArticleNumber } from '../schema/convention';

export interface ArticleRef {
  start: number;
  end: number;
  article: number;
}

const WS = '\\s+';
const NUMBER = '(\\d{1,2})[a-z]?';
/** ", lid 2", " lid 2 en 3", ", onder b" between the number and the Convention. */
const SUBDIVISION = `(?:,?${WS}(?:lid|leden|onder|sub)${WS}[0-9a-z]+(?:${WS}(?:en|tot en met)${WS}[0-9a-z]+)?)?`;
const CONVENTION = `,?${WS}van${WS}het${WS}Verdrag${WS}van${WS}Istanbul`;
const PATTERN = new RegExp(`\\b[Aa]rtikel${WS}${NUMBER}${SUBDIVISION}${CONVENTION}(?![\\p{L}\\p{N}])`, 'gu');

export function findArticleRefs(text: string): ArticleRef[] {
  const refs: ArticleRef[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const article = Number(match[1]);
    if (!isArticleNumber(article)) continue;
    refs.push({ start: match.index, end: match.index + match[0].length, article });
  }
  return refs;
}
