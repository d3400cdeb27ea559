/** Programme pages, side panels and the matrix, from the seed: passages, anchors, sections, matrix. */
import { describe, expect, it } from 'vitest';
import { articlePageAnchor } from '../../src/mdx/anchor-ids';
import { recommendationsToMdx } from '../../src/mdx/write-recommendation-mdx';
import { loadRegistry } from '../../src/programmes/load-registry';
import { mentionsInReport } from '../../src/programmes/mentions-in-report';
import { buildArticleIndex } from '../../src/site/article-index';
import { programmeMatrix } from '../../src/site/programme-matrix';
import { programmeOverview } from '../../src/site/programme-overview';
import { locatedPassagesBySlug } from '../../src/site/programme-passages';
import { programmeArticlePath, programmePath } from '../../src/site/programme-routes';
import { passagesPerArticle, programmeSections } from '../../src/site/programme-sections';
import { seedReport, SEED_SLUG } from '../programmes/seed-report';
import { attr, findJsx, parseMdx } from '../mdx/helpers';

const registry = loadRegistry();
const report = seedReport();
const bySlug = locatedPassagesBySlug([report], (r) => mentionsInReport(r, registry));
const withPages = new Set(buildArticleIndex([report]).keys());
const rec = (n: number) => `${SEED_SLUG}-${String(n).padStart(2, '0')}`;

describe('located passages', () => {
  it('point at the block, list item or footnote the MDX writer and the GFM footnote rendering give that id', () => {
    const huisverbod = bySlug.get('wet-tijdelijk-huisverbod')!;
    expect(huisverbod.map((p) => [p.anchor, p.part, p.label ?? '', p.passage.page])).toEqual([
      [`r-${SEED_SLUG}-a1-reactie-3`, 'Reactie van de regering', '', 2],
      [`r-${SEED_SLUG}-a17-grevio-2-a`, 'Aanbeveling van GREVIO', 'onderdeel a.', 30],
      [`r-${SEED_SLUG}-a17-reactie-3`, 'Reactie van de regering', '', 31],
      [`user-content-fn-${rec(17)}-fn-6`, 'Voetnoot 6', '', 30],
    ]);
  });

  it('points every paragraph and list item passage at the id the written MDX gives its block on an article page', () => {
    const tree = parseMdx(recommendationsToMdx(report.recommendations, report, mentionsInReport(report, registry)));
    const ids = new Set([...findJsx(tree, 'Para'), ...findJsx(tree, 'Item'), ...findJsx(tree, 'List')].map((el) => articlePageAnchor(attr(el, 'rec')!, attr(el, 'id')!)));
    let checked = 0;
    for (const list of bySlug.values()) {
      for (const p of list) {
        if (p.passage.part === 'footnote') continue;
        expect(ids.has(p.anchor), p.anchor).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('programme sections', () => {
  it('lists the articles the mention helpers expect for the three required pages', () => {
    const articles = (slug: string) => programmeSections(bySlug.get(slug)!, withPages).sections.flatMap((s) => s.articles);
    expect(articles('stop-femicide')).toEqual([3, 7, 15, 16, 18, 51]);
    expect(articles('wmo')).toEqual([3, 8, 22]);
    expect(articles('wet-tijdelijk-huisverbod')).toEqual([3, 52, 53]);
  });

  it('shares one section between articles with the same recommendations, footnotes included', () => {
    const { sections, footnotesOnly } = programmeSections(bySlug.get('wet-tijdelijk-huisverbod')!, withPages);
    expect(sections.map((s) => [s.articles, s.passageCount])).toEqual([[[3], 1], [[52, 53], 3]]);
    expect(footnotesOnly).toEqual([]);
  });

  it('keeps a recommendation that mentions the entry only in a footnote apart from the article sections', () => {
    const onlyInFootnote = bySlug.get('wet-tijdelijk-huisverbod')!.filter((p) => p.passage.part === 'footnote');
    const { sections, footnotesOnly } = programmeSections(onlyInFootnote, withPages);
    expect(sections).toEqual([]);
    expect(footnotesOnly.map((g) => g.recommendationId)).toEqual([rec(17)]);
  });

  it('shows every passage of an entry on its page', () => {
    for (const [slug, list] of bySlug) {
      const { sections, footnotesOnly } = programmeSections(list, withPages);
      const shown = new Set([...sections, { recommendations: footnotesOnly }].flatMap((s) => s.recommendations.flatMap((r) => r.passages.map((p) => p.anchor))));
      expect([...shown].sort(), slug).toEqual([...new Set(list.map((p) => p.anchor))].sort());
    }
  });
});

describe('programme overview', () => {
  const groups = programmeOverview(registry, bySlug, withPages);

  it('groups every registry entry by kind, in the registry’s kind order, alphabetically within a kind', () => {
    expect(groups.map((g) => g.kind)).toEqual(['wet', 'programma', 'campagne', 'monitor', 'organisatie', 'eu-regelgeving']);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(registry.length);
    for (const g of groups) {
      const names = g.entries.map((e) => e.programme.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true })));
    }
  });

  it('counts mentions (footnotes included) and lists the articles', () => {
    const wmo = groups.flatMap((g) => g.entries).find((e) => e.programme.slug === 'wmo')!;
    expect(wmo).toMatchObject({ mentionCount: 8, passageCount: 6, articles: [3, 8, 22] });
  });
});

describe('programme matrix', () => {
  const matrix = programmeMatrix(registry, bySlug, withPages);
  const row = (slug: string) => matrix.groups.flatMap((g) => g.entries).find((r) => r.programme.slug === slug);

  it('has a column per article with a page and a mention, a row per entry with mentions', () => {
    expect(matrix.articles.every((a) => withPages.has(a))).toBe(true);
    expect(matrix.articles).toEqual([...matrix.articles].sort((a, b) => a - b));
    for (const r of matrix.groups.flatMap((g) => g.entries)) expect(r.cells.size).toBeGreaterThan(0);
  });

  it('counts per cell the passages the entry’s page lists under that article', () => {
    expect([...row('wet-tijdelijk-huisverbod')!.cells]).toEqual([[3, 1], [52, 3], [53, 3]]);
    for (const r of matrix.groups.flatMap((g) => g.entries)) {
      const perArticle = passagesPerArticle(bySlug.get(r.programme.slug)!, withPages);
      expect([...r.cells]).toEqual([...perArticle].map(([a, list]) => [a, list.length]));
    }
  });

  it('links each cell to the entry’s page at that article', () => {
    expect(programmeArticlePath('wmo', 8)).toBe('/programmas/wmo/#artikel-8');
    expect(() => programmePath('matrix')).toThrow(/taken/);
  });
});
