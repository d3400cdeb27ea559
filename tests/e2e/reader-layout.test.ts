/**
 * The reader's layout in Chromium (issue #15): on a phone (390 × 844) GREVIO's words start in the
 * first screen of every article page; GREVIO and the government look different and the label of
 * a long answer stays in view; programme links look like links and unlike article links; every
 * Convention article has a page, also without recommendations; the matrix keeps its headers in
 * view when scrolled either way; the home page's bars are links.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../src/site/article-index.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { SCREENSHOTS_DIR } from '../support/paths.ts';

const site = builtSite();
const reports = (await loadGeneratedReports()).map((r) => r.parsed);
const withRecommendations = [...buildArticleIndex(reports).keys()];
const without = Array.from({ length: 81 }, (_, i) => i + 1).filter((n) => !withRecommendations.includes(n));
const PHONE = { width: 390, height: 844 };

describe('reader layout', () => {
  const session = useBrowserSession(site);

  it('has articles with and without recommendations to check', () => {
    expect(withRecommendations.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
  });

  it("shows the first GREVIO words in the first screen at 390 × 844 on every article page with recommendations", async () => {
    const late: string[] = [];
    for (const n of withRecommendations) {
      const { page } = await session.open(`artikelen/${n}/`, PHONE);
      const first = await page.evaluate(() => {
        const body = document.querySelector('.part--grevio .block-body, .part--grevio .item-body');
        const walker = body && document.createTreeWalker(body, NodeFilter.SHOW_TEXT, { acceptNode: (t) =>
          // The report's own words: not the wording pill, screen-reader text or page citation.
          t.textContent?.trim() && !t.parentElement?.closest('.strength, .sr-only, .cite, .copy-only') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
        });
        const text = walker?.nextNode();
        if (!text) return undefined;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, Math.min(text.textContent!.length, text.textContent!.search(/\S/) + 1));
        const box = range.getBoundingClientRect();
        return { bottom: box.bottom, words: text.textContent!.trim().split(/\s+/).slice(0, 4).join(' ') };
      });
      if (!first) late.push(`artikel ${n}: no GREVIO text on the page`);
      else if (first.bottom > PHONE.height) late.push(`artikel ${n}: "${first.words}…" starts at ${Math.round(first.bottom)} px`);
    }
    expect(late).toEqual([]);
  });

  it('tells GREVIO and the government apart, and keeps the label of a long answer in view', async () => {
    // The article whose response is longest, by its rendered height.
    const { page } = await session.open(`artikelen/${withRecommendations[0]}/`, PHONE);
    const styles = await page.evaluate(() => {
      const look = (selector: string) => {
        const el = document.querySelector(selector)!;
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, rule: s.borderLeftColor, label: el.querySelector('h3')?.textContent?.trim() };
      };
      return { grevio: look('.part--grevio'), response: look('.part--response') };
    });
    expect(styles.grevio.label).toBe('Aanbeveling van GREVIO');
    expect(styles.response.label).toBe('Reactie van de regering');
    expect(styles.grevio.background).not.toBe(styles.response.background);
    expect(styles.grevio.rule).not.toBe(styles.response.rule);

    let longest = { article: 0, height: 0 };
    for (const n of withRecommendations) {
      const opened = await session.open(`artikelen/${n}/`, PHONE);
      const height = await opened.page.evaluate(() => Math.max(...[...document.querySelectorAll('.part--response')].map((p) => p.getBoundingClientRect().height)));
      if (height > longest.height) longest = { article: n, height };
    }
    expect(longest.height, 'the longest answer should run several screens').toBeGreaterThan(PHONE.height * 2);
    const { page: long } = await session.open(`artikelen/${longest.article}/`, PHONE);
    const seen = await long.evaluate(async () => {
      const part = [...document.querySelectorAll<HTMLElement>('.part--response')].sort((a, b) => b.offsetHeight - a.offsetHeight)[0]!;
      const top = part.getBoundingClientRect().top + window.scrollY;
      // Halfway down the answer, and near its end.
      const at = [0.5, 0.9].map((share) => top + part.offsetHeight * share - window.innerHeight / 2);
      const results = [];
      for (const y of at) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const label = part.querySelector('h3')!.getBoundingClientRect();
        results.push({ top: label.top, bottom: label.bottom, onTop: document.elementFromPoint(20, label.top + label.height / 2)?.closest('h3')?.textContent?.trim() });
      }
      return results;
    });
    for (const s of seen) {
      expect(s.top).toBeGreaterThanOrEqual(0);
      expect(s.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(s.onTop, `label hidden at ${JSON.stringify(s)}`).toBe('Reactie van de regering');
    }
  });

  it('styles programme links as links, unlike article links and unlike the text around them', async () => {
    const candidates = await Promise.all(
      withRecommendations.map(async (n) => {
        const { page } = await session.open(`artikelen/${n}/`);
        const found = await page.evaluate(() => {
          const programme = document.querySelector('main a.programme-ref');
          const article = document.querySelector('main a.article-ref');
          if (!programme || !article) return undefined;
          const look = (el: Element) => {
            const s = getComputedStyle(el);
            return { color: s.color, background: s.backgroundColor, underline: s.textDecorationLine, style: s.textDecorationStyle };
          };
          const link = document.createElement('a');
          link.href = '#';
          document.querySelector('main')!.append(link);
          const plainLink = getComputedStyle(link).color;
          link.remove();
          return { programme: look(programme), article: look(article), text: getComputedStyle(programme.closest('p')!).color, plainLink };
        });
        return found;
      }),
    );
    const found = candidates.find(Boolean);
    expect(found, 'no article page has both a programme link and an article link').toBeDefined();
    expect(found!.programme.color).toBe(found!.plainLink);
    expect(found!.programme.color).not.toBe(found!.text);
    expect(found!.programme.underline).toContain('underline');
    expect(found!.programme.style).toBe('solid');
    expect(found!.programme.background).not.toBe(found!.article.background);
  });

  it('gives every article without recommendations a page that says so per report and links its chapter and neighbours', async () => {
    for (const n of [without[0]!, without.at(-1)!]) {
      const { page, response } = await session.open(`artikelen/${n}/`, PHONE);
      expect(response?.status()).toBe(200);
      const facts = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent,
        said: [...document.querySelectorAll('.no-recommendations-reports li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
        chapter: [...document.querySelectorAll<HTMLAnchorElement>('main a')].filter((a) => /#hoofdstuk-/.test(a.href)).map((a) => a.href),
        neighbours: [...document.querySelectorAll<HTMLAnchorElement>('.article-nav a')].map((a) => new URL(a.href).pathname),
      }));
      expect(facts.h1).toContain(`Artikel ${n}`);
      expect(facts.said).toHaveLength(reports.length);
      for (const s of facts.said) expect(s).toMatch(new RegExp(`geen van de \\d+ aanbevelingen van GREVIO in dit rapport gaat over artikel ${n}\\.$`));
      expect(facts.chapter.length).toBeGreaterThan(0);
      const expected = [n - 1, n + 1].filter((m) => m >= 1 && m <= 81).map((m) => `${site.base}artikelen/${m}/`);
      expect(facts.neighbours).toEqual(expected);
    }
    const last = await session.open(`artikelen/81/`);
    expect(last.response?.status()).toBe(200);
  });

  it.each(['light', 'dark'] as const)('has no axe violations on a page without recommendations and on a phone (%s)', async (colorScheme) => {
    for (const [target, viewport] of [[`artikelen/${without[0]}/`, PHONE], [`artikelen/${withRecommendations[0]}/`, PHONE], ['', PHONE], ['programmas/matrix/', PHONE]] as const) {
      const { page } = await session.open(target, { ...viewport, colorScheme });
      const violations = await axeViolations(page);
      expect(violations.join('\n\n'), `${target || 'home'} at 390 px (${colorScheme})`).toBe('');
    }
  });

  it.each([PHONE, { width: 1280, height: 800 }])('keeps the matrix headers in view after scrolling it both ways ($width px)', async (viewport) => {
    const { page } = await session.open('programmas/matrix/', viewport);
    const box = page.locator('.matrix-scroll');
    await box.scrollIntoViewIfNeeded();
    const seen = await page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.matrix-scroll')!;
      window.scrollTo(0, scroller.getBoundingClientRect().top + window.scrollY);
      const before = { scrollable: scroller.scrollHeight > scroller.clientHeight, wide: scroller.scrollWidth > scroller.clientWidth };
      scroller.scrollTop = scroller.scrollHeight;
      scroller.scrollLeft = scroller.scrollWidth;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const frame = scroller.getBoundingClientRect();
      const columns = [...scroller.querySelectorAll('thead th.matrix-article')];
      const lastColumn = columns.at(-1)!.getBoundingClientRect();
      const rows = [...scroller.querySelectorAll('tbody th[scope="row"]')];
      const lastRow = rows.at(-1)!.getBoundingClientRect();
      // What is drawn at the header's place: the header itself, not a cell scrolled under it.
      const atColumn = document.elementFromPoint(lastColumn.left + lastColumn.width / 2, lastColumn.top + lastColumn.height / 2)?.closest('th');
      const atRow = document.elementFromPoint(lastRow.left + 10, lastRow.top + lastRow.height / 2)?.closest('th');
      return {
        ...before,
        scrolled: { top: scroller.scrollTop, left: scroller.scrollLeft },
        columnTop: lastColumn.top - frame.top,
        rowLeft: lastRow.left - frame.left,
        inFrame: lastColumn.bottom <= frame.bottom && lastRow.right <= frame.right && lastRow.bottom <= frame.bottom + 1,
        columnOnTop: atColumn === columns.at(-1),
        rowOnTop: atRow === rows.at(-1),
        screen: { frameTop: frame.top, frameBottom: frame.bottom, innerHeight: window.innerHeight },
      };
    });
    expect(seen.scrollable, 'the matrix box should scroll down inside itself').toBe(true);
    expect(seen.scrolled.top).toBeGreaterThan(0);
    expect(Math.abs(seen.columnTop), `column header ${seen.columnTop}px from the top of the box`).toBeLessThanOrEqual(2);
    expect(Math.abs(seen.rowLeft), `row header ${seen.rowLeft}px from the left of the box`).toBeLessThanOrEqual(2);
    expect(seen.inFrame).toBe(true);
    expect(seen.columnOnTop, 'a cell covers the column header').toBe(true);
    expect(seen.rowOnTop, 'a cell covers the row header').toBe(true);
    expect(seen.screen.frameBottom).toBeLessThanOrEqual(seen.screen.innerHeight);
    if (viewport.width === PHONE.width) expect(seen.wide, 'at 390 px the matrix should also scroll sideways').toBe(true);
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `matrix-scrolled-${viewport.width}.png`) });
  });

  it('draws the home page chart without script, each bar a link to what it counts', async () => {
    const { page } = await session.open('', PHONE);
    const bars = await page.evaluate(() =>
      [...document.querySelectorAll('.glance-row')].map((row) => ({
        href: row.querySelector('a')?.getAttribute('href') ?? null,
        text: row.textContent?.replace(/\s+/g, ' ').trim(),
        width: Number(row.querySelector('rect')?.getAttribute('width')),
      })),
    );
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    const total = reports.reduce((n, r) => n + r.recommendations.length, 0);
    // 12 chapters and 5 wording groups (four graded wordings and none).
    expect(bars).toHaveLength(17);
    const wording = bars.slice(12);
    expect(wording.reduce((n, b) => n + Number(/(\d+) aanbeveling/.exec(b.text!)![1]), 0)).toBe(total);
    for (const bar of bars) {
      const count = Number(/(\d+) aanbeveling/.exec(bar.text!)![1]);
      if (count === 0) expect(bar.href, `${bar.text} has nothing to link to`).toBeNull();
      else {
        expect(bar.href, `${bar.text} is not a link`).toBeTruthy();
        expect(bar.width).toBeGreaterThan(0);
      }
    }
    // A wording bar leads to the list of exactly those recommendations.
    const urges = wording.find((b) => b.text?.startsWith('dringend'))!;
    await page.goto(new URL(urges.href!, page.url()).href);
    const listed = await page.evaluate((id) => document.getElementById(id)?.closest('section')?.querySelectorAll('li').length, new URL(urges.href!, page.url()).hash.slice(1));
    expect(listed).toBe(Number(/(\d+) aanbeveling/.exec(urges.text!)![1]));
  });
});
