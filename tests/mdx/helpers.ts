/** Small builders for MDX tests: a one-recommendation report around the blocks under test. */
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { recommendationsToMdx } from '../../src/mdx/write-recommendation-mdx';
import { mentionsInReport } from '../../src/programmes/mentions-in-report';
import type { Registry } from '../../src/schema/programme';
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
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name === name) found.push(node);
  });
  return found;
}

export function attr(el: MdxJsxFlowElement, name: string): string | undefined {
  const a = el.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

/** The MDX ingest writes for one recommendation (no registry unless given). */
export function writeMdx(rec: Recommendation, report: ParsedReport, registry: Registry = []): string {
  return recommendationsToMdx([rec], report, mentionsInReport(report, registry));
}

/** The body of generated MDX as MDX parses it (micromark MDX + GFM), frontmatter left out. */
export function parseMdx(mdx: string): Root {
  const end = mdx.indexOf('\n---\n', 4);
  return fromMarkdown(mdx.slice(end + 5), { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}
