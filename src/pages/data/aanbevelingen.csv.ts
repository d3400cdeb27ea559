/** `/data/aanbevelingen.csv`: one row per recommendation × article, for spreadsheets. */
import type { APIRoute } from 'astro';
import { recommendationAnchor } from '../../mdx/anchor-ids';
import { csvRows, toCsv } from '../../site/open-data';
import { getReports } from '../../site/reports';
import { articlePath } from '../../site/routes';
import { publicUrl } from '../../site/url';

export const GET: APIRoute = async () => {
  const rows = csvRows(await getReports(), (article, id) => `${publicUrl(articlePath(article))}#${recommendationAnchor(id)}`);
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
