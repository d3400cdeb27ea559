/** What the PDF front end knows about a page, from pdf.js's text items to zoned lines. */

/** One pdf.js text item: its text, left edge and baseline (PDF units, y grows upwards), width, font size and font. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** False for text set at an angle or mirrored (a watermark, a note in the margin). */
  upright?: boolean;
}

export interface PdfPage {
  /** 1-based, the PDF's own page. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

export interface Piece extends PdfItem {
  /** Smaller than its line's text and lifted above its baseline: a superscript. */
  raised: boolean;
  /** The PDF had white space before this piece (a space item, or a gap as wide as a space). */
  spaceBefore: boolean;
}

/** Pieces that share a baseline, left to right. */
export interface PrintedLine {
  page: number;
  pieces: Piece[];
  /** Left edge of the first piece and right edge of the last. */
  x: number;
  end: number;
  /** Baseline and size of the line's main text (not of a raised number). */
  y: number;
  size: number;
  font: string;
}

export type LayoutZone = 'body' | 'foot' | 'header' | 'footer';

export interface LaidOutLine extends PrintedLine {
  zone: LayoutZone;
  /** The line in our dialect: raised footnote numbers in the body as `[^N]`. */
  text: string;
  /** Numbers of the superscript references on this line. */
  refs: number[];
  /** Foot only: the footnote this line starts. */
  note?: number;
  /** Body only: layout says a paragraph (or list item) may start here, and why. */
  breakBefore?: string;
  /** Body only, first line of a page: the paragraph of the page before runs on here. */
  runsOn?: boolean;
}

export interface LaidOutPage {
  number: number;
  lines: LaidOutLine[];
}

/** A problem or a repair the front end found, tied to the PDF's page. */
export interface PageNote {
  page: number;
  message: string;
}
