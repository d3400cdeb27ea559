/** Loads the generated reports and recommendation MDX through Astro's content layer. */
import { getCollection, getEntry, render } from 'astro:content';
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

/** The rendered MDX body of one recommendation; fails the build if its file is missing. */
export async function renderRecommendation(id: string) {
  const entry = await getEntry('recommendations', id);
  if (!entry) throw new Error(`no generated MDX for recommendation ${id} (run npm run ingest)`);
  return render(entry);
}
