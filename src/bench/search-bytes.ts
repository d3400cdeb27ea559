/**
 * Bytes the browser fetches for one search, counted from Chromium's network events: open the
 * search page, then count every response that arrives while one query is typed and answered.
 * Pagefind's own runtime (pagefind.js, its worker and WebAssembly) is counted apart from the
 * index data it reads for this query (meta, index chunks, filters, fragments).
 */
import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface SearchBytes {
  query: string;
  ms: number;
  runtime: { raw: number; gzip: number; files: number };
  index: { raw: number; gzip: number; files: number };
  other: { raw: number; gzip: number; files: number };
}

const RUNTIME = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind|pagefind-entry\.json)/;
const INDEX = /\/pagefind\/.*\.pf_(meta|index|filter|fragment)$|\.pf_meta$/;

export async function searchBytes(browser: Browser, searchPageUrl: string, query: string): Promise<SearchBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(searchPageUrl, { waitUntil: 'networkidle' });
  const bodies: Array<{ url: string; body: Buffer }> = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(response.body().then((body) => void bodies.push({ url: response.url(), body }), () => undefined));
  });
  const started = performance.now();
  await page.fill('#zoekveld', query);
  await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`), query);
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  const tally = (list: typeof bodies) => ({
    raw: list.reduce((n, b) => n + b.body.length, 0),
    gzip: list.reduce((n, b) => n + gzipSync(b.body).length, 0),
    files: list.length,
  });
  const clean = bodies.map((b) => ({ ...b, url: b.url.split('?')[0]! }));
  return {
    query,
    ms,
    runtime: tally(clean.filter((b) => RUNTIME.test(b.url))),
    index: tally(clean.filter((b) => !RUNTIME.test(b.url) && INDEX.test(b.url))),
    other: tally(clean.filter((b) => !RUNTIME.test(b.url) && !INDEX.test(b.url))),
  };
}
