import { describe, expect, it } from 'vitest';
import { barLength, recommendationsPerChapter, recommendationsPerWording } from '../../src/site/at-a-glance';
import { loadFixtureReport } from './write-fixture-content';

const sample = loadFixtureReport('sample-report');

describe('at a glance: recommendations per chapter', () => {
  it('lists all 12 chapters, counting a recommendation once per chapter it touches', () => {
    const counts = recommendationsPerChapter([sample]);
    expect(counts.map((c) => c.chapter.roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    // Article 3 is chapter I; articles 52 and 53 are both chapter VI, so recommendation 2 counts once.
    expect(Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.chapter.roman, c.count]))).toEqual({ I: 1, VI: 1 });
  });

  it('counts a recommendation in each of two chapters', () => {
    const spanning = structuredClone(sample);
    spanning.recommendations[0]!.articles = [3, 52];
    const counts = Object.fromEntries(recommendationsPerChapter([spanning]).map((c) => [c.chapter.roman, c.count]));
    expect(counts).toMatchObject({ I: 1, VI: 2 });
  });
});

describe('at a glance: recommendations per strongest wording', () => {
  it('puts each recommendation under its strongest wording, with a group for none', () => {
    const twoLevels = structuredClone(sample);
    twoLevels.recommendations[1]!.strength = ['strongly-encourages', 'invites'];
    twoLevels.recommendations.push({ ...structuredClone(sample.recommendations[0]!), id: 'x-03', strength: [] });
    expect(recommendationsPerWording([twoLevels])).toEqual([
      { wording: 'urges', count: 1 },
      { wording: 'strongly-encourages', count: 1 },
      { wording: 'encourages', count: 0 },
      { wording: 'invites', count: 0 },
      { wording: 'none', count: 1 },
    ]);
  });
});

describe('at a glance: bar length', () => {
  it('scales to the longest bar, keeping a non-zero count visible', () => {
    expect(barLength(4, 4)).toBe(100);
    expect(barLength(1, 3)).toBe(33);
    expect(barLength(1, 500)).toBe(1);
    expect(barLength(0, 4)).toBe(0);
    expect(barLength(0, 0)).toBe(0);
  });
});
