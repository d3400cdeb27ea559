/** Sizes of the built site: the whole of dist/, and what one page makes a browser download. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export function distSize(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function sizeOf(content: Buffer): Bytes {
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function sum(list: Bytes[]): Bytes {
  return list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/**
 * HTML, CSS and JS bytes of one page as a first visit downloads them: the HTML file plus every
 * stylesheet and script it references (resolved against dist/ and the base path).
 */
export function pageWeight(dist: string, pagePath: string, base = '/'): { html: Bytes; css: Bytes; js: Bytes } {
  const html = readFileSync(join(dist, pagePath));
  const text = html.toString('utf8');
  const local = (url: string) => join(dist, url.replace(base, '/').replace(/^\//, ''));
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => sizeOf(readFileSync(local(m[1]!))));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => sizeOf(readFileSync(local(m[1]!))));
  return { html: sizeOf(html), css: sum(css), js: sum(js) };
}
