/**
 * A PDF drawn piece by piece (pdf-lib, Helvetica): for tests that need one layout fact exactly,
 * such as a footnote number out of sequence, a body line in footnote-sized type, or a word drawn
 * twice over itself. Text must be WinAnsi (no `ĳ`). Same bytes on every run.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface Drawn {
  text: string;
  x: number;
  /** Baseline, from the bottom of an A4 page (842 high). */
  y: number;
  size?: number;
}

export async function drawPdf(pages: readonly Drawn[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const epoch = new Date(0);
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  doc.setProducer('verdragswijzer tests');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const items of pages) {
    const page = doc.addPage([595, 842]);
    for (const item of items) page.drawText(item.text, { x: item.x, y: item.y, size: item.size ?? 11, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** Lines of body text from the top of the page down, 14 apart, at x = 70; `gap` lines leave a blank line's space before. */
export function column(lines: ReadonlyArray<string | { text: string; gap?: boolean; size?: number }>, top = 760): Drawn[] {
  let y = top + 14;
  return lines.map((line) => {
    const spec = typeof line === 'string' ? { text: line } : line;
    y -= spec.gap ? 28 : 14;
    return { text: spec.text, x: 70, y, ...(spec.size ? { size: spec.size } : {}) };
  });
}

/** The width of `text` in 11-point Helvetica, to place a raised number right after it. */
export async function textWidth(text: string, size = 11): Promise<number> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return font.widthOfTextAtSize(text, size);
}
