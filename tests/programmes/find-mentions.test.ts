/**
 * Mention detection against the real registry: one test per sentence in
 * tests/fixtures/programmes/tricky.json (exact hits; anything unlisted is a non-hit), plus the
 * matcher's own rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../../src/programmes/find-mentions.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import type { Programme } from '../../src/schema/programme.ts';

interface TrickyCase {
  behaviour: string;
  text: string;
  hits: Array<[string, string]>;
}
const tricky = JSON.parse(readFileSync(new URL('../fixtures/programmes/tricky.json', import.meta.url), 'utf8')) as { cases: TrickyCase[] };
const registry = loadRegistry();

const entry = (slug: string, name: string, aliases: string[] = []): Programme => ({ slug, name, kind: 'wet', aliases, description: 'x' });

describe('findMentions on tricky sentences', () => {
  for (const c of tricky.cases) {
    it(c.behaviour, () => {
      const mentions = findMentions(registry, c.text);
      expect(mentions.map((m) => [m.slug, m.matched])).toEqual(c.hits);
      for (const m of mentions) expect(c.text.slice(m.start, m.end)).toBe(m.matched);
    });
  }
});

describe('findMentions', () => {
  it('finds nothing with an empty registry', () => {
    expect(findMentions([], 'Wet tijdelijk huisverbod')).toEqual([]);
  });

  it('gives offsets into the original text, not into a normalised copy', () => {
    const text = 'a\u00a0\u00a0Wet  tijdelijk\u00a0huisverbod.';
    expect(findMentions([entry('wth', 'Wet tijdelijk huisverbod')], text)).toEqual([
      { slug: 'wth', start: 3, end: 28, matched: 'Wet  tijdelijk\u00a0huisverbod' },
    ]);
  });

  it('matches a lowercase spelling only when the registry lists it', () => {
    const withCapital = [entry('p', 'Politie')];
    expect(findMentions(withCapital, 'de politie')).toEqual([]);
    expect(findMentions([entry('p', 'Politie', ['politie'])], 'de politie').map((m) => m.matched)).toEqual(['politie']);
  });

  it('takes the leftmost match, then the longest', () => {
    const reg = [entry('a', 'Netwerk Zorg'), entry('b', 'Zorg en Straf'), entry('c', 'Landelijk Netwerk Zorg en Straf')];
    expect(findMentions(reg, 'het Landelijk Netwerk Zorg en Straf').map((m) => m.slug)).toEqual(['c']);
    expect(findMentions(reg, 'het Netwerk Zorg en Straf').map((m) => m.slug)).toEqual(['a']);
  });

  it('refuses a registry in which two entries claim the same spelling', () => {
    expect(() => compileMatcher([entry('a', 'Veilig Thuis'), entry('b', 'VT', ['veilig  thuis'])])).toThrow(/reads the same as a spelling of a/);
  });

  it('reuses one compiled matcher per registry array', () => {
    const reg = [entry('a', 'Pharos')];
    expect(findMentions(reg, 'Pharos')).toEqual(findMentions(reg, 'Pharos'));
  });
});
