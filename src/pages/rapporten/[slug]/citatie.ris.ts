/** `/rapporten/<slug>/citatie.ris`: the report as RIS, for EndNote, Zotero and Mendeley. */
import type { APIRoute } from 'astro';
import type { CitableReport } from '../../../site/citable-report';
import { toRis } from '../../../site/citation-formats';
import { citableReports } from '../../../site/report-citations';

export async function getStaticPaths() {
  return (await citableReports()).map((report) => ({ params: { slug: report.slug }, props: { report } }));
}

export const GET: APIRoute<{ report: CitableReport }> = ({ props }) =>
  new Response(toRis(props.report), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
