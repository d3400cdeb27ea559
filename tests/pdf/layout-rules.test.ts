/**
 * The PDF front end's layout rules on hand-placed text items (no PDF): how pieces become lines
 * and spaces, which piece is raised, which copy is an overprint, and where the layout says a
 * paragraph may start or runs on across a page.
 */
import { describe, expect, it } from 'vitest';
import type { LaidOutPage, PdfItem, PdfPage } from '../../src/pdf/layout-types.ts';
import { joinPieces, printedLines } from '../../src/pdf/printed-lines.ts';
import { layOutDocument } from '../../src/pdf/lay-out-document.ts';

/** A piece of 10-point text, 5 units per character, as pdf.js would give it. */
const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, width: str.length * size * 0.5, size, font: 'sans-serif' });
/** An A4 page of these items. */
const sheet = (number: number, items: PdfItem[]): PdfPage => ({ number, width: 595, height: 842, items });
const texts = (items: PdfItem[]) => printedLines(1, items).lines.map((l) => joinPieces(l.pieces));

describe('printed lines', () => {
  it('orders lines top to bottom and pieces left to right, whatever order they come in', () => {
    expect(texts([item('tweede', 50, 787), item('regel', 90, 787), item('Eerste', 50, 800)])).toEqual(['Eerste', 'tweede regel']);
  });

  it('puts one space where the PDF has white space (a space item or a gap), none where pieces touch', () => {
    expect(texts([item('huiselijk', 50, 800), item('geweld', 50 + 45 + 2.8, 800), item('s', 50 + 45 + 2.8 + 30, 800)])).toEqual(['huiselijk gewelds']);
    expect(texts([item('a', 50, 800), item(' ', 55, 800), item('b', 60, 800)])).toEqual(['a b']);
    // Justified text: a gap of any width is one space.
    expect(texts([item('wijd', 50, 800), item('uitgevuld', 150, 800)])).toEqual(['wijd uitgevuld']);
  });

  it('marks a smaller piece lifted above its line as raised, and keeps it on that line', () => {
    const [line] = printedLines(1, [item('tegen geweld', 50, 800), item('1', 110, 803.5, 6.5), item('(hierna)', 50, 787)]).lines;
    expect(line!.pieces.map((p) => [p.str, p.raised])).toEqual([
      ['tegen geweld', false],
      ['1', true],
    ]);
    expect(line!.y).toBe(800);
  });

  it('drops a copy of a piece drawn over itself (fake bold), but not the same word elsewhere', () => {
    const out = printedLines(1, [item('werken', 50, 800), item('werken', 50.4, 800.2), item('werken', 50, 787)]);
    expect(out.lines.map((l) => joinPieces(l.pieces))).toEqual(['werken', 'werken']);
    expect(out.overprinted.map((i) => i.x)).toEqual([50.4]);
  });

  it('drops empty and blank pieces', () => {
    expect(texts([item('', 50, 800), item('  ', 60, 800), item('tekst', 50, 787)])).toEqual(['tekst']);
  });
});

/** One page of 10-point lines 12 apart from y = 700 down; a line is its text, x and an extra gap before it. */
function page(number: number, lines: Array<[string, number, number?]>): PdfPage {
  let y = 712;
  const items = lines.map(([text, x, gap = 0]) => {
    y -= 12 + gap;
    return item(text, x, y);
  });
  return sheet(number, items);
}
const reasons = (pages: LaidOutPage[]) => pages.flatMap((p) => p.lines.filter((l) => l.zone === 'body').map((l) => `${l.breakBefore ?? (l.runsOn ? 'runs on' : '-')} ${l.text}`));

describe('paragraph starts from the layout', () => {
  it('at a vertical gap, a first-line indent, a list label with its hanging indent, and an outdent after the list', () => {
    const laid = layOutDocument([
      page(1, [
        ['Eerste alinea regel een', 50],
        ['en regel twee.', 50],
        ['Na witruimte.', 50, 10],
        ['Ingesprongen begin', 70],
        ['van een alinea.', 50],
      ]),
    ]);
    // A label is a piece of its own, set apart from the item's text, whose later lines hang under the text.
    const withList = layOutDocument([
      sheet(1, [
          item('Inleiding van de lijst:', 50, 700),
          item('a.', 60, 688),
          item('punt een dat doorloopt', 80, 688),
          item('op de volgende regel;', 80, 676),
          item('b.', 60, 664),
          item('punt twee.', 80, 664),
          item('Daarna een alinea.', 50, 652),
        ],
      ),
    ]);
    expect(reasons(laid.pages)).toEqual(['- Eerste alinea regel een', '- en regel twee.', 'gap Na witruimte.', 'indent Ingesprongen begin', '- van een alinea.']);
    expect(reasons(withList.pages)).toEqual(['- Inleiding van de lijst:', 'label a. punt een dat doorloopt', '- op de volgende regel;', 'label b. punt twee.', 'outdent Daarna een alinea.']);
  });

  it('finds the gaps of a single-spaced cover above 1.5-spaced text, by the step of the cover’s own lines', () => {
    const cover = [item('Verdrag van de Raad van Europa', 50, 787, 13), item('inzake geweld', 50, 772, 13), item('Beleidsreactie op de aanbevelingen', 50, 746, 13), item('ontvangen op 5 mei 2026', 50, 720, 13)];
    const text = Array.from({ length: 12 }, (_, i) => item(`regel ${i} van de lopende tekst in anderhalve regelafstand`, 50, 600 - 19 * i, 11));
    const laid = layOutDocument([sheet(1, [...cover, ...text])]);
    expect(reasons(laid.pages).slice(0, 4)).toEqual(['- Verdrag van de Raad van Europa', '- inzake geweld', 'gap Beleidsreactie op de aanbevelingen', 'gap ontvangen op 5 mei 2026']);
  });

  it('runs on across a page break unless the layout shows a start; in justified text a short last line is one', () => {
    // Justified: full lines end at x = 450; a paragraph's last line ends before it.
    const full = 'x'.repeat(80);
    const justified = (n: number, lines: string[]) => sheet(n, lines.map((text, i) => ({ ...item(text, 50, 700 - 12 * i), width: text.length === 80 ? 400 : text.length * 5 })));
    const next = 'y'.repeat(80);
    const laid = layOutDocument([justified(1, [full, full, full]), justified(2, [full, 'Einde.']), justified(3, [next, 'Slot.'])]);
    expect(reasons(laid.pages)).toEqual([`- ${full}`, `- ${full}`, `- ${full}`, `runs on ${full}`, '- Einde.', `short ${next}`, '- Slot.']);
  });
});

