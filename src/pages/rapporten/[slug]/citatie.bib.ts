/** `/rapporten/<slug>/citatie.bib`: the report as BibTeX/biblatex, for LaTeX and JabRef. */
import type { APIRoute } from 'astro';
import type { CitableReport } from '../../../site/citable-report';
import { toBibtex } from '../../../site/citation-formats';
import { citableReports } from '../../../site/report-citations';

export async function getStaticPaths() {
  return (await citableReports()).map((report) => ({ params: { slug: report.slug }, props: { report } }));
}

export const GET: APIRoute<{ report: CitableReport }> = ({ props }) =>
  new Response(toBibtex(props.report), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
