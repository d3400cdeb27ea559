/**
 * Lines → lines that know their PDF page. Page breaks arrive in three dialects:
 * our extractor's leading single space (` Text`), a form feed (`\fText`, as pdftotext and
 * `npm run ingest -- --add` write), and printed headers (`Pagina 8 van 33`), which stand
 * where their page begins. A file with any form feed uses form feeds for its breaks: there a
 * leading space is indentation (pdftotext `-layout` keeps columns of spaces), not a break.
 * A form feed at the *end* of a line is a page break inside a paragraph: the next page's first
 * line runs on (our PDF extractor writes it where the layout shows the paragraph continuing;
 * elsewhere a page break may end a paragraph whose last line ends a sentence).
 */
import type { Diagnostic } from './diagnostics.ts';
import type { SourceLine } from './source-line.ts';

/** Every line is in the body here; the front end decides the page feet after this. */
export interface Pagination {
  lines: SourceLine[];
  /** `M` of the last `Pagina N van M` header, if any. */
  declaredPages: number | null;
  warnings: Diagnostic[];
}

const PAGE_HEADER = /^\s*Pagina (\d+) van (\d+)\s*$/;

export function paginate(raw: string[]): Pagination {
  const lines: SourceLine[] = [];
  const warnings: Diagnostic[] = [];
  const formFeeds = raw.some((line) => line.includes('\f'));
  let page = 1;
  let seenContent = false;
  let headerPending = false;
  /** Page breaks seen since the last content; they count once content follows (a trailing `\f` adds no page). */
  let breaks = 0;
  let declaredPages: number | null = null;
  /** A form feed ended the line before: the next page's first line runs on. */
  let runsOn = false;

  raw.forEach((source, index) => {
    const no = index + 1;
    const header = PAGE_HEADER.exec(source);
    if (header) {
      const printed = Number(header[1]);
      declaredPages = Number(header[2]);
      // A header before any text names the first page; later ones name the page that begins.
      const expected = seenContent ? page + 1 : page;
      if (printed !== expected) {
        warnings.push({ line: no, message: `page header says page ${printed}, but page breaks so far give page ${expected}; following the header` });
      }
      page = printed;
      headerPending = true;
      breaks = 0;
      return;
    }
    let text = source;
    /** Form feeds ending this line: one runs on onto the next page; more are empty pages between, after which nothing runs on. */
    let endsPage = 0;
    if (formFeeds) {
      const feeds = /^\f*/.exec(text)![0].length;
      text = text.slice(feeds);
      breaks += feeds;
      if (feeds > 0) runsOn = false;
      const trailing = /\f+[ \t]*$/.exec(text);
      if (trailing && text.replace(/\f/g, '').trim() !== '') {
        text = text.slice(0, trailing.index);
        endsPage = trailing[0].replace(/[ \t]/g, '').length;
      }
    } else if (/^ \S/.test(text)) {
      text = text.slice(1);
      breaks += 1;
    }
    const blank = text.trim() === '';
    // A blank line after the page break says a paragraph may start: nothing runs on across it.
    if (blank) runsOn = false;
    let pageStart = false;
    let continues = false;
    if (!blank) {
      // With form feeds, one before any text is an empty page before it (pdftotext writes that).
      if (breaks > 0 && (seenContent || formFeeds) && !headerPending) {
        page += breaks;
        pageStart = seenContent;
        continues = runsOn;
      } else if (headerPending) {
        pageStart = true;
      }
      seenContent = true;
      headerPending = false;
      breaks = 0;
      runsOn = false;
    }
    lines.push({ no, page, text, pageStart, zone: 'body', ...(continues ? { runsOn: true } : {}) });
    if (endsPage > 0) {
      runsOn = endsPage === 1;
      breaks += endsPage;
    }
  });
  if (formFeeds && looksUnlaidOut(raw)) warnings.push({ line: 1, message: UNLAID_OUT });
  else if (formFeeds && lacksParagraphGaps(raw)) warnings.push({ line: 1, message: NO_PARAGRAPH_GAPS });
  return { lines, declaredPages, warnings };
}

/**
 * Measured on the test PDF: the seed and `pdftotext -layout` keep a blank line between
 * paragraphs (13–14% of lines are blank); `pdftotext` without `-layout` keeps 2.6%, and it
 * joins a word split at a line-end hyphen ("Verwey-" + "Jonker" → "VerweyJonker"). Neither
 * loss can be undone, so the maintainer is told rather than the text being guessed at.
 */
const UNLAID_OUT =
  'this looks like pdftotext output without -layout (form feeds, almost no blank lines): paragraphs may run together, and pdftotext joins words split at a line-end hyphen; give the PDF itself instead: npm run ingest -- --add FILE.pdf';

/**
 * `pdftotext -layout` of a word processor's PDF: where paragraphs are set apart by less than a
 * line of space, or by a first-line indent, it writes no blank line between them (measured on the
 * test suite's LibreOffice PDFs: 0.3–1.5% of text lines have a single blank line after them; the
 * seed 14%), and it writes raised footnote numbers apart from their word.
 */
const NO_PARAGRAPH_GAPS =
  'this looks like pdftotext output (form feeds) with almost no blank lines between paragraphs (the PDF set them apart by spacing or a first-line indent): paragraphs run together, and pdftotext writes raised footnote numbers apart from their words; give the PDF itself instead, which is read by its layout: npm run ingest -- --add FILE.pdf';

function looksUnlaidOut(raw: readonly string[]): boolean {
  const blank = raw.filter((line) => line.replace(/\f/g, '').trim() === '').length;
  return raw.length >= 100 && blank / raw.length < 0.05;
}

/**
 * Paragraphs whose starts the text no longer shows by a blank line: fewer than 4% of the text
 * lines are followed by one blank line and more text, or more paragraphs start with a first-line
 * indent (a line indented further than the one after it) than after a blank line.
 */
function lacksParagraphGaps(raw: readonly string[]): boolean {
  const lines = raw.map((line) => line.replace(/\f/g, ''));
  const blank = (i: number) => (lines[i] ?? '').trim() === '';
  const indent = (i: number) => /^ */.exec(lines[i] ?? '')![0].length;
  const text = lines.filter((_, i) => !blank(i)).length;
  let gaps = 0;
  let indents = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (blank(i) && !blank(i - 1) && !blank(i + 1) && !raw[i + 1]!.startsWith('\f')) gaps++;
    if (!blank(i) && !blank(i - 1) && !blank(i + 1) && indent(i) >= indent(i + 1) + 3 && indent(i) > indent(i - 1)) indents++;
  }
  return text >= 100 && (gaps / text < 0.04 || (indents > gaps && indents / text > 0.03));
}
