/**
 * In-text links to programme pages, written by ingest as `<ProgrammeLink>`: the first mention
 * of each entry in each passage (paragraph, list item, footnote), from the same mentions the
 * programme pages list (`mentionsInReport`), never inside another link or over a footnote
 * marker, with the text unchanged.
 */
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/schema/programme';
import type { Block } from '../../src/schema/report';
import { makeReport, parseMdx, REC_ID, textOf, writeMdx } from '../mdx/helpers';

const registry: Programme[] = [
  { slug: 'wmo', name: 'Wet maatschappelijke ondersteuning 2015', kind: 'wet', aliases: ['Wmo', 'Wmo 2015'], description: 'Wet.' },
  { slug: 'veilig-thuis', name: 'Veilig Thuis', kind: 'organisatie', aliases: [], description: 'Organisatie.' },
  { slug: 'landelijk-netwerk-veilig-thuis', name: 'Landelijk Netwerk Veilig Thuis', kind: 'organisatie', aliases: [], description: 'Netwerk.' },
  { slug: 'wet-tijdelijk-huisverbod', name: 'Wet tijdelijk huisverbod', kind: 'wet', aliases: [], description: 'Wet.' },
];

const para = (text: string, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', text, page: 2, ...extra }) as Block;

/** The written file for these GREVIO blocks (and footnotes), parsed back as MDX. */
function written(grevio: Block[], footnotes: { number: number; text: string }[] = []) {
  const { report, rec } = makeReport(grevio, undefined, footnotes.map((f) => ({ ...f, page: 2, recommendation: REC_ID })));
  return parseMdx(writeMdx(rec, report, registry));
}

/** Every programme link as `text → slug`, in document order. */
function links(tree: Nodes): string[] {
  const found: string[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    if (node.name !== 'ProgrammeLink') return;
    const slug = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'slug')?.value;
    found.push(`${textOf(node)} → ${String(slug)}`);
  });
  return found;
}

describe('programme links written into the MDX', () => {
  it('links the first mention of each entry in a paragraph', () => {
    expect(links(written([para('De Wmo en Veilig Thuis; later weer de Wmo en Veilig Thuis.')]))).toEqual(['Wmo → wmo', 'Veilig Thuis → veilig-thuis']);
  });

  it('links again in the next block, and in each list item', () => {
    const tree = written([
      para('Eerst de Wmo.'),
      para('Dan opnieuw de Wmo.'),
      { kind: 'list', style: 'lettered', page: 2, items: [{ label: 'a.', text: 'de Wmo', page: 2 }, { label: 'b.', text: 'de Wmo', page: 2 }] },
    ]);
    expect(links(tree)).toHaveLength(4);
  });

  it('changes no text: every character stays in order', () => {
    const source = 'Naast de Wet maatschappelijke ondersteuning 2015 (hierna: Wmo) werkt Veilig Thuis met het Landelijk Netwerk Veilig Thuis.';
    const tree = written([para(source)]);
    expect(links(tree)).toEqual(['Wet maatschappelijke ondersteuning 2015 → wmo', 'Veilig Thuis → veilig-thuis', 'Landelijk Netwerk Veilig Thuis → landelijk-netwerk-veilig-thuis']);
    let text = '';
    visit(tree, 'text', (node) => {
      text += node.value;
    });
    expect(text).toContain(source);
  });

  it('never links inside an article link, and takes the next mention of that entry instead', () => {
    const tree = written([para('Artikel 22 van het Verdrag van Istanbul noemt de Wmo niet, maar de Wmo geldt.')]);
    expect(links(tree)).toEqual(['Wmo → wmo']);
    const inArticle = written([para('Zie Artikel 22 van het Verdrag van Istanbul.')]);
    expect(links(inArticle)).toEqual([]);
  });

  it('reads a footnote reference as a word boundary, and leaves it alone', () => {
    const tree = written([para('de Wet tijdelijk huisverbod[^6] en Veilig Thuis[^7]')], [{ number: 6, text: 'a' }, { number: 7, text: 'b' }]);
    expect(links(tree)).toEqual(['Wet tijdelijk huisverbod → wet-tijdelijk-huisverbod', 'Veilig Thuis → veilig-thuis']);
  });

  it('does not link a name broken by a footnote reference (a known gap of the matcher)', () => {
    expect(links(written([para('de Wet tijdelijk[^3] huisverbod')], [{ number: 3, text: 'a' }]))).toEqual([]);
  });

  it('leaves the source URLs under a paragraph alone', () => {
    expect(links(written([para('Zie de site.', { links: ['https://veilig-thuis.example/Wmo'] })]))).toEqual([]);
  });

  it('links in footnotes, also when the link is the footnote’s whole text', () => {
    expect(links(written([para('Zie[^1] en[^2].')], [{ number: 1, text: 'Bron: Wmo-monitor.' }, { number: 2, text: 'Veilig Thuis' }]))).toEqual([
      'Wmo → wmo',
      'Veilig Thuis → veilig-thuis',
    ]);
  });
});

describe('a passage whose whole text is one link', () => {
  // In the build, MDX parses a footnote that is only `<ProgrammeLink …>(EU) 2024/1385</ProgrammeLink>`
  // as a flow element holding a paragraph (the seed's footnote 1; tests/quality/golden-html).
  it('is put back inside a paragraph by remarkInlineComponents', async () => {
    const { remarkInlineComponents } = await import('../../src/mdx/remark-inline-components');
    const link = { type: 'mdxJsxFlowElement', name: 'ProgrammeLink', attributes: [{ type: 'mdxJsxAttribute', name: 'slug', value: 'eu' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: '(EU) 2024/1385' }] }] };
    const tree = { type: 'root', children: [{ type: 'footnoteDefinition', identifier: '1', label: '1', children: [link] }] } as unknown as Root;
    remarkInlineComponents()(tree);
    expect(JSON.stringify(tree)).toBe(
      JSON.stringify({ type: 'root', children: [{ type: 'footnoteDefinition', identifier: '1', label: '1', children: [{ type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'ProgrammeLink', attributes: link.attributes, children: [{ type: 'text', value: '(EU) 2024/1385' }] }] }] }] }),
    );
  });
});

describe('a passage of only links and spaces', () => {
  // MDX would unravel such a paragraph and drop the spaces between the links.
  it('keeps its first link alone, so the text keeps its spaces', () => {
    expect(links(written([para('Wmo Veilig Thuis')]))).toEqual(['Wmo → wmo']);
  });

  it('keeps no link when whitespace would remain beside the only one', () => {
    expect(links(written([para('  Wmo')]))).toEqual([]);
  });

  it('keeps the link of a passage that is exactly one name', () => {
    expect(links(written([para('Veilig Thuis')]))).toEqual(['Veilig Thuis → veilig-thuis']);
  });
});
