/**
 * Turns one verbatim text from the report into mdast phrasing nodes: plain text, footnote
 * references (`[^N]` in the text) and links for Convention article references. Text stays in
 * text nodes; escaping is left to the serializer.
 */
import type { PhrasingContent, Text } from 'mdast';
import { articlePath } from '../site/routes';
import { footnoteMarkers } from '../schema/footnote-marker';
import { findArticleRefs } from './article-refs';

export interface PhrasingOptions {
  /** The footnote label for original number N, or undefined when the text may not cite N. */
  footnoteLabel?: (number: number) => string | undefined;
  /** Called for each footnote number the text cites. */
  onFootnote?: (number: number) => void;
}

export function textToPhrasing(text: string, options: PhrasingOptions = {}): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(footnoteMarkers())) {
    const number = Number(match[1]);
    const label = options.footnoteLabel?.(number);
    if (label === undefined) {
      throw new Error(`text cites footnote ${number}, which this recommendation does not have: ${JSON.stringify(text)}`);
    }
    options.onFootnote?.(number);
    nodes.push(...linkArticleRefs(text.slice(last, match.index)));
    nodes.push({ type: 'footnoteReference', identifier: label, label });
    last = match.index + match[0].length;
  }
  nodes.push(...linkArticleRefs(text.slice(last)));
  return nodes;
}

/** Plain text with each Convention article reference wrapped in a link to `/artikelen/<n>/`. */
export function linkArticleRefs(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const ref of findArticleRefs(text)) {
    if (ref.start > last) nodes.push(textNode(text.slice(last, ref.start)));
    nodes.push({ type: 'link', url: articlePath(ref.article), children: [textNode(text.slice(ref.start, ref.end))] });
    last = ref.end;
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)));
  return nodes;
}

function textNode(value: string): Text {
  return { type: 'text', value };
}
