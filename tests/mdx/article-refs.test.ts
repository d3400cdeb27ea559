import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { describe, expect, it } from 'vitest';
import { findArticleRefs } from '../../src/mdx/article-refs';
import { textToPhrasing } from '../../src/mdx/text-to-phrasing';

/** The phrasing the writer makes of a text without footnotes or registry mentions. */
const phrasing = (text: string) => textToPhrasing(text);
const links = (nodes: PhrasingContent[]) =>
  nodes
    .filter((n): n is MdxJsxTextElement => n.type === 'mdxJsxTextElement' && n.name === 'ArticleLink')
    .map((l) => ({ article: l.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.value : '')).join(''), text: l.children.map((c) => (c.type === 'text' ? c.value : '')).join('') }));

describe('Convention article references, written as <ArticleLink>', () => {
  it.each([
    ['… te harmoniseren met de vereisten van Artikel 3b van het Verdrag van Istanbul. Dit houdt', 3, 'Artikel 3b van het Verdrag van Istanbul'],
    ['… waar artikel 14 van het Verdrag van Istanbul om vraagt.', 14, 'artikel 14 van het Verdrag van Istanbul'],
    ['… zoals vereist in Artikel 18, lid 2 van het Verdrag van Istanbul.', 18, 'Artikel 18, lid 2 van het Verdrag van Istanbul'],
    ['Om volledige naleving van Artikel 52 van het Verdrag van Istanbul te waarborgen', 52, 'Artikel 52 van het Verdrag van Istanbul'],
    ['met Artikel 16, lid 2 van het Verdrag van Istanbul.', 16, 'Artikel 16, lid 2 van het Verdrag van Istanbul'],
    ['zoals vermeld in Artikel\n14 van het Verdrag van\nIstanbul, binnen', 14, 'Artikel\n14 van het Verdrag van\nIstanbul'],
  ])('links %j to article %i', (sentence, article, text) => {
    expect(links(phrasing(sentence))).toEqual([{ article: String(article), text }]);
  });

  it.each([
    'kerndoelen, zoals vastgelegd in artikel 23 van de Grondwet.',
    'Relevant is ook artikel 22 uit de EU-richtlijn, waaruit volgt',
    'Slachtoffers hebben op grond van artikel 51b Wetboek van Strafvordering het recht',
    'gedragsaanwijzingen op grond van artikel 509 hh Sv wordt opgelegd',
    'Artikel Verdrag van Istanbul:  3',
    'artikel 82 van het Verdrag van Istanbul',
    'artikel 23 van de Grondwet en het Verdrag van Istanbul',
  ])('does not link %j', (sentence) => {
    expect(findArticleRefs(sentence)).toEqual([]);
    expect(phrasing(sentence)).toEqual([{ type: 'text', value: sentence }]);
  });

  it('keeps the text around a link unchanged', () => {
    const sentence = 'Zie artikel 14 van het Verdrag van Istanbul en artikel 23 van de Grondwet.';
    const nodes = phrasing(sentence);
    const flat = nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'mdxJsxTextElement' ? (n.children[0] as { value: string }).value : '')).join('');
    expect(flat).toBe(sentence);
    expect(nodes.map((n) => n.type)).toEqual(['text', 'mdxJsxTextElement', 'text']);
  });
});
