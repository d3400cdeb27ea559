import { describe, expect, it } from 'vitest';
import { indexedText, shownText, SEAM } from '../../src/search/build/indexed-text.ts';
import { compoundSplitter } from '../../src/search/build/split-compounds.ts';
import { withoutSeams } from '../../src/search/client/passage-view.ts';
import { tokens } from '../../src/search/index-words.ts';
import { HOSTILE } from '../mdx/hostile-strings.ts';

const split = compoundSplitter(['vrouwen', 'opvang', 'partner', 'geweld']);

describe('the text Pagefind indexes for a passage', () => {
  it('puts a seam between the parts of a compound, and the browser removes exactly those', () => {
    const t = indexedText('De Vrouwenopvang en het partnergeweld.', split);
    expect(t.content).toBe(`De Vrouwen${SEAM}opvang en het partner${SEAM}geweld.`);
    expect(withoutSeams(t.content, t.seams)).toBe('De Vrouwenopvang en het partnergeweld.');
    // seams add no whitespace, so Pagefind's word positions are the shown text's
    expect(tokens(t.content)).toHaveLength(tokens(withoutSeams(t.content, t.seams)).length);
  });

  it('leaves footnote markers out and remembers where they stood', () => {
    const t = indexedText('de vrouwenopvang.[^3] In 2023', split);
    const shown = withoutSeams(t.content, t.seams);
    expect(shown).toBe('de vrouwenopvang. In 2023');
    expect(t.noteBreaks).toEqual([shown.indexOf(' In')]);
  });

  it('collapses whitespace (as Pagefind stores it) and drops zero-width spaces', () => {
    expect(shownText('a  b\n c\u200b\u0085d').text).toBe('a b c d');
  });

  it("keeps a report's `|` and Pagefind's own instruction words as text", () => {
    for (const text of ['a | b', 'x|y', '___PAGEFIND_WEIGHT___0 woord', 'geweld ___PAGEFIND_ANCHOR___h2:x', 'eerst ___END_PAGEFIND_WEIGHT___ dan', '_x']) {
      const t = indexedText(text, split);
      expect(withoutSeams(t.content, t.seams)).toBe(shownText(text).text);
      // Pagefind's test for an instruction is a first character `_`.
      for (const token of tokens(t.content)) expect(token.text.startsWith('_')).toBe(false);
    }
  });

  it.each(HOSTILE)('round-trips %j exactly (whitespace aside)', (text) => {
    const t = indexedText(`vrouwenopvang ${text} partnergeweld`, split);
    expect(withoutSeams(t.content, t.seams)).toBe(shownText(`vrouwenopvang ${text} partnergeweld`).text);
  });
});
