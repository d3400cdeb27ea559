/** Loads the generated reports and recommendation MDX through Astro's content layer. */
import { getCollection, getEntry, render } from 'astro:content';
import { recommendationKey } from '../mdx/anchor-ids';
import type { ParsedReport } from '../schema/report';

let cached: Promise<ParsedReport[]> | undefined;

/**
 * Every report, newest first (by date received, then slug). In a build the list is read once
 * and shared by every page: `getCollection` deep-copies each entry's data on every call, which
 * at 100 reports cost seconds per page and defeated the per-report caches keyed by object. The
 * dev server reads afresh, since content may change while it runs.
 */
export function getReports(): Promise<ParsedReport[]> {
  if (import.meta.env.DEV) return readReports();
  cached ??= readReports();
  return cached;
}

async function readReports(): Promise<ParsedReport[]> {
  // Typed explicitly so this also checks before `astro sync` has generated collection types.
  const entries: { data: ParsedReport }[] = await getCollection('reports');
  return entries
    .map((e) => e.data)
    .sort((a: ParsedReport, b: ParsedReport) => (b.report.received ?? '').localeCompare(a.report.received ?? '') || a.report.slug.localeCompare(b.report.slug));
}

let files: Promise<Map<string, string>> | undefined;

/** Recommendation id → the generated MDX entry that holds it (its report's, or its own). */
function mdxFileOf(): Promise<Map<string, string>> {
  const read = async () => {
    const entries: { id: string; data: { recommendations: string[] } }[] = await getCollection('recommendations');
    const byRecommendation = new Map<string, string>();
    for (const entry of entries) {
      for (const rec of entry.data.recommendations) {
        const other = byRecommendation.get(rec);
        if (other !== undefined) throw new Error(`recommendation ${rec} is in two generated MDX files, ${other}.mdx and ${entry.id}.mdx (run npm run ingest)`);
        byRecommendation.set(rec, entry.id);
      }
    }
    return byRecommendation;
  };
  if (import.meta.env.DEV) return read();
  files ??= read();
  return files;
}

/**
 * The compiled MDX of the file holding recommendation `id`, rendered by @astrojs/mdx; pass
 * `only={id}` and the components (src/components/mdx/index.ts) to its `Content`. Fails the
 * build if no generated file holds it.
 */
export async function renderRecommendation(id: string) {
  const file = (await mdxFileOf()).get(id);
  const entry = file === undefined ? undefined : await getEntry('recommendations', file);
  if (!entry) throw new Error(`no generated MDX holds recommendation ${id} (run npm run ingest)`);
  return render(entry);
}

/** The report a recommendation id belongs to (its slug is the id's stem). */
export async function reportOfRecommendation(recommendationId: string): Promise<ParsedReport> {
  const { slug } = recommendationKey(recommendationId);
  const parsed = (await getReports()).find((r) => r.report.slug === slug);
  if (!parsed) throw new Error(`no report ${slug} for recommendation ${recommendationId} (run npm run ingest)`);
  return parsed;
}

/** `getStaticPaths` of the pages there are one of per report: `/rapporten/<slug>/…`, with the report as `parsed`. */
export async function reportStaticPaths() {
  return (await getReports()).map((parsed) => ({ params: { slug: parsed.report.slug }, props: { parsed } }));
}