describe('page furniture and other layout findings', () => {
  const lines = (laid: ReturnType<typeof layOutDocument>, zone: string) => laid.pages.map((p) => p.lines.filter((l) => l.zone === zone).map((l) => l.text));
  const body = (n: number, extra: PdfItem[]) => sheet(n, [item(`Tekst van pagina ${n}.`, 50, 600), ...extra]);

  it('leaves out what repeats at the same height or numbers the pages, and keeps headings that only look alike', () => {
    const laid = layOutDocument([
      body(1, [item('Beleidsreactie 2027', 300, 810), item('3', 290, 30)]),
      body(2, [item('Beleidsreactie 2027', 300, 810), item('Aanbeveling 7', 50, 790), item('4', 290, 30), item('12', 50, 60)]),
      body(3, [item('Beleidsreactie 2027', 300, 810), item('Aanbeveling 9', 50, 790), item('2025', 50, 775), item('5', 290, 30)]),
    ]);
    expect(lines(laid, 'header')).toEqual([['Beleidsreactie 2027'], ['Beleidsreactie 2027'], ['Beleidsreactie 2027']]);
    expect(lines(laid, 'footer')).toEqual([['3'], ['4'], ['5']]);
    expect(lines(laid, 'body')).toEqual([['Tekst van pagina 1.'], ['Aanbeveling 7', 'Tekst van pagina 2.', '12'], ['Aanbeveling 9', '2025', 'Tekst van pagina 3.']]);
    expect(laid.leftOut.map((n) => n.message)).toEqual(['left out the header "Beleidsreactie 2027" (pages 1, 2, 3): not the report\'s text', 'left out the footer "3" (pages 1, 2, 3): not the report\'s text']);
    expect(laid.warnings).toEqual([]);
  });

  it('names text set at an angle, and lines side by side in columns, instead of reading them as running text quietly', () => {
    const angled = { ...item('CONCEPT', 300, 400, 40), upright: false };
    const columns = [0, 1, 2].flatMap((i) => [item(`links ${i}`, 50, 700 - 12 * i), item(`rechts ${i}`, 320, 700 - 12 * i)]);
    const laid = layOutDocument([sheet(1, [item('Tekst.', 50, 720), angled, ...columns])]);
    expect(laid.warnings.map((w) => w.message)).toEqual([
      'text set at an angle (a watermark, a note in the margin?) is left out of the running text: "CONCEPT"',
      '3 lines have a wide gap at the same place (x 85–320), as between columns or in a table; text side by side is read left to right as one line, e.g. "links 0 rechts 0", and a table\'s rows run into the text after them: check that page\'s records',
    ]);
    expect(lines(laid, 'body')[0]).not.toContain('CONCEPT');
  });

  it('leaves out a header that names its page, even on the one page that has it', () => {
    const laid = layOutDocument([body(1, []), body(2, [item('Beleidsreactie – pagina 2', 300, 810, 8)])]);
    expect(lines(laid, 'header')).toEqual([[], ['Beleidsreactie – pagina 2']]);
    // Not when its number is not the page's: then it may be the report's own words.
    const other = layOutDocument([body(1, []), body(2, [item('zie de toelichting op pagina 7', 50, 810)])]);
    expect(lines(other, 'header')).toEqual([[], []]);
  });

  it('reads raised numbers that pdf.js glued together (`56`) as the consecutive notes of the page they are', () => {
    const laid = layOutDocument([
      sheet(1, [item('Een lange regel lopende tekst met twee noten', 50, 700), item('56', 270, 704, 6), item('en een regel zonder noot erbij voor de maat', 50, 688), item('5', 50, 90, 8), item('Noot vijf.', 60, 90, 8), item('6', 50, 80, 8), item('Noot zes.', 60, 80, 8)],
      ),
    ]);
    expect(lines(laid, 'body')[0]![0]).toBe('Een lange regel lopende tekst met twee noten[^5][^6]');
  });

  it('reads a footnote whose number and text pdf.js gave as one piece, when it is the next note', () => {
    const laid = layOutDocument([
      sheet(1, [
          item('Een lange regel lopende tekst met een noot', 50, 700),
          item('1', 260, 704, 6),
          item('en nog een regel lopende tekst met een noot', 50, 688),
          item('2', 265, 692, 6),
          item('1', 50, 90, 8),
          item('Eerste noot.', 60, 90, 8),
          item('2 Tweede noot, in een stuk.', 50, 80, 8),
        ],
      ),
    ]);
    expect(laid.pages[0]!.lines.filter((l) => l.zone === 'foot').map((l) => [l.note, l.text])).toEqual([
      [1, '1 Eerste noot.'],
      [2, '2 Tweede noot, in een stuk.'],
    ]);
    expect(lines(laid, 'body')[0]).toEqual(['Een lange regel lopende tekst met een noot[^1]', 'en nog een regel lopende tekst met een noot[^2]']);
  });
});
