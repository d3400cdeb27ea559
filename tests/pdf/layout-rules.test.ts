/**
 * The PDF front end's layout rules on hand-placed text items (no PDF): how pieces become lines
 * and spaces, which piece is raised, which copy is an overprint, and where the layout says a
 * paragraph may start or runs on across a page.
 */
import { describe, expect, it } from 'vitest';
import type { LaidOutPage, PdfItem } from '../../src/pdf/layout-types.ts';
import { joinPieces, printedLines } from '../../src/pdf/printed-lines.ts';
import { layOutDocument } from '../../src/pdf/lay-out-document.ts';

/** A piece of 10-point text, 5 units per character, as pdf.js would give it. */
const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, width: str.length * size * 0.5, size, font: 'sans-serif' });
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
function page(number: number, lines: Array<[string, number, number?]>): { number: number; width: number; height: number; items: PdfItem[] } {
  let y = 712;
  const items = lines.map(([text, x, gap = 0]) => {
    y -= 12 + gap;
    return item(text, x, y);
  });
  return { number, width: 595, height: 842, items };
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
      {
        number: 1,
        width: 595,
        height: 842,
        items: [
          item('Inleiding van de lijst:', 50, 700),
          item('a.', 60, 688),
          item('punt een dat doorloopt', 80, 688),
          item('op de volgende regel;', 80, 676),
          item('b.', 60, 664),
          item('punt twee.', 80, 664),
          item('Daarna een alinea.', 50, 652),
        ],
      },
    ]);
    expect(reasons(laid.pages)).toEqual(['- Eerste alinea regel een', '- en regel twee.', 'gap Na witruimte.', 'indent Ingesprongen begin', '- van een alinea.']);
    expect(reasons(withList.pages)).toEqual(['- Inleiding van de lijst:', 'label a. punt een dat doorloopt', '- op de volgende regel;', 'label b. punt twee.', 'outdent Daarna een alinea.']);
  });

  it('runs on across a page break unless the layout shows a start; in justified text a short last line is one', () => {
    // Justified: full lines end at x = 450; a paragraph's last line ends before it.
    const full = 'x'.repeat(80);
    const justified = (n: number, lines: string[]) => ({
      number: n,
      width: 595,
      height: 842,
      items: lines.map((text, i) => ({ ...item(text, 50, 700 - 12 * i), width: text.length === 80 ? 400 : text.length * 5 })),
    });
    const next = 'y'.repeat(80);
    const laid = layOutDocument([justified(1, [full, full, full]), justified(2, [full, 'Einde.']), justified(3, [next, 'Slot.'])]);
    expect(reasons(laid.pages)).toEqual([`- ${full}`, `- ${full}`, `- ${full}`, `runs on ${full}`, '- Einde.', `short ${next}`, '- Slot.']);
  });
});
