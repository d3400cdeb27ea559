/**
 * Search as a journalist uses it, in a real browser against the built site: a table of
 * ordinary queries with the articles that must (and must not) come first; every highlighted
 * word checked against the matching rules by an independent oracle (Snowball stems from
 * @orama/stemmers, the Dutch plural rule, compound parts of at least four letters); one entry
 * per passage, honest counts, "Meer resultaten", sorting, filters, phone layout, landing on a
 * passage through a text fragment, and copying a passage's words.
 */
import { stemmer } from '@orama/stemmers/dutch';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePageAnchor, partAnchor } from '../../src/mdx/anchor-ids.ts';
import { getArticle } from '../../src/site/article-registry.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';

const site = builtSite();
const reports = await loadGeneratedReports();
const STATUS = '[data-search-status]';

interface Shown {
  article: number;
  articles: number[];
  title: string;
  meta: string;
  marks: string[];
  href: string;
  missing: string;
}

/** Waits until this search has painted (status about it), then loads every result. */
async function allResults(page: Page, fragment: string): Promise<{ status: string; note: string; results: Shown[] }> {
  await page.waitForFunction(([sel, f]) => document.querySelector(sel!)?.textContent?.includes(f!) && !document.querySelector(sel!)?.textContent?.startsWith('Zoeken'), [STATUS, fragment], { timeout: 10_000 });
  for (let i = 0; i < 30 && (await page.locator('[data-search-more]').isVisible()); i++) {
    const before = await page.locator('.result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n || document.querySelector<HTMLElement>('[data-search-more]')!.hidden, before);
  }
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    note: document.querySelector('[data-search-note]')?.textContent ?? '',
    results: [...document.querySelectorAll('.result')].map((li) => {
      const href = li.querySelector<HTMLAnchorElement>('.result-title a')!.getAttribute('href')!;
      const article = Number(/\/artikelen\/(\d+)\//.exec(href)?.[1]);
      const also = [...(li.querySelector('.result-also')?.textContent ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
      return {
        article,
        articles: [article, ...also],
        title: li.querySelector('.result-title')?.textContent ?? '',
        meta: li.querySelector('.result-meta')?.textContent ?? '',
        marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
        href,
        missing: li.querySelector('.result-missing')?.textContent ?? '',
      };
    }),
  }));
}

// ---- The oracle: is a marked word a real match of a query word? ----
const lower = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Regular Dutch plurals (the rule as a grammar states it): -en (with doubling, f→v, s→z), -s, -'s, -n. */
function pluralOf(a: string, b: string): boolean {
  const last = b.at(-1) ?? '';
  const forms = [`${b}en`, `${b}s`, `${b}n`, `${b}${last}en`, `${b.slice(0, -1)}ven`, `${b.slice(0, -1)}zen`];
  if (/([aeiou])\1[^aeiou]$/.test(b)) forms.push(`${b.slice(0, -2)}${last}en`); // straat → straten
  return forms.includes(a);
}
function sameForm(a: string, b: string): boolean {
  return a === b || stemmer(a) === stemmer(b) || pluralOf(a, b) || pluralOf(b, a);
}
/**
 * The word itself, a part between hyphens or slashes (`man-vrouw`), or a part of a compound with
 * the rest of at least four letters on either side.
 */
function matchesWord(marked: string, word: string, prefix = false): boolean {
  const pieces = marked.split(/[-‐/]/).filter(Boolean);
  if (pieces.length > 1 && pieces.some((p) => matchesWord(p, word, prefix))) return true;
  const w = lower(marked);
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && i < 4) continue;
    for (let j = w.length; j > i; j--) {
      if (j < w.length && w.length - j < 4) continue;
      const piece = w.slice(i, j);
      if (sameForm(piece, word) || (prefix && word.length >= 4 && piece.startsWith(word))) return true;
    }
  }
  return false;
}

interface Row {
  q: string;
  /** Extra URL parameters (filters, sort). */
  params?: string;
  /** The first result's article must be one of these. */
  first?: number[];
  /** Articles that must be among the results. */
  includes?: number[];
  /** Articles the first result must not be on. */
  notFirst?: number[];
  /** Query words reported as not found. */
  notFound?: string[];
  /** A suggestion offered. */
  suggests?: string;
  none?: boolean;
  /** Checked on every result. */
  each?: (r: Shown) => boolean;
}

