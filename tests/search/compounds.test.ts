import { describe, expect, it } from 'vitest';
import { MIN_PART, NEVER_A_PART, NOT_COMPOUNDS } from '../../src/search/build/compound-rules.ts';
import { compoundSplitter } from '../../src/search/build/split-compounds.ts';
import { recordsFor } from '../../src/integrations/pagefind.ts';
import { indexWord, punctuationParts, tokens } from '../../src/search/index-words.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

const corpus = ['vrouwen', 'opvang', 'vrouwenopvang', 'partner', 'geweld', 'partnergeweld', 'plaatsen', 'opvangplaatsen', 'vrouwenopvangplaatsen', 'veiligheid', 'plan', 'veiligheidsplan', 'huis', 'verbod', 'huisverbod', 'geldt', 'geld', 'kind', 'eren', 'kinderen', 'onder', 'zoek', 'onderzoek', 'belang', 'rijk', 'belangrijk', 'maat', 'regel', 'maatregel', 'maatregelen'];
const split = compoundSplitter(corpus);

describe('compound splitting', () => {
  it.each([
    ['vrouwenopvang', ['vrouwen', 'opvang']],
    ['partnergeweld', ['partner', 'geweld']],
    ['huisverbod', ['huis', 'verbod']],
    // the smallest parts, also where a part is itself a compound of the corpus
    ['vrouwenopvangplaatsen', ['vrouwen', 'opvang', 'plaatsen']],
    // a linking s is its own part, so the part is the word people search
    ['veiligheidsplan', ['veiligheid', 's', 'plan']],
  ])('splits %s into %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it(`uses no part shorter than ${MIN_PART} letters`, () => {
    expect(MIN_PART).toBe(4);
    expect(compoundSplitter(['ab', 'cdefgh', 'abcdefgh'])('abcdefgh')).toBeUndefined();
    expect(compoundSplitter(['abcd', 'efgh', 'abcdefgh'])('abcdefgh')).toEqual(['abcd', 'efgh']);
  });

  it('never uses a preposition or particle as a part (NEVER_A_PART)', () => {
    expect(NEVER_A_PART.has('onder')).toBe(true);
    expect(split('onderzoek')).toBeUndefined();
  });

  it('leaves kinderen whole although kind and eren are both words', () => {
    expect(split('kinderen')).toBeUndefined();
  });

  it.each(NOT_COMPOUNDS)('leaves %s (and its inflections) whole (NOT_COMPOUNDS)', (prefix) => {
    const words = [prefix, `${prefix}en`, prefix.slice(0, 4), prefix.slice(4)];
    const s = compoundSplitter(words);
    expect(s(prefix)).toBeUndefined();
    expect(s(`${prefix}en`)).toBeUndefined();
  });

  it('does not split a word that is not made of corpus words, nor a word alone', () => {
    expect(split('geldt')).toBeUndefined();
    expect(split('femicide')).toBeUndefined();
    expect(split('opvang')).toBeUndefined();
  });

  it('splits the seed\'s compounds the issue names, and its records index their parts', () => {
    const report = parseReport(seedBytes(), { slug: SEED_SLUG, source: 's' }).report;
    const records = recordsFor([report]);
    const indexed = new Set(records.flatMap((r) => tokens(r.content).flatMap((t) => [indexWord(t.text), ...punctuationParts(t.text)])));
    for (const word of ['vrouwenopvang', 'vrouwen', 'opvang', 'partnergeweld', 'partner', 'geweld']) expect(indexed, word).toContain(word);
    const withVrouwenopvang = records.filter((r) => /vrouwen\|opvang/i.test(r.content));
    expect(withVrouwenopvang.map((r) => Number(/artikelen\/(\d+)\//.exec(r.url)![1])).sort((a, b) => a - b)).toEqual(expect.arrayContaining([8, 15, 20]));
  });
});
