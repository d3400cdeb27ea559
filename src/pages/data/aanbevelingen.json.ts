/** `/data/aanbevelingen.json`: every ParsedReport, in the ingest schema as-is. */
import type { APIRoute } from 'astro';
import { toJson } from '../../site/open-data';
import { getReports } from '../../site/reports';

export const GET: APIRoute = async () =>
  new Response(toJson(await getReports()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
