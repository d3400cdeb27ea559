/**
 * The seed as other PDF-to-text tools would have written it, generated from the seed itself so
 * nothing derived is committed: pdftotext's page breaks (a form feed starts each page after
 * the first and ends the last) and its `-layout` output (form feeds, plus a left margin and
 * justified lines padded with runs of spaces). Real pdftotext without `-layout` also drops the
 * blank lines between paragraphs and line-end hyphens; pdftotext-fixtures.test.ts shows that.
 */

/**
 * Our dialect's page starts (` Text`, or a `Pagina N van M` header) → form feeds, as
 * `pdftotext FILE.pdf` writes them: one before each page after the first, one after the last.
 */
export function toPdftotext(text: string): string {
  const lines = text.split('\n').map((line, i) => {
    if (/^ \S/.test(line)) return `${i === 0 ? '' : '\f'}${line.slice(1)}`;
    return /^Pagina \d+ van \d+$/.test(line) ? `\f${line}` : line;
  });
  return `${lines.join('\n')}\f`;
}

/** As `pdftotext -layout` writes it: form feeds, an 8-column margin, long lines justified to 96 columns. */
export function toLayout(text: string): string {
  return toPdftotext(text)
    .split('\n')
    .map((line) => {
      const feed = line.startsWith('\f') ? '\f' : '';
      const body = line.slice(feed.length);
      return body.trim() === '' ? line : `${feed}        ${justify(body, 88)}`;
    })
    .join('\n');
}

/** Pads the gaps between words (left to right, evenly) until the line is `width` long. */
function justify(line: string, width: number): string {
  const words = line.split(' ');
  if (line.length < 60 || words.length < 2) return line;
  const gaps = words.length - 1;
  let missing = Math.max(0, width - line.length);
  return words
    .map((word, i) => {
      if (i === gaps) return word;
      const extra = Math.ceil(missing / (gaps - i));
      missing -= extra;
      return `${word}${' '.repeat(1 + extra)}`;
    })
    .join('');
}
