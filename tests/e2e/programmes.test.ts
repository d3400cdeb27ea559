/**
 * The programme pages in the built site: every passage listed and linked to an anchor that exists
 * and holds a link back to the programme; the three required pages with their articles; the side
 * panel and in-text links on article pages; the matrix as a table whose numbers match the pages;
 * axe, sideways scrolling and screenshots (light and dark) for the three page types.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { attribute, elements, readHtml } from '../../src/quality/read-html.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { mentionsInReport } from '../../src/programmes/mentions-in-report.ts';
import { buildArticleIndex } from '../../src/site/article-index.ts';
import { locatedPassagesBySlug } from '../../src/site/programme-passages.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { SCREENSHOTS_DIR } from '../support/paths.ts';

const site = builtSite();
const registry = loadRegistry();
const reports = (await loadGeneratedReports()).map((r) => r.parsed);
const passagesBySlug = locatedPassagesBySlug(reports, (r) => mentionsInReport(r, registry));
const articlePages = [...buildArticleIndex(reports).keys()];

const pages = new Map<string, Root>();
/** A built page by its path below the base (`programmas/wmo/`). */
async function page(below: string): Promise<Root> {
  const file = below.endsWith('/') || below === '' ? `${below}index.html` : below;
  let tree = pages.get(file);
  if (!tree) {
    tree = await readHtml(path.join(site.dist, file));
    pages.set(file, tree);
  }
  return tree;
}
const all = (tree: Root, test: (el: Element) => boolean) => [...elements(tree)].filter(test);
const hasClass = (el: Element, name: string) => (attribute(el, 'class') ?? '').split(' ').includes(name);
const byId = (tree: Root, id: string) => all(tree, (el) => el.properties.id === id)[0];
/** `/base/artikelen/3/#x` → [`artikelen/3/`, `x`]. */
const below = (href: string): [string, string | undefined] => {
  expect(href.startsWith(site.base), `${href} lacks the base ${site.base}`).toBe(true);
  const [p, hash] = href.slice(site.base.length).split('#');
  return [p!, hash];
};
const programmeLinks = (el: Element | Root) =>
  [...elements(el as Root)].filter((a) => a.tagName === 'a' && hasClass(a, 'programme-ref')).map((a) => attribute(a, 'href'));

describe('programme pages', () => {
  it('exist for every registry entry and list every passage that mentions it, linked to its anchor', async () => {
    const problems: string[] = [];
    for (const entry of registry) {
      const tree = await page(`programmas/${entry.slug}/`);
      const passages = all(tree, (el) => hasClass(el, 'programme-passage'));
      const expected = new Set((passagesBySlug.get(entry.slug) ?? []).map((p) => p.anchor));
      const listed = new Set<string>();
      for (const passage of passages) {
        const link = all(passage as unknown as Root, (el) => el.tagName === 'a' && attribute(el, 'href')?.includes('#') === true)[0];
        const [target, anchor] = below(attribute(link!, 'href')!);
        listed.add(anchor!);
        const element = byId(await page(target), anchor!);
        if (!element) problems.push(`${entry.slug}: #${anchor} missing on ${target}`);
        else if (!programmeLinks(element).includes(`${site.base}programmas/${entry.slug}/`)) {
          problems.push(`${entry.slug}: ${target}#${anchor} holds no link back to the programme`);
        }
        if (all(passage as unknown as Root, (el) => el.tagName === 'mark').length === 0) problems.push(`${entry.slug}: #${anchor} quoted without a mark`);
        if (!/\bp\. \d+\b/.test(toText(passage))) problems.push(`${entry.slug}: #${anchor} without its source page`);
      }
      expect([...listed].sort(), entry.slug).toEqual([...expected].sort());
    }
    expect(problems.join('\n')).toBe('');
  });

  const required: Array<[string, string, number[]]> = [
    ['stop-femicide', 'Stop femicide!', [3, 7, 15, 16, 18, 51]],
    ['wmo', 'Wet maatschappelijke ondersteuning 2015', [3, 8, 22]],
    ['wet-tijdelijk-huisverbod', 'Wet tijdelijk huisverbod', [3, 52, 53]],
  ];
  it.each(required)('/programmas/%s/ shows %s under exactly the articles the mention helpers expect', async (slug, name, articles) => {
    const tree = await page(`programmas/${slug}/`);
    expect(toText(all(tree, (el) => el.tagName === 'h1')[0]!)).toBe(name);
    const sections = all(tree, (el) => el.tagName === 'h2' && /^artikel-\d+$/.test(attribute(el, 'id') ?? ''));
    const ids = sections.flatMap((h2) => all(h2 as unknown as Root, (el) => /^artikel-\d+$/.test(attribute(el, 'id') ?? '')).map((el) => Number(attribute(el, 'id')!.slice(8))));
    expect(ids).toEqual(articles);
    expect(all(tree, (el) => el.tagName === 'mark').length).toBeGreaterThan(0);
  });
});

