/**
 * A report text in our dialect → a small PDF, so tests can check the `--add` path from PDF
 * without committing a binary: one PDF page per source page (a leading-space page start or a
 * `Pagina N van M` header begins one), one drawn line per text line, blank lines as vertical
 * space. Helvetica with WinAnsi encoding: characters outside it (Dutch `ĳ`) must be replaced
 * by the caller. The bytes are the same on every run (fixed dates, no object streams).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const SIZE = 10;
const LEADING = 13;
const TOP = 60;

export async function textToPdf(text: string): Promise<Uint8Array> {
  const pages = splitPages(text);
  const doc = await PDFDocument.create();
  const epoch = new Date(0);
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  doc.setProducer('verdragswijzer tests');
  doc.setCreator('verdragswijzer tests');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    // Wide and tall enough for the longest URL line and the longest page; pdf.js reads text off-page too.
    const height = TOP * 2 + lines.length * LEADING;
    const page = doc.addPage([1100, Math.max(842, height)]);
    lines.forEach((line, i) => {
      if (line.trim() !== '') page.drawText(line, { x: 50, y: page.getHeight() - TOP - i * LEADING, size: SIZE, font });
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** Lines per page; markers removed; blank lines at a page's end dropped (a PDF cannot show them). */
export function splitPages(text: string): string[][] {
  const pages: string[][] = [[]];
  text.split('\n').forEach((line, i) => {
    const marker = /^ \S/.test(line);
    const header = /^Pagina \d+ van \d+\s*$/.test(line);
    if (i > 0 && (marker || header)) pages.push([]);
    pages[pages.length - 1]!.push(marker ? line.slice(1) : line);
  });
  return pages.map((lines) => {
    const end = lines.findLastIndex((l) => l.trim() !== '');
    return lines.slice(0, end + 1);
  });
}
