/** `/data/aanbevelingen.json`: every report, in the published schema (src/schema/open-data.ts, `/data/schema.json`). */
import type { APIRoute } from 'astro';
import { buildInfo } from '../../site/build-info';
import { openData, siteUrls, toJson } from '../../site/open-data';
import { getCommitments } from '../../site/programme-mentions';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () => {
  const reports = await getReports();
  return new Response(toJson(openData(reports, buildInfo(reports), siteUrls(), getCommitments(reports))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
