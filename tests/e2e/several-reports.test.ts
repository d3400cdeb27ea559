/**
 * Several reports side by side, built the way the maintainer builds (`npm run build`, with
 * VW_SEEDS_DIR/VW_CONTENT_DIR/VW_OUT_DIR pointing at a temporary project): the seed and a
 * small follow-up report (tests/fixtures/reports/, never in seeds/). Both appear; an article
 * in both shows both, newest first, and a "Verloop"; search filters by report. Then the same
 * build is broken twice, by a report that does not parse and by a failing astro build: the
 * previous content and site must stay byte-identical.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDirs } from '../../src/quality/compare-dirs.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import type { BuiltSiteInfo } from '../support/built-site.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { runBuild, tail, type BuildResult } from '../support/run-build.ts';

const SEED = '2025-07-10-nl-beleidsreactie-grevio-thematisch';
const FOLLOW_UP = '2027-03-15-nl-beleidsreactie-vervolg-comite-van-de-partijen';
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/reports');

const tmp = mkdtempSync(path.join(tmpdir(), 'vw-reports-'));
const dirs = { seeds: path.join(tmp, 'seeds'), content: path.join(tmp, 'content'), dist: path.join(tmp, 'dist'), cache: path.join(tmp, 'cache') };
const env = { VW_SEEDS_DIR: dirs.seeds, VW_CONTENT_DIR: dirs.content, VW_OUT_DIR: dirs.dist, VW_CACHE_DIR: dirs.cache };
const site: BuiltSiteInfo = { ok: true, dist: dirs.dist, base: '/', log: '', seconds: 0 };
let first: BuildResult;

beforeAll(async () => {
  mkdirSync(dirs.seeds);
  for (const ext of ['txt', 'json']) {
    cpSync(path.join(REPO_ROOT, 'seeds', `${SEED}.${ext}`), path.join(dirs.seeds, `${SEED}.${ext}`));
    cpSync(path.join(FIXTURES, `${FOLLOW_UP}.${ext}`), path.join(dirs.seeds, `${FOLLOW_UP}.${ext}`));
  }
  first = await runBuild(REPO_ROOT, env);
  if (!first.ok) throw new Error(`npm run build of seed + follow-up failed:\n${tail(first.log)}`);
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (rel: string) => readFileSync(path.join(dirs.dist, rel), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&#39;|&#x27;/g, '’').replace(/\s+/g, ' ');

describe('two reports side by side', () => {
  it('lists both reports on the home page, newest first, with the follow-up’s source link', () => {
    const home = read('index.html');
    expect(home.indexOf(`/rapporten/${FOLLOW_UP}/`)).toBeLessThan(home.indexOf(`/rapporten/${SEED}/`));
    expect(home).toContain('href="https://example.org/rapportage-comite-van-de-partijen-2027.pdf"');
    expect(text(home)).toContain('Evaluatieronde: eerste thematische evaluatie');
  });

  it('lists every report at /rapporten/, newest first, each linked, and links that list from the home page', () => {
    const list = read('rapporten/index.html');
    expect(list.indexOf(`href="/rapporten/${FOLLOW_UP}/"`)).toBeGreaterThan(-1);
    expect(list.indexOf(`href="/rapporten/${FOLLOW_UP}/"`)).toBeLessThan(list.indexOf(`href="/rapporten/${SEED}/"`));
    expect(text(list)).toContain('2 beleidsreacties van de Nederlandse regering');
    expect(read('index.html')).toContain('<a href="/rapporten/">Alle rapporten</a>');
  });

  it('gives each report its page with the facts from its sidecar', () => {
    const followUp = text(read(`rapporten/${FOLLOW_UP}/index.html`));
    expect(followUp).toContain('Evaluatieronde vervolg op de aanbevelingen van het Comité van de Partijen');
    expect(followUp).toContain('Reactie op: Aanbevelingen van het Comité van de Partijen');
    expect(text(read(`rapporten/${SEED}/index.html`))).toContain('Reactie op: Building trust by delivering support, protection and justice (adres niet bekend)');
    expect(text(read(`rapporten/${SEED}/index.html`))).toContain('Het adres van de pdf is niet bekend.');
  });

  it('links every "p. N" of a report whose sidecar names its PDF to that page of the PDF, on every page that quotes it', () => {
    const pdf = 'https://example.org/rapportage-comite-van-de-partijen-2027.pdf';
    const pages = [`rapporten/${FOLLOW_UP}/index.html`, `rapporten/${FOLLOW_UP}/citeer/index.html`, 'artikelen/52/index.html', 'artikelen/33/index.html'];
    let linked = 0;
    for (const page of pages) {
      const html = read(page);
      // Every cited page links the page it names (the first, for "p. 2–3").
      for (const [, href, shown] of html.matchAll(/<a class="cite-page" href="([^"]*)"[^>]*>p\. (\d+)(?:–\d+)?<\/a>/g)) expect(href, page).toBe(`${pdf}#page=${shown}`);
      linked += [...html.matchAll(new RegExp(`href="${pdf.replace(/[.]/g, '\\.')}#page=(\\d+)"`, 'g'))].length;
    }
    // On the follow-up's own page, each paragraph and list item links its own page of the PDF.
    const report = read(`rapporten/${FOLLOW_UP}/index.html`);
    const cites = [...report.matchAll(/<p class="cite">(.*?)<\/p>/gs)].map((m) => m[1]!);
    expect(cites.length).toBeGreaterThan(10);
    for (const cite of cites) {
      const m = /<a class="cite-page" href="([^"]+)"[^>]*>p\. (\d+)(?:–\d+)?<\/a>/.exec(cite);
      expect(m, cite).not.toBeNull();
      expect(m![1]).toBe(`${pdf}#page=${m![2]}`);
    }
    expect(linked).toBeGreaterThan(cites.length);
    // The seed's sidecar names no PDF: its pages are cited, never linked.
    const seed = read(`rapporten/${SEED}/index.html`);
    expect(seed).not.toMatch(/#page=\d+/);
    expect(seed).toMatch(/<span class="cite-page">p\. 2<\/span>/);
  });

  it('shows both reports on a shared article, newest first, each labelled with its report', () => {
    const html = read('artikelen/52/index.html');
    const newer = html.indexOf(`data-recommendation="${FOLLOW_UP}-01"`);
    const older = html.indexOf(`data-recommendation="${SEED}-17"`);
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(text(html)).toContain('Aanbeveling 1 van 4 · Rapport van 15 maart 2027');
    expect(text(html)).toContain('Aanbeveling 17 van 18 · Rapport van 10 juli 2025');
  });

  it('adds a "Verloop" to shared articles only: oldest first, with wording and the response’s first sentence', () => {
    const html = read('artikelen/52/index.html');
    const timeline = text(html.slice(html.indexOf('<section class="timeline"'), html.indexOf('</section>', html.indexOf('<section class="timeline"'))));
    expect(timeline.indexOf('Rapport van 10 juli 2025')).toBeLessThan(timeline.indexOf('Rapport van 15 maart 2027'));
    expect(timeline).toContain('(gebruikt: dringend en sterk aangemoedigd)');
    expect(timeline).toContain('even sterk als in het rapport van 10 juli 2025');
    expect(timeline).toContain('De pilots met een vroegtijdiger inzet van het tijdelijk huisverbod zijn in januari 2026 gestart in vier regio’s en lopen tot eind 2027.');
    expect(html).toContain(`href="#r-${FOLLOW_UP}-a1"`);
    expect(read('artikelen/22/index.html')).toContain('id="verloop"');
    expect(text(read('artikelen/22/index.html'))).toContain('minder sterk dan in het rapport van 10 juli 2025 (toen: dringend)');
    for (const only of [3, 33, 36]) expect(read(`artikelen/${only}/index.html`), `artikel ${only}`).not.toContain('id="verloop"');
  });

  it('shows the earlier report’s commitments in the later report’s "Verloop", judged past against the newest report', () => {
    const html = read('artikelen/52/index.html');
    const start = html.indexOf('<section class="timeline"');
    const timeline = text(html.slice(start, html.indexOf('</section>', start)));
    const earlier = timeline.slice(timeline.indexOf('Eerder toegezegd bij dit artikel'));
    expect(timeline).toContain('Eerder toegezegd bij dit artikel, met een datum:');
    // The seed (10 July 2025) promised pilots in January 2026 and a handreiking by the end of 2026;
    // by the follow-up (15 March 2027) both dates had passed.
    expect(earlier).toContain('januari 2026 (datum verstreken bij het nieuwste rapport): De pilots starten in januari 2026 in vier regio’s. (rapport van 10 juli 2025)');
    expect(earlier).toContain('uiterlijk oktober–december 2026 (datum verstreken bij het nieuwste rapport)');
    // Each links to the commitment in the list further down the same page.
    for (const [, id] of html.slice(start).matchAll(/<div class="timeline-commitments">[\s\S]*?<\/div>/g).next().value![0].matchAll(/href="#([^"]+)"/g)) {
      expect(html, id).toContain(`id="${id}"`);
    }
    const all = text(read('toezeggingen/index.html'));
    expect(all).toContain('die datum lag vóór het nieuwste rapport (15 maart 2027)');
    expect(all).toContain('Per artikel: alle');
    // The follow-up's own, read from its own date: "In 2027 krijgen professionals …" counts; "Sinds 2025" does not.
    expect(all).toContain('In 2027 krijgen professionals van Veilig Thuis');
    expect(all).not.toContain('Sinds 2025 zijn er 120 plaatsen bijgekomen');
  });

  describe('in a browser', () => {
    const session = useBrowserSession(site);
    const titles = (page: Page) => page.locator('.result-title a').allTextContents();
    const waitForQuery = (page: Page, q: string) =>
      page.waitForFunction((f) => document.querySelector('[data-search-status]')?.textContent?.includes(f), `“${q}”`, { timeout: 10_000 });

    it('filters and sorts search results by report', async () => {
      const metas = (page: Page) => page.locator('.result-meta').allTextContents();
      const { page, problems } = await session.open('zoeken/?q=huisverbod');
      await waitForQuery(page, 'huisverbod');
      const all = await titles(page);
      expect(all.some((t) => t.startsWith('Artikel 52 · '))).toBe(true);
      // With two reports, each result names its report.
      expect((await metas(page)).every((m) => /Rapport van (10 juli 2025|15 maart 2027)/.test(m))).toBe(true);

      await page.click('details.search-filters summary');
      await page.selectOption('#filter-rapport', FOLLOW_UP);
      await page.waitForURL(new RegExp(`rapport=${FOLLOW_UP}$`));
      await page.waitForFunction(() => [...document.querySelectorAll('.result-meta')].every((m) => m.textContent?.includes('15 maart 2027')));
      expect((await titles(page)).length).toBeGreaterThan(0);

      await page.selectOption('#filter-rapport', SEED);
      await page.waitForURL(new RegExp(`rapport=${SEED}$`));
      await page.waitForFunction(() => [...document.querySelectorAll('.result-meta')].every((m) => m.textContent?.includes('10 juli 2025')));

      // Newest report first: the follow-up's passages before the seed's.
      await page.selectOption('#filter-rapport', '');
      await page.selectOption('#sorteer', 'datum');
      await page.waitForURL(/sorteer=datum/);
      await page.waitForFunction(() => document.querySelector('.result-meta')?.textContent?.includes('15 maart 2027'));
      expect(await problems.all()).toEqual([]);
    });

    it('has no axe violations on an article page with a "Verloop"', async () => {
      const { page, problems } = await session.open('artikelen/52/');
      expect(await page.locator('#verloop').isVisible()).toBe(true);
      expect((await axeViolations(page)).join('\n\n')).toBe('');
      expect(await problems.all()).toEqual([]);
    });
  });
});

describe('a failed rebuild', () => {
  /** Copies of content/, dist/ and the anchors manifest as the last good build left them. */
  const before = path.join(tmp, 'before');
  /** The anchors manifest of these seeds: beside the seeds folder (the project's own is content/anchors.json). */
  const manifest = path.join(tmp, 'anchors.json');
  let manifestBefore = '';
  beforeAll(() => {
    cpSync(dirs.content, path.join(before, 'content'), { recursive: true });
    cpSync(dirs.dist, path.join(before, 'dist'), { recursive: true });
    manifestBefore = readFileSync(manifest, 'utf8');
  });

  async function expectUnchanged() {
    const differences = [...(await compareDirs(path.join(before, 'content'), dirs.content)), ...(await compareDirs(path.join(before, 'dist'), dirs.dist))];
    expect(differences).toEqual([]);
    expect(readFileSync(manifest, 'utf8')).toBe(manifestBefore);
    expect(readdirSync(tmp).sort()).toEqual(['anchors.json', 'before', 'cache', 'content', 'dist', 'seeds']);
  }

  it('refuses a rebuild that would make an anchor point at other text, naming it, and changes nothing', async () => {
    // A paragraph break gone from the follow-up (as a changed repair or a corrected seed would do):
    // its response's second paragraph runs on from the first, and a1-reactie-2 would be the list.
    const seed = path.join(dirs.seeds, `${FOLLOW_UP}.txt`);
    const text = readFileSync(seed, 'utf8');
    expect(text).toContain('gestuurd.\n\nOm te voorkomen');
    writeFileSync(seed, text.replace('gestuurd.\n\nOm te voorkomen', 'gestuurd.\nOm te voorkomen'));
    try {
      const result = await runBuild(REPO_ROOT, env);
      expect(result.ok).toBe(false);
      expect(result.log).toMatch(new RegExp(`anchors\\.json:\\d+: anchor ${FOLLOW_UP}#a1-reactie-2 would point at different text: it cited "Om te voorkomen dat de bescherming stopt`));
      expect(result.log).toContain('--update-anchors');
      expect(result.log).toContain('build: ingest failed;');
      await expectUnchanged();
    } finally {
      writeFileSync(seed, text);
    }
  }, 120_000);

  it('leaves content and site byte-identical when a new report does not parse', async () => {
    const bad = path.join(dirs.seeds, '2028-01-01-nl-beleidsreactie-kapot.txt');
    writeFileSync(bad, readFileSync(path.join(FIXTURES, `${FOLLOW_UP}.txt`), 'utf8').replace('Artikel Verdrag van Istanbul:  33', 'Artikel Verdrag van Istanbul:  133'));
    try {
      const result = await runBuild(REPO_ROOT, env);
      expect(result.ok).toBe(false);
      expect(result.log).toContain(`${bad}:37: article 133 is outside the Istanbul Convention's articles 1–81`);
      expect(result.log).toContain('build: ingest failed;');
      await expectUnchanged();
    } finally {
      rmSync(bad);
    }
  }, 120_000);

  it('leaves content, site and anchors manifest byte-identical when astro build fails after ingest succeeded', async () => {
    // A new report, whose anchors ingest adds, then an invalid SITE_URL fails Astro's config
    // check: the manifest must not record anchors of a report that was never published.
    const extra = path.join(dirs.seeds, '2028-01-01-nl-beleidsreactie-extra.txt');
    cpSync(path.join(FIXTURES, `${FOLLOW_UP}.txt`), extra);
    try {
      const result = await runBuild(REPO_ROOT, { ...env, SITE_URL: 'not a url' });
      expect(result.ok).toBe(false);
      expect(result.log).toMatch(/anchors\.json: \d+ anchor\(s\) added/);
      expect(result.log).toContain('build: astro build failed;');
      await expectUnchanged();
    } finally {
      rmSync(extra);
    }
  }, 120_000);
});
