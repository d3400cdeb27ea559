/** The visible text of a built page's `<main>` (or `<body>`), as `innerText` would give it, whitespace collapsed. */
import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { elements } from './read-html.ts';

export function pageText(tree: Root): string {
  const main = [...elements(tree)].find((el) => el.tagName === 'main');
  return normaliseWhitespace(toText(main ?? tree));
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
