/**
 * Links the first mention of each registry entry in every paragraph, list item and footnote of a
 * recommendation to the entry's page (`/programmas/<slug>/`, with the base).
 *
 * Safe by construction: it runs on the hast tree after the MDX gate, only splits existing text
 * nodes and wraps pieces in an `<a>` whose href is built from a registry slug (lowercase-kebab,
 * checked by the registry schema). No text is added, removed or reordered, so the rendered text
 * is the same as without the plugin.
 *
 * Mentions are found with `findMentions` on the block's whole text, as `mentionsInReport` does,
 * so the links agree with the passages the programme pages list: a footnote reference counts as
 * `[^N]` (a word boundary), text inside links (article references, source URLs, footnote
 * back-links) is read but never linked again. A mention that overlaps such a link, or spans
 * nodes with different parents, is skipped in favour of the entry's next mention in the block.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { findMentions, type Mention } from '../programmes/find-mentions';
import type { Programme } from '../schema/programme';
import { programmePath } from '../site/programme-routes';
import { withBase } from '../site/url';

export interface ProgrammeLinkOptions {
  base: string;
  registry: readonly Programme[];
}

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** A piece of the block's text: a text node we may split, or text we only read. */
interface Segment {
  start: number;
  end: number;
  text?: { node: Text; parent: Node };
}

const BLOCK_COMPONENTS = new Set(['Para', 'Item']);
/** MDX components whose content is not report prose (URLs printed at the page foot). */
const SKIPPED_COMPONENTS = new Set(['SourceLinks']);
const FOOTNOTE_ITEM = /^user-content-fn-/;

function isBlock(node: Node): boolean {
  if (node.type === 'mdxJsxFlowElement' && node.name && BLOCK_COMPONENTS.has(node.name)) return true;
  return node.type === 'element' && node.tagName === 'li' && FOOTNOTE_ITEM.test(String(node.properties?.id ?? ''));
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The block's text as `findMentions` should read it, and where each piece came from. */
function readBlock(block: Node): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  const readOnly = (value: string) => {
    segments.push({ start: text.length, end: text.length + value.length });
    text += value;
  };
  const visit = (node: Node, parent: Node): void => {
    if (node.type === 'text') {
      segments.push({ start: text.length, end: text.length + (node.value ?? '').length, text: { node: node as Text, parent } });
      text += node.value ?? '';
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && SKIPPED_COMPONENTS.has(node.name)) readOnly(' ');
      else for (const child of node.children ?? []) visit(child, node);
    } else if (node.type === 'element') {
      // A footnote reference reads as the `[^N]` it was written as; links are read, not linked.
      if (node.tagName === 'sup') readOnly(`[^${textOf(node)}]`);
      else if (node.tagName === 'a') readOnly(textOf(node));
      else for (const child of node.children ?? []) visit(child, node);
    }
  };
  for (const child of block.children ?? []) visit(child, block);
  return { text, segments };
}

/** The text segments a mention covers, if it lies in linkable text nodes that are adjacent siblings. */
function linkableRun(mention: Mention, segments: readonly Segment[]): Segment[] | undefined {
  const run = segments.filter((s) => s.start < mention.end && s.end > mention.start && s.end > s.start);
  if (run.length === 0 || run.some((s) => !s.text)) return undefined;
  const parent = run[0]!.text!.parent;
  if (run.some((s) => s.text!.parent !== parent)) return undefined;
  const indices = run.map((s) => parent.children!.indexOf(s.text!.node as unknown as Node));
  return indices.every((index, i) => i === 0 || index === indices[i - 1]! + 1) ? run : undefined;
}

/**
 * Replaces the run's text nodes by: text before, `<a>` with the mention, text after. The first
 * node object stays in the tree holding the text before, so an earlier mention in the same node
 * (wrapped next, since wraps go last to first) still finds it.
 */
function wrap(mention: Mention, run: readonly Segment[], href: string): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const parent = first.text!.parent;
  const children = parent.children!;
  const from = children.indexOf(first.text!.node as unknown as Node);
  const slice = (s: Segment, a: number, b: number): string => s.text!.node.value.slice(a - s.start, b - s.start);
  const inside = run.map((s): Text => ({ type: 'text', value: slice(s, Math.max(s.start, mention.start), Math.min(s.end, mention.end)) }));
  const before = slice(first, first.start, mention.start);
  const after = slice(last, mention.end, last.end);
  const link: Element = { type: 'element', tagName: 'a', properties: { href, className: ['programme-ref'] }, children: inside as ElementContent[] };
  const added: Node[] = [link as unknown as Node];
  if (after !== '') added.push({ type: 'text', value: after });
  if (before !== '') {
    first.text!.node.value = before;
    children.splice(from + 1, run.length - 1, ...added);
  } else {
    children.splice(from, run.length, ...added);
  }
}

function linkBlock(block: Node, options: ProgrammeLinkOptions): void {
  const { text, segments } = readBlock(block);
  const chosen = new Map<string, { mention: Mention; run: Segment[] }>();
  for (const mention of findMentions(options.registry, text)) {
    if (chosen.has(mention.slug)) continue;
    const run = linkableRun(mention, segments);
    if (run) chosen.set(mention.slug, { mention, run });
  }
  // Last first, so splitting a text node never moves a node that a later wrap still needs.
  const ordered = [...chosen.values()].sort((a, b) => b.mention.start - a.mention.start);
  for (const { mention, run } of ordered) wrap(mention, run, withBase(options.base, programmePath(mention.slug)));
}

export function rehypeProgrammeLinks(options: ProgrammeLinkOptions) {
  return (tree: Root): void => {
    const visit = (node: Node): void => {
      if (isBlock(node)) {
        linkBlock(node, options);
        return;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as Node);
  };
}
