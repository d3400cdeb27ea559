/**
 * A PDF's bytes → its pages' text items with position, width, size and font (pdf.js, the
 * `pdfjs-dist` legacy build that runs on Node 20). Nothing else of pdf.js is used.
 */
import type { TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api';
import type { PdfItem, PdfPage } from './layout-types.ts';

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // Loaded on demand: only a PDF given to ingest needs pdf.js, not every `npm run ingest`.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  const pdf = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item).map((item) => toItem(item, content.styles, x0, y0));
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function toItem(item: TextItem, styles: Record<string, TextStyle>, x0: number, y0: number): PdfItem {
  const [a, b, c, d, x, y] = item.transform as number[];
  return {
    upright: Math.abs(b!) < 1e-3 && Math.abs(c!) < 1e-3 && a! > 0 && d! > 0,
    // Control characters (a stray NUL would make the text "binary") never belong to the report's words.
    str: item.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''),
    x: x! - x0,
    y: y! - y0,
    width: item.width,
    size: Math.hypot(c!, d!) || item.height,
    font: styles[item.fontName]?.fontFamily ?? item.fontName,
  };
}
