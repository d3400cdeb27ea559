/** `/data/passages-komma.csv`: the rows of `/data/passages.csv`, comma-separated (RFC 4180). */
import type { APIRoute } from 'astro';
import { PASSAGE_COLUMNS, passageRows, siteUrls, toCsv } from '../../site/open-data';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const rows = passageRows(await getReports(), siteUrls().passageUrl);
  return new Response(toCsv(rows, PASSAGE_COLUMNS, 'rfc4180'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
