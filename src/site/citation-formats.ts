/**
 * The three files a reference manager imports (RIS, BibTeX, CSL-JSON) for one report. Pure:
 * the endpoints under src/pages/rapporten/[slug]/ serve them, the tests parse them back with
 * citation-js. Report text is data, so every value is made safe for the syntax that carries it
 * rather than trusted to contain nothing special.
 */
import type { CitableReport } from './citable-report';

/**
 * A metadata value on one line. RIS has no escape at all (a line break starts a new tag, and
 * citation-js splits a line at its first "  - ") and BibTeX reads a line break as a space, so
 * all three formats collapse runs of spaces and line breaks to one space and drop control
 * characters: the same title then comes back from each of them. A no-break space is kept.
 */
function oneLine(value: string): string {
  return value
    .replace(/[\t\n\v\f\r \u0085\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
}

/**
 * An equivalent URL with nothing in it that a format could read as syntax: whitespace, braces,
 * backslashes and non-ASCII are percent-encoded (citation-js re-encodes a BibTeX `url` whose
 * escapes are not valid, so a bare `%` is encoded too). Existing escapes are kept as they are.
 */
function safeUrl(url: string): string {
  return oneLine(url)
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => (c.length === 1 && /[\ud800-\udfff]/.test(c) ? '' : encodeURIComponent(c)));
}

/** `2025-07-10` → `[2025, 7, 10]`; null when GREVIO's date of receipt is not known. */
function dateParts(received: string | null): [number, number, number] | null {
  if (received === null) return null;
  const [year, month, day] = received.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return [year, month, day];
}

/** Names the GREVIO document the report answers, for the formats' free-text note. */
function answersNote(r: CitableReport): string | undefined {
  return r.answers ? `Reactie op: ${r.answers.title}` : undefined;
}

// --- RIS --------------------------------------------------------------------------------------

/**
 * RIS (`TY  - RPRT` … `ER  - `), LF line ends. The author goes in `AU` as it is: citation-js
 * reads a name with a space and without a comma as a literal (an institution), while the
 * EndNote habit of a trailing comma makes it a family name with an empty given name. `PB`
 * repeats it as publisher, which every importer keeps verbatim.
 */
export function toRis(r: CitableReport): string {
  const lines: [string, string | number | undefined][] = [
    ['TY', 'RPRT'],
    ['ID', r.slug],
    ['TI', r.title],
    ['AU', r.author],
    ['PB', r.author],
  ];
  const date = dateParts(r.received);
  if (date) {
    // RIS dates are YYYY/MM/DD/other-info, with the trailing slash.
    const [y, m, d] = date;
    lines.push(['DA', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`], ['PY', y]);
  }
  lines.push(['SP', 1], ['EP', r.pages], ['LA', r.language], ['UR', safeUrl(r.url)]);
  lines.push(['N1', [r.summary, answersNote(r)].filter(Boolean).join(' ')]);
  const body = lines
    .map(([tag, value]) => [tag, value === undefined ? '' : oneLine(String(value))] as const)
    // An empty value would be read as no tag at all; leave it out rather than write it.
    .filter(([, value]) => value !== '')
    .map(([tag, value]) => `${tag}  - ${value}`);
  return `${body.join('\n')}\nER  - \n`;
}

// --- BibTeX -----------------------------------------------------------------------------------

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * Text for a braced BibTeX field. The ten specials become commands, so no value can close a
 * brace it did not open, start a comment or enter math mode; `{}` between `--`, ` `` `, `''`,
 * `<<`, `?``… stops LaTeX (and citation-js) from turning them into dashes, quotes or
 * guillemets, so the characters come back as written.
 */
function bibtexText(value: string): string {
  return oneLine(value)
    .replace(/[\\{}%&$#_^~]/g, (c) => {
      if (c === '\\') return '\\textbackslash{}';
      if (c === '^') return '\\textasciicircum{}';
      if (c === '~') return '\\textasciitilde{}';
      return `\\${c}`;
    })
    .replace(/([-`'<>?!])(?=[-`'<>])/g, '$1{}');
}

/** A citation key from the slug (already `[a-z0-9-]`; anything else would end the key). */
function bibtexKey(slug: string): string {
  return slug.replace(/[^A-Za-z0-9_:.-]/g, '-') || 'rapport';
}

/**
 * `@techreport`, readable by BibTeX and biblatex. The author is double-braced so it is one
 * name, not split into first and last (nor at an "and"); the title is double-braced so styles
 * that lower-case titles leave "GREVIO" and "Istanbul" alone. `year`/`month` are for BibTeX,
 * `date`/`pagetotal` for biblatex.
 */
export function toBibtex(r: CitableReport): string {
  const fields: [string, string][] = [
    ['author', `{{${bibtexText(r.author)}}}`],
    ['institution', `{${bibtexText(r.author)}}`],
    ['title', `{{${bibtexText(r.title)}}}`],
  ];
  const date = dateParts(r.received);
  if (date && r.received) {
    const [y, m] = date;
    // A month macro, unbraced: the standard styles define `jan`…`dec` and print them localised.
    fields.push(['year', `{${y}}`], ['month', BIBTEX_MONTHS[m - 1] ?? `{${m}}`], ['date', `{${r.received}}`]);
  }
  // `url` is verbatim in BibTeX and biblatex: braces are the only syntax, and safeUrl encodes them.
  fields.push(['url', `{${safeUrl(r.url)}}`], ['pagetotal', `{${r.pages}}`], ['language', `{${bibtexText(r.language)}}`]);
  const note = answersNote(r);
  if (note) fields.push(['note', `{${bibtexText(note)}}`]);
  fields.push(['abstract', `{${bibtexText(r.summary)}}`]);
  return `@techreport{${bibtexKey(r.slug)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

// --- CSL-JSON ---------------------------------------------------------------------------------

/** The CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  publisher: string;
  URL: string;
  language: string;
  'number-of-pages': number;
  note?: string;
  abstract: string;
}

/**
 * CSL-JSON: an array with one `report`. JSON could carry a line break, but the values go
 * through the same one-line rule as RIS and BibTeX so the three files agree. The author is a
 * `literal`: an institution has no family or given name.
 */
export function toCslJson(r: CitableReport): string {
  const date = dateParts(r.received);
  const note = answersNote(r);
  const item: CslItem = {
    id: r.slug,
    type: 'report',
    title: oneLine(r.title),
    author: [{ literal: oneLine(r.author) }],
    ...(date ? { issued: { 'date-parts': [date] } } : {}),
    publisher: oneLine(r.author),
    URL: safeUrl(r.url),
    language: oneLine(r.language),
    'number-of-pages': r.pages,
    ...(note ? { note: oneLine(note) } : {}),
    abstract: oneLine(r.summary),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
