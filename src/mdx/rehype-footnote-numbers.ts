/**
 * Footnotes keep the report's own numbers. GFM footnotes (mdast-util-to-hast) are numbered by
 * order of appearance and gives every footnote section the same `footnote-label` id; this plugin shows
 * the original number N (taken from our `<id>-fn-N` labels), numbers the list items with
 * `value=N`, gives the section heading a per-recommendation id and Dutch back-link labels.
 */
import type { Root } from 'hast';
import { walkElements } from './hast-walk';
import { footnotesAnchor } from './anchor-ids';
import { footnoteNumberFromLabel } from './recommendation-to-mdast';

/** `#user-content-fn-<label>` or `user-content-fnref-<label>[-k]` (k-th reference) → label. */
const FN_PREFIX = /^#?user-content-fn(?:ref)?-(.+-fn-\d+)(?:-\d+)?$/;


function labelOf(hrefOrId: unknown): string | undefined {
  return typeof hrefOrId === 'string' ? FN_PREFIX.exec(hrefOrId)?.[1] : undefined;
}

/** Our labels are `<recommendation id>-fn-<N>`. */
function recommendationOf(label: string): string | undefined {
  const match = /^(.+)-fn-\d+$/.exec(label);
  return match?.[1];
}

export function rehypeFootnoteNumbers() {
  return (tree: Root): void => {
    let headingId: string | undefined;
    walkElements(tree, (el) => {
      const props = el.properties;
      if (props.dataFootnoteRef !== undefined) {
        const label = labelOf(props.href);
        const number = label ? footnoteNumberFromLabel(label) : undefined;
        const rec = label ? recommendationOf(label) : undefined;
        if (number !== undefined && rec) {
          el.children = [{ type: 'text', value: String(number) }];
          headingId = footnotesAnchor(rec);
          props.ariaDescribedBy = [headingId];
          props.ariaLabel = `Voetnoot ${number}`;
        }
      }
      if (el.tagName === 'li') {
        const label = labelOf(props.id);
        const number = label ? footnoteNumberFromLabel(label) : undefined;
        if (number !== undefined) props.value = String(number);
      }
      if (props.dataFootnoteBackref !== undefined) {
        const label = labelOf(props.href);
        const number = label ? footnoteNumberFromLabel(label) : undefined;
        if (number !== undefined) props.ariaLabel = `Terug naar de tekst bij voetnoot ${number}`;
      }
    });
    if (!headingId) return;
    const id = headingId;
    walkElements(tree, (el) => {
      if (el.properties.id === 'footnote-label') el.properties.id = id;
    });
  };
}
