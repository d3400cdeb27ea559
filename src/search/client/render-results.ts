/**
 * Builds the result list with DOM methods only: every string from the index becomes a text node,
 * so nothing from a report can turn into markup on the search page.
 */
import type { PagefindFragment } from './pagefind-api.ts';
import type { PassageView, Segment } from './passage-view.ts';
import { PART_LABELS } from '../part-labels.ts';

export interface ShownPassage {
  fragment: PagefindFragment;
  view: PassageView;
  /** Terms of the query this passage does not contain. */
  missing: string[];
  /** Its recommendation's articles, the one whose page holds it first, and its topic. */
  articles: string[];
  topic: string;
}

export interface Labels {
  reports?: Record<string, string>;
  wording?: Record<string, string>;
}


export function renderPassage(shown: ShownPassage, labels: Labels): HTMLLIElement {
  const { meta, filters } = shown.fragment;
  const articles = shown.articles;
  const part = filters.onderdeel?.[0] ?? '';
  const report = filters.rapport?.[0] ?? '';
  const li = el('li', 'result');
  const heading = el('h3', 'result-title');
  heading.append(link(shown.view.url, `Artikel ${articles[0] ?? '?'} · ${shown.topic}`));
  li.append(heading);

  const facts = el('p', 'result-meta');
  const partLabel = PART_LABELS[part as keyof typeof PART_LABELS] ?? '';
  facts.append(part === 'voetnoot' ? `${partLabel} ${meta.label ?? ''}` : [partLabel, meta.label].filter(Boolean).join(' · '));
  if (meta.pagina) facts.append(' · ', span('result-page', `p. ${meta.pagina}`));
  const wording = meta.formulering ? labels.wording?.[meta.formulering] : undefined;
  if (wording) {
    facts.append(' · ');
    const badge = span(`strength strength--${meta.formulering}`, wording);
    badge.prepend(span('sr-only', 'formulering: '));
    facts.append(badge);
  }
  const reports = labels.reports ?? {};
  if (Object.keys(reports).length > 1 && reports[report]) facts.append(' · ', reports[report]);
  li.append(facts);

  const excerpt = el('p', 'result-excerpt');
  excerpt.append(...shown.view.excerpt.map(segment));
  li.append(excerpt);

  if (articles.length > 1) li.append(text('p', 'result-also', `Hoort ook bij ${articles.length === 2 ? 'artikel' : 'artikelen'} ${dutchList(articles.slice(1))}`));
  if (shown.missing.length > 0) li.append(text('p', 'result-missing', `Zonder: ${shown.missing.join(', ')}`));
  return li;
}

function dutchList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
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

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, value: string): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  node.textContent = value;
  return node;
}

function span(className: string, value: string): HTMLSpanElement {
  return text('span', className, value);
}

function link(href: string, value: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = value;
  return a;
}
