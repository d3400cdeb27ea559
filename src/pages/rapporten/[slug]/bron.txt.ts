/**
 * `/rapporten/<slug>/bron.txt`: the report's text exactly as ingested (the seed's text, page
 * markers kept), so anyone can check a quote without the PDF.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { generatedSourceText } from '../../../site/content-paths';
import { reportStaticPaths } from '../../../site/reports';

export const getStaticPaths = reportStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(generatedSourceText(String(params.slug))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
