/**
 * Cite and verify, on the built site: what reference managers read from the pages (Highwire,
 * Dublin Core, JSON-LD), the citation files parsed by citation-js, the Atom feed parsed as XML,
 * the text as ingested, and every permalink and "Citeer" link landing on its passage.
 */
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { reportAnchorTargets } from '../../src/mdx/anchor-ids.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { REPO_ROOT } from '../support/paths.ts';

// citation-js ships no types; loaded through require so the plugins register on the same core.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: Record<string, unknown>[] } };
for (const plugin of ['ris', 'bibtex', 'csl']) require(`@citation-js/plugin-${plugin}`);

const site = builtSite();
const reports = await loadGeneratedReports();
const seed = reports.find((r) => r.parsed.report.slug === '2025-07-10-nl-beleidsreactie-grevio-thematisch')!.parsed;
const slug = seed.report.slug;
const read = (rel: string) => readFileSync(path.join(site.dist, rel), 'utf8');
const tree = (rel: string): Root => fromHtml(read(rel));

function elements(root: Root, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(root, 'element', (el) => {
    if (test(el)) out.push(el);
  });
  return out;
}
const meta = (root: Root, name: string) => elements(root, (el) => el.tagName === 'meta' && el.properties.name === name).map((el) => String(el.properties.content));
const jsonLd = (root: Root) =>
  elements(root, (el) => el.tagName === 'script' && el.properties.type === 'application/ld+json').map((el) => JSON.parse((el.children[0] as { value: string }).value) as Record<string, unknown>);
const ids = (root: Root) => new Set(elements(root, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id)));

describe('metadata for reference managers', () => {
  it('gives the report page Highwire and Dublin Core tags that name the report', () => {
    const page = tree(`rapporten/${slug}/index.html`);
    expect(meta(page, 'citation_title')).toEqual([seed.report.title]);
    expect(meta(page, 'citation_author')).toEqual(['Nederlandse overheid']);
    expect(meta(page, 'citation_publication_date')).toEqual(['2025/07/10']);
    expect(meta(page, 'citation_firstpage')).toEqual(['1']);
    expect(meta(page, 'citation_lastpage')).toEqual([String(seed.report.pages)]);
    expect(meta(page, 'citation_language')).toEqual(['nl']);
    // The seed's sidecar names no PDF: no citation_pdf_url rather than a guessed one.
    expect(meta(page, 'citation_pdf_url')).toEqual([]);
    expect(meta(page, 'DC.title')).toEqual([seed.report.title]);
    expect(meta(page, 'DC.creator')).toEqual(['Nederlandse overheid']);
    expect(meta(page, 'DC.date')).toEqual(['2025-07-10']);
    const [ld] = jsonLd(page);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', name: seed.report.title, dateCreated: '2025-07-10', numberOfPages: seed.report.pages, author: { name: 'Nederlandse overheid' } });
  });

  it('gives an article page the pages its recommendations span, and the article as schema.org Legislation', () => {
    const page = tree('artikelen/22/index.html');
    const recs = seed.recommendations.filter((r) => r.articles.includes(22));
    expect(meta(page, 'citation_title')).toEqual([seed.report.title]);
    expect(meta(page, 'citation_firstpage')).toEqual([String(Math.min(...recs.map((r) => r.pages[0])))]);
    expect(meta(page, 'citation_lastpage')).toEqual([String(Math.max(...recs.map((r) => r.pages[1])))]);
    const [ld] = jsonLd(page);
    expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: 'CETS No. 210, artikel 22', isPartOf: { legislationIdentifier: 'CETS No. 210' } });
    expect((ld!.subjectOf as { name: string }[]).map((r) => r.name)).toEqual([seed.report.title]);
  });

  it('links the Atom feed from every page’s head; the feed parses, one entry per report, newest first', async () => {
    const pages = (await listHtmlFiles(site.dist)).filter((f) => !/^(_astro|pagefind)\//.test(f));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const links = elements(tree(page), (el) => el.tagName === 'link' && String(el.properties.rel) === 'alternate' && el.properties.type === 'application/atom+xml');
      expect(links.map((l) => l.properties.href), page).toEqual([`${site.base}feed.xml`]);
    }
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed;
    const entries = feed.entry as { title: string; published: string; summary: string }[];
    expect(entries.map((e) => e.title)).toEqual(reports.map((r) => r.parsed.report.title));
    expect(entries.map((e) => e.published)).toEqual([...entries.map((e) => e.published)].sort().reverse());
    expect(entries[0]!.summary).toMatch(/^18 aanbevelingen van GREVIO/);
  });
});