describe('article pages', () => {
  it('have a side panel listing the entries their recommendations mention, each linking to its page', async () => {
    for (const article of articlePages) {
      const tree = await page(`artikelen/${article}/`);
      const slugs = new Set<string>();
      for (const [slug, list] of passagesBySlug) {
        if (list.some((p) => p.passage.part !== 'footnote' && p.recommendation.articles.includes(article))) slugs.add(slug);
      }
      const panel = all(tree, (el) => el.tagName === 'aside' && hasClass(el, 'programme-panel'))[0];
      if (slugs.size === 0) {
        expect(panel, `artikel ${article}`).toBeUndefined();
        continue;
      }
      expect(panel, `artikel ${article}`).toBeDefined();
      const heading = all(panel as unknown as Root, (el) => el.tagName === 'h2')[0]!;
      expect(toText(heading)).toBe('Programma’s, wetten en organisaties');
      expect(panel!.properties.ariaLabelledBy).toEqual([attribute(heading, 'id')]);
      const linked = all(panel as unknown as Root, (el) => el.tagName === 'a' && /\/programmas\/[a-z0-9-]+\/$/.test(attribute(el, 'href') ?? ''))
        .map((a) => below(attribute(a, 'href')!)[0].slice('programmas/'.length, -1));
      expect(linked.sort(), `artikel ${article}`).toEqual([...slugs].sort());
    }
  });

  it('link every article a programme’s recommendations cover, both 52 and 53 for recommendation 17', async () => {
    for (const [slug, passages] of passagesBySlug) {
      const tree = await page(`programmas/${slug}/`);
      const linked = new Set(all(tree, (el) => el.tagName === 'h2' && String(attribute(el, 'id') ?? '').startsWith('artikel-')).flatMap((h) => all({ type: 'root', children: [h] } as Root, (a) => a.tagName === 'a').map((a) => attribute(a, 'href'))));
      const covered = new Set(passages.filter((p) => p.passage.part !== 'footnote').flatMap((p) => p.recommendation.articles).filter((n) => articlePages.includes(n)));
      expect([...linked].sort(), slug).toEqual([...covered].map((n) => `${site.base}artikelen/${n}/`).sort());
    }
    const huisverbod = await page('programmas/wet-tijdelijk-huisverbod/');
    const hrefs = all(huisverbod, (el) => el.tagName === 'a').map((a) => attribute(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining([`${site.base}artikelen/52/`, `${site.base}artikelen/53/`]));
  });

  it('link the first mention of an entry in each block to its page, and only once per block', async () => {
    const tree = await page('artikelen/52/');
    const block = all(tree, (el) => /-a17-grevio-2-a$/.test(attribute(el, 'id') ?? ''))[0]!;
    expect(programmeLinks(block)).toEqual([`${site.base}programmas/wet-tijdelijk-huisverbod/`]);
    for (const el of all(tree, (e) => hasClass(e, 'block') || hasClass(e, 'item'))) {
      const hrefs = programmeLinks(el);
      expect(hrefs.length, attribute(el, 'id')).toBe(new Set(hrefs).size);
    }
  });
});

describe('the matrix', () => {
  it('is a table with a caption, column and row headers, grouped by kind, whose numbers match the programme pages', async () => {
    const tree = await page('programmas/matrix/');
    const table = all(tree, (el) => el.tagName === 'table')[0]!;
    const t = table as unknown as Root;
    expect(toText(all(t, (el) => el.tagName === 'caption')[0]!)).toMatch(/\S/);
    const columns = all(t, (el) => el.tagName === 'th' && attribute(el, 'scope') === 'col').slice(1).map((th) => Number(toText(th).replace(/\D/g, '')));
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.every((n) => articlePages.includes(n))).toBe(true);
    expect(all(t, (el) => el.tagName === 'th' && attribute(el, 'scope') === 'rowgroup').length).toBeGreaterThan(1);
    const cells = all(t, (el) => el.tagName === 'td' && hasClass(el, 'matrix-hit'));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const link = all(cell as unknown as Root, (el) => el.tagName === 'a')[0]!;
      const [target, anchor] = below(attribute(link, 'href')!);
      const programmePage = await page(target);
      const heading = byId(programmePage, anchor!);
      expect(heading, `${target}#${anchor}`).toBeDefined();
      const section = all(programmePage, (el) => el.tagName === 'section' && all(el as unknown as Root, (h) => h === heading).length > 0)[0]!;
      const count = all(section as unknown as Root, (el) => hasClass(el, 'programme-passage')).length;
      expect(toText(link), `${target}#${anchor}`).toMatch(new RegExp(`^${count} passages? over .+ bij artikel ${anchor!.slice(8)}$`));
    }
  });
});

