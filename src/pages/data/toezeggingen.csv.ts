/** `/data/toezeggingen.csv`: one row per dated commitment (the /toezeggingen/ timeline as a table), `;`-separated for Dutch Excel. */
import type { APIRoute } from 'astro';
import { COMMITMENT_COLUMNS, commitmentRows, siteUrls, toCsv } from '../../site/open-data';
import { getCommitments } from '../../site/programme-mentions';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const rows = commitmentRows(getCommitments(await getReports()), siteUrls().passageUrl);
  return new Response(toCsv(rows, COMMITMENT_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
