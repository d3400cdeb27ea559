/**
 * Search as a journalist uses it, in a real browser against the built site: typing, stemming,
 * the Dutch empty state, filters kept in the URL, the back button, keyboard only, landing on a
 * highlighted passage, and no request leaving the site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';

const site = builtSite();
const STATUS = '[data-search-status]';

/** Waits until the status line speaks about this query (so we never read the previous results). */
async function waitForStatus(page: Page, fragment: string): Promise<string> {
  await page.waitForFunction(([sel, f]) => document.querySelector(sel!)?.textContent?.includes(f!), [STATUS, fragment], { timeout: 10_000 });
  return (await page.textContent(STATUS)) ?? '';
}

const resultTitles = (page: Page) => page.locator('.result-title a').allTextContents();

describe('search', () => {
  const session = useBrowserSession(site);

  it('shows results for "huisverbod" within a second, with articles 52 and 53 among the first', async () => {
    const { page, problems } = await session.open('zoeken/');
    const started = Date.now();
    await page.fill('#zoekveld', 'huisverbod');
    await waitForStatus(page, '“huisverbod”');
    expect(Date.now() - started).toBeLessThan(1000);
    const titles = await resultTitles(page);
    expect(titles.slice(0, 3).some((t) => t.startsWith('Artikel 52:'))).toBe(true);
    expect(titles.slice(0, 3).some((t) => t.startsWith('Artikel 53:'))).toBe(true);
    expect(await page.locator('.passage-excerpt mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.passage-page').first().textContent()).toMatch(/^p\. \d+$/);
    expect(await problems.all()).toEqual([]);
  });

  it('opens a passage from a result with the term highlighted, scrolled into view', async () => {
    const { page, problems, url } = await session.open('zoeken/?q=huisverbod&artikel=52&onderdeel=grevio');
    await waitForStatus(page, '“huisverbod”');
    const link = page.locator('.passage-meta a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/artikelen\/52\/\?markeer=huisverbod#r-[a-z0-9-]+-grevio-\d+(-[a-z0-9]+)?$/);
    await link.click();
    await page.waitForURL(/\/artikelen\/52\//);
    await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0, null, { timeout: 10_000 });
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const passage = page.locator(`[id="${target}"]`);
    expect(await passage.locator('mark').count(), 'the term is marked inside the linked passage').toBeGreaterThan(0);
    expect(await passage.isVisible()).toBe(true);
    const box = await passage.boundingBox();
    expect(box!.y).toBeLessThan(800);
    expect(await problems.all(), `opened from ${url}`).toEqual([]);
  });

  it('finds the same pages for "huisverboden" as for "huisverbod" (Dutch stemming)', async () => {
    const { page } = await session.open('zoeken/?q=huisverbod');
    await waitForStatus(page, '“huisverbod”');
    const singular = await resultTitles(page);
    await page.fill('#zoekveld', 'huisverboden');
    await waitForStatus(page, '“huisverboden”');
    expect(new Set(await resultTitles(page))).toEqual(new Set(singular));
  });

  it('says so in Dutch when nothing matches', async () => {
    const { page } = await session.open('zoeken/');
    await page.fill('#zoekveld', 'qxwzvbjk');
    expect(await waitForStatus(page, '“qxwzvbjk”')).toBe('Geen resultaten voor “qxwzvbjk”.');
    expect(await page.locator('.result').count()).toBe(0);
  });

  it('narrows results with an article filter, keeps query and filter in the URL, and restores them on reload and back', async () => {
    const { page } = await session.open('zoeken/');
    await page.fill('#zoekveld', 'huisverbod');
    await page.press('#zoekveld', 'Enter');
    await waitForStatus(page, '“huisverbod”');
    const unfiltered = await resultTitles(page);
    await page.selectOption('#filter-artikel', '52');
    await page.waitForURL(/\?q=huisverbod&artikel=52$/);
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
    const filtered = await resultTitles(page);
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toMatch(/^Artikel 52:/);
    expect(unfiltered.length).toBeGreaterThan(filtered.length);

    await page.reload();
    await waitForStatus(page, '“huisverbod”');
    expect(await page.inputValue('#zoekveld')).toBe('huisverbod');
    expect(await page.inputValue('#filter-artikel')).toBe('52');
    expect(await resultTitles(page)).toEqual(filtered);

    await page.goBack();
    await page.waitForURL(/\?q=huisverbod$/);
    await page.waitForFunction((n) => document.querySelectorAll('.result').length === n, unfiltered.length);
    expect(await page.inputValue('#filter-artikel')).toBe('');
  });

  it('combines filters: programme and GREVIO wording', async () => {
    const { page } = await session.open('zoeken/?programma=wet-tijdelijk-huisverbod');
    await waitForStatus(page, 'met deze filters');
    const byProgramme = await resultTitles(page);
    expect(byProgramme.some((t) => t.startsWith('Artikel 52:'))).toBe(true);
    await page.selectOption('#filter-formulering', 'uitgenodigd');
    await waitForStatus(page, 'met deze filters');
    const both = await resultTitles(page);
    expect(both.length).toBeLessThan(byProgramme.length);
  });

  it('works by keyboard only: reach the field, type, move through results, open one', async () => {
    const { page } = await session.open('zoeken/');
    for (let i = 0; i < 25 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoekveld'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekveld');
    await page.keyboard.type('femicide');
    await waitForStatus(page, '“femicide”');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href === second);
  });

  it('has no axe violations with results shown', async () => {
    const { page } = await session.open('zoeken/?q=Veilig%20Thuis');
    await waitForStatus(page, '“Veilig Thuis”');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect((await axeViolations(page)).join('\n\n')).toBe('');
  });

  it('submits the header search field to /zoeken/?q= without JavaScript', async () => {
    const { page } = await session.open('', { javaScript: false });
    await page.fill('.site-header input[name="q"]', 'opvangplaatsen');
    await page.press('.site-header input[name="q"]', 'Enter');
    await page.waitForURL(`${session.server().url('zoeken/')}?q=opvangplaatsen`);
  });

  it('fetches every asset from the site itself (works offline)', async () => {
    const { page } = await session.open('zoeken/');
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.fill('#zoekveld', 'opvangplaats');
    await waitForStatus(page, '“opvangplaats”');
    expect([...origins]).toEqual([new URL(session.server().origin).origin]);
    expect((await resultTitles(page)).some((t) => t.startsWith('Artikel 22:'))).toBe(true);
  });
});
