/** What a page points at (`href`, `src`, `srcset`, `form[action]`) and what it can be pointed at (`id`, `a[name]`). */
import type { Root } from 'hast';
import { attribute, elements } from './read-html.ts';

export interface PageLink {
  /** `a[href]`, `img[src]`, `source[srcset]`, `form[action]`… */
  where: string;
  url: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'action'] as const;

export function extractLinks(tree: Root): PageLink[] {
  const links: PageLink[] = [];
  for (const element of elements(tree)) {
    for (const name of URL_ATTRIBUTES) {
      const url = attribute(element, name);
      if (url !== undefined) links.push({ where: `${element.tagName}[${name}]`, url: url.trim() });
    }
    const srcset = attribute(element, 'srcset');
    if (srcset !== undefined) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ where: `${element.tagName}[srcset]`, url });
      }
    }
  }
  return links;
}

/** Fragment targets: every `id`, and `name` on `<a>` (the legacy anchor form). */
export function extractAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  for (const element of elements(tree)) {
    const id = attribute(element, 'id');
    if (id) anchors.add(id);
    const name = element.tagName === 'a' ? attribute(element, 'name') : undefined;
    if (name) anchors.add(name);
  }
  return anchors;
}