const chapterOf = (n: number) => getArticle(n).chapter;
const TABLE: Row[] = [
  { q: 'opvang', includes: [8, 15, 18, 20, 22], first: [8, 15, 18, 20, 22, 51] },
  { q: 'vrouwenopvang', includes: [8, 15, 20], each: (r) => r.marks.every((m) => /vrouwenopvang/i.test(m)) },
  { q: 'vrouwen opvang', includes: [8, 20, 22] },
  { q: 'partnergeweld', first: [3, 7, 11, 12, 14, 15, 16, 18, 20, 22, 25, 31, 48, 49, 51, 52, 56] },
  { q: 'geweld', includes: [3, 52] },
  { q: 'huisverbod', first: [52], includes: [3, 52] },
  { q: 'huisverboden', first: [52], includes: [3, 52] },
  { q: 'budget', none: true, notFound: ['budget'] },
  { q: 'geld', none: true, notFound: ['geld'], each: () => false },
  { q: 'gegevens', first: [7, 11], each: (r) => r.marks.every((m) => !/^geven$/i.test(m)) },
  { q: 'Veilig Thuis', first: [11, 18, 20, 22, 49, 52], each: (r) => r.marks.length > 0 },
  { q: 'gedwongen huwelijk', notFound: ['huwelijk'], each: (r) => r.marks.every((m) => /gedwongen/i.test(m)) },
  { q: 'huisverbd', none: true, notFound: ['huisverbd'], suggests: 'huisverbod' },
  { q: 'vrouwenopvnag', none: true, suggests: 'vrouwenopvang' },
  { q: 'huisverbd vrouwenopvnag', none: true, notFound: ['huisverbd, vrouwenopvnag'], suggests: 'huisverbod' },
  { q: '"tijdelijk huisverbod"', first: [3, 16, 52], each: (r) => r.marks.some((m) => /tijdelijk/i.test(m)) && r.marks.some((m) => /huisverbod/i.test(m)) },
  { q: '"gedwongen huwelijk"', none: true, notFound: ['gedwongen huwelijk'] },
  { q: 'femicide', includes: [3] },
  { q: 'kindermishandeling', includes: [22] },
  { q: 'slachtoffers', includes: [22, 52] },
  { q: 'gemeente', includes: [8, 22] },
  { q: 'huisverbod', params: 'artikel=53', first: [52], each: (r) => r.articles.includes(53) },
  { q: 'opvang', params: 'hoofdstuk=IV', each: (r) => r.articles.some((n) => chapterOf(n) === 'IV') },
  { q: 'huisverbod', params: 'onderdeel=grevio', first: [52], each: (r) => r.meta.startsWith('Aanbeveling van GREVIO') },
  { q: 'huisverbod', params: 'onderdeel=response', each: (r) => r.meta.startsWith('Reactie van de regering') },
  { q: 'kamerstukken', params: 'onderdeel=voetnoot', each: (r) => r.meta.startsWith('Voetnoot') },
  { q: 'opvang', params: 'formulering=dringend', includes: [22] },
  { q: 'huisverbod', params: `rapport=${reports[0]!.parsed.report.slug}`, first: [52] },
  { q: '', params: 'programma=wet-tijdelijk-huisverbod', includes: [3, 52], each: (r) => [3, 16, 52].includes(r.article) },
  { q: '', params: 'toezegging=ja', includes: [3, 8, 16, 51, 56], each: (r) => r.meta.startsWith('Reactie van de regering') },
  { q: '', params: 'toezegging=2027', first: [3], each: (r) => r.article === 3 },
  { q: 'opvang', params: 'sorteer=artikel', first: [8] },
  { q: 'geweld', params: 'sorteer=datum', first: [3] },
];

