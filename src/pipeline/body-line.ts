/** The running text of a report after page feet (footnotes, stray URLs) are taken out. */
export type BodyLine =
  /** `runsOn`: the first line of a page that continues the paragraph of the page before. */
  | { kind: 'text'; no: number; page: number; text: string; runsOn?: true }
  /** A blank line, or the gap a page foot leaves in a running sentence. */
  | { kind: 'break'; no: number; page: number }
  /** A URL the PDF printed at the foot of the page for a link in the running text. */
  | { kind: 'link'; no: number; page: number; url: string };

export type TextLine = Extract<BodyLine, { kind: 'text' }>;
