import { describe, expect, it } from 'vitest';
import { textItemsToLines, type TextPiece } from '../../src/pdf/text-items-to-lines.ts';

/** A piece of 10-point Helvetica-ish text: 5 units per character. */
const piece = (str: string, x: number, y: number, size = 10): TextPiece => ({ str, x, y, width: str.length * size * 0.5, size });

describe('PDF text pieces to lines', () => {
  it('orders lines top to bottom and pieces left to right, whatever order they come in', () => {
    expect(textItemsToLines([piece('tweede', 50, 787), piece('regel', 90, 787), piece('Eerste', 50, 800)])).toEqual(['Eerste', 'tweede regel']);
  });

  it('puts a space where the gap between two pieces is a word space, and none where they touch', () => {
    expect(textItemsToLines([piece('huiselijk', 50, 800), piece('geweld', 50 + 45 + 2.8, 800), piece('s', 50 + 45 + 2.8 + 30, 800)])).toEqual(['huiselijk gewelds']);
  });

  it('glues a raised, smaller footnote number to its word, as the parser expects (`geweld1`)', () => {
    expect(textItemsToLines([piece('tegen geweld', 50, 800), piece('1', 110, 803.5, 6.5), piece('(hierna)', 50, 787)])).toEqual(['tegen geweld1', '(hierna)']);
  });

  it('leaves a blank line where the page leaves a paragraph’s worth of space, at most three', () => {
    const lines = [piece('a', 50, 800), piece('b', 50, 787), piece('c', 50, 774), piece('d', 50, 754), piece('e', 50, 500)];
    expect(textItemsToLines(lines)).toEqual(['a', 'b', 'c', '', 'd', '', '', '', 'e']);
  });

  it('drops empty and blank pieces', () => {
    expect(textItemsToLines([piece('', 50, 800), piece('  ', 60, 800), piece('tekst', 50, 787)])).toEqual(['tekst']);
  });
});
