/**
 * Writes one parsed report as generated content: `reports/<slug>.json` and one gated MDX file
 * per recommendation in `recommendations/<id>.mdx`. Usable by the ingest CLI and by tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedReport } from '../schema/report';
import { generatedDir, recommendationsDir, reportsDir } from '../site/content-paths';
import { assertSafeMdx, recommendationToMdx } from './write-recommendation-mdx';

/** Returns the paths written. Throws (before writing anything) if any MDX fails the gate. */
export function writeReportContent(parsed: ParsedReport, root = generatedDir()): string[] {
  const files = parsed.recommendations.map((rec) => {
    const file = path.join(recommendationsDir(root), `${rec.id}.mdx`);
    const source = recommendationToMdx(rec, parsed);
    assertSafeMdx(source, file);
    return { file, source };
  });
  files.push({ file: path.join(reportsDir(root), `${parsed.report.slug}.json`), source: JSON.stringify(parsed, null, 2) + '\n' });
  for (const { file, source } of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, source);
  }
  return files.map((f) => f.file);
}
