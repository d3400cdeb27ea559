/**
 * The files `npm run ingest` generates for a set of parsed reports: the report JSON and one
 * MDX file per recommendation, each MDX file checked by the safety gate before anything is written.
 */
import type { ParsedReport, Recommendation } from '../schema/report.ts';
import { assertSafeMdx, recommendationToMdx } from '../mdx/write-recommendation-mdx.ts';
import type { GeneratedFile } from './write-generated.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';

/**
 * The MDX text of a recommendation, serialized and gated once per process: ingest checks every
 * report (contentProblems) before it writes anything (generatedFiles), and parsing the MDX twice
 * was half the ingest time at 100 reports.
 */
const checked = new WeakMap<ParsedReport, WeakMap<Recommendation, { contents: string } | { error: Error }>>();

function gatedMdx(rec: Recommendation, report: ParsedReport): { contents: string } | { error: Error } {
  // Keyed by the pair: the MDX depends on the report too (its slug, its footnotes).
  let ofReport = checked.get(report);
  if (!ofReport) checked.set(report, (ofReport = new WeakMap()));
  let result = ofReport.get(rec);
  if (!result) {
    try {
      const contents = recommendationToMdx(rec, report);
      assertSafeMdx(contents, `recommendations/${rec.id}.mdx`);
      result = { contents };
    } catch (error) {
      result = { error: error as Error };
    }
    ofReport.set(rec, result);
  }
  return result;
}

/**
 * Problems the MDX writer or its gate would raise for a parsed report, each at the line of its
 * recommendation, so `--check` and `--add` refuse exactly what the build would refuse.
 */
export function contentProblems(report: ParsedReport): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const rec of report.recommendations) {
    const result = gatedMdx(rec, report);
    if ('error' in result) problems.push({ line: rec.line, message: `recommendation "${rec.topic}" cannot be published: ${result.error.message}` });
  }
  return problems;
}

/** The files of one report: its JSON and one MDX file per recommendation; throws if the gate refuses one. */
export function reportFiles(report: ParsedReport): GeneratedFile[] {
  const files: GeneratedFile[] = [{ path: `reports/${report.report.slug}.json`, contents: `${JSON.stringify(report, null, 2)}\n` }];
  for (const rec of report.recommendations) {
    const result = gatedMdx(rec, report);
    if ('error' in result) throw result.error;
    files.push({ path: `recommendations/${rec.id}.mdx`, contents: result.contents });
  }
  return files;
}

export function generatedFiles(reports: ParsedReport[]): GeneratedFile[] {
  return reports.flatMap(reportFiles);
}
