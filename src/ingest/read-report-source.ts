/**
 * A report as the maintainer received it (`.pdf`, or text as `.txt`) → the bytes of its text
 * in our dialect. A PDF's text is extracted with pdf.js; a text file is taken as it is.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pdfToText } from '../pdf/pdf-to-text.ts';

export interface ReportSource {
  bytes: Uint8Array;
  /** True when the text was extracted from a PDF here (so line numbers refer to that text). */
  extracted: boolean;
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
  if (ext === '.txt') return { bytes, extracted: false };
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${file}:1: not a PDF (it does not start with %PDF-)`);
  try {
    const { text } = await pdfToText(bytes);
    return { bytes: Buffer.from(text, 'utf8'), extracted: true };
  } catch (error) {
    throw new Error(`${file}:1: cannot read the PDF's text (${(error as Error).message})`);
  }
}
