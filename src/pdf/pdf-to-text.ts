/**
 * A report PDF → its text in our dialect: one line per printed line, a form feed before each
 * page after the first (as `pdftotext` writes it). Text extraction is pdf.js (`pdfjs-dist`, the
 * legacy build that runs on Node 20); placing the pieces into lines is `textItemsToLines`.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { textItemsToLines, type TextPiece } from './text-items-to-lines.ts';

export interface PdfText {
  text: string;
  pages: number;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  // Loaded on demand: only `--add`/`--check` of a PDF needs pdf.js, not every `npm run ingest`.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces = content.items.filter((item): item is TextItem => 'str' in item).map(toPiece);
      pages.push(textItemsToLines(pieces).join('\n'));
      page.cleanup();
    }
    return { text: `${pages.join('\n\f')}\n`, pages: pdf.numPages };
  } finally {
    await task.destroy();
  }
}

function toPiece(item: TextItem): TextPiece {
  const [, , c, d, x, y] = item.transform as number[];
  // Control characters (a stray NUL would make the text "binary") never belong to the report's words.
  return { str: item.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''), x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || item.height };
}
