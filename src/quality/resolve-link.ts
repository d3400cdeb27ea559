/**
 * Where a URL written on a built page leads: a file in the output directory (plus fragment),
 * somewhere else on the web, or nowhere we check (`data:`, `javascript:`…).
 */
export interface LinkContext {
  /** The page's file, relative to the output directory: `artikelen/3/index.html`. */
  page: string;
  /** The site's base path: `/` or `/verdragswijzer/`. */
  base: string;
  /** The deployed origin (`https://example.org`), so absolute links to it count as internal. */
  origin?: string;
}

export type ResolvedLink =
  | { kind: 'internal'; path: string; fragment: string | null }
  | { kind: 'outside-base'; path: string }
  | { kind: 'external'; url: string }
  | { kind: 'ignored'; scheme: string };

const LOCAL = 'http://local.invalid';

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The URL path a page file is served at: `artikelen/3/index.html` → `/base/artikelen/3/`. */
export function pageUrlPath(page: string, base: string): string {
  const path = page.endsWith('index.html') ? page.slice(0, -'index.html'.length) : page;
  return normaliseBase(base) + path;
}

export function resolveLink(url: string, context: LinkContext): ResolvedLink {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return scheme === 'mailto' || scheme === 'tel' ? { kind: 'external', url } : { kind: 'ignored', scheme };
  }
  const base = normaliseBase(context.base);
  const pageUrl = new URL(pageUrlPath(context.page, base), LOCAL);
  const resolved = new URL(url, pageUrl);
  const origin = context.origin ? new URL(context.origin).origin : undefined;
  if (resolved.origin !== LOCAL && resolved.origin !== origin) return { kind: 'external', url };

  const path = decodeURIComponent(resolved.pathname);
  const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : null;
  if (!(path + '/').startsWith(base)) return { kind: 'outside-base', path };
  return { kind: 'internal', path: path.slice(base.length - 1) || '/', fragment };
}

/** Files that can answer a URL path, most specific first: `/a/` → `a/index.html`; `/a` → `a`, `a.html`, `a/index.html`. */
export function candidateFiles(path: string): string[] {
  const relative = path.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return [`${relative}index.html`];
  return [relative, `${relative}.html`, `${relative}/index.html`];
}
