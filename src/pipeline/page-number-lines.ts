/**
 * Page numbers as reports print them (`Pagina 3 van 27`, `Pagina 3`, `3`, `- 3 -`, `3 / 27`), read
 * in one place for both front ends. A page number or page header left in the running text would be
 * quoted as the government's words: front ends keep them out, and `pageNumberLines` says when one
 * got through, naming its page, so `ok` is never printed over it.
 */
import type { BodyLine } from './body-line.ts';
import type { Diagnostic } from './diagnostics.ts';

const PAGE_NUMBER = /^(?:Pagina\s+(\d{1,4})(?:\s+van\s+(\d{1,4}))?|(\d{1,3})|-\s*(\d{1,4})\s*-|(\d{1,4})\s*\/\s*(\d{1,4}))$/i;

/** A running header or footer that names its page: `Beleidsreactie – pagina 3`, `blz. 3 van 27`. */
const NAMED_PAGE = /^\S.*?(?:\s+[-–|]\s*|\s+)(?:pagina|blz\.?|page)\s+(\d{1,4})(?:\s*(?:van|\/|of)\s*(\d{1,4}))?$/i;

export interface PageNumber {
  printed: number;
  /** `M` of `van M` or `N / M`. */
  of?: number;
  /** Written so that it cannot be anything else (`Pagina 3`, `- 3 -`, `3 / 27`); a bare `3` could be. */
  explicit: boolean;
  /** With text before it (`Beleidsreactie – pagina 3`): a page header only when its number is in step with the pages. */
  named: boolean;
}

export function readPageNumber(text: string): PageNumber | undefined {
  const m = PAGE_NUMBER.exec(text.trim());
  if (!m) {
    const named = NAMED_PAGE.exec(text.trim());
    return named ? { printed: Number(named[1]), ...(named[2] ? { of: Number(named[2]) } : {}), explicit: false, named: true } : undefined;
  }
  const printed = Number(m[1] ?? m[3] ?? m[4] ?? m[5]);
  const of = m[2] ?? m[6];
  return { printed, ...(of ? { of: Number(of) } : {}), explicit: m[3] === undefined, named: false };
}

export function pageNumberLines(body: readonly BodyLine[]): Diagnostic[] {
  return body.flatMap((line) =>
    // A header that names its page (`Beleidsreactie – pagina 3`) reads as a sentence in the text: only a page number alone is suspect.
    line.kind === 'text' && readPageNumber(line.text)?.named === false
      ? [{ line: line.no, message: `page ${line.page}: the line "${line.text.trim()}" in the running text looks like a page number or page header; check that it is the report's own text` }]
      : [],
  );
}