describe('citation files', () => {
  const expectReport = (data: Record<string, unknown>[]) => {
    expect(data).toHaveLength(1);
    const item = data[0] as { title: string; author: { literal?: string; family?: string }[]; issued: { 'date-parts': number[][] }; URL: string };
    expect(item.title).toBe(seed.report.title);
    expect(item.author.map((a) => a.literal ?? a.family)).toEqual(['Nederlandse overheid']);
    expect(item.issued['date-parts'][0]).toEqual([2025, 7, 10]);
    expect(item.URL).toBe(`${site.base}rapporten/${slug}/`);
  };

  for (const format of ['ris', 'bib', 'json'] as const) {
    it(`publishes ${format.toUpperCase()} that citation-js reads back as this report, linked from the report page`, () => {
      const file = `rapporten/${slug}/citatie.${format}`;
      expectReport(new Cite(read(file)).data);
      expect(read(`rapporten/${slug}/index.html`)).toContain(`href="${site.base}${file}"`);
    });
  }

  it('publishes the text exactly as ingested beside the report', () => {
    expect(readFileSync(path.join(site.dist, `rapporten/${slug}/bron.txt`))).toEqual(readFileSync(path.join(REPO_ROOT, 'seeds', `${slug}.txt`)));
  });
});

describe('page ranges', () => {
  it('cite a passage that runs on across a page break with both pages, everywhere it is cited', () => {
    // Recommendation 11's seventh response paragraph starts on p. 19 and ends on p. 20, after
    // footnote 3 closes p. 19 in the seed (read from bron.txt: the page break falls inside it).
    const source = readFileSync(path.join(REPO_ROOT, 'seeds', `${slug}.txt`), 'utf8');
    expect(source.replace(/\s+/g, ' ')).toContain('Naar verwachting wordt in 2026 gestart');
    const block = seed.recommendations[10]!.response[6]!;
    expect(block.kind === 'paragraph' && [block.page, block.endPage]).toEqual([19, 20]);
    const report = read(`rapporten/${slug}/index.html`);
    expect(report).toMatch(/<div class="block" id="a11-reactie-7">.*?<span class="cite-page">p\. 19–20<\/span>/s);
    const cite = read(`rapporten/${slug}/citeer/index.html`);
    expect(cite).toMatch(/id="a11-reactie-7".*?, p\. 19–20, aanbeveling “Gespecialiseerde ondersteuning” \(artikel 22\), reactie van de regering, alinea 7\./s);
    const csv = read('data/passages.csv');
    expect(csv).toMatch(/;"19";"20";"[^"]*Naar verwachting wordt in 2026 gestart/);
  });
});

describe('permalinks and Citeer', () => {
  it('give every paragraph and list item a permalink to its short anchor on the report page and a Citeer entry that quotes it', () => {
    const reportPage = tree(`rapporten/${slug}/index.html`);
    const citePage = tree(`rapporten/${slug}/citeer/index.html`);
    const onReport = ids(reportPage);
    const entries = new Map(elements(citePage, (el) => el.tagName === 'li' && String(el.properties.className).includes('citation')).map((el) => [String(el.properties.id), el]));
    const cites = elements(reportPage, (el) => String(el.properties.className) === 'cite');
    const paragraphsAndItems = reportAnchorTargets(seed).filter((t) => /^a\d+-(grevio|reactie)-\d+(-[a-z0-9]+)?$/.test(t.anchor));
    expect(cites.length).toBeGreaterThan(150);
    for (const cite of cites) {
      const [permalink, citeer] = elements({ type: 'root', children: [cite] }, (el) => el.tagName === 'a' && /permalink|cite-link/.test(String(el.properties.className))).map((a) => String(a.properties.href));
      const anchor = permalink!.split('#')[1]!;
      expect(anchor).toMatch(/^a\d+-(grevio|reactie)-\d+(-[a-z0-9]+)?$/);
      expect(permalink).toBe(`${site.base}rapporten/${slug}/#${anchor}`);
      expect(onReport.has(anchor), anchor).toBe(true);
      expect(citeer).toBe(`${site.base}rapporten/${slug}/citeer/#${anchor}`);
      const entry = entries.get(anchor);
      expect(entry, anchor).toBeDefined();
      const text = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
      const target = paragraphsAndItems.find((t) => t.anchor === anchor);
      // A list's own anchor holds its items; only paragraphs and items carry a cite line.
      if (target) expect(text(entry!).replace(/\s+/g, ' ')).toContain(target.text.replace(/\[\^(\d+)\]/g, '[$1]').replace(/\s+/g, ' '));
      expect(text(entry!)).toMatch(/Nederlandse overheid, “Uitgebreide beleidsreactie .*”, ontvangen op 10 juli 2025, p\. \d+(–\d+)?, aanbeveling “.+” \(artikel(en)? [\d en,]+\), (aanbeveling van GREVIO|reactie van de regering), alinea \d+(, onderdeel [a-z0-9]+)?\. \S+ \(geraadpleegd op \[datum\]\)\./s);
    }
    expect(entries.size).toBe(cites.length);
  });
});
