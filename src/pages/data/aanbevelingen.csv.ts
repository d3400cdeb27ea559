/**
 * `/data/aanbevelingen.csv`: one row per recommendation × article, `;`-separated for Dutch
 * Excel (the older table; `/data/passages.csv` has the text). Kept at this path so links to it work.
 */
import type { APIRoute } from 'astro';
import { RECOMMENDATION_ARTICLE_COLUMNS, recommendationArticleRows, siteUrls, toCsv } from '../../site/open-data';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const rows = recommendationArticleRows(await getReports(), siteUrls().articleUrl);
  return new Response(toCsv(rows, RECOMMENDATION_ARTICLE_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
