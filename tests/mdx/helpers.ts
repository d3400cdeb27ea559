/** Small builders for MDX tests: a one-recommendation report around the blocks under test. */
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Nodes, Root } from 'mdast';
import type { Block, Footnote, ParsedReport, Recommendation } from '../../src/schema/report';

export const REC_ID = 'test-rapport-01';

export function makeReport(
  grevio: Block[],
  response: Block[] = [{ kind: 'paragraph', text: 'Reactie.', page: 2 }],
  footnotes: Footnote[] = [],
): { report: ParsedReport; rec: Recommendation } {
  const rec: Recommendation = {
    id: REC_ID,
    topic: 'Testonderwerp',
    articles: [3],
    pages: [2, 3],
    strength: ['urges'],
    grevio,
    response,
    line: 1,
  };
  const report: ParsedReport = {
    report: { slug: 'test-rapport', title: 'Test', received: '2025-07-10', pages: 3, source: 'test', cover: [{ text: 'Voorblad', page: 1 }] },
    recommendations: [rec],
    footnotes,
    corrections: [],
  };
  return { report, rec };
}

/** Text content of a node: text values joined, links and footnote refs included. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'footnoteReference') return `[^${node.label ?? node.identifier}]`;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** All JSX flow elements named `name`, depth-first. */
export function findJsx(tree: Root, name: string): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'mdxJsxFlowElement' && node.name === name) found.push(node);
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return found;
}

export function attr(el: MdxJsxFlowElement, name: string): string | undefined {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

/** The body after the frontmatter. */
export function bodyOf(mdx: string): string {
  const end = mdx.indexOf('\n---\n', 4);
  return mdx.slice(end + 5);
}
