/**
 * Where generated content lives. `VW_CONTENT_DIR` (default `content/generated`) lets tests build
 * the site from a fixture directory; paths are absolute.
 */
import path from 'node:path';

export function generatedDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.VW_CONTENT_DIR || 'content/generated');
}

export function reportsDir(root = generatedDir()): string {
  return path.join(root, 'reports');
}

export function recommendationsDir(root = generatedDir()): string {
  return path.join(root, 'recommendations');
}

/** The reports' texts as ingested (`sources/<slug>.txt`, written by ingest's `sourceTextFile`). */
export function generatedSourceText(slug: string, root = generatedDir()): string {
  return path.join(root, 'sources', `${slug}.txt`);
}
