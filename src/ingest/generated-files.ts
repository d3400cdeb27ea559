/**
 * The files `npm run ingest` generates for a set of parsed reports: the report JSON and one
 * MDX file per recommendation, each MDX file checked by the safety gate before anything is written.
 */
import type { ParsedReport } from '../schema/report.ts';
import { assertSafeMdx, recommendationToMdx } from '../mdx/write-recommendation-mdx.ts';
import type { GeneratedFile } from './write-generated.ts';
import { formatDiagnostic, type Diagnostic } from '../pipeline/diagnostics.ts';

export interface ReportFiles {
  /** The report JSON and the MDX of every recommendation the gate accepts. */
  files: GeneratedFile[];
  /** One per recommendation the MDX writer or its gate refuses, at the recommendation's line. */
  problems: Diagnostic[];
}

/**
 * A report's files and what keeps any of them from being published, in one pass: each MDX text
 * is serialized and gated once, so `--check`/`--add` refuse exactly what the build would refuse.
 */
export function reportFiles(report: ParsedReport): ReportFiles {
  const files: GeneratedFile[] = [{ path: `reports/${report.report.slug}.json`, contents: `${JSON.stringify(report, null, 2)}\n` }];
  const problems: Diagnostic[] = [];
  for (const rec of report.recommendations) {
    const path = `recommendations/${rec.id}.mdx`;
    try {
      const contents = recommendationToMdx(rec, report);
      assertSafeMdx(contents, path);
      files.push({ path, contents });
    } catch (error) {
      problems.push({ line: rec.line, message: `recommendation "${rec.topic}" cannot be published: ${(error as Error).message}` });
    }
  }
  return { files, problems };
}

export function contentProblems(report: ParsedReport): Diagnostic[] {
  return reportFiles(report).problems;
}

/** Every report's files; throws the problems (`SOURCE:LINE: …`) when the gate refuses any text. */
export function generatedFiles(reports: ParsedReport[]): GeneratedFile[] {
  return reports.flatMap((report) => {
    const { files, problems } = reportFiles(report);
    if (problems.length > 0) throw new Error(problems.map((d) => formatDiagnostic(report.report.source, d)).join('\n'));
    return files;
  });
}
