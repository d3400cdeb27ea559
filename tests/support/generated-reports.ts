/** The parsed reports the build rendered: content/generated/reports/*.json, validated by the shared schema. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parsedReportSchema, type ParsedReport, type Recommendation } from '../../src/schema/report.ts';
import { GENERATED_REPORTS_DIR } from './paths.ts';

export interface GeneratedReport {
  file: string;
  parsed: ParsedReport;
}

export async function loadGeneratedReports(dir = GENERATED_REPORTS_DIR): Promise<GeneratedReport[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, parsed: parsedReportSchema.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8'))) })),
  );
}

export function recommendationsByArticle(reports: GeneratedReport[]): Map<number, Recommendation[]> {
  const byArticle = new Map<number, Recommendation[]>();
  for (const { parsed } of reports) {
    for (const recommendation of parsed.recommendations) {
      for (const article of recommendation.articles) byArticle.set(article, [...(byArticle.get(article) ?? []), recommendation]);
    }
  }
  return byArticle;
}
