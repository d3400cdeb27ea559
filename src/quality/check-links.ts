/**
 * Internal link checker for a built static site: every internal `href`/`src`/`srcset`/`action`
 * must name a file in the output directory, and every `#fragment` an `id` (or `a[name]`) in the
 * target page.
 * External links (other hosts, `mailto:`, `tel:`) are listed, never fetched.
 */
import path from 'node:path';
import { extractAnchors, extractLinks } from './extract-links.ts';
import { listFiles } from './list-files.ts';
import { readHtml } from './read-html.ts';
import { candidateFiles, resolveLink, type LinkContext } from './resolve-link.ts';

export interface CheckLinksOptions {
  /** The output directory (`dist`). */
  root: string;
  base?: string;
  origin?: string;
}

export interface BrokenLink {
  page: string;
  where: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Internal links checked (counting repeats). */
  checked: number;
  broken: BrokenLink[];
  /** Distinct external URLs, each with the first page that uses it. */
  external: Array<{ url: string; page: string }>;
}

/** Pages a host serves at any missing URL: a relative link on them breaks one folder down. */
const SERVED_ANYWHERE = new Set(['404.html']);

/** Fragments every HTML page answers without an element carrying the id. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

export async function checkLinks(options: CheckLinksOptions): Promise<LinkReport> {
  const files = await listFiles(options.root);
  const fileSet = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html'));
  const anchorsByPage = new Map<string, Set<string>>();
  const linksByPage = new Map<string, ReturnType<typeof extractLinks>>();
  for (const page of pages) {
    const tree = await readHtml(path.join(options.root, page));
    anchorsByPage.set(page, extractAnchors(tree));
    linksByPage.set(page, extractLinks(tree));
  }

  const report: LinkReport = { pages: pages.length, checked: 0, broken: [], external: [] };
  const external = new Map<string, string>();
  for (const [page, links] of linksByPage) {
    const context: LinkContext = { page, base: options.base ?? '/', origin: options.origin };
    for (const link of links) {
      const problem = checkOne(link.url, context, fileSet, anchorsByPage);
      if (problem === 'external') {
        if (!external.has(link.url)) external.set(link.url, page);
        continue;
      }
      if (problem === 'ignored') continue;
      report.checked += 1;
      const reason = problem ?? (SERVED_ANYWHERE.has(page) && isPathRelative(link.url) ? 'relative URL on a page served at any path (use /…)' : null);
      if (reason) report.broken.push({ page, where: link.where, url: link.url, reason });
    }
  }
  report.external = [...external].map(([url, page]) => ({ url, page }));
  return report;
}

/** `null` when the link resolves; otherwise why not (or `external`/`ignored`). */
function checkOne(
  url: string,
  context: LinkContext,
  files: Set<string>,
  anchorsByPage: Map<string, Set<string>>,
): string | null {
  if (url === '') return 'empty URL';
  let resolved;
  try {
    resolved = resolveLink(url, context);
  } catch (error) {
    return `unparsable URL (${(error as Error).message})`;
  }
  if (resolved.kind === 'external' || resolved.kind === 'ignored') return resolved.kind;
  if (resolved.kind === 'outside-base') return `points outside the base path ${context.base}: ${resolved.path}`;

  const target = candidateFiles(resolved.path).find((file) => files.has(file));
  if (!target) return `no file for ${resolved.path} (looked for ${candidateFiles(resolved.path).join(', ')})`;
  if (resolved.fragment === null || BUILT_IN_FRAGMENTS.has(resolved.fragment.toLowerCase())) return null;
  const anchors = anchorsByPage.get(target);
  if (!anchors) return null; // a fragment into a non-HTML file (e.g. a PDF page) is not ours to check
  return anchors.has(resolved.fragment) ? null : `no id "${resolved.fragment}" in ${target}`;
}

function isPathRelative(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.where}="${link.url}" → ${link.reason}`).join('\n');
}
