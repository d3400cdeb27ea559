/**
 * What a search costs in a real Chromium, as a reader types: bytes fetched for the first search
 * on a fresh page, counted from the page's navigation (every Pagefind file and the search page's
 * side files: vocabulary, passage table; the page preloads Pagefind while idle, and that counts),
 * and milliseconds from the last input to the results painted, debounce included (the page stamps
 * `data-painted` in the frame after it renders). Also the time from opening a link with `?q=` to
 * its results painted.
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

/** Types the query (or pastes it at once), then the time from the last input event to the results painted. */
async function typeAndWait(page: Page, query: string, paste = false): Promise<number> {
  await page.fill('#zoekveld', '');
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number };
    w.lastKey = 0;
    document.addEventListener('input', () => (w.lastKey = performance.now()), { capture: true });
  });
  if (paste) await page.fill('#zoekveld', query);
  else await page.keyboard.type(query, { delay: 60 });
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

/** The first search on a fresh page: typed (the index loads while the first letters are typed) or pasted (nothing loaded yet). */
export async function firstSearch(browser: Browser, searchPageUrl: string, query: string, paste = false): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Array<{ path: string; gzip: number }> = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!SEARCH_FILES.test(path)) return;
    pending.push(response.body().then((body) => void bodies.push({ path, gzip: PRECOMPRESSED.test(path) ? body.length : gzipSync(body).length }), () => undefined));
  });
  await page.goto(searchPageUrl, { waitUntil: 'networkidle' });
  await page.click('#zoekveld');
  const ms = await typeAndWait(page, query, paste);
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

/** Milliseconds from navigating to `/zoeken/?q=…` to its results painted. */
export async function searchFromLink(browser: Browser, searchPageUrl: string, query: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${searchPageUrl}?q=${encodeURIComponent(query)}`);
  const handle = await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-root]')?.dataset.painted ?? 0) || false, null, { timeout: 15_000, polling: 5 });
  const ms = Number(await handle.jsonValue());
  await context.close();
  return ms;
}
