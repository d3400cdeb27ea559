/**
 * Pagefind returns one record per page and splits it into sub-results at headings. We turn each
 * sub-result into a passage a journalist can cite: the recommendation it belongs to, GREVIO or
 * the response, the source page ("p. 30") and a link to the exact paragraph or list item.
 * Source pages come from the page's `bladzijden` metadata, one per passage anchor in order.
 */
import { excerptSegments, type Segment } from './excerpt.ts';
import type { Part } from './search-state.ts';
import { PASSAGE_ANCHOR } from './passage-anchor.ts';

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface SubResult {
  title: string;
  url: string;
  anchor?: Anchor;
  locations: number[];
  weighted_locations?: Array<{ weight: number; location: number }>;
  excerpt: string;
}
export interface FragmentData {
  url: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
  sub_results: SubResult[];
  excerpt: string;
}

export interface Passage {
  /** "Huisverbod, contactverboden en beschermingsbevelen · Reactie van de regering" */
  title: string;
  part: Part | undefined;
  page: number | undefined;
  /** The sub-result URL, pointed at the passage anchor. */
  url: string;
  excerpt: Segment[];
}

const PART_ANCHOR = /-(grevio|response)$/;

export function passagesOf(data: FragmentData, only?: Part): Passage[] {
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const passageAnchors = anchors.filter((a) => PASSAGE_ANCHOR.test(a.id));
  const pages = (data.meta.bladzijden ?? '').split(' ').filter(Boolean).map(Number);
  const topics = anchors.filter((a) => a.element === 'h2');

  const passages: Passage[] = [];
  for (const sub of data.sub_results) {
    const part = PART_ANCHOR.exec(sub.anchor?.id ?? '')?.[1] as Part | undefined;
    if (only && part !== only) continue;
    const at = bestLocation(sub);
    const index = lastIndexAtOrBefore(passageAnchors, at);
    const passage = index >= 0 && part !== undefined ? passageAnchors[index] : undefined;
    const topic = topics[lastIndexAtOrBefore(topics, at)]?.text?.trim();
    const isTopicHeading = sub.anchor?.element === 'h2';
    passages.push({
      title: isTopicHeading ? sub.title : [topic, sub.title].filter(Boolean).join(' · '),
      part,
      page: passage ? pages[index] : undefined,
      url: passage ? withHash(sub.url, passage.id) : sub.url,
      excerpt: excerptSegments(sub.excerpt),
    });
  }
  return passages;
}

function bestLocation(sub: SubResult): number {
  const weighted = [...(sub.weighted_locations ?? [])].sort((a, b) => b.weight - a.weight || a.location - b.location);
  return weighted[0]?.location ?? sub.locations[0] ?? 0;
}

function lastIndexAtOrBefore(anchors: Anchor[], location: number): number {
  let found = -1;
  anchors.forEach((a, i) => {
    if (a.location <= location) found = i;
  });
  return found;
}

function withHash(url: string, id: string): string {
  return `${url.split('#')[0]}#${id}`;
}
