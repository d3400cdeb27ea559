import { describe, expect, it } from 'vitest';
import { recordsFor } from '../../src/integrations/pagefind.ts';
import { passageTable } from '../../src/search/build/search-records.ts';
import { vocabulary } from '../../src/search/build/vocabulary.ts';
import { encodeTextDirective, focusPosition, passageView, withoutSeams } from '../../src/search/client/passage-view.ts';
import { reportTexts } from '../../src/programmes/report-texts.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { STRENGTHS } from '../../src/schema/report.ts';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

const report = parseReport(seedBytes(), { slug: SEED_SLUG, source: 's' }).report;
const records = recordsFor([report]);

describe('search records', () => {
  it('are one per passage, each at a unique anchor on the page of its first article', () => {
    expect(records).toHaveLength(reportTexts(report).length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    for (const r of records) expect(r.url).toMatch(new RegExp(`^/artikelen/${r.articles[0]}/#`));
    const seventeen = records.filter((r) => r.url.includes('-a17-') || r.url.includes('-17-fn-'));
    expect(seventeen.length).toBeGreaterThan(5);
    for (const r of seventeen) {
      expect(r.url.startsWith('/artikelen/52/#')).toBe(true);
      expect(r.filters.artikel).toEqual(['52', '53']);
    }
  });

  it('show the report text once seams are removed, and carry no words in their metadata (Pagefind indexes it)', () => {
    const texts = reportTexts(report);
    records.forEach((r, i) => {
      expect(withoutSeams(r.content, (r.meta.naden ?? '').split(' ').filter(Boolean).map(Number)).replace(/\s+/g, ''), r.url).toBe(texts[i]!.text.replace(/\[\^\d+\]/g, '').replace(/\s+/g, ''));
      for (const [key, value] of Object.entries(r.meta)) {
        if (key === 'formulering') expect(STRENGTHS).toContain(value);
        else expect(value, `${r.url} meta ${key}`).toMatch(/^[\p{N} ().a-z-]*$/u);
      }
    });
  });

  it('filter GREVIO passages by their own wording, answers by the wordings of their recommendation', () => {
    for (const r of records) {
      if (r.filters.onderdeel[0] === 'grevio') expect(r.filters.formulering.length, r.url).toBe(r.meta.formulering ? 1 : 0);
      else expect(r.filters.formulering.length, r.url).toBeGreaterThan(0);
    }
  });

  it('have passage-level parts, programmes and sort ranks', () => {
    expect(new Set(records.flatMap((r) => r.filters.onderdeel))).toEqual(new Set(['grevio', 'response', 'voetnoot']));
    const ranks = records.map((r) => Number(r.sort.artikel));
    expect(new Set(ranks).size).toBe(records.length);
    const byRank = [...records].sort((a, b) => Number(a.sort.artikel) - Number(b.sort.artikel)).map((r) => r.articles[0]!);
    expect(byRank).toEqual([...byRank].sort((a, b) => a - b));
    const table = passageTable(records);
    for (const r of records) expect(table.records[Number(r.sort.artikel)]!.slice(0, 2)).toEqual([r.articles.join(' '), table.topics.indexOf(r.topic)]);
    expect(records.some((r) => r.filters.programma.includes('wet-tijdelijk-huisverbod'))).toBe(true);
  });

  it('give a vocabulary of the index words by first letter, most frequent first', () => {
    const words = vocabulary(records.map((r) => r.content));
    expect(words.get('v')).toEqual(expect.arrayContaining(['vrouwenopvang', 'vrouwen', 'veilig']));
    expect(words.get('o')).toContain('opvang');
    for (const [key, list] of words) for (const w of list) expect(key === '_' ? !/^[a-z]/.test(w) : w.startsWith(key)).toBe(true);
  });
});

describe('a result as shown', () => {
  const fragment = {
    url: '/artikelen/22/#r-x-response-2',
    content: 'Er is meer vrouwen|opvang nodig. In 2023 is de vrouwen|opvang uitgebreid.',
    meta: { naden: '18 54', noten: '31' },
    filters: {},
  };

  it('marks the matched words (their letters, not their punctuation) in the report text', () => {
    const view = passageView(fragment, new Map([[0, [3]]]));
    expect(view.text).toBe('Er is meer vrouwenopvang nodig. In 2023 is de vrouwenopvang uitgebreid.');
    expect(view.excerpt).toEqual([
      { text: 'Er is meer ', mark: false },
      { text: 'vrouwenopvang', mark: true },
      { text: ' nodig. In 2023 is de vrouwenopvang uitgebreid.', mark: false },
    ]);
  });

  it('links with a text fragment whose context stops at a footnote marker', () => {
    const view = passageView(fragment, new Map([[0, [3, 9]]]));
    expect(view.url).toBe('/artikelen/22/#r-x-response-2:~:text=Er%20is%20meer-,vrouwenopvang,-nodig.');
    const later = passageView(fragment, new Map([[0, [9]]]));
    expect(later.url).toBe('/artikelen/22/#r-x-response-2:~:text=In%202023%20is%20de-,vrouwenopvang,-uitgebreid.');
  });

  it('escapes the characters the text fragment syntax uses', () => {
    expect(encodeTextDirective('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });

  it('centres on where the most terms stand together', () => {
    expect(focusPosition(new Map([[0, [2, 40]], [1, [41]]]))).toBe(40);
  });
});
