/**
 * A page number or page header left in the running text (`Pagina 3 van 27`, `12`, `- 12 -`)
 * would be quoted as the government's words. Front ends keep them out; this says when one got
 * through, naming its page, so `ok` is never printed over it.
 */
import type { BodyLine } from './body-line.ts';
import type { Diagnostic } from './diagnostics.ts';

const PAGE_NUMBER = /^(?:Pagina \d+(?: van \d+)?|\d{1,3}|- ?\d{1,3} ?-|\d{1,3} ?\/ ?\d{1,3})$/i;

export function pageNumberLines(body: readonly BodyLine[]): Diagnostic[] {
  return body.flatMap((line) =>
    line.kind === 'text' && PAGE_NUMBER.test(line.text.trim())
      ? [{ line: line.no, message: `page ${line.page}: the line "${line.text.trim()}" in the running text looks like a page number or page header; check that it is the report's own text` }]
      : [],
  );
}
