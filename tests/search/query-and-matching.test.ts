import { describe, expect, it } from 'vitest';
import { lookupsFor, orderHits, sameWord, type Corpus, type Hit, type TermOutcome } from '../../src/search/client/find-passages.ts';
import { queryTerms } from '../../src/search/client/query-terms.ts';
import { editDistance, nearestWords } from '../../src/search/client/suggest.ts';
import { readState, writeState } from '../../src/search/client/search-state.ts';
import type { PagefindResult } from '../../src/search/client/pagefind-api.ts';

describe('query terms', () => {
  it('reads words and quoted phrases, normalised as the index', () => {
    expect(queryTerms('Veilig "tijdelijk huisverbod" NGO’s').map((t) => [t.words, t.exact, t.phrase])).toEqual([
      [['veilig'], false, false],
      [['tijdelijk', 'huisverbod'], true, true],
      [['ngos'], false, false],
    ]);
  });

  it('marks only the last unquoted word, while typing and before a space, as being typed', () => {
    expect(queryTerms('gedwongen huwe', true).map((t) => t.typing)).toEqual([false, true]);
    expect(queryTerms('gedwongen huwe ', true).map((t) => t.typing)).toEqual([false, false]);
    expect(queryTerms('gedwongen huwe', false).map((t) => t.typing)).toEqual([false, false]);
    expect(queryTerms('"huwe"', true).map((t) => t.typing)).toEqual([false]);
  });
});

describe('which index words a term looks up', () => {
  const vocabulary = ['huisverbod', 'huisverboden', 'huiselijk', 'huisverbodprocedure', 'huis', 'opvangplaatsen', 'opvangplaats', 'geldt', 'gegevens', 'geven'];

  it('its Dutch forms: Snowball stem, regular plural and singular', () => {
    expect(sameWord('huisverboden', 'huisverbod')).toBe(true);
    expect(sameWord('opvangplaats', 'opvangplaatsen')).toBe(true);
    expect(sameWord('gegevens', 'geven')).toBe(false);
    expect(sameWord('geld', 'geldt')).toBe(false);
    expect(sameWord('bĳ', 'bij')).toBe(true); // the PDF's ligature
    expect(lookupsFor(queryTerms('huisverbod')[0]!, vocabulary).sort()).toEqual(['huisverbod', 'huisverboden']);
    expect(lookupsFor(queryTerms('opvangplaats')[0]!, vocabulary).sort()).toEqual(['opvangplaats', 'opvangplaatsen']);
    expect(lookupsFor(queryTerms('geld')[0]!, vocabulary)).toEqual([]);
  });

  it('while typing, from four letters, also the words it begins', () => {
    expect(lookupsFor(queryTerms('huis', true)[0]!, vocabulary).sort()).toEqual(['huis', 'huiselijk', 'huisverbod', 'huisverboden', 'huisverbodprocedure']);
    expect(lookupsFor(queryTerms('hui', true)[0]!, vocabulary)).toEqual([]);
    expect(lookupsFor(queryTerms('huis', false)[0]!, vocabulary)).toEqual(['huis']);
  });

  it('a quoted phrase as written', () => {
    expect(lookupsFor(queryTerms('"Tijdelijk huisverboden"')[0]!, vocabulary)).toEqual(['tijdelijk huisverboden']);
  });
});

describe('result order', () => {
  const result = (id: string) => ({ id, score: 0, words: [], data: async () => ({ url: '', content: '', meta: {}, filters: {} }) }) as PagefindResult;
  const lengths = new Map<string, number>();
  const hit = (id: string, positions: Array<[number, number[]]>, length: number, order: number): Hit => {
    lengths.set(id, length);
    return { result: result(id), positions: new Map(positions), order };
  };
  const corpus: Corpus = { passages: 100, averageLength: 50, lengthOf: (id) => lengths.get(id) ?? 50 };
  const outcomes = [{ count: 3 }, { count: 3 }] as TermOutcome[];

  it('puts passages with every term first, then the terms together, then BM25', () => {
    const one = hit('one-term', [[0, [1, 5, 9]]], 10, 0);
    const apart = hit('apart', [[0, [1]], [1, [30]]], 50, 1);
    const together = hit('together', [[0, [7]], [1, [8]]], 200, 2);
    const compound = hit('compound', [[0, [4]], [1, [4]]], 300, 3);
    expect(orderHits([one, apart, together, compound], outcomes, corpus).map((h) => h.result.id)).toEqual(['together', 'compound', 'apart', 'one-term']);
  });

  it('ranks a short passage with the word above a long one, and more occurrences above fewer', () => {
    const single = [{ count: 3 }] as TermOutcome[];
    const long = hit('long', [[0, [3]]], 200, 0);
    const short = hit('short', [[0, [3]]], 20, 1);
    const twice = hit('twice', [[0, [3, 9]]], 200, 2);
    expect(orderHits([long, short], single, corpus).map((h) => h.result.id)).toEqual(['short', 'long']);
    expect(orderHits([long, twice], single, corpus).map((h) => h.result.id)).toEqual(['twice', 'long']);
  });

  it('sorts by a rank when one is chosen, still all terms first', () => {
    const a = hit('a', [[0, [1]], [1, [2]]], 1, 0);
    const b = hit('b', [[0, [1]], [1, [2]]], 9, 1);
    const c = hit('c', [[0, [1]]], 9, 2);
    expect(orderHits([a, b, c], outcomes, new Map([['a', 0], ['b', 5], ['c', -1]])).map((h) => h.result.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('suggestions', () => {
  it('by edit distance with adjacent swaps', () => {
    expect(editDistance('huisverbood', 'huisverbod')).toBe(1);
    expect(editDistance('vrouwenopvnag', 'vrouwenopvang')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('offers the nearest words, the more frequent first, within 1 edit for short words and 2 for longer', () => {
    expect(nearestWords('huisverbood', ['huiselijk', 'huisverboden', 'huisverbod', 'huisverbods'])).toEqual(['huisverbod', 'huisverbods']);
    expect(nearestWords('geld', ['geldt', 'gelden', 'veld'])).toEqual(['geldt', 'veld']);
    expect(nearestWords('qxwzvbjk', ['huisverbod'])).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort, dropping unknown or empty values', () => {
    const state = readState(new URLSearchParams('q=+huisverbod+&artikel=52&programma=wmo&onderdeel=grevio&sorteer=artikel&foo=bar&rapport='));
    expect(state).toEqual({ q: 'huisverbod', filters: { artikel: '52', programma: 'wmo', onderdeel: 'grevio' }, sort: 'artikel' });
    expect(writeState(state).toString()).toBe('q=huisverbod&artikel=52&programma=wmo&onderdeel=grevio&sorteer=artikel');
    expect(readState(new URLSearchParams('onderdeel=elders&sorteer=x'))).toEqual({ q: '', filters: {}, sort: 'relevantie' });
  });
});