describe('search', () => {
  const session = useBrowserSession(site);

  it('has a table of at least 25 queries', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TABLE)('$q $params', async (row) => {
    const params = new URLSearchParams(row.params ?? '');
    if (row.q) params.set('q', row.q);
    const { page, problems } = await session.open(`zoeken/?${params.toString()}`);
    const { status, note, results } = await allResults(page, row.q ? `“${row.q}”` : 'met deze filters');
    const label = `${row.q} ${row.params ?? ''}: ${status} ${note}`;
    if (row.none) {
      expect(results, label).toEqual([]);
      expect(status, label).toBe(`Geen resultaten voor “${row.q}”.`);
    } else expect(results.length, label).toBeGreaterThan(0);
    for (const word of row.notFound ?? []) expect(note, label).toContain(`Niet gevonden: ${word}`);
    if (row.suggests) expect(await page.locator('[data-search-note] a').allTextContents(), label).toContain(row.suggests);
    if (row.first) expect(row.first, `${label}: first is ${results[0]?.article}`).toContain(results[0]!.article);
    if (row.notFirst) expect(row.notFirst).not.toContain(results[0]?.article);
    const articles = new Set(results.flatMap((r) => r.articles));
    for (const n of row.includes ?? []) expect([...articles], `${label}: article ${n}`).toContain(n);
    if (row.each) for (const r of results) expect(row.each(r), `${label}: ${r.title} ${r.meta} [${r.marks}]`).toBe(true);

    // Precision: every highlighted word is a real match of a query word.
    const words = row.q.replace(/"/g, ' ').split(/\s+/).map(lower).filter(Boolean);
    const quoted = row.q.startsWith('"');
    for (const r of results) {
      for (const m of r.marks) expect(words.some((w) => (quoted ? lower(m) === w : matchesWord(m, w))), `${label}: <mark>${m}</mark> in ${r.title} · ${r.meta}`).toBe(true);
      if (words.length > 0 && !r.missing) expect(r.marks.length, `${label}: ${r.title} has no match in its excerpt`).toBeGreaterThan(0);
    }

    // By construction no result has only false matches, so none is dropped.
    if (results.length > 0) expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-search-root]')!.dataset.dropped), label).toBe('0');

    // One entry per passage, and counts that add up.
    const anchors = results.map((r) => r.href.split(':~:')[0]);
    expect(new Set(anchors).size, label).toBe(anchors.length);
    if (results.length > 0) expect(status, label).toMatch(new RegExp(`^${results.length} passages? in ${articles.size} artikel(en)? `));
    if (row.params?.includes('sorteer=artikel')) expect(results.map((r) => r.article), label).toEqual([...results.map((r) => r.article)].sort((a, b) => a - b));
    expect(await problems.all()).toEqual([]);
  });

  it('offers each suggestion in place of the word it is for', async () => {
    const { page } = await session.open('zoeken/?q=huisverbd%20vrouwenopvnag');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-note] a').length > 0);
    const links = await page.locator('[data-search-note] a').evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).searchParams.get('q')]));
    expect(links).toContainEqual(['huisverbod', 'huisverbod vrouwenopvnag']);
    expect(links).toContainEqual(['vrouwenopvang', 'huisverbd vrouwenopvang']);
  });

  it('lists recommendation 17 once, on article 52, naming article 53', async () => {
    const { page } = await session.open('zoeken/?q=huisverbod');
    const { results } = await allResults(page, '“huisverbod”');
    const seventeen = results.filter((r) => r.href.includes('-17-'));
    expect(seventeen.length).toBeGreaterThan(0);
    for (const r of seventeen) expect(r.articles).toEqual([52, 53]);
  });

  it('puts passages with every word first and says how many there are', async () => {
    const { page } = await session.open('zoeken/?q=Veilig%20Thuis');
    const { status, results } = await allResults(page, '“Veilig Thuis”');
    const withAll = Number(/(\d+) bevatten alle 2 zoekwoorden/.exec(status)?.[1]);
    expect(withAll).toBeGreaterThan(0);
    expect(results.slice(0, withAll).every((r) => r.missing === '')).toBe(true);
    expect(results.slice(withAll).every((r) => r.missing.startsWith('Zonder: '))).toBe(true);
    expect(results[0]!.marks.join(' ')).toMatch(/Veilig Thuis/);
  });

  it('matches the word being typed as a prefix, from four letters on', async () => {
    const { page } = await session.open('zoeken/');
    await page.click('#zoekveld');
    await page.keyboard.type('huisv', { delay: 20 });
    const { results } = await allResults(page, '“huisv”');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) for (const m of r.marks) expect(matchesWord(m, 'huisv', true), m).toBe(true);
    // After a space the word is no longer being typed: no prefix matches, so nothing.
    await page.click('#zoekveld');
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    expect(await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Geen resultaten'))).toBeTruthy();
    await page.keyboard.press('Enter');
    expect(await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Geen resultaten'))).toBeTruthy();
  });

  it('keeps focus on the first new result after "Meer resultaten"', async () => {
    const { page } = await session.open('zoeken/?q=opvang');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-more]')!.hidden);
    const before = await page.locator('.result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
    const focused = await page.evaluate(() => [...document.querySelectorAll('.result')].indexOf(document.activeElement?.closest('.result') as Element));
    expect(focused).toBe(before);
  });

  it('on a phone, shows the first result in the first screen, filters folded with a count, one search field', async () => {
    const { page } = await session.open('zoeken/?artikel=52&sorteer=artikel', { width: 390, height: 844 });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.waitForFunction(() => document.querySelector('[data-filter-count]')?.textContent === '(2 ingesteld)');
    expect(await page.locator('details.search-filters').getAttribute('open')).toBeNull();
    await page.fill('#zoekveld', 'huisverbod');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“huisverbod”'));
    const top = await page.locator('.result').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 - 100);
  });

  it('lands on the passage with the words highlighted by a text fragment', async () => {
    const { page } = await session.open('zoeken/?q=vrouwenopvang');
    await allResults(page, '“vrouwenopvang”');
    const href = (await page.locator('.result-title a').nth(1).getAttribute('href'))!;
    expect(href).toMatch(/#r-[a-z0-9-]+-a\d+-(grevio|reactie)-[a-z0-9-]+:~:text=|#user-content-fn-[a-z0-9-]+:~:text=/);
    const [path, directive] = href.split(':~:');
    const target = decodeURIComponent(path!.split('#')[1]!);
    const text = /text=(?:(.+?)-,)?([^,&]+)(?:,-([^&]+))?/.exec(directive!)!;
    const [prefix, match] = [text[1] ? decodeURIComponent(text[1]) : '', decodeURIComponent(text[2]!)];
    await page.goto(new URL(href, page.url()).href);
    await page.waitForFunction((id) => {
      const el = document.getElementById(id);
      const box = el?.getBoundingClientRect();
      return Boolean(box && box.top < innerHeight && box.bottom > 0);
    }, target);
    // The browser highlights the first occurrence of prefix + match in the page: it is in the passage.
    const found = await page.evaluate(
      ([id, needle]) => {
        getSelection()?.removeAllRanges();
        // @ts-expect-error window.find is non-standard but Chromium has it
        const ok = window.find(needle, false, false, false, false, false, false) as boolean;
        const node = getSelection()?.anchorNode;
        return ok && Boolean(node && document.getElementById(id!)?.contains(node));
      },
      [target, `${prefix} ${match}`.trim()],
    );
    expect(found, `${prefix} ${match} in #${target}`).toBe(true);
  });

  it('gives every result a text fragment that the browser first finds inside its passage', async () => {
    const byPage = new Map<string, Array<{ target: string; prefix: string; match: string; suffix: string }>>();
    for (const q of ['opvang', 'huisverbod', 'slachtoffers', 'Veilig Thuis', 'gemeente', 'femicide', 'kinderen']) {
      const { page } = await session.open(`zoeken/?q=${encodeURIComponent(q)}`);
      for (const r of (await allResults(page, `“${q}”`)).results) {
        const [path, directives] = r.href.split(':~:');
        const [pagePath, target] = path!.split('#');
        for (const d of directives!.split('&')) {
          const m = /^text=(?:(.+?)-,)?([^,]+)(?:,-(.+))?$/.exec(d)!;
          const entry = { target: decodeURIComponent(target!), prefix: m[1] ? decodeURIComponent(m[1]) : '', match: decodeURIComponent(m[2]!), suffix: m[3] ? decodeURIComponent(m[3]) : '' };
          byPage.set(pagePath!, [...(byPage.get(pagePath!) ?? []), entry]);
        }
      }
      await page.close();
    }
    const misplaced: string[] = [];
    let checked = 0;
    for (const [pagePath, entries] of byPage) {
      const { page } = await session.open(pagePath.replace(/^\//, ''));
      // The text as the browser matches it: every text node in order; a directive's first match
      // (prefix, match, suffix, separated by optional whitespace) must lie inside its passage.
      const wrong = await page.evaluate((list) => {
        const nodes: Array<{ node: Text; start: number }> = [];
        let text = '';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push({ node: n as Text, start: text.length }), (text += n.nodeValue ?? '');
        const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
        const out: string[] = [];
        for (const e of list) {
          const pattern = new RegExp(`${e.prefix ? `${escape(e.prefix)}\\s*` : ''}(${escape(e.match)})${e.suffix ? `\\s*${escape(e.suffix)}` : ''}`, 'iu');
          const m = pattern.exec(text);
          const at = m ? m.index + m[0].indexOf(m[1]!) : -1;
          const holder = nodes.filter((n) => n.start <= at).at(-1)?.node;
          if (!holder || !document.getElementById(e.target)?.contains(holder)) out.push(`${e.target}: ${e.prefix} [${e.match}] ${e.suffix}`);
        }
        return out;
      }, entries);
      misplaced.push(...wrong.map((w) => `${pagePath}#${w}`));
      checked += entries.length;
      await page.close();
    }
    expect(checked).toBeGreaterThan(100);
    expect(misplaced, `${misplaced.length} of ${checked}`).toEqual([]);
  });

  it("copies a passage as the report's words: no compound seams, no labels", async () => {
    const { page } = await session.open('artikelen/22/');
    const rec = reports.flatMap((r) => r.parsed.recommendations).find((r) => r.articles[0] === 22)!;
    // A footnote number is copied in brackets ("vrouwenopvang.[3] In 2023"), never glued to the words.
    const expected = rec.response.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items.map((i) => i.text))).map((t) => t.replace(/\[\^(\d+)\]/g, '[$1]').replace(/\s+/g, ' ').trim());
    expect(expected.some((t) => /\[\d+\]/.test(t))).toBe(true);
    const copied = await page.evaluate((id) => {
      const out: string[] = [];
      for (const body of document.querySelectorAll(`[id^="${id}"] .block-body, [id^="${id}"] .item-body`)) {
        const range = document.createRange();
        range.selectNodeContents(body);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        out.push(getSelection()!.toString().replace(/\s+/g, ' ').trim());
      }
      return out;
    }, `${articlePageAnchor(rec.id, partAnchor(rec.id, 'response'))}-`);
    expect(copied).toEqual(expected);
  });

  it('copies several passages at once without the "p. N ¶" citations or page markers between them', async () => {
    const { page } = await session.open('artikelen/22/');
    const rec = reports.flatMap((r) => r.parsed.recommendations).find((r) => r.articles[0] === 22)!;
    const items = rec.grevio.flatMap((b) => (b.kind === 'list' ? b.items : []));
    const copied = await page.evaluate((id) => {
      const list = document.querySelector(`[id="${id}"]`)!;
      const range = document.createRange();
      range.selectNodeContents(list);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, `${articlePageAnchor(rec.id, partAnchor(rec.id, 'grevio'))}-2`);
    expect(copied).not.toMatch(/p\. \d+|¶|Citeer/);
    for (const item of items) expect(copied.replace(/\s+/g, ' ')).toContain(item.text.replace(/\[\^(\d+)\]/g, '[$1]').replace(/\s+/g, ' '));
  });

  it('works by keyboard only: reach the field, type, move through results, open one', async () => {
    const { page } = await session.open('zoeken/');
    for (let i = 0; i < 25 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoekveld'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekveld');
    await page.keyboard.type('femicide');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“femicide”'));
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.href.split('#')[0] === second.split('#')[0]);
  });

  it('restores query, filters and sort from the URL and the back button', async () => {
    const { page } = await session.open('zoeken/');
    await page.fill('#zoekveld', 'huisverbod');
    await page.press('#zoekveld', 'Enter');
    const unfiltered = await allResults(page, '“huisverbod”');
    await page.click('details.search-filters summary');
    await page.selectOption('#filter-artikel', '3');
    await page.waitForURL(/\?q=huisverbod&artikel=3$/);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('in 1 artikel '));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('in 1 artikel '));
    expect(await page.inputValue('#filter-artikel')).toBe('3');
    await page.goBack();
    await page.waitForURL(/\?q=huisverbod$/);
    const total = unfiltered.status.replace(/ \(\d+ getoond\)/, '');
    await page.waitForFunction((s) => document.querySelector('[data-search-status]')?.textContent?.replace(/ \(\d+ getoond\)/, '') === s, total);
    expect(await page.inputValue('#filter-artikel')).toBe('');
  });

  it('has no axe violations with results and notes shown', async () => {
    const { page } = await session.open('zoeken/?q=gedwongen%20huwelijk');
    await page.waitForFunction(() => document.querySelectorAll('.result').length > 0);
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
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“opvangplaats”'));
    expect([...origins]).toEqual([new URL(session.server().origin).origin]);
  });
});
