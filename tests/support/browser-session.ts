/**
 * One Chromium and one static server for a test file: `const session = useBrowserSession(site)`
 * in a describe, then `session.open(path)` in its tests. Pages close after each test; the
 * browser and server after the file.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BuiltSiteInfo } from './built-site.ts';
import { launchChromium } from './chromium.ts';
import { watchPage, type PageProblems } from './page-problems.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface OpenedPage {
  page: Page;
  response: Response | null;
  problems: PageProblems;
  url: string;
}

export interface BrowserSession {
  server(): StaticServer;
  /** Open a path below the base in a fresh context; `expectStatus` for the 404 page. */
  open(pathBelowBase: string, options?: { width?: number; height?: number; expectStatus?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark' }): Promise<OpenedPage>;
}

export function useBrowserSession(site: BuiltSiteInfo): BrowserSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let startError: Error | undefined;
  const contexts: BrowserContext[] = [];

  // A failure here is kept and thrown by every `open()`, so each browser test fails with the
  // reason (e.g. how to install Chromium) instead of being reported as skipped.
  beforeAll(async () => {
    try {
      server = await startStaticServer({ root: site.dist, base: site.base });
      browser = await launchChromium();
    } catch (error) {
      startError = error as Error;
    }
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    server: () => {
      if (startError) throw startError;
      if (!server) throw new Error('static server not started');
      return server;
    },
    async open(pathBelowBase, options = {}) {
      if (startError) throw startError;
      if (!browser || !server) throw new Error('browser session not started');
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        javaScriptEnabled: options.javaScript ?? true,
        colorScheme: options.colorScheme ?? 'light',
      });
      contexts.push(context);
      const page = await context.newPage();
      const url = server.url(pathBelowBase);
      const expectedError = options.expectStatus ? { url, status: options.expectStatus } : undefined;
      const problems = await watchPage(page, { expectedError });
      const response = await page.goto(url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      return { page, response, problems, url };
    },
  };
}
