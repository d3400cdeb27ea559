import { describe, expect, it } from 'vitest';
import { buildArticleIndex, neighbours, strongestStrength } from '../../src/site/article-index';
import { articles, chapters, getArticle } from '../../src/site/article-registry';
import { groupCorrections } from '../../src/site/corrections';
import { documentTitle, formatDutchDate, formatPages, listDutch } from '../../src/site/format';
import { RECOMMENDATION_ARTICLE_COLUMNS, recommendationArticleRows, toCsv } from '../../src/site/open-data';
import { chapterIndexPath } from '../../src/site/routes';
import { withBase } from '../../src/site/url';
import { readCsv } from './read-csv';
import { loadFixtureReport } from './write-fixture-content';

const sample = loadFixtureReport('sample-report');
const hostile = loadFixtureReport('hostile-report');

describe('article registry', () => {
  it('holds 81 articles in 12 chapters with Dutch titles', () => {
    expect(articles).toHaveLength(81);
    expect(chapters).toHaveLength(12);
    expect(getArticle(3).title_nl).toBe('Begripsomschrijvingen');
  });
});

describe('article index', () => {
  it('ranks urges above every other wording', () => {
    expect(strongestStrength(['invites', 'urges', 'encourages'])).toBe('urges');
    expect(strongestStrength([])).toBeUndefined();
  });

  it('lists a recommendation under each article it cites', () => {
    const index = buildArticleIndex([sample, hostile]);
    expect([...index.keys()]).toEqual([3, 14, 52, 53, 81]);
    expect(index.get(3)?.recommendations.map((r) => r.recommendation.id)).toEqual([
      '2025-07-10-nl-beleidsreactie-grevio-thematisch-01',
      'hostile-fixture-01',
    ]);
    expect(index.get(53)?.recommendations[0]?.position).toBe(2);
    expect(index.get(81)?.strongest).toBe('strongly-encourages');
  });

  it('finds the previous and next article that have a page', () => {
    expect(neighbours(14, [3, 14, 52])).toEqual({ previous: 3, next: 52 });
    expect(neighbours(3, [3, 14])).toEqual({ previous: undefined, next: 14 });
  });
});

describe('urls', () => {
  it('prefixes the base path once', () => {
    expect(withBase('/', '/artikelen/3/')).toBe('/artikelen/3/');
    expect(withBase('/sub', '/artikelen/3/')).toBe('/sub/artikelen/3/');
    expect(withBase('/sub/', '/')).toBe('/sub/');
  });

  it('points at a chapter in the article index', () => {
    expect(chapterIndexPath('III')).toBe('/artikelen/#hoofdstuk-iii');
  });
});

describe('open data: the table of recommendations × articles', () => {
  it('writes one row per recommendation and article', () => {
    const rows = recommendationArticleRows([sample], (article, rec) => `https://x.nl/artikelen/${article}/#${rec.id}`);
    expect(rows.map((r) => [r.aanbeveling, r.artikel, r.sterkste_formulering, r.pagina_van, r.pagina_tot, r.permalink])).toEqual([
      [1, 3, 'dringend', 2, 3, 'https://x.nl/artikelen/3/#2025-07-10-nl-beleidsreactie-grevio-thematisch-01'],
      [2, 52, 'aangemoedigd', 3, 4, 'https://x.nl/artikelen/52/#2025-07-10-nl-beleidsreactie-grevio-thematisch-02'],
      [2, 53, 'aangemoedigd', 3, 4, 'https://x.nl/artikelen/53/#2025-07-10-nl-beleidsreactie-grevio-thematisch-02'],
    ]);
  });

  it('quotes hostile topics so the `;`-separated CSV reads back identically', () => {
    const rows = recommendationArticleRows([hostile], () => '/p');
    const text = toCsv(rows, RECOMMENDATION_ARTICLE_COLUMNS);
    const parsed = readCsv(text, ';');
    expect(text.startsWith('\ufeff"rapport";"aanbeveling";')).toBe(true);
    expect(parsed[0]).toEqual(['rapport', 'aanbeveling', 'artikel', 'onderwerp', 'sterkste_formulering', 'pagina_van', 'pagina_tot', 'permalink']);
    expect(parsed[1]?.[3]).toBe(hostile.recommendations[0]?.topic);
    expect(parsed).toHaveLength(rows.length + 1);
  });
});

describe('corrections', () => {
  it('groups repairs by rule and flags whitespace-only groups', () => {
    const groups = groupCorrections(hostile.corrections);
    expect(groups.map((g) => [g.rule, g.corrections.length, g.whitespaceOnly])).toEqual([
      ['collapse-spaces', 2, true],
      ['footnote-reference', 1, false],
    ]);
  });
});

describe('formatting', () => {
  it('writes dates, pages and lists the Dutch way', () => {
    expect(formatDutchDate('2025-07-10')).toBe('10 juli 2025');
    expect(formatPages([3, 4])).toBe('p. 3–4');
    expect(formatPages([5, 5])).toBe('p. 5');
    expect(listDutch(['52', '53'])).toBe('52 en 53');
  });
});

describe('document titles', () => {
  it('adds the site name when the title stays within 70 characters', () => {
    expect(documentTitle('Artikel 3: Begripsomschrijvingen')).toBe('Artikel 3: Begripsomschrijvingen · Verdragswijzer');
  });

  it('drops the site name, then shortens at a word, for long titles', () => {
    expect(documentTitle('Artikel 50: Onmiddellijke respons, preventie en bescherming')).toBe(
      'Artikel 50: Onmiddellijke respons, preventie en bescherming',
    );
    const long = documentTitle('Uitgebreide beleidsreactie van de Nederlandse overheid op de aanbevelingen uit de eerste');
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long.endsWith('…')).toBe(true);
  });
});
