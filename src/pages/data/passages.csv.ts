/** `/data/passages.csv`: one row per paragraph, list item and footnote, `;`-separated for Dutch Excel. */
import type { APIRoute } from 'astro';
import { PASSAGE_COLUMNS, passageRows, siteUrls, toCsv } from '../../site/open-data';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const rows = passageRows(await getReports(), siteUrls().passageUrl);
  return new Response(toCsv(rows, PASSAGE_COLUMNS, 'excel-nl'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
