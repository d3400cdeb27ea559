/**
 * Everything that went wrong while a page loaded: console errors, uncaught exceptions, failed
 * requests, HTTP errors, and Content-Security-Policy violations (from the console and from
 * `securitypolicyviolation` events). Call before `page.goto`.
 */
import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Every problem, readable, in the order seen. */
  all(): Promise<string[]>;
  /** Only the CSP violations. */
  csp(): Promise<string[]>;
}

export interface WatchOptions {
  /** A document URL whose error status is the point (the 404 page). */
  expectedError?: { url: string; status: number };
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchPage(page: Page, options: WatchOptions = {}): Promise<PageProblems> {
  const problems: string[] = [];
  const expected = options.expectedError;
  const isExpected = (url: string, status?: number) => expected !== undefined && url === expected.url && (status === undefined || status === expected.status);

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // Chromium logs the expected status of the document itself as a failed resource.
    if (isExpected(where) && /status of \d+/.test(message.text())) return;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !isExpected(response.url(), response.status())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

  const fromEvents = async () => (page.isClosed() ? [] : ((await page.evaluate(() => window.__cspViolations ?? [])) as string[]));
  return {
    all: async () => [...problems, ...(await fromEvents())],
    csp: async () => [...problems.filter((problem) => /content security policy/i.test(problem)), ...(await fromEvents())],
  };
}
