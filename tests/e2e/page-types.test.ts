import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { SCREENSHOTS_DIR } from '../support/paths.ts';
import { CORE_PAGE_TYPES, pathFor, sitePageTypes, slugFor } from '../support/site-pages.ts';

const site = builtSite();
const types = await sitePageTypes(site.dist);
const WIDTHS = [390, 1280];
const reports = await loadGeneratedReports();
/** Something every search index over our reports must find: the first recommendation's topic word. */
const query = (reports[0]?.parsed.recommendations[0]?.topic.split(/\s+/).find((word) => word.length >= 4) ?? 'GREVIO').toLowerCase();

describe('every page type in the build', () => {
  const session = useBrowserSession(site);
  const open = (pageType: (typeof types)[number], width = 1280) =>
    session.open(pathFor(pageType), { width, height: 800, expectStatus: pageType.type === '404' ? 404 : undefined });

  it('includes the core ones: home, artikelen, an article, a report and 404', () => {
    const present = types.map((t) => t.type);
    expect(CORE_PAGE_TYPES.filter((type) => !present.includes(type)), `page types in dist: ${present.join(', ')}`).toEqual([]);
  });

  describe.each(types)('$type ($file, one of $count)', (pageType) => {
    it('loads without console errors, uncaught exceptions or failed requests', async () => {
      const opened = await open(pageType);
      expect(opened.response?.status()).toBe(pageType.type === '404' ? 404 : 200);
      const problems = await opened.problems.all();
      expect(problems.join('\n'), `${problems.length} problems on ${opened.url}`).toBe('');
    });

    it.each(['light', 'dark'] as const)('has no axe violations at WCAG 2.2 AA in the %s colour scheme', async (colorScheme) => {
      const { page } = await session.open(pathFor(pageType), { width: 1280, height: 800, colorScheme, expectStatus: pageType.type === '404' ? 404 : undefined });
      const violations = await axeViolations(page);
      expect(violations.join('\n\n'), `${violations.length} rules violated (${colorScheme})`).toBe('');
    });

    it('reaches a visible skip link first with Tab, and the skip link moves focus into <main>', async () => {
      const { page } = await open(pageType);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const href = el?.getAttribute('href') ?? '';
        const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        const box = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          href,
          text: el?.textContent?.trim(),
          targetInMain: Boolean(target?.closest('main') ?? target?.querySelector('main')),
          visible: Boolean(box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight),
        };
      });
      expect(skip.tag, 'first Tab stop should be the skip link').toBe('a');
      expect(skip.href, `first Tab stop "${skip.text}" is not a skip link`).toMatch(/^#./);
      expect(skip.targetInMain, `skip link target ${skip.href} is not <main> or inside it`).toBe(true);
      expect(skip.visible, 'skip link is not visible when focused').toBe(true);

      await page.keyboard.press('Enter');
      const inMain = () => page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      if (!(await inMain())) await page.keyboard.press('Tab'); // target without tabindex: focus moves from it on the next Tab
      expect(await inMain(), 'after the skip link, focus is not in <main>').toBe(true);
    });

    // Search exists once the build has a search page; then it is tested with results on screen.
    if (pageType.type === 'zoeken') {
      it(`shows results for "${query}" submitted from a search form, with no axe violations or console errors`, async () => {
        const opened = await open(pageType);
        const { page } = opened;
        // The search page's own input (a Pagefind UI), else a GET form's `q` (which reloads with ?q=).
        const own = page.locator('main input[type="search"], main input[type="text"]');
        const input = (await own.count()) > 0 ? own.first() : page.locator('input[name="q"]').first();
        expect(await input.count(), 'no search input on the search page').toBe(1);
        await input.fill(query);
        await input.press('Enter');
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(
          (q) => {
            const main = document.querySelector('main');
            const results = [...(main?.querySelectorAll('a[href*="/artikelen/"], a[href*="/rapporten/"]') ?? [])].filter((a) => !a.closest('nav, header, footer'));
            return results.length > 0 && (main?.textContent ?? '').toLowerCase().includes(q);
          },
          query,
          { timeout: 15_000 },
        );
        const violations = await axeViolations(page);
        expect(violations.join('\n\n'), `${violations.length} rules violated with results shown`).toBe('');
        const problems = await opened.problems.all();
        expect(problems.join('\n'), `${problems.length} problems while searching`).toBe('');
      });
    }

    it('renders at 390 and 1280 px wide (test-results/screenshots/)', async () => {
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      for (const width of WIDTHS) {
        const { page } = await open(pageType, width);
        const file = path.join(SCREENSHOTS_DIR, `${slugFor(pageType)}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `page scrolls sideways by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  });
});
