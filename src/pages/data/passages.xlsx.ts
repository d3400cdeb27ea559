/** `/data/passages.xlsx`: the rows of `/data/passages.csv` as an Excel workbook, with a sheet about the data. */
import type { APIRoute } from 'astro';
import { buildInfo } from '../../site/build-info';
import { datasetInfo, passageRows, siteUrls, toXlsx } from '../../site/open-data';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const reports = await getReports();
  const urls = siteUrls();
  const workbook = await toXlsx(passageRows(reports, urls.passageUrl), datasetInfo(buildInfo(reports), urls));
  return new Response(new Uint8Array(workbook), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
