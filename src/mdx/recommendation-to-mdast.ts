/**
 * Builds the mdast tree of one generated MDX file: a `Recommendation` per recommendation given
 * (one, or all of a report's), each holding a `Part` per side (GREVIO, response) with `Para` /
 * `List` > `Item` components, then the footnote definitions, labelled with the report's own
 * note numbers. Report text only ever lands in text nodes or in string attributes listed in
 * `components.ts`.
 */
import type { BlockContent, FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Mention } from '../programmes/find-mentions';
import type { Passage } from '../programmes/mentions-in-report';
import type { TextLocation } from '../programmes/report-texts';
import type { Block, Footnote, ParsedReport, Recommendation } from '../schema/report';
import { blockAnchors, partAnchor, type PartKind } from './anchor-ids';
import type { MdxComponentName } from './components';
import { textToPhrasing, type PhrasingOptions } from './text-to-phrasing';

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
function pageBefore(rec: Recommendation, report: ParsedReport): number {
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

/** Each text's mentions, keyed by where the text sits. */
type MentionsAt = (location: TextLocation) => readonly Mention[];

function locationKey(recommendationId: string, location: TextLocation): string {
  return location.part === 'footnote'
    ? `${recommendationId} footnote ${location.footnote}`
    : `${recommendationId} ${location.part} ${location.blockIndex} ${location.itemIndex ?? '-'}`;
}

interface WriteContext {
  pages: PageTracker;
  phrasing: Omit<PhrasingOptions, 'mentions'>;
  mentionsAt: MentionsAt;
}

function blockNode(rec: Recommendation, part: PartKind, blockIndex: number, block: Block, context: WriteContext): MdxJsxFlowElement {
  const { pages, phrasing, mentionsAt } = context;
  const anchors = blockAnchors(rec, part, blockIndex, block);
  if (block.kind === 'paragraph') {
    const mentions = mentionsAt({ part, blockIndex });
    const children: MdxJsxFlowElement['children'] = [paragraph(textToPhrasing(block.text, { ...phrasing, mentions }))];
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
      { id: anchors.block, rec: rec.id, page: String(block.page), endPage: block.endPage === undefined ? undefined : String(block.endPage), label: block.label, strength: block.strength, newPage: pages.enter(block.page) },
      children,
    );
  }
  const listNewPage = pages.enter(block.page);
  const items = block.items.map((item, itemIndex) =>
    jsx('Item', { id: anchors.items[itemIndex], rec: rec.id, page: String(item.page), endPage: item.endPage === undefined ? undefined : String(item.endPage), label: item.label, newPage: pages.enter(item.page) }, [
      paragraph(textToPhrasing(item.text, { ...phrasing, mentions: mentionsAt({ part, blockIndex, itemIndex }) })),
    ]),
  );
  return jsx('List', { id: anchors.block, rec: rec.id, page: String(block.page), style: block.style, newPage: listNewPage }, items);
}

/** The footnotes this recommendation may cite, by original number. */
function footnotesOf(rec: Recommendation, report: ParsedReport): Map<number, Footnote> {
  const byNumber = new Map<number, Footnote>();
  for (const f of report.footnotes.filter((f) => f.recommendation === rec.id)) {
    if (byNumber.has(f.number)) throw new Error(`recommendation ${rec.id} has footnote ${f.number} twice`);
    byNumber.set(f.number, f);
  }
  return byNumber;
}

/**
 * The file for `recs` (in report order), all from `report`. `passages` are the report's
 * programme mentions (`mentionsInReport`), so links and programme pages come from one derivation.
 */
export function recommendationsToMdast(recs: readonly Recommendation[], report: ParsedReport, passages: readonly Passage[]): Root {
  const mentions = new Map<string, Mention[]>();
  for (const passage of passages) {
    const key = locationKey(passage.recommendationId, passage);
    mentions.set(key, [...(mentions.get(key) ?? []), ...passage.mentions]);
  }
  const sections: RootContent[] = [];
  const definitions: FootnoteDefinition[] = [];
  const numbers = new Map<number, string>();
  for (const rec of recs) {
    const footnotes = footnotesOf(rec, report);
    for (const n of footnotes.keys()) {
      // A file labels notes by number: two recommendations of one file cannot share one.
      const other = numbers.get(n);
      if (other !== undefined) throw new Error(`footnote ${n} belongs to both ${other} and ${rec.id}`);
      numbers.set(n, rec.id);
    }
    const cited = new Set<number>();
    const context: WriteContext = {
      pages: new PageTracker(pageBefore(rec, report)),
      phrasing: { mayCite: (n) => footnotes.has(n), onFootnote: (n) => cited.add(n) },
      mentionsAt: (location) => mentions.get(locationKey(rec.id, location)) ?? [],
    };
    const part = (kind: PartKind) =>
      jsx('Part', { kind, id: partAnchor(rec.id, kind), rec: rec.id }, rec[kind].map((block, i) => blockNode(rec, kind, i, block, context)));
    sections.push(jsx('Recommendation', { id: rec.id }, [part('grevio'), part('response')]));
    for (const footnote of [...footnotes.values()].sort((a, b) => a.number - b.number)) {
      if (!cited.has(footnote.number)) {
        throw new Error(`footnote ${footnote.number} belongs to recommendation ${rec.id}, but its text never cites [^${footnote.number}]`);
      }
      const label = String(footnote.number);
      const text = textToPhrasing(footnote.text, { mentions: context.mentionsAt({ part: 'footnote', footnote: footnote.number }) });
      definitions.push({ type: 'footnoteDefinition', identifier: label, label, children: [paragraph(text) as BlockContent] });
    }
  }
  return { type: 'root', children: [...sections, ...definitions] };
}
