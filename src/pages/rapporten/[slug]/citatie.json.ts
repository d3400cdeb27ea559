/** `/rapporten/<slug>/citatie.json`: the report as CSL-JSON, for Zotero, Pandoc and citeproc. */
import type { APIRoute } from 'astro';
import type { CitableReport } from '../../../site/citable-report';
import { toCslJson } from '../../../site/citation-formats';
import { citableReports } from '../../../site/report-citations';

export async function getStaticPaths() {
  return (await citableReports()).map((report) => ({ params: { slug: report.slug }, props: { report } }));
}

export const GET: APIRoute<{ report: CitableReport }> = ({ props }) =>
  new Response(toCslJson(props.report), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
