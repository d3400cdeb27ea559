/**
 * Turns the MDX components our writer emits (`<Part>`, `<Para>`, `<List>`, `<Item>`,
 * `<SourceLinks>`, see components.ts) into plain HTML elements, as the last step of rendering a
 * recommendation. This replaces compiling the MDX to JavaScript: the markup is fixed here, the
 * attributes are the gate-checked string literals, and nothing from the file is ever evaluated.
 *
 * A rehype plugin: it runs after the other plugins, which still see the JSX nodes by name.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { STRENGTH_LABELS_NL, strengthSchema } from '../schema/report';
import { isMdxComponentName, type MdxComponentName } from './components';

type Attributes = Record<string, string | undefined>;
type Expand = (attributes: Attributes, children: ElementContent[]) => ElementContent[];

/** Where the source's page N begins (at block level); shown on the report page only. */
function pageMarker(page: string | undefined): ElementContent[] {
  if (!page) return [];
  return [
    h('p.page-marker', { dataPagefindIgnore: true }, [
      h('span', [h('span.sr-only', 'Begin van '), `p. ${page}`, h('span.sr-only', ' in de bron')]),
    ]),
  ];
}

/**
 * The same marker as HTML, for the report page's cover (outside any MDX). Our markup and a page
 * number only, so it is safe for `set:html`.
 */
export function pageMarkerHtml(page: string): string {
  return toHtml({ type: 'root', children: pageMarker(page) });
}

/** Source page of a paragraph or list item, plus its permalink (shown on hover/focus). */
function blockCite(id: string, page: string, target: string): Element {
  return h('p.cite', { dataPagefindIgnore: true }, [
    h('span.cite-page', `p. ${page}`),
    ' ',
    h('a.permalink', { href: `#${id}`, ariaLabel: `Permalink naar ${target} (p. ${page})` }, '¶'),
  ]);
}

const EXPAND: Record<MdxComponentName, Expand> = {
  Part: ({ kind, id }, children) => [
    h('div', { className: ['part', `part--${kind}`] }, [
      h('h3', { id }, kind === 'grevio' ? 'Aanbeveling van GREVIO' : 'Reactie van de regering'),
      ...children,
    ]),
  ],
  Para: ({ id, page, label, strength, newPage }, children) => {
    const wording = strength ? STRENGTH_LABELS_NL[strengthSchema.parse(strength)] : undefined;
    return [
      ...pageMarker(newPage),
      h('div', { className: label ? ['block', 'block--labelled'] : ['block'], id }, [
        ...(label ? [h('span.block-label', label)] : []),
        h('div.block-body', [
          ...(wording ? [h('p', { className: ['strength', `strength--${strength}`] }, [h('span.sr-only', 'Formulering van GREVIO: '), wording])] : []),
          ...children,
        ]),
        blockCite(id!, page!, label ? `alinea ${label}` : 'deze alinea'),
      ]),
    ];
  },
  List: ({ id, style, newPage }, children) => [
    ...pageMarker(newPage),
    h(style === 'dash' ? 'ul' : 'ol', { id, className: ['printed-list', `printed-list--${style}`] }, children),
  ],
  Item: ({ id, page, label, newPage }, children) => [
    {
      // Built by hand rather than with h(), which writes `class` before `id`: the attribute order
      // stays as the former Astro components wrote it (tests/mdx/golden-html.test.ts).
      type: 'element',
      tagName: 'li',
      properties: { id, className: ['item'] },
      children: [
        ...pageMarker(newPage),
        h('span.item-label', label!),
        h('div.item-body', children),
        blockCite(id!, page!, /[\p{L}\p{N}]/u.test(label!) ? `onderdeel ${label}` : 'dit onderdeel'),
      ],
    },
  ],
  SourceLinks: (_attributes, children) => [
    h('div.source-links', [h('span.source-links-label', 'Link in de bron:'), ' ', ...children]),
  ],
};

function attributesOf(node: MdxJsxFlowElementHast): Attributes {
  // No prototype: an attribute named `__proto__` or `constructor` stays a plain key.
  const attributes: Attributes = Object.create(null) as Attributes;
  for (const attribute of node.attributes) {
    // The gate admits only string-literal attributes; anything else here is a bug upstream.
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new Error(`<${node.name}> has a non-literal attribute`);
    }
    attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

function expandChildren(children: readonly RootContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'doctype') return [];
    if (child.type === 'mdxJsxFlowElement') {
      const node = child as MdxJsxFlowElementHast;
      if (!node.name || !isMdxComponentName(node.name)) throw new Error(`<${node.name ?? ''}> is not one of our components`);
      return EXPAND[node.name](attributesOf(node), expandChildren(node.children as RootContent[]));
    }
    if (child.type === 'element') return [{ ...child, children: expandChildren(child.children) }];
    return [child as ElementContent];
  });
}

export function rehypeExpandComponents() {
  return (tree: Root): void => {
    tree.children = expandChildren(tree.children);
  };
}
