/**
 * The MDX renderer the build uses (no MDX compiler): report text comes out as literal text, our
 * components become their fixed HTML, footnotes keep the report's numbers, article links get
 * the base path, and a file that fails the gate is refused with FILE:LINE.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { createRecommendationRenderer } from '../../src/mdx/render-recommendation-html';
import { recommendationToMdx } from '../../src/mdx/write-recommendation-mdx';
import { loadRegistry } from '../../src/programmes/load-registry';
import { loadFixtureReport } from '../site/write-fixture-content';
import { makeReport, REC_ID } from './helpers';
import { HOSTILE } from './hostile-text.test';

const render = createRecommendationRenderer({ base: '/sub/', articlesWithPages: new Set([3, 52]), registry: loadRegistry() });

function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(tree);
  return found;
}

const byClass = (tree: Root, name: string) => elements(tree).filter((el) => ((el.properties.className as string[] | undefined) ?? []).includes(name));

describe('rendering a recommendation without compiling it', () => {
  it.each(HOSTILE)('shows %j as literal text, never as markup or code', (text) => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text, page: 2 }]);
    const { html } = render(recommendationToMdx(rec, report), 'hostile.mdx');
    const tree = fromHtml(html, { fragment: true });
    const body = byClass(tree, 'block-body')[0]!;
    const paragraph = elements(body).find((el) => el.tagName === 'p' && !(el.properties.className as string[] | undefined)?.includes('strength'))!;
    // Markdown treats runs of whitespace (and line ends) in a paragraph as one space.
    expect(toText(paragraph).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
    expect(elements(tree).map((el) => el.tagName)).not.toContain('script');
    expect(elements(tree).map((el) => el.tagName)).not.toContain('img');
    expect(elements(tree).flatMap((el) => Object.keys(el.properties)).filter((p) => /^on/i.test(p))).toEqual([]);
  });

  it('returns the frontmatter the writer emitted', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Tekst.', page: 2 }]);
    expect(render(recommendationToMdx(rec, report), 'x.mdx').frontmatter).toEqual({
      id: REC_ID,
      report: 'test-rapport',
      topic: 'Testonderwerp',
      articles: [3],
      pages: [2, 3],
      strength: ['urges'],
    });
  });

  it('expands our components into their fixed HTML', () => {
    const { report, rec } = makeReport([
      { kind: 'paragraph', text: 'GREVIO dringt erop aan.', page: 2, label: '29.', strength: 'urges' },
      {
        kind: 'list',
        style: 'dash',
        page: 3,
        items: [{ label: '-', text: 'eerste', page: 3 }],
      },
    ]);
    const tree = fromHtml(render(recommendationToMdx(rec, report), 'x.mdx').html, { fragment: true });
    const parts = byClass(tree, 'part');
    expect(parts.map((p) => (p.properties.className as string[]).join(' '))).toEqual(['part part--grevio', 'part part--response']);
    expect(parts.map((p) => toText(elements(p).find((el) => el.tagName === 'h3')!))).toEqual(['Aanbeveling van GREVIO', 'Reactie van de regering']);

    const [labelled] = byClass(tree, 'block--labelled');
    expect(labelled!.properties.id).toBe(`r-${REC_ID}-grevio-1`);
    expect(toText(byClass(tree, 'block-label')[0]!)).toBe('29.');
    expect(toText(byClass(tree, 'strength--urges')[0]!)).toBe('Formulering van GREVIO: dringend');
    const cite = byClass(tree, 'cite')[0]!;
    expect(cite.properties).toHaveProperty('dataPagefindIgnore');
    expect(toText(cite)).toBe('p. 2 ¶');
    expect(elements(cite).find((el) => el.tagName === 'a')!.properties).toMatchObject({ href: `#r-${REC_ID}-grevio-1`, ariaLabel: 'Permalink naar alinea 29. (p. 2)' });

    const list = elements(tree).find((el) => el.properties.id === `r-${REC_ID}-grevio-2`)!;
    expect(list.tagName).toBe('ul');
    expect(list.properties.className).toEqual(['printed-list', 'printed-list--dash']);
    const item = elements(list).find((el) => el.tagName === 'li')!;
    expect(toText(byClass({ type: 'root', children: [item] }, 'item-label')[0]!)).toBe('-');
    expect(toText(byClass({ type: 'root', children: [item] }, 'item-body')[0]!).trim()).toBe('eerste');
  });

  it('renders the sample report’s footnotes with the report’s numbers and article links with the base', () => {
    const report = loadFixtureReport('sample-report');
    for (const rec of report.recommendations) {
      const tree = fromHtml(render(recommendationToMdx(rec, report), `${rec.id}.mdx`).html, { fragment: true });
      const shown = elements(tree).filter((el) => el.tagName === 'li' && typeof el.properties.id === 'string' && el.properties.id.startsWith('user-content-fn-'));
      const own = report.footnotes.filter((f) => f.recommendation === rec.id).map((f) => f.number);
      expect(shown.map((li) => Number(li.properties.value))).toEqual(own);
      for (const a of elements(tree).filter((el) => el.tagName === 'a' && (el.properties.className as string[] | undefined)?.includes('article-ref'))) {
        expect(String(a.properties.href)).toMatch(/^\/sub\/artikelen\/(3|52)\/$|^\/sub\/artikelen\/#artikel-\d+$/);
      }
    }
  });

  it('refuses a file that fails the gate, with FILE:LINE, before rendering anything', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Tekst.', page: 2 }]);
    const tampered = recommendationToMdx(rec, report).replace('Tekst.', 'Tekst {process.exit(1)}');
    const line = tampered.split('\n').findIndex((l) => l.includes('process.exit')) + 1;
    expect(() => render(tampered, 'content/x.mdx')).toThrow(`content/x.mdx:${line}: an MDX expression {…} is not allowed`);
  });
});
