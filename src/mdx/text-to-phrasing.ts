/**
 * Turns one verbatim text from the report into mdast phrasing nodes: plain text, footnote
 * references (`[^N]` in the text), `<ArticleLink>` for Convention article references and
 * `<ProgrammeLink>` for the first linkable mention of each registry entry. Text stays in text
 * nodes; escaping is left to the serializer. No character is added, dropped or moved.
 */
import type { PhrasingContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Mention } from '../programmes/find-mentions';
import { footnoteMarkers } from '../schema/footnote-marker';
import { findArticleRefs } from './article-refs';

export interface PhrasingOptions {
  /** Whether the text may cite footnote N (the recommendation has it). */
  mayCite?: (number: number) => boolean;
  /** Called for each footnote number the text cites. */
  onFootnote?: (number: number) => void;
  /** The text's registry mentions (from `mentionsInReport`), offsets into `text`. */
  mentions?: readonly Mention[];
}

type Piece =
  | { start: number; end: number; kind: 'footnote'; number: number }
  | { start: number; end: number; kind: 'article'; article: number }
  | { start: number; end: number; kind: 'programme'; slug: string };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The first mention of each entry that overlaps no footnote marker, article reference or
 * earlier chosen mention: a link never holds another link or a marker.
 */
function chooseMentions(mentions: readonly Mention[], taken: Piece[]): Piece[] {
  const chosen: Piece[] = [];
  const linked = new Set<string>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (linked.has(mention.slug)) continue;
    if ([...taken, ...chosen].some((piece) => overlaps(piece, mention))) continue;
    chosen.push({ start: mention.start, end: mention.end, kind: 'programme', slug: mention.slug });
    linked.add(mention.slug);
  }
  return chosen;
}

export function textToPhrasing(text: string, options: PhrasingOptions = {}): PhrasingContent[] {
  const fixed: Piece[] = [];
  for (const match of text.matchAll(footnoteMarkers())) {
    const number = Number(match[1]);
    if (!(options.mayCite?.(number) ?? false)) {
      throw new Error(`text cites footnote ${number}, which this recommendation does not have: ${JSON.stringify(text)}`);
    }
    options.onFootnote?.(number);
    fixed.push({ start: match.index, end: match.index + match[0].length, kind: 'footnote', number });
  }
  for (const ref of findArticleRefs(text)) {
    if (!fixed.some((piece) => overlaps(piece, ref))) fixed.push({ start: ref.start, end: ref.end, kind: 'article', article: ref.article });
  }
  const pieces = keepParagraph(text, [...fixed, ...chooseMentions(options.mentions ?? [], fixed)].sort((a, b) => a.start - b.start));
  // The text between the pieces, then each piece: every character once, in order.
  return gaps(text, pieces).flatMap((gap, i): PhrasingContent[] => {
    const piece = pieces[i];
    return [...(gap === '' ? [] : [textNode(gap)]), ...(piece ? [pieceNode(piece, text.slice(piece.start, piece.end))] : [])];
  });
}

/** HTML whitespace, as MDX's unravelling judges a text node empty. */
const BLANK = /^[ \t\n\r\f]*$/;

/** The text before each piece, and after the last one (pieces in order, not overlapping). */
function gaps(text: string, pieces: readonly Piece[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const piece of pieces) {
    out.push(text.slice(last, piece.start));
    last = piece.end;
  }
  out.push(text.slice(last));
  return out;
}

/**
 * MDX "unravels" a paragraph that holds only JSX and whitespace: the elements become blocks and
 * the whitespace between them is dropped ("<ProgrammeLink>Jeugdwet</ProgrammeLink> <ProgrammeLink>Wmo</ProgrammeLink>"
 * would render as two paragraphs without the space). So a passage whose text would be only links
 * and whitespace keeps its first link alone, or none when whitespace remains beside that one. A
 * passage that is exactly one link is kept: remark-inline-components.ts puts it back in its paragraph.
 */
function keepParagraph(text: string, pieces: Piece[]): Piece[] {
  const links = (list: readonly Piece[]) => list.length > 0 && list.every((p) => p.kind !== 'footnote') && gaps(text, list).every((g) => BLANK.test(g));
  if (!links(pieces)) return pieces;
  if (pieces.length === 1 && gaps(text, pieces).every((g) => g === '')) return pieces;
  const first = pieces.slice(0, 1);
  return links(first) ? [] : first;
}

function pieceNode(piece: Piece, written: string): PhrasingContent {
  if (piece.kind === 'footnote') return { type: 'footnoteReference', identifier: String(piece.number), label: String(piece.number) };
  if (piece.kind === 'article') return inline('ArticleLink', { article: String(piece.article) }, written);
  return inline('ProgrammeLink', { slug: piece.slug }, written);
}

function inline(name: 'ArticleLink' | 'ProgrammeLink', attributes: Record<string, string>, written: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [textNode(written)],
  };
}

function textNode(value: string): Text {
  return { type: 'text', value };
}
