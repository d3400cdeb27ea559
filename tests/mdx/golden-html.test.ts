/**
 * The content loader's HTML against what the former pipeline (@astrojs/mdx + Astro components)
 * rendered for the same recommendations (tests/fixtures/golden-html/README.md): the same
 * elements, attributes and text, so moving off the MDX compiler changed nothing readers see.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { createRecommendationRenderer } from '../../src/mdx/render-recommendation-html';
import { recommendationToMdx } from '../../src/mdx/write-recommendation-mdx';
import { parseReport } from '../../src/pipeline/parse-report';
import { loadRegistry } from '../../src/programmes/load-registry';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path';

const dir = path.resolve(__dirname, '../fixtures/golden-html');
const report = parseReport(seedBytes(), { slug: SEED_SLUG, source: 'seed' }).report;
const render = createRecommendationRenderer({
  base: '/',
  articlesWithPages: new Set(report.recommendations.flatMap((r) => r.articles)),
  registry: loadRegistry(),
});

type Shape = string | { tag: string; props: [string, unknown][]; children: Shape[] };

/** Elements with sorted properties and text with whitespace runs collapsed; blank text dropped. */
function shape(nodes: readonly (RootContent | ElementContent)[]): Shape[] {
  const out: Shape[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ');
      if (text.trim() === '') continue;
      // Templates put line breaks next to text; a space at an element edge renders as nothing.
      const previous = out.at(-1);
      if (typeof previous === 'string') out[out.length - 1] = previous + text;
      else out.push(text);
    } else if (node.type === 'element') {
      const props = Object.entries(node.properties)
        .map(([k, v]): [string, unknown] => [k, v === '' || v === true ? true : v])
        .sort(([a], [b]) => a.localeCompare(b));
      out.push({ tag: node.tagName, props, children: shape(node.children) });
    }
  }
  return out.map((s) => (typeof s === 'string' ? s.trim() : s));
}

const shapeOf = (html: string) => shape((fromHtml(html, { fragment: true }) as Root).children);
const files = readdirSync(dir).filter((name) => name.endsWith('.html'));

describe('recommendation HTML, old and new', () => {
  it('has golden files to compare', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s is the same tree as the former MDX components rendered', (name) => {
    const id = name.replace(/\.html$/, '');
    const rec = report.recommendations.find((r) => r.id === id)!;
    const now = render(recommendationToMdx(rec, report), `${id}.mdx`).html;
    expect(shapeOf(now)).toEqual(shapeOf(readFileSync(path.join(dir, name), 'utf8')));
  });
});
