/**
 * A report as the maintainer received it (`.pdf`, or text as `.txt`) → its typed lines and the
 * bytes of its text in our dialect. A PDF is read by layout (`src/pdf/`); a text file is taken
 * as it is and read by the text front end.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readPdfLines, type PdfSource } from '../pdf/read-pdf-lines.ts';

export interface ReportSource {
  /** The text in our dialect: the file itself, or what was extracted from the PDF. */
  bytes: Uint8Array;
  /** Set when the text was extracted from a PDF here (line numbers then refer to that text). */
  pdf?: PdfSource;
}

export async function readReportSource(file: string): Promise<ReportSource> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.pdf' && ext !== '.txt') throw new Error(`${file}:1: expected a .pdf or a .txt file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${file}:1: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (ext === '.txt') return { bytes };
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${file}:1: not a PDF (it does not start with %PDF-)`);
  let pdf: PdfSource;
  try {
    pdf = await readPdfLines(bytes);
  } catch (error) {
    throw new Error(`${file}:1: cannot read the PDF's text (${(error as Error).message})`);
  }
  return { bytes: Buffer.from(pdf.text, 'utf8'), pdf };
}
