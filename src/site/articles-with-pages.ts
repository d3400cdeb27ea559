/**
 * Which Convention articles get a page, read straight from the generated report JSON. Used by
 * the recommendation loader (src/mdx/recommendation-loader.ts), which runs while Astro's content
 * layer is still loading, so it cannot ask the reports collection.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsedReportSchema } from '../schema/report';
import { reportsDir } from './content-paths';

export function articlesWithPages(dir = reportsDir()): Set<number> {
  const found = new Set<number>();
  if (!fs.existsSync(dir)) return found;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const parsed = parsedReportSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    for (const rec of parsed.recommendations) for (const a of rec.articles) found.add(a);
  }
  return found;
}
