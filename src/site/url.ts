/**
 * Internal URLs. Every internal link goes through `href()` so the site can be served from a
 * sub-path (`BASE_PATH`); `withBase()` is the pure version for code that runs outside Astro.
 */

/** Joins a base path (`/`, `/sub`, `/sub/`) and a root-relative path (`/artikelen/3/`). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`internal path must start with "/": ${path}`);
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** Root-relative path with the configured base, for links in pages and components. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL ?? '/', path);
}

/** Absolute URL when `site` is configured, else the base-prefixed path (for open data). */
export function publicUrl(path: string, site: string | URL | undefined = import.meta.env.SITE): string {
  const local = href(path);
  return site ? new URL(local, site).href : local;
}
