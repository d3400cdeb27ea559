/**
 * Content collections, all read from generated content (`content/generated/`, or
 * `VW_CONTENT_DIR`): the parsed reports as JSON, and the recommendations' MDX — one file per
 * report (or per recommendation, see `MdxLayout`) — compiled by @astrojs/mdx behind the gate.
 */
import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';
import { parsedReportSchema } from './schema/report';
import { recommendationsDir, reportsDir } from './site/content-paths';

const reports = defineCollection({
  // retainBody: false — the raw text would otherwise be serialized into the build's data module too.
  loader: glob({ pattern: '*.json', base: reportsDir(), retainBody: false, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: parsedReportSchema,
});

/** Frontmatter as written by `recommendationsToMdx` (src/mdx/write-recommendation-mdx.ts). */
const recommendations = defineCollection({
  loader: glob({ pattern: '*.mdx', base: recommendationsDir(), retainBody: false, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({ report: z.string(), recommendations: z.array(z.string()).min(1) }).strict(),
});

export const collections = { reports, recommendations };
