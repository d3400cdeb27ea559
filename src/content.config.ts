/**
 * Content collections, all read from generated content (`content/generated/`, or
 * `VW_CONTENT_DIR`): the parsed reports as JSON and one MDX file per recommendation, rendered to
 * HTML by our own loader (never compiled to JavaScript; cached between builds).
 */
import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';
import { recommendationLoader } from './mdx/recommendation-loader';
import { REGISTRY_PATH } from './programmes/load-registry';
import { articleNumberSchema } from './schema/convention';
import { parsedReportSchema, strengthSchema } from './schema/report';
import { recommendationsDir, reportsDir } from './site/content-paths';

const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: reportsDir(), generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: parsedReportSchema,
});

/** Frontmatter as written by `recommendationToMdx` (src/mdx/write-recommendation-mdx.ts). */
const recommendations = defineCollection({
  loader: recommendationLoader({ dir: recommendationsDir(), reportsDir: reportsDir(), registryFile: REGISTRY_PATH }),
  schema: z
    .object({
      id: z.string(),
      report: z.string(),
      topic: z.string(),
      articles: z.array(articleNumberSchema).min(1),
      pages: z.tuple([z.number().int(), z.number().int()]),
      strength: z.array(strengthSchema),
    })
    .strict(),
});

export const collections = { reports, recommendations };
