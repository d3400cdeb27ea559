/**
 * Lines → lines that know their PDF page. Page breaks arrive in three dialects:
 * our extractor's leading single space (` Text`), pdftotext's form feed (`\fText`),
 * and printed headers (`Pagina 8 van 33`), which stand where their page begins.
 */
import type { Diagnostic } from './diagnostics.ts';

export interface PagedLine {
  /** 1-based line number in the source file. */
  no: number;
  page: number;
  /** The line with its page-break marker removed, otherwise untouched. */
  text: string;
  /** True when this line is the first content of a new page. */
  pageStart: boolean;
}

export interface Pagination {
  lines: PagedLine[];
  /** `M` of the last `Pagina N van M` header, if any. */
  declaredPages: number | null;
  warnings: Diagnostic[];
}

const PAGE_HEADER = /^\s*Pagina (\d+) van (\d+)\s*$/;

export function paginate(raw: string[]): Pagination {
  const lines: PagedLine[] = [];
  const warnings: Diagnostic[] = [];
  let page = 1;
  let seenContent = false;
  let headerPending = false;
  let declaredPages: number | null = null;

  raw.forEach((source, index) => {
    const no = index + 1;
    const header = PAGE_HEADER.exec(source);
    if (header) {
      const printed = Number(header[1]);
      declaredPages = Number(header[2]);
      if (printed !== page + 1) {
        warnings.push({ line: no, message: `page header says page ${printed}, but page breaks so far give page ${page + 1}; following the header` });
      }
      page = printed;
      headerPending = true;
      return;
    }
    let text = source;
    let marker = false;
    if (text.startsWith('\f')) {
      text = text.replace(/^\f+/, '');
      marker = true;
    } else if (/^ \S/.test(text)) {
      text = text.slice(1);
      marker = true;
    }
    const blank = text.trim() === '';
    let pageStart = false;
    if (marker && seenContent && !headerPending) {
      page += 1;
      pageStart = true;
    } else if (headerPending && !blank) {
      pageStart = true;
    }
    if (!blank) {
      seenContent = true;
      headerPending = false;
    }
    lines.push({ no, page, text, pageStart });
  });
  return { lines, declaredPages, warnings };
}
