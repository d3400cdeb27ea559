/** The files `npm run ingest` generates for a set of parsed reports. */
import type { ParsedReport } from '../schema/report.ts';
import type { GeneratedFile } from './write-generated.ts';

export function generatedFiles(reports: ParsedReport[]): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const report of reports) {
    files.push({ path: `reports/${report.report.slug}.json`, contents: `${JSON.stringify(report, null, 2)}\n` });
  }
  return files;
}
