import { describe, expect, it } from 'vitest';
import { dutchSingular } from '../../src/search/client/dutch-variants.ts';

describe('Dutch singulars for search', () => {
  it.each([
    ['huisverboden', 'huisverbod'],
    ['opvangplaatsen', 'opvangplaats'],
    ['slachtoffers', 'slachtoffer'],
    ['maatregelen', 'maatregel'],
    ['gevallen', 'geval'],
    ['programma’s', 'programma'],
    ["NGO's", 'ngo'],
    ['vrouwen', 'vrouw'],
  ])('makes %s singular as %s', (plural, singular) => {
    expect(dutchSingular(plural)).toBe(singular);
  });

  it.each(['huisverbod', 'femicide', 'Wmo', 'geweld', 'proces', 'tien'])('leaves %s alone', (word) => {
    expect(dutchSingular(word)).toBeUndefined();
  });

});
