/**
 * Reads our CSV output back with csv-parse (the parser beside csv-stringify, not our own code):
 * RFC 4180 quoting, the BOM, CRLF; `delimiter` `;` for the Dutch Excel files. Quoted line breaks
 * and lone CRs inside a field stay text.
 */
import { parse } from 'csv-parse/sync';

export function readCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  return parse(text, { bom: true, delimiter, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}
