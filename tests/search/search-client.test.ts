import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/search/client/excerpt.ts';
import { passagesOf, type FragmentData } from '../../src/search/client/passages.ts';
import { withHighlight } from '../../src/search/client/render-results.ts';
import { isEmpty, readState, writeState } from '../../src/search/client/search-state.ts';
import { anchoredPassages } from '../../src/search/index-fields.ts';
import { PASSAGE_ANCHOR } from '../../src/search/client/passage-anchor.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and part, dropping unknown or empty values', () => {
    const state = readState(new URLSearchParams('q=+huisverbod+&artikel=52&programma=wmo&onderdeel=grevio&foo=bar&rapport='));
    expect(state).toEqual({ q: 'huisverbod', filters: { artikel: '52', programma: 'wmo' }, onderdeel: 'grevio' });
    expect(writeState(state).toString()).toBe('q=huisverbod&artikel=52&programma=wmo&onderdeel=grevio');
  });

  it('treats a search without query or filter as empty, and ignores an unknown part', () => {
    expect(isEmpty(readState(new URLSearchParams('onderdeel=grevio')))).toBe(true);
    expect(readState(new URLSearchParams('onderdeel=elders')).onderdeel).toBeUndefined();
  });

  it('adds the highlight parameter before the fragment', () => {
    expect(withHighlight('/artikelen/52/#r-x-grevio-2', 'Veilig Thuis')).toBe('/artikelen/52/?markeer=Veilig%20Thuis#r-x-grevio-2');
  });
});

describe('excerpts', () => {
  it('turns Pagefind excerpt HTML into text segments and never keeps other markup', () => {
    expect(excerptSegments('het <mark>huisverbod</mark> &amp; &lt;script&gt; <b>x</b>')).toEqual([
      { text: 'het ', mark: false },
      { text: 'huisverbod', mark: true },
      { text: ' & <script> x', mark: false },
    ]);
  });
});

describe('passages from a Pagefind result', () => {
  const data: FragmentData = {
    url: '/artikelen/52/',
    excerpt: '',
    meta: { title: 'Artikel 52: Spoedeisende locatieverboden', bladzijden: '29 30 30 31' },
    anchors: [
      { element: 'h2', id: 'r-a-17', text: 'Huisverbod', location: 0 },
      { element: 'h3', id: 'r-a-17-grevio', text: 'Aanbeveling van GREVIO', location: 2 },
      { element: 'div', id: 'r-a-17-grevio-1', location: 5 },
      { element: 'ol', id: 'r-a-17-grevio-2', location: 20 },
      { element: 'li', id: 'r-a-17-grevio-2-a', location: 20 },
      { element: 'h3', id: 'r-a-17-response', text: 'Reactie van de regering', location: 60 },
      { element: 'div', id: 'r-a-17-response-1', location: 61 },
    ],
    sub_results: [
      { title: 'Aanbeveling van GREVIO', url: '/artikelen/52/#r-a-17-grevio', anchor: { element: 'h3', id: 'r-a-17-grevio', location: 2 }, locations: [25], weighted_locations: [{ weight: 1, location: 25 }], excerpt: 'de <mark>Wet</mark>' },
      { title: 'Reactie van de regering', url: '/artikelen/52/#r-a-17-response', anchor: { element: 'h3', id: 'r-a-17-response', location: 60 }, locations: [70], excerpt: 'x' },
    ],
  };

  it('cites the source page and links the paragraph or list item that holds the best hit', () => {
    const [grevio, response] = passagesOf(data);
    expect(grevio).toMatchObject({ title: 'Huisverbod · Aanbeveling van GREVIO', part: 'grevio', page: 30, url: '/artikelen/52/#r-a-17-grevio-2-a' });
    expect(response).toMatchObject({ part: 'response', page: 31, url: '/artikelen/52/#r-a-17-response-1' });
  });

  it('keeps only the chosen part', () => {
    expect(passagesOf(data, 'response').map((p) => p.part)).toEqual(['response']);
  });

  it('lists one source page per passage anchor, in the order the page renders them', () => {
    const report = parseReport(seedBytes(), { slug: SEED_SLUG, source: 's' }).report;
    const recs = report.recommendations;
    const passages = anchoredPassages(recs);
    for (const { anchor } of passages) expect(anchor).toMatch(PASSAGE_ANCHOR);
    expect(passages.find((p) => p.anchor === `r-${recs[1]!.id}-grevio-2-c`)?.page).toBe(3);
  });
});
