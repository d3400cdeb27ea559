/** `/data/schema.json`: the JSON Schema of `/data/aanbevelingen.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../schema/open-data';
import { siteUrls } from '../../site/open-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDataJsonSchema(siteUrls().schemaUrl), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
