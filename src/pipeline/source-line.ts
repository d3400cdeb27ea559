/**
 * The one shape both front ends hand to the shared stages: a line of the report's text in our
 * dialect, with the page it is printed on and the zone of the page it belongs to. The text front
 * end (`read-text-lines.ts`) infers zones from the text; the PDF front end (`src/pdf/`) reads them
 * off the layout and adds where each line was printed. Nothing after this point re-derives what a
 * front end already knows.
 */

/** The running text, or the foot of the page (footnotes and the URLs printed under the text). */
export type Zone = 'body' | 'foot';

export interface SourceLine {
  /** 1-based line of the report's text in our dialect (the stored seed). */
  no: number;
  page: number;
  /** As printed, not yet repaired; '' for a blank line (a paragraph may start after it). */
  text: string;
  /** True when this line is the first content of a new page. */
  pageStart: boolean;
  zone: Zone;
  /** On a foot line that starts footnote N (its text begins with the number). */
  note?: number;
  /** The first line of a page that continues the paragraph of the page before: that page break is not a paragraph break. */
  runsOn?: boolean;
  /** Where a PDF printed the line (PDF front end only). */
  layout?: LineLayout;
}

export interface LineLayout {
  /** The PDF's own page (a footnote continued from the page before is written under its start, so it can differ from `page`). */
  page: number;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  /** Font size of the line's main text, and its font. */
  size: number;
  font: string;
}
