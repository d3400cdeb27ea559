/** In-text links to programme pages: first mention per block, never inside links, text unchanged. */
import type { Element, ElementContent, Root, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeProgrammeLinks } from '../../src/mdx/rehype-programme-links';
import type { Programme } from '../../src/schema/programme';

const registry: Programme[] = [
  { slug: 'wmo', name: 'Wet maatschappelijke ondersteuning 2015', kind: 'wet', aliases: ['Wmo', 'Wmo 2015'], description: 'Wet.' },
  { slug: 'veilig-thuis', name: 'Veilig Thuis', kind: 'organisatie', aliases: [], description: 'Organisatie.' },
  { slug: 'landelijk-netwerk-veilig-thuis', name: 'Landelijk Netwerk Veilig Thuis', kind: 'organisatie', aliases: [], description: 'Netwerk.' },
  { slug: 'wet-tijdelijk-huisverbod', name: 'Wet tijdelijk huisverbod', kind: 'wet', aliases: [], description: 'Wet.' },
];

const text = (value: string): Text => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const p = (...children: ElementContent[]) => el('p', children);
/** An MDX component as it reaches rehype: a JSX node holding hast children. */
const jsx = (name: string, children: unknown[]) => ({ type: 'mdxJsxFlowElement', name, attributes: [], children }) as unknown as ElementContent;
const footnoteRef = (n: number) => el('sup', [el('a', [text(String(n))], { href: `#user-content-fn-x-fn-${n}`, dataFootnoteRef: true })]);
const articleLink = (value: string) => el('a', [text(value)], { href: '/artikelen/52/', className: ['article-ref'] });

function run(...blocks: ElementContent[]): Root {
  const tree: Root = { type: 'root', children: blocks };
  rehypeProgrammeLinks({ base: '/sub/', registry })(tree);
  return tree;
}

function textOf(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join('');
}

/** Every programme link in the tree as `text → href`. */
function links(node: unknown): string[] {
  const n = node as Element & { children?: unknown[] };
  const own = n.type === 'element' && n.tagName === 'a' && (n.properties.className as string[] | undefined)?.includes('programme-ref') ? [`${textOf(n)} → ${String(n.properties.href)}`] : [];
  return [...own, ...(n.children ?? []).flatMap(links)];
}

describe('rehypeProgrammeLinks', () => {
  it('links the first mention of each entry in a paragraph, with the base path', () => {
    const tree = run(jsx('Para', [p(text('De Wmo en Veilig Thuis; later weer de Wmo en Veilig Thuis.'))]));
    expect(links(tree)).toEqual(['Wmo → /sub/programmas/wmo/', 'Veilig Thuis → /sub/programmas/veilig-thuis/']);
  });

  it('links again in the next block, and in each list item', () => {
    const tree = run(
      jsx('Para', [p(text('Eerst de Wmo.'))]),
      jsx('Para', [p(text('Dan opnieuw de Wmo.'))]),
      el('ol', [jsx('Item', [p(text('a: de Wmo'))]), jsx('Item', [p(text('b: de Wmo'))])]),
    );
    expect(links(tree)).toHaveLength(4);
  });

  it('changes no text: splitting and wrapping keep every character in order', () => {
    const source = 'Naast de Wet maatschappelijke ondersteuning 2015 (hierna: Wmo) werkt Veilig Thuis met het Landelijk Netwerk Veilig Thuis.';
    const tree = run(jsx('Para', [p(text(source))]));
    expect(textOf(tree)).toBe(source);
    expect(links(tree)).toEqual([
      'Wet maatschappelijke ondersteuning 2015 → /sub/programmas/wmo/',
      'Veilig Thuis → /sub/programmas/veilig-thuis/',
      'Landelijk Netwerk Veilig Thuis → /sub/programmas/landelijk-netwerk-veilig-thuis/',
    ]);
  });

  it('never links inside an existing link, and takes the next mention of that entry instead', () => {
    const tree = run(jsx('Para', [p(articleLink('de Wmo volgens artikel 52'), text(' en verder de Wmo.'))]));
    expect(links(tree)).toEqual(['Wmo → /sub/programmas/wmo/']);
    const [firstChild] = ((tree.children[0] as unknown as { children: Element[] }).children[0]!).children as Element[];
    expect(links(firstChild)).toEqual([]);
    expect(textOf(tree)).toBe('de Wmo volgens artikel 52 en verder de Wmo.');
  });

  it('reads a footnote reference as a word boundary, as the passages do, and leaves it alone', () => {
    const tree = run(jsx('Para', [p(text('de Wet tijdelijk huisverbod'), footnoteRef(6), text(' en Veilig Thuis'), footnoteRef(7))]));
    expect(links(tree)).toEqual(['Wet tijdelijk huisverbod → /sub/programmas/wet-tijdelijk-huisverbod/', 'Veilig Thuis → /sub/programmas/veilig-thuis/']);
    expect(textOf(tree)).toBe('de Wet tijdelijk huisverbod6 en Veilig Thuis7');
  });

  it('does not link a name broken by a footnote reference (a known gap of the matcher)', () => {
    const tree = run(jsx('Para', [p(text('de Wet tijdelijk'), footnoteRef(3), text(' huisverbod'))]));
    expect(links(tree)).toEqual([]);
  });

  it('links a mention split over adjacent text nodes as one link', () => {
    const tree = run(jsx('Para', [p(text('bij Veilig'), text(' Thuis en elders'))]));
    expect(links(tree)).toEqual(['Veilig Thuis → /sub/programmas/veilig-thuis/']);
    expect(textOf(tree)).toBe('bij Veilig Thuis en elders');
  });

  it('wraps two mentions in one text node without losing the text between them', () => {
    const tree = run(jsx('Item', [p(text('Wmo, Veilig Thuis, Wet tijdelijk huisverbod'))]));
    const paragraph = (tree.children[0] as unknown as { children: Element[] }).children[0]!;
    expect(paragraph.children.map((c) => (c.type === 'text' ? c.value : `[${textOf(c)}]`))).toEqual(['[Wmo]', ', ', '[Veilig Thuis]', ', ', '[Wet tijdelijk huisverbod]']);
  });

  it('leaves the source URLs under a paragraph alone', () => {
    const tree = run(jsx('Para', [p(text('Zie de site.')), jsx('SourceLinks', [p(el('a', [text('https://veilig-thuis.example/Wmo')], { href: 'https://veilig-thuis.example/Wmo' }))])]));
    expect(links(tree)).toEqual([]);
  });

  it('links in footnotes, but not in headings or other text outside blocks', () => {
    const tree = run(
      el('h3', [text('Wmo')]),
      el('section', [el('ol', [el('li', [p(text('Bron: Wmo-monitor. '), el('a', [text('↩')], { href: '#x', dataFootnoteBackref: true }))], { id: 'user-content-fn-x-fn-1' })])]),
    );
    expect(links(tree)).toEqual(['Wmo → /sub/programmas/wmo/']);
  });
});
