/**
 * The files `npm run ingest` generates for a set of parsed reports: the report JSON and one
 * MDX file per recommendation, each MDX file checked by the safety gate before anything is written.
 */
import type { ParsedReport } from '../schema/report.ts';
import { assertSafeMdx, recommendationToMdx } from '../mdx/write-recommendation-mdx.ts';
import type { GeneratedFile } from './write-generated.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';

/**
 * Problems the MDX writer or its gate would raise for a parsed report, each at the line of its
 * recommendation, so `--check` and `--add` refuse exactly what the build would refuse.
 */
export function contentProblems(report: ParsedReport): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const rec of report.recommendations) {
    try {
      assertSafeMdx(recommendationToMdx(rec, report), `recommendations/${rec.id}.mdx`);
    } catch (error) {
      problems.push({ line: rec.line, message: `recommendation "${rec.topic}" cannot be published: ${(error as Error).message}` });
    }
  }
  return problems;
}

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
