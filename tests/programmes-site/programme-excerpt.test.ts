import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/programmes/find-mentions';
import { excerptSegments, type ExcerptSegment } from '../../src/site/programme-excerpt';

const mentionOf = (text: string, matched: string, from = 0): Mention => {
  const start = text.indexOf(matched, from);
  return { slug: 'x', start, end: start + matched.length, matched };
};

/** The excerpt as a reader sees it: marks in [brackets], footnotes as ^N, gaps as […]. */
const shown = (segments: ExcerptSegment[]) =>
  segments.map((s) => (s.kind === 'text' ? s.text : s.kind === 'mark' ? `[${s.text}]` : s.kind === 'footnote' ? `^${s.number}` : '[…]')).join('|');

/** Joins an uncut excerpt back into the passage text, `[^N]` markers included. */
const rejoin = (segments: ExcerptSegment[]) =>
  segments.map((s) => (s.kind === 'footnote' ? `[^${s.number}]` : s.kind === 'gap' ? '…' : s.text)).join('');

describe('excerptSegments', () => {
  it('quotes a short passage whole, marking every mention and turning [^N] into a footnote', () => {
    const text = 'De Wmo[^3] en opnieuw de Wmo.';
    const segments = excerptSegments(text, [mentionOf(text, 'Wmo'), mentionOf(text, 'Wmo', 10)]);
    expect(shown(segments)).toBe('De |[Wmo]|^3| en opnieuw de |[Wmo]|.');
    expect(rejoin(segments)).toBe(text);
  });

  it('cuts a long passage to windows around the mentions, at spaces, with […] where text is left out', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[100] = 'Veilig Thuis';
    const text = words.join(' ');
    const segments = excerptSegments(text, [mentionOf(text, 'Veilig Thuis')], { wholeUpTo: 100, context: 20 });
    expect(segments[0]).toEqual({ kind: 'gap' });
    expect(segments.at(-1)).toEqual({ kind: 'gap' });
    const middle = rejoin(segments.slice(1, -1));
    expect(text).toContain(middle);
    expect(middle.startsWith('w9')).toBe(true);
    expect(middle).toMatch(/^w\d+ .* w\d+$/);
  });

  it('merges windows that overlap and puts one […] between windows that do not', () => {
    const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
    const text = `${filler(30, 'a')} Wmo ${filler(3, 'b')} Wmo ${filler(60, 'c')} Wmo ${filler(30, 'd')}`;
    const mentions = [mentionOf(text, 'Wmo'), mentionOf(text, 'Wmo', text.indexOf('Wmo') + 1), mentionOf(text, 'Wmo', text.lastIndexOf('Wmo'))];
    const segments = excerptSegments(text, mentions, { wholeUpTo: 100, context: 30 });
    expect(segments.filter((s) => s.kind === 'mark')).toHaveLength(3);
    expect(segments.filter((s) => s.kind === 'gap')).toHaveLength(3);
    expect(segments.map((s) => s.kind).join(',')).not.toContain('gap,gap');
  });

  it('never cuts inside a footnote marker', () => {
    const text = `${'x '.repeat(100)}Wmo[^12]${' y'.repeat(100)}`;
    const segments = excerptSegments(text, [mentionOf(text, 'Wmo')], { wholeUpTo: 50, context: 2 });
    expect(shown(segments)).toBe('[…]|x |[Wmo]|^12|[…]');
  });
});
