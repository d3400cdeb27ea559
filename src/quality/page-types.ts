/**
 * Group a built site's pages into page types (`home`, `artikelen`, `artikelen/*`, `404`…) and pick
 * one page per type to drive a browser through: the largest, so it has the most to check.
 */
export interface BuiltPage {
  /** Relative to the output directory: `artikelen/3/index.html`. */
  file: string;
  size: number;
}

export interface PageType {
  type: string;
  file: string;
  /** Pages of this type in the build. */
  count: number;
}

/** Folders of assets and search index, never pages. */
const NOT_PAGES = /^(_astro|pagefind)\//;

export function pageTypeOf(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const segments = file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '').split('/');
  return [segments[0], ...segments.slice(1).map(() => '*')].join('/');
}

export function pageTypes(pages: BuiltPage[]): PageType[] {
  const byType = new Map<string, PageType & { size: number }>();
  for (const page of pages) {
    if (!page.file.endsWith('.html') || NOT_PAGES.test(page.file)) continue;
    const type = pageTypeOf(page.file);
    const current = byType.get(type);
    if (!current) byType.set(type, { type, file: page.file, count: 1, size: page.size });
    else {
      current.count += 1;
      if (page.size > current.size || (page.size === current.size && page.file < current.file)) {
        Object.assign(current, { file: page.file, size: page.size });
      }
    }
  }
  return [...byType.values()]
    .map(({ type, file, count }) => ({ type, file, count }))
    .sort((a, b) => a.type.localeCompare(b.type));
}
