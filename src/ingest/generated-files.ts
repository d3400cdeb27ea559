/**
 * The files `npm run ingest` generates for a set of parsed reports: the report JSON and one
 * MDX file per recommendation, each MDX file checked by the safety gate before anything is written.
 */
import type { ParsedReport } from '../schema/report.ts';
import { assertSafeMdx, recommendationToMdx } from '../mdx/write-recommendation-mdx.ts';
import type { GeneratedFile } from './write-generated.ts';

export function generatedFiles(reports: ParsedReport[]): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const report of reports) {
    files.push({ path: `reports/${report.report.slug}.json`, contents: `${JSON.stringify(report, null, 2)}\n` });
    for (const rec of report.recommendations) {
      const path = `recommendations/${rec.id}.mdx`;
      const contents = recommendationToMdx(rec, report);
      assertSafeMdx(contents, `content/generated/${path}`);
      files.push({ path, contents });
    }
  }
  return files;
}
