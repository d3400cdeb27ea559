/**
 * The built site's recommendation HTML against what the first MDX pipeline (@astrojs/mdx, one
 * module per recommendation, rehype plugins for links) rendered for the same recommendations
 * (tests/fixtures/golden-html/README.md): the same elements, attributes and text. Each body is
 * cut from the built article page as the golden files were, so this checks what `render()`
 * and the MDX components produce today, through the real build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit, EXIT } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';

const site = builtSite();
const dir = path.resolve(import.meta.dirname, '../fixtures/golden-html');
const reports = await loadGeneratedReports();
const recommendations = reports.flatMap((r) => r.parsed.recommendations);

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

/**
 * What follows the header inside `<article data-recommendation=id>` on the built article page: the
 * body, without the page's own notes after it ("ook over artikel 50", "in het volledige rapport").
 */
function renderedBody(id: string): Shape[] {
  const rec = recommendations.find((r) => r.id === id);
  if (!rec) throw new Error(`no recommendation ${id} in the generated reports`);
  const page = fromHtml(readFileSync(path.join(site.dist, 'artikelen', String(rec.articles[0]), 'index.html'), 'utf8'));
  let article: Element | undefined;
  visit(page, 'element', (el) => {
    if (el.tagName === 'article' && el.properties.dataRecommendation === id) {
      article = el;
      return EXIT;
    }
    return undefined;
  });
  if (!article) throw new Error(`no <article data-recommendation="${id}"> on the page of article ${rec.articles[0]}`);
  const children = article.children.filter((c) => !(c.type === 'element' && (c.tagName === 'header' || ['in-report', 'also-cites'].some((name) => (c.properties.className as string[] | undefined)?.includes(name)))));
  return shape(children);
}

const shapeOf = (html: string) => shape((fromHtml(html, { fragment: true }) as Root).children);
const files = readdirSync(dir).filter((name) => name.endsWith('.html'));

describe('recommendation HTML, first pipeline and now', () => {
  it('has golden files to compare', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s is the same tree as the first MDX pipeline rendered', (name) => {
    expect(renderedBody(name.replace(/\.html$/, ''))).toEqual(shapeOf(readFileSync(path.join(dir, name), 'utf8')));
  });
});
