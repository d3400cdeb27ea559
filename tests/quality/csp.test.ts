import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/quality/csp.ts';
import { findCspProblems } from '../../src/quality/find-csp-problems.ts';
import { headersForPath, parseHeadersFile } from '../../src/quality/headers-file.ts';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { readHtml } from '../../src/quality/read-html.ts';
import { pageUrlPath } from '../../src/quality/resolve-link.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { pathFor, sitePageTypes } from '../support/site-pages.ts';

const site = builtSite();
const pages = (await listHtmlFiles(site.dist)).filter((file) => !/^(_astro|pagefind)\//.test(file));
const types = await sitePageTypes(site.dist);

describe('Content-Security-Policy', () => {
  it('is declared first in <head> of every page, and no page has inline scripts, styles or handlers', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const found = findCspProblems(await readHtml(path.join(site.dist, page)), { policy: CSP_META, forbidInlineStyles: true });
      problems.push(...found.map((problem) => `${page}: ${problem}`));
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(problems.slice(0, 60).join('\n'), `${problems.length} problems`).toBe('');
  });

  it('is sent for every page by dist/_headers, frame-ancestors included', async () => {
    const text = await readFile(path.join(site.dist, '_headers'), 'utf8').catch(() => {
      throw new Error('dist/_headers is missing: the build must write it (see src/quality/headers-file.ts renderHeadersFile)');
    });
    const rules = parseHeadersFile(text);
    const uncovered = pages.filter(
      (page) => !headersForPath(rules, pageUrlPath(page, site.base)).some(([name, value]) => name.toLowerCase() === 'content-security-policy' && value === CSP_HEADER),
    );
    expect(uncovered, `pages without "Content-Security-Policy: ${CSP_HEADER}"`).toEqual([]);
  });

  describe('in Chromium', () => {
    const session = useBrowserSession(site);

    it.each(types)('raises no violation on the $type page ($file)', async (pageType) => {
      const opened = await session.open(pathFor(pageType), { expectStatus: pageType.type === '404' ? 404 : undefined });
      const violations = await opened.problems.csp();
      expect(violations.join('\n'), `${violations.length} CSP violations on ${opened.url}`).toBe('');
    });
  });
});
