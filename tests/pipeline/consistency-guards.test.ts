/**
 * The shared stages' guards and the text dialect's page-break forms, on small texts: a `[^N]`
 * marker without its note, a page number left in the running text, a form feed that ends a line
 * (the paragraph runs on), and explicit markers that let a long foot be a footnote.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { ReportError } from '../../src/pipeline/diagnostics.ts';

const report = (response: string, tail = '') =>
  Buffer.from(`Rapport\nontvangen op 1 januari 2026\n\nOnderwerp aanbeveling: Definities\nArtikel Verdrag van Istanbul: 3\n\nOmschrijving\nGREVIO dringt aan.\n\nBeleidsreactie\n${response}\n${tail}`);
const parse = (bytes: Buffer) => parseReport(bytes, { slug: 'r', source: 'r.txt' });
const problems = (bytes: Buffer) => {
  try {
    parse(bytes);
    return [];
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return error.diagnostics.map((d) => `${d.line}: ${d.message}`);
  }
};

describe('shared guards', () => {
  it('refuse a [^N] marker that has no footnote N', () => {
    expect(problems(report('Nederland doet dat[^5].'))).toEqual(['11: footnote reference [^5] on page 1 has no footnote 5 at the foot of that page']);
  });

  it('take a [^N] marker as the reference of note N, as written', () => {
    const { report: r } = parse(report('Nederland doet dat[^1] zo.', '\n1 Een noot.\n'));
    expect(r.recommendations[0]!.response[0]).toMatchObject({ text: 'Nederland doet dat[^1] zo.' });
    expect(r.footnotes).toEqual([{ number: 1, text: 'Een noot.', page: 1, recommendation: 'r-01' }]);
  });

  it('take a long foot as footnote N when a [^N] marker says so; when only a number glued to a word might, read it as text and say so', () => {
    const long = Array.from({ length: 9 }, (_, i) => `regel ${i + 1} van de noot`).join('\n');
    const marked = parse(report('Nederland doet dat[^1].', `\n1 Een lange noot,\n${long}\n`)).report;
    expect(marked.footnotes[0]!.text).toMatch(/^Een lange noot, regel 1 van de noot .* regel 9 van de noot$/);
    const glued = parse(report('Nederland doet dat1.', `\n1 Een lange noot,\n${long}\n`));
    expect(glued.report.footnotes).toEqual([]);
    expect(glued.warnings).toEqual([
      { line: 13, message: '"1 Een lange noot," on page 1 looks like footnote 1 (a number 1 stands glued to a word above it), but more than 8 lines follow it to the page\'s end, so it is read as running text; if it is the footnote, write its reference as [^1]' },
    ]);
  });

  it('refuse a [^N] marker on another page than note N, and a second marker for one note', () => {
    expect(problems(report('Nederland doet dat[^1].\n\fEn meer.', '\n1 Een noot.\n'))).toEqual(['11: footnote reference [^1] on page 1 has no footnote 1 at the foot of that page', '14: footnote 1 at the foot of page 2 has no reference earlier on that page (expected the number glued to a word, like "geweld1")']);
    expect(problems(report('Nederland doet dat[^1] en dat[^1].', '\n1 Een noot.\n'))).toEqual(['11: footnote reference [^1] on page 1 is the second reference to footnote 1; a footnote has one reference']);
  });

  it('join a line-end hyphen without a space, though the author may have typed one after it (the one thing no layout shows)', () => {
    // "MfN- register" in the seed, broken by a new layout after "MfN-": the text reads "MfN-register".
    const { report: r } = parse(report('ingeschreven in het MfN-\nregister. En meer.'));
    expect(r.recommendations[0]!.response[0]).toMatchObject({ text: 'ingeschreven in het MfN-register. En meer.' });
    expect(r.corrections).toContainEqual({ line: 11, before: 'MfN- register.', after: 'MfN-register.', rule: 'join-hyphenated-line-break' });
  });

  it('warn about a page number left in the running text, naming its page', () => {
    const { warnings } = parse(report('Nederland doet dat.\n\n12\n\nEn meer.'));
    expect(warnings).toEqual([{ line: 13, message: 'page 1: the line "12" in the running text looks like a page number or page header; check that it is the report\'s own text' }]);
  });
});

describe('lists as word processors print them', () => {
  const blocks = (response: string) =>
    parse(report(response)).report.recommendations[0]!.response.map((b) => (b.kind === 'list' ? `${b.style}: ${b.items.map((i) => `${i.label} ${i.text}`).join(' | ')}` : `p: ${b.label ? `${b.label} ` : ''}${b.text}`));

  it('reads bullets and "1." items as lists, and a list whose last item has no full stop ends at a blank line before a capital', () => {
    expect(blocks('Partijen:\n\n• politie\n\n• Veilig Thuis\n\nDe samenwerking is vastgelegd.')).toEqual(['p: Partijen:', 'dash: • politie | • Veilig Thuis', 'p: De samenwerking is vastgelegd.']);
    expect(blocks('Stappen:\n\n1. een plan\n\n2. een termijn\n\nDaarna volgt de evaluatie.')).toEqual(['p: Stappen:', 'numbered: 1. een plan | 2. een termijn', 'p: Daarna volgt de evaluatie.']);
    expect(blocks('Maatregelen:\n\n1. Alle regio’s doen mee.\n\n2. Het wordt geëvalueerd.')).toEqual(['p: Maatregelen:', 'numbered: 1. Alle regio’s doen mee. | 2. Het wordt geëvalueerd.']);
  });

  it('keeps a list item that runs on after a blank line in lower case, and GREVIO’s numbered paragraphs as paragraphs', () => {
    expect(blocks('Partijen:\n\n- politie en\n\nde gemeenten\n\n- Veilig Thuis')).toEqual(['p: Partijen:', 'dash: - politie en de gemeenten | - Veilig Thuis']);
    const grevio = parse(Buffer.from(report('Akkoord.').toString().replace('GREVIO dringt aan.', '29. GREVIO dringt aan.'))).report.recommendations[0]!.grevio[0];
    expect(grevio).toMatchObject({ kind: 'paragraph', label: '29.', text: 'GREVIO dringt aan.' });
  });
});

describe('form feeds', () => {
  const paragraphs = (bytes: Buffer) => parse(bytes).report.recommendations[0]!.response.map((b) => (b.kind === 'paragraph' ? [b.text, b.page] : []));

  it('at the start of a line: a page break, which ends a paragraph whose line ends a sentence', () => {
    expect(paragraphs(report('Nederland doet dat.\n\fEn meer.'))).toEqual([
      ['Nederland doet dat.', 1],
      ['En meer.', 2],
    ]);
  });

  it('at the end of a line: a page break inside the paragraph, which runs on', () => {
    expect(paragraphs(report('Nederland doet dat.\f\nEn meer.'))).toEqual([['Nederland doet dat. En meer.', 1]]);
    const lines = parse(report('Nederland doet dat.\f\nEn meer.')).report;
    expect(lines.report.pages).toBe(2);
  });

  it('at the end of a line, then a blank line or another form feed: the paragraph may end there', () => {
    expect(paragraphs(report('Nederland doet dat.\f\n\nEn meer.'))).toEqual([
      ['Nederland doet dat.', 1],
      ['En meer.', 2],
    ]);
    expect(paragraphs(report('Nederland doet dat.\f\f\nEn meer.'))).toEqual([
      ['Nederland doet dat.', 1],
      ['En meer.', 3],
    ]);
  });

  it('before any text: an empty first page', () => {
    expect(parse(Buffer.concat([Buffer.from('\f'), report('Akkoord.')])).report.report.cover[0]).toEqual({ text: 'Rapport ontvangen op 1 januari 2026', page: 2 });
  });
});
