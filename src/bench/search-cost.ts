/**
 * What a search costs in a real Chromium, as a reader types: bytes fetched for the first search
 * on a fresh page (every Pagefind file and the search page's side files: vocabulary, passage
 * table), and milliseconds from the last keystroke to the results painted, debounce included
 * (the page stamps `data-painted` in the frame after it renders).
 */
import type { Browser, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export interface FirstSearch {
  query: string;
  ms: number;
  /** Transferred with gzip: Pagefind's own files are stored compressed and counted as they are. */
  gzip: number;
  files: Array<{ path: string; gzip: number }>;
}

const SEARCH_FILES = /\/(pagefind\/|zoeken\/(woorden\/|passages\.json))/;
const PRECOMPRESSED = /\.pf_[a-z]+$|\.pagefind$/;

async function typeAndWait(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number };
    w.lastKey = 0;
    document.addEventListener('keydown', () => (w.lastKey = performance.now()), { capture: true });
  });
  await page.fill('#zoekveld', '');
  await page.keyboard.type(query, { delay: 60 });
  const handle = await page.waitForFunction(
    (q) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]')!;
      const last = (window as unknown as { lastKey: number }).lastKey;
      const painted = Number(root.dataset.painted ?? 0);
      return document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`) && painted > last ? painted - last : false;
    },
    query,
    { timeout: 15_000, polling: 5 },
  );
  return Number(await handle.jsonValue());
}

export async function firstSearch(browser: Browser, searchPageUrl: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(searchPageUrl, { waitUntil: 'networkidle' });
  const bodies: Array<{ path: string; gzip: number }> = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!SEARCH_FILES.test(path)) return;
    pending.push(response.body().then((body) => void bodies.push({ path, gzip: PRECOMPRESSED.test(path) ? body.length : gzipSync(body).length }), () => undefined));
  });
  await page.click('#zoekveld');
  const ms = await typeAndWait(page, query);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  // A file fetched twice (by two searches while typing) is transferred once.
  const files = [...new Map(bodies.map((b) => [b.path, b])).values()].sort((a, b) => b.gzip - a.gzip);
  return { query, ms, gzip: files.reduce((n, f) => n + f.gzip, 0), files };
}

/** Milliseconds per query typed on a page that has searched before (index and runtime loaded). */
export async function warmSearches(browser: Browser, searchPageUrl: string, queries: readonly string[]): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(searchPageUrl, { waitUntil: 'networkidle' });
  await page.click('#zoekveld');
  await typeAndWait(page, 'geweld');
  const times: number[] = [];
  for (const query of queries) times.push(await typeAndWait(page, query));
  await context.close();
  return times;
}
