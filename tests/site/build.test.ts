/**
 * Builds the real site (astro build: @astrojs/mdx compiles the generated MDX, render() and our
 * components render it) from the sample and hostile fixtures into a temp dir, served from a
 * sub-path, and checks the output: pages, article index, literal hostile text, the components'
 * HTML, original footnote numbers, unique ids, base-prefixed internal links and the data endpoints.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { articlePageAnchor, recommendationAnchor } from '../../src/mdx/anchor-ids';
import { reportTexts } from '../../src/programmes/report-texts';
import { openDataSchema } from '../../src/schema/open-data';
import { type ParsedReport } from '../../src/schema/report';
import { HOSTILE } from '../mdx/hostile-strings';
import { compareDirs } from '../../src/quality/compare-dirs';
import { readCsv } from './read-csv';
import { writeFixtureContent } from './write-fixture-content';

const ROOT = path.resolve(__dirname, '../..');
const BASE = '/verdragswijzer/';
const SITE = 'https://example.org';
let tmp: string;
let dist: string;
let reports: ParsedReport[];

/** The parent environment without what Vitest injects (BASE_URL, MODE, …), which Astro would obey. */
function cleanEnv(): NodeJS.ProcessEnv {
  const injected = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !injected.has(k) && !k.startsWith('VITEST')));
}

