/**
 * Builds the result list with DOM methods only: every string from the index becomes a text node,
 * so nothing from a report can turn into markup on the search page.
 */
import type { Segment } from './excerpt.ts';
import type { Passage } from './passages.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

export interface PageResult {
  title: string;
  url: string;
  passages: Passage[];
}


/** `/artikelen/52/#r-x` + "huisverbod" → `/artikelen/52/?markeer=huisverbod#r-x` */
export function withHighlight(url: string, query: string): string {
  if (!query) return url;
  const [path, hash] = url.split('#');
  const separator = path!.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

export function renderResults(list: HTMLOListElement, results: PageResult[], query: string): void {
  list.replaceChildren(...results.map((result) => renderPage(result, query)));
}

function renderPage(result: PageResult, query: string): HTMLLIElement {
  const li = el('li', 'result');
  const heading = el('h3', 'result-title');
  heading.append(link(withHighlight(result.url, query), result.title));
  li.append(heading);
  const passages = el('ol', 'result-passages');
  for (const passage of result.passages) {
    const item = el('li', 'passage');
    const meta = el('p', 'passage-meta');
    meta.append(link(withHighlight(passage.url, query), passage.title));
    if (passage.page !== undefined) meta.append(' · ', span('passage-page', `p. ${passage.page}`));
    const excerpt = el('p', 'passage-excerpt');
    excerpt.append(...passage.excerpt.map(segment));
    item.append(meta, excerpt);
    passages.append(item);
  }
  if (result.passages.length > 0) li.append(passages);
  return li;
}

function segment(s: Segment): Node {
  if (!s.mark) return document.createTextNode(s.text);
  const mark = document.createElement('mark');
  mark.textContent = s.text;
  return mark;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function span(className: string, text: string): HTMLSpanElement {
  const node = el('span', className);
  node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
