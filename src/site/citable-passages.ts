/**
 * Every paragraph and list item of a report, in page order, with what its "Citeer" entry shows:
 * its anchor, place (recommendation, part, paragraph, item, page) and the quote as copied.
 */
import { blockAnchors, type PartKind } from '../mdx/anchor-ids';
import { quotedText } from '../schema/footnote-marker';
import type { ParsedReport } from '../schema/report';
import type { PassagePlace } from './passage-citation';

export interface CitablePassage {
  anchor: string;
  recommendationId: string;
  place: Omit<PassagePlace, 'url'>;
  quote: string;
}

export function citablePassages(parsed: ParsedReport): CitablePassage[] {
  const out: CitablePassage[] = [];
  parsed.recommendations.forEach((rec, index) => {
    for (const part of ['grevio', 'response'] as const satisfies readonly PartKind[]) {
      rec[part].forEach((block, blockIndex) => {
        const anchors = blockAnchors(rec, part, blockIndex, block);
        const place = { recommendation: index + 1, topic: rec.topic, articles: rec.articles, part, block: blockIndex + 1 };
        if (block.kind === 'paragraph') {
          out.push({ anchor: anchors.block, recommendationId: rec.id, place: { ...place, ...(block.label ? { label: block.label } : {}), page: block.page, ...(block.endPage ? { endPage: block.endPage } : {}) }, quote: quotedText(block.text) });
          return;
        }
        block.items.forEach((item, i) =>
          out.push({ anchor: anchors.items[i]!, recommendationId: rec.id, place: { ...place, item: item.label, itemIndex: i, page: item.page, ...(item.endPage ? { endPage: item.endPage } : {}) }, quote: quotedText(item.text) }),
        );
      });
    }
  });
  return out;
}
