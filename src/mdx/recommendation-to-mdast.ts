/**
 * Builds the mdast tree for one recommendation: a `Part` per side (GREVIO, response) holding
 * `Para` / `List` > `Item` components, then the footnote definitions. Report text only ever
 * lands in text nodes or in string attributes listed in `components.ts`.
 */
import type { BlockContent, FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Block, Footnote, ParsedReport, Recommendation } from '../schema/report';
import { blockAnchor, itemSuffixes, partAnchor, type PartKind } from './anchor-ids';
import type { MdxComponentName } from './components';
import { linkArticleRefs, textToPhrasing, type PhrasingOptions } from './text-to-phrasing';

/** Label of footnote N in a recommendation: unique per page even with several recommendations. */
export function footnoteLabel(recommendationId: string, number: number): string {
  return `${recommendationId}-fn-${number}`;
}

/** Recovers the original footnote number from a label made by `footnoteLabel`. */
export function footnoteNumberFromLabel(label: string): number | undefined {
  const match = /-fn-(\d+)$/.exec(label);
  return match ? Number(match[1]) : undefined;
}

type Attributes = Record<string, string | undefined>;

function jsx(name: MdxComponentName, attributes: Attributes, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([attrName, value]) => ({ type: 'mdxJsxAttribute', name: attrName, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** Tracks the source page across blocks so a component can mark where a new page begins. */
class PageTracker {
  constructor(private current: number) {}
  /** The page as a string when it differs from the previous block's, else undefined. */
  enter(page: number): string | undefined {
    const changed = page !== this.current;
    this.current = page;
    return changed ? String(page) : undefined;
  }
}

/** The last source page before this recommendation: the previous one's last block, or the cover. */
export function pageBefore(rec: Recommendation, report: ParsedReport): number {
  const index = report.recommendations.findIndex((r) => r.id === rec.id);
  const previous = index > 0 ? report.recommendations[index - 1] : undefined;
  if (previous) return lastPage(previous);
  return report.report.cover.at(-1)?.page ?? rec.pages[0];
}

function lastPage(rec: Recommendation): number {
  const block = rec.response.at(-1) ?? rec.grevio.at(-1);
  if (!block) return rec.pages[1];
  return block.kind === 'list' ? (block.items.at(-1)?.page ?? block.page) : block.page;
}

function safeSourceLinks(links: readonly string[] | undefined): string[] {
  return (links ?? []).filter((url) => /^https?:\/\//i.test(url));
}

function blockNode(block: Block, id: string, pages: PageTracker, phrasing: PhrasingOptions): MdxJsxFlowElement {
  if (block.kind === 'paragraph') {
    const children: MdxJsxFlowElement['children'] = [paragraph(textToPhrasing(block.text, phrasing))];
    const links = safeSourceLinks(block.links);
    if (links.length > 0) {
      const linkNodes: PhrasingContent[] = links.flatMap((url, i) => [
        ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
        { type: 'link' as const, url, children: [{ type: 'text' as const, value: url }] },
      ]);
      children.push(jsx('SourceLinks', {}, [paragraph(linkNodes)]));
    }
    return jsx(
      'Para',
      { id, page: String(block.page), label: block.label, strength: block.strength, newPage: pages.enter(block.page) },
      children,
    );
  }
  const listNewPage = pages.enter(block.page);
  const suffixes = itemSuffixes(block.items.map((item) => item.label));
  const items = block.items.map((item, i) =>
    jsx(
      'Item',
      { id: `${id}-${suffixes[i]}`, page: String(item.page), label: item.label, newPage: pages.enter(item.page) },
      [paragraph(textToPhrasing(item.text, phrasing))],
    ),
  );
  return jsx('List', { id, page: String(block.page), style: block.style, newPage: listNewPage }, items);
}

function partNode(rec: Recommendation, kind: PartKind, pages: PageTracker, phrasing: PhrasingOptions): MdxJsxFlowElement {
  const blocks = kind === 'grevio' ? rec.grevio : rec.response;
  return jsx(
    'Part',
    { kind, id: partAnchor(rec.id, kind) },
    blocks.map((block, i) => blockNode(block, blockAnchor(rec.id, kind, i + 1), pages, phrasing)),
  );
}

/** The footnotes this recommendation may cite, by original number. */
function footnotesOf(rec: Recommendation, report: ParsedReport): Map<number, Footnote> {
  const own = report.footnotes.filter((f) => f.recommendation === rec.id);
  const byNumber = new Map<number, Footnote>();
  for (const f of own) {
    if (byNumber.has(f.number)) throw new Error(`recommendation ${rec.id} has footnote ${f.number} twice`);
    byNumber.set(f.number, f);
  }
  return byNumber;
}

export function recommendationToMdast(rec: Recommendation, report: ParsedReport): Root {
  const footnotes = footnotesOf(rec, report);
  const cited = new Set<number>();
  const phrasing: PhrasingOptions = {
    footnoteLabel: (n) => (footnotes.has(n) ? footnoteLabel(rec.id, n) : undefined),
    onFootnote: (n) => cited.add(n),
  };
  const pages = new PageTracker(pageBefore(rec, report));
  const children: RootContent[] = [
    partNode(rec, 'grevio', pages, phrasing),
    partNode(rec, 'response', pages, phrasing),
  ];
  for (const footnote of [...footnotes.values()].sort((a, b) => a.number - b.number)) {
    if (!cited.has(footnote.number)) {
      throw new Error(`footnote ${footnote.number} belongs to recommendation ${rec.id}, but its text never cites [^${footnote.number}]`);
    }
    const label = footnoteLabel(rec.id, footnote.number);
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: label,
      label,
      children: [paragraph(linkArticleRefs(footnote.text)) as BlockContent],
    };
    children.push(definition);
  }
  return { type: 'root', children };
}
