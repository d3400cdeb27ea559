/** Open data exports: the CSV rows (one per recommendation × article) and the JSON body. */
import { stringify } from 'csv-stringify/sync';
import { STRENGTH_LABELS_NL, type ParsedReport } from '../schema/report';
import { strongestStrength } from './article-index';

const CSV_COLUMNS = [
  'rapport',
  'artikel',
  'onderwerp',
  'sterkste_formulering',
  'pagina_van',
  'pagina_tot',
  'permalink',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

/** `permalink(article, recommendationId)` gives the public URL of the recommendation on that article page. */
export function csvRows(
  reports: readonly ParsedReport[],
  permalink: (article: number, recommendationId: string) => string,
): CsvRow[] {
  return reports.flatMap((parsed) =>
    parsed.recommendations.flatMap((rec) =>
      [...new Set(rec.articles)].map((article) => {
        const strongest = strongestStrength(rec.strength);
        return {
          rapport: parsed.report.slug,
          artikel: article,
          onderwerp: rec.topic,
          sterkste_formulering: strongest ? STRENGTH_LABELS_NL[strongest] : '',
          pagina_van: rec.pages[0],
          pagina_tot: rec.pages[1],
          permalink: permalink(article, rec.id),
        };
      }),
    ),
  );
}

/** RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 BOM (so spreadsheet apps read é). */
export function toCsv(rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
  });
}

export function toJson(reports: readonly ParsedReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}