function astroBuild(dir: string, outDir = path.join(dir, 'dist'), silent = true) {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', ...(silent ? ['--silent'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      VW_CONTENT_DIR: path.join(dir, 'content'),
      VW_OUT_DIR: outDir,
      VW_CACHE_DIR: path.join(dir, 'cache'),
      BASE_PATH: BASE,
      SITE_URL: SITE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-build-'));
  dist = path.join(tmp, 'dist');
  reports = writeFixtureContent(path.join(tmp, 'content'));
  const result = astroBuild(tmp);
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}, 240_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const read = (rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');

function htmlFiles(dir = dist): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** Visible text of an HTML page: tags dropped, entities decoded (in one pass: `&#x26;amp;` is "&amp;"). */
function textOf(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex?: string, dec?: string, name?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (named[name!] ?? whole),
    );
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('astro build of sample and hostile content', () => {
  it('builds a page for every one of the 81 articles; one without recommendations says so', () => {
    const cited = new Set(reports.flatMap((r) => r.recommendations.flatMap((rec) => rec.articles)));
    const built = fs
      .readdirSync(path.join(dist, 'artikelen'))
      .filter((n) => /^\d+$/.test(n))
      .map(Number)
      .sort((a, b) => a - b);
    expect(built).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
    for (const n of built) {
      const html = read(`artikelen/${n}/index.html`);
      expect(html).toMatch(new RegExp(`<h1 id="artikel-${n}"[ >]`));
      expect(html.includes('Geen aanbeveling van GREVIO bij dit artikel'), `artikel ${n}`).toBe(!cited.has(n));
    }
    // Per report, and with a way on: its chapter in the index.
    const empty = textOf(read('artikelen/4/index.html')).replace(/\s+/g, ' ');
    for (const r of reports) expect(empty).toContain(`geen van de ${r.recommendations.length} aanbevelingen van GREVIO in dit rapport gaat over artikel 4.`);
    expect(read('artikelen/4/index.html')).toContain('href="/verdragswijzer/artikelen/#hoofdstuk-i"');
  });

  it('lists all 81 articles on /artikelen/, each linking its page', () => {
    const html = read('artikelen/index.html');
    expect(html.match(/<li id="artikel-\d+"/g)).toHaveLength(81);
    const linked = [...html.matchAll(/href="\/verdragswijzer\/artikelen\/(\d+)\/"/g)].map((m) => Number(m[1]));
    expect([...new Set(linked)].sort((a, b) => a - b)).toEqual(Array.from({ length: 81 }, (_, i) => i + 1));
  });

  it('shows hostile report text literally and never as markup or code', () => {
    const hostile = reports.find((r) => r.report.slug === 'hostile-fixture')!;
    const singleLine = hostile.recommendations[0]!.grevio.flatMap((b) => (b.kind === 'paragraph' && !b.text.includes('\n') ? [b.text] : []));
    const text = textOf(read('artikelen/3/index.html'));
    for (const literal of singleLine) expect(text).toContain(literal);
    expect(text).toContain(hostile.recommendations[0]!.topic);
    expect(textOf(read('rapporten/hostile-fixture/index.html'))).toContain('<script>alert(1)</script>  x');
  });

  it('shows every hostile string literally, as a paragraph of its own', () => {
    const html = read('artikelen/14/index.html');
    const paragraphs = [...html.matchAll(/<div class="block-body">([\s\S]*?)<\/div> <p class="cite"/g)].map((m) => textOf(m[1]!).replace(/\s+/g, ' ').trim());
    for (const text of HOSTILE) expect(paragraphs).toContain(text.replace(/\s+/g, ' ').trim());
  });

  it('renders a recommendation through render() and the MDX components', () => {
    const html = read('artikelen/14/index.html');
    const article = /<article[^>]*data-recommendation="hostile-strings-01"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    // Part, Para (with its permalink and page), the footnote with the report's own number.
    // On an article page, where reports meet, a report-local anchor carries the report's slug.
    expect(article).toMatch(/<div class="part part--grevio">\s*<h3 id="r-hostile-strings-a1-grevio">Aanbeveling van GREVIO<\/h3>/);
    expect(article).toMatch(/<div class="part part--response">\s*<h3 id="r-hostile-strings-a1-reactie">Reactie van de regering<\/h3>/);
    expect(article).toMatch(/<div class="block" id="r-hostile-strings-a1-grevio-1">/);
    // The permalink and "Citeer" lead to the report's own page, where the anchor is short.
    expect(article).toContain('<a class="permalink" href="/verdragswijzer/rapporten/hostile-strings/#a1-reactie-1" aria-label="Permalink naar deze alinea (p. 2)">¶</a>');
    expect(article).toContain('<a class="cite-link" href="/verdragswijzer/rapporten/hostile-strings/citeer/#a1-reactie-1" aria-label="Citeer deze alinea (p. 2)">Citeer</a>');
    expect(article).toMatch(/<sup><a href="#user-content-fn-hostile-strings-01-fn-1" id="user-content-fnref-hostile-strings-01-fn-1" data-footnote-ref="" aria-describedby="r-hostile-strings-01-voetnoten" aria-label="Voetnoot 1"><span class="copy-only">\[<\/span>1<span class="copy-only">\]<\/span><\/a><\/sup>/);
    expect(article).toMatch(/<section data-footnotes(="")? class="footnotes"><h3 class="footnotes-title" id="r-hostile-strings-01-voetnoten">Voetnoten<\/h3>/);
    const report = read('rapporten/hostile-strings/index.html');
    expect(report).toMatch(/<div class="block" id="a1-grevio-1">/);
    expect(report).toMatch(/<h2 id="a1">Tekst die op code lijkt<\/h2>/);
    expect(article).toContain('<li id="user-content-fn-hostile-strings-01-fn-1" value="1">');
    // GFM autolinks the URL a footnote consists of.
    expect(article).toContain('<a href="https://zoek.officielebekendmakingen.nl/stb-2025-29.html">https://zoek.officielebekendmakingen.nl/stb-2025-29.html</a>');
  });

  it('keeps quotes, dashes and dots exactly as in the report', () => {
    expect(textOf(read('artikelen/3/index.html'))).toContain('Aanhalingstekens ‘enkel’ “dubbel” "recht" -- twee streepjes ... drie puntjes');
  });

  it('has no script but our own search bundle, no image or event handler element in any page, and no expression ran', () => {
    // The only script a page may carry is our bundled search module (the search page's own;
    // tests/quality/no-scripts.test.ts checks that no other page has one): under _astro/, never inline.
    // Checked on the parsed page, not its text: report text may hold "<script>" inside an
    // attribute (a citation_title), where it is text, as it should be.
    const ownBundle = /^\/verdragswijzer\/_astro\/[A-Za-z0-9_.-]+\.js$/;
    for (const file of htmlFiles()) {
      const html = fs.readFileSync(file, 'utf8');
      const elements: Element[] = [];
      visit(fromHtml(html), 'element', (el) => void elements.push(el));
      for (const script of elements.filter((el) => el.tagName === 'script')) {
        // JSON-LD is data the browser never runs; it must parse, and no report text may end it.
        if (script.properties.type === 'application/ld+json') expect(() => JSON.parse((script.children[0] as { value: string }).value), file).not.toThrow();
        else expect([script.properties.type, String(script.properties.src), script.children.length], file).toEqual(['module', expect.stringMatching(ownBundle), 0]);
      }
      expect(elements.filter((el) => el.tagName === 'img'), file).toEqual([]);
      expect(elements.filter((el) => Object.keys(el.properties).some((name) => /^on[a-z]/.test(name))), file).toEqual([]);
      expect(html, file).not.toContain(process.version);
    }
  });

  it('keeps the report’s footnote numbers and gives every id on a page once', () => {
    const html81 = read('artikelen/81/index.html');
    expect(html81).toMatch(/data-footnote-ref[^>]*><span class="copy-only">\[<\/span>3<span class="copy-only">\]<\/span><\/a>/);
    expect(html81).toMatch(/<li id="user-content-fn-hostile-fixture-02-fn-3" value="3">/);
    for (const file of htmlFiles()) {
      const list = ids(fs.readFileSync(file, 'utf8'));
      expect(list.filter((id, i) => list.indexOf(id) !== i), file).toEqual([]);
    }
  });

  it('gives every page its canonical URL and Open Graph tags from SITE_URL, and absolute citation URLs', () => {
    const html = read('artikelen/3/index.html');
    const tag = (attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(html)?.[1];
    expect(html).toContain('<link rel="canonical" href="https://example.org/verdragswijzer/artikelen/3/">');
    expect(tag('property', 'og:url')).toBe('https://example.org/verdragswijzer/artikelen/3/');
    expect(tag('property', 'og:type')).toBe('article');
    expect(tag('property', 'og:title')).toMatch(/^Artikel 3: /);
    expect(tag('name', 'citation_abstract_html_url')).toMatch(/^https:\/\/example\.org\/verdragswijzer\/rapporten\/[a-z0-9-]+\/$/);
    expect(read('feed.xml')).toContain('href="https://example.org/verdragswijzer/rapporten/');
    // The print line names the page's public address.
    expect(html).toContain('<p class="print-source">Verdragswijzer · https://example.org/verdragswijzer/artikelen/3/ · Bron: ');
    // _headers paths carry BASE_PATH (the catch-all excepted), as the host sees them.
    const headers = read('_headers');
    expect(headers).toContain('\n/verdragswijzer/rapporten/*/bron.txt\n  Content-Type: text/plain; charset=utf-8');
    expect(headers.startsWith('/*\n')).toBe(true);
  });

  it('links Convention article references to the article page, with or without recommendations', () => {
    const html = read('artikelen/3/index.html');
    expect(html).toContain('<a href="/verdragswijzer/artikelen/3/" class="article-ref">Artikel 3b van het Verdrag van Istanbul</a>');
    expect(html).toContain('<a href="/verdragswijzer/artikelen/18/" class="article-ref">Artikel 18, lid 2 van het Verdrag van Istanbul</a>');
    expect(textOf(html)).toContain('niet artikel 23 van de Grondwet.');
    expect(html).not.toMatch(/class="article-ref">[^<]*Grondwet/);
  });

  it('links the first mention of a registry entry in the text to its programme page, with the base', () => {
    const html = read('artikelen/3/index.html');
    expect(html).toContain('de <a href="/verdragswijzer/programmas/grondwet/" class="programme-ref">Grondwet</a>.');
    expect(fs.existsSync(path.join(dist, 'programmas/grondwet/index.html'))).toBe(true);
  });

  it('prefixes every internal link with the base and every link target exists', () => {
    for (const file of htmlFiles()) {
      const html = fs.readFileSync(file, 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        if (href!.startsWith('#')) {
          expect(ids(html), `${file} ${href}`).toContain(href!.slice(1));
          continue;
        }
        expect(href!.startsWith(BASE), `${file} ${href}`).toBe(true);
        const [pathname, hash] = href!.slice(BASE.length - 1).split('#');
        const target = path.join(dist, pathname!, pathname!.endsWith('/') ? 'index.html' : '');
        expect(fs.existsSync(target), `${file} → ${href}`).toBe(true);
        if (hash) expect(ids(fs.readFileSync(target, 'utf8')), `${file} → ${href}`).toContain(hash);
      }
    }
  });

  it('publishes every report as JSON in the published open data schema, with its JSON Schema beside it', () => {
    const data = openDataSchema.parse(JSON.parse(read('data/aanbevelingen.json')));
    expect(data.reports.map((r) => r.slug).sort()).toEqual(reports.map((r) => r.report.slug).sort());
    expect(data.$schema).toBe(`${SITE}${BASE}data/schema.json`);
    expect(data.dataset.url).toBe(`${SITE}${BASE}data/`);
    expect(read('data/aanbevelingen.json')).not.toMatch(/"line":|seeds\//);
    const schema = JSON.parse(read('data/schema.json')) as { $id: string; required: string[] };
    expect(schema.$id).toBe(data.$schema);
    expect(schema.required).toEqual(['$schema', 'dataset', 'reports']);
  });

  it('publishes a `;` CSV with one row per recommendation and article and absolute permalinks that exist', () => {
    const text = read('data/aanbevelingen.csv');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = readCsv(text, ';');
    expect(rows[0]).toEqual(['rapport', 'aanbeveling', 'artikel', 'onderwerp', 'sterkste_formulering', 'pagina_van', 'pagina_tot', 'permalink']);
    const expected = reports.flatMap((r) => r.recommendations.flatMap((rec) => rec.articles)).length;
    expect(rows.slice(1)).toHaveLength(expected);
    expect(rows.slice(1).every((r) => r.length === 8)).toBe(true);
    const id = '2025-07-10-nl-beleidsreactie-grevio-thematisch-02';
    expect(rows).toContainEqual([
      '2025-07-10-nl-beleidsreactie-grevio-thematisch',
      '2',
      '53',
      'Gecoördineerd beleid',
      'aangemoedigd',
      '3',
      '4',
      `${SITE}${BASE}artikelen/53/#${articlePageAnchor(id, recommendationAnchor(id))}`,
    ]);
    for (const row of rows.slice(1)) {
      const [pathname, hash] = row[7]!.slice(SITE.length + BASE.length - 1).split('#');
      expect(ids(read(`${pathname!.slice(1)}index.html`)), row[7]).toContain(hash);
    }
  });

  it('publishes every passage as CSV (`;` and comma) and XLSX, each linking to an id on its report page', async () => {
    const expected = reports.reduce((n, r) => n + reportTexts(r).length, 0);
    const semicolon = readCsv(read('data/passages.csv'), ';');
    const comma = readCsv(read('data/passages-komma.csv'), ',');
    expect(semicolon.slice(1)).toHaveLength(expected);
    expect(comma).toEqual(semicolon);
    const [sheet] = (await readXlsxFile(fs.readFileSync(path.join(dist, 'data/passages.xlsx')), { trim: false })) as { data: unknown[][] }[];
    expect(sheet!.data).toHaveLength(expected + 1);
    const url = semicolon[0]!.indexOf('url');
    for (const row of semicolon.slice(1)) {
      const [pathname, hash] = row[url]!.slice(SITE.length + BASE.length - 1).split('#');
      expect(pathname, row[url]).toMatch(/^\/rapporten\/[a-z0-9-]+\/$/);
      expect(ids(read(`${pathname!.slice(1)}index.html`)), row[url]).toContain(hash);
    }
  });

  it('explains the open data on /data/, with the version and a ready citation', () => {
    const text = textOf(read('data/index.html'));
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(text).toContain(`Verdragswijzer (versie ${version}, `);
    expect(text).toContain(`${SITE}${BASE}data/`);
    expect(text).toContain('CC0 1.0');
    expect(text).toContain('artikel 15b Auteurswet');
    expect(text).toContain('reports[].recommendations[].passages[].text');
  });

  it('links the open data from the home page and every article page, without forcing a download', () => {
    for (const rel of ['index.html', 'artikelen/3/index.html', 'artikelen/81/index.html', 'data/index.html']) {
      const html = read(rel);
      for (const file of ['', 'aanbevelingen.csv', 'aanbevelingen.json', 'passages.csv', 'passages.xlsx']) {
        expect(html, `${rel} → data/${file}`).toContain(`href="${BASE}data/${file}"`);
      }
      expect(html, rel).not.toMatch(/<a [^>]*href="[^"]*\/data\/[^"]*"[^>]*\sdownload[\s>=]/);
    }
  });
});

describe('compiled MDX kept between builds', () => {
  const reusedLine = (output: string) => /(\d+) MDX file\(s\) compiled, (\d+) reused from the cache/.exec(output)?.slice(1).map(Number);
  const files = () => fs.readdirSync(path.join(tmp, 'content/recommendations')).length;
  // With an outDir outside the project, Astro also leaves its content-layer index files there
  // (content-modules.mjs lists modules in the order they were loaded); they are not the site.
  const siteDifferences = async (other: string) =>
    (await compareDirs(dist, other)).filter((d) => !/^(content-modules\.mjs|content-assets\.mjs|collections\/)/.test(d.file));

  it('a rebuild reuses every compiled file and writes the same site', async () => {
    const again = astroBuild(tmp, path.join(tmp, 'dist-again'), false);
    expect(again.status, again.stderr).toBe(0);
    expect(reusedLine(again.stdout)).toEqual([0, files()]);
    expect(await siteDifferences(path.join(tmp, 'dist-again'))).toEqual([]);
  }, 240_000);

  it('an edited entry, even one re-signed without the project’s secret, is compiled (and gated) afresh', async () => {
    const cacheDir = path.join(tmp, 'cache/verdragswijzer-mdx');
    const [entry] = fs.readdirSync(cacheDir).filter((n) => n.endsWith('.json'));
    const file = path.join(cacheDir, entry!);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { mac: string; entry: string };
    const output = JSON.parse(stored.entry) as { code: string };
    const edited = JSON.stringify({ ...output, code: `${output.code}\nconsole.log('edited in the cache');` });
    const forged = createHmac('sha256', 'not the secret').update(entry!.slice(0, -'.json'.length)).update('\0').update(edited).update('\0').digest('hex');
    fs.writeFileSync(file, JSON.stringify({ mac: forged, entry: edited }));
    const again = astroBuild(tmp, path.join(tmp, 'dist-tampered'), false);
    expect(again.status, again.stderr).toBe(0);
    expect(reusedLine(again.stdout)).toEqual([1, files() - 1]);
    expect(await siteDifferences(path.join(tmp, 'dist-tampered'))).toEqual([]);
  }, 240_000);
});

describe('the MDX gate inside astro build', () => {
  it('fails the build when a generated MDX file holds an expression', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-gate-'));
    try {
      writeFixtureContent(path.join(dir, 'content'));
      const file = path.join(dir, 'content/recommendations/hostile-fixture.mdx');
      const source = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, source.replace('GREVIO spoort sterk aan', 'GREVIO {process.exit(0)}'));
      const line = source.split('\n').findIndex((l) => l.includes('GREVIO spoort sterk aan')) + 1;
      const result = astroBuild(dir);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain(`${file}:${line}: an MDX expression {…} is not allowed`);
      expect(fs.existsSync(path.join(dir, 'dist/artikelen/81/index.html'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