describe('programme pages in the browser', () => {
  const session = useBrowserSession(site);
  const targets = [
    ['programmas', 'programmas/'],
    ['programmas-item', 'programmas/stop-femicide/'],
    ['programmas-matrix', 'programmas/matrix/'],
    ['artikelen-item-programmes', 'artikelen/51/'],
  ] as const;

  it.each(targets)('%s has no axe violations (wide light, narrow dark) and does not scroll sideways at 390 or 1280', async (name, target) => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page: tab, problems } = await session.open(target, { width, height: 800 });
        await tab.emulateMedia({ colorScheme });
        // axe is slow: wide in light mode, narrow in dark mode covers both layouts and both palettes.
        if ((width === 1280) === (colorScheme === 'light')) {
          const violations = await axeViolations(tab);
          expect(violations.join('\n\n'), `${target} at ${width}px, ${colorScheme}`).toBe('');
        }
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${target} scrolls sideways by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
        await tab.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        expect(await problems.all()).toEqual([]);
      }
    }
  });

  it('puts the matrix in a labelled scroll container that takes keyboard focus at 390 px', async () => {
    const { page: tab } = await session.open('programmas/matrix/', { width: 390, height: 800 });
    const box = tab.locator('.matrix-scroll');
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await box.focus();
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('is reachable from the header navigation and the home page', async () => {
    const { page: tab } = await session.open('');
    await Promise.all([tab.waitForURL(/\/programmas\/$/), tab.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Programma’s' }).click()]);
    await Promise.all([tab.waitForURL(/\/programmas\/matrix\/$/), tab.getByRole('link', { name: /in één tabel/ }).click()]);
    const home = await page('');
    const main = all(home, (el) => el.tagName === 'main')[0] as unknown as Root;
    expect(all(main, (el) => el.tagName === 'a' && attribute(el, 'href') === `${site.base}programmas/`).length).toBe(1);
  });
});

// Every built programme page is one of the registry's (no stray pages) — and the listing is complete.
it('builds one page per registry entry plus the index and the matrix', async () => {
  const files = (await listHtmlFiles(site.dist)).filter((f) => f.startsWith('programmas/'));
  expect(files.sort()).toEqual(['programmas/index.html', 'programmas/matrix/index.html', ...registry.map((e) => `programmas/${e.slug}/index.html`)].sort());
});
