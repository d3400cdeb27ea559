/**
 * Citing and checking in a real browser: "Citeer" works with JavaScript off and lands on the
 * passage's ready citation; a printed page names the site, its address and its source (printed
 * to PDF by Chromium and read back with pdf.js); the text as ingested opens in the browser.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';

const site = builtSite();
const seed = (await loadGeneratedReports()).find((r) => r.parsed.report.slug === '2025-07-10-nl-beleidsreactie-grevio-thematisch')!.parsed;
const slug = seed.report.slug;
const rec11 = seed.recommendations[10]!;
const quoted = (text: string) => text.replace(/\[\^(\d+)\]/g, '[$1]').replace(/\s+/g, ' ');

describe('cite and print', () => {
  const session = useBrowserSession(site);

  it('follows "Citeer" without JavaScript to the passage’s citation, in the first screen of a phone', async () => {
    const { page } = await session.open(`rapporten/${slug}/`, { width: 390, height: 844, javaScript: false });
    await page.locator('[id="a11-reactie-5"] .cite-link').click();
    await page.waitForURL(/\/citeer\/#a11-reactie-5$/);
    const entry = page.locator('[id="a11-reactie-5"]');
    const box = (await entry.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844 / 2);
    const block = rec11.response[4]!;
    expect(block.kind).toBe('paragraph');
    const text = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(quoted(block.kind === 'paragraph' ? block.text : ''));
    expect(text).toContain(`Nederlandse overheid, “${seed.report.title}”, ontvangen op 10 juli 2025, p. ${block.page}, aanbeveling “${rec11.topic}” (artikel 22), reactie van de regering, alinea 5.`);
    expect(text).toContain(`/rapporten/${slug}/#a11-reactie-5 (geraadpleegd op [datum]).`);
    // The passage a reader came for is marked (:target), as on the report page.
    expect(await entry.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('selects a whole ready citation with one click, to paste', async () => {
    const { page } = await session.open(`rapporten/${slug}/citeer/`);
    const citation = page.locator('[id="a1-grevio-1"] .ready-citation');
    await citation.click();
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected.replace(/\s+/g, ' ').trim()).toBe((await citation.innerText()).replace(/\s+/g, ' ').trim());
    expect(selected).toMatch(/^Nederlandse overheid, “/);
  });

  it('prints a page with the site’s name, the page’s address and the source', async () => {
    const { page } = await session.open('artikelen/22/');
    expect(await page.locator('.print-source').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const first = await (await document.getPage(1)).getTextContent();
    const text = first.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Verdragswijzer');
    expect(text).toContain(`${site.base}artikelen/22/`);
    expect(text).toContain('Bron: Nederlandse overheid, “Uitgebreide beleidsreactie');
    expect(text).toContain('adres van de pdf niet bekend');
    // No site navigation or "Citeer" links on paper.
    expect(text).not.toContain('Citeer');
  });

  it('opens the text as ingested in the browser, decoded as UTF-8', async () => {
    const { page, response } = await session.open(`rapporten/${slug}/bron.txt`);
    expect(response!.headers()['content-type']).toBe('text/plain; charset=utf-8');
    const body = await page.locator('body').innerText();
    expect(body).toContain('Onderwerp aanbeveling: Definities');
    expect(body).toContain('beleidsprogramma’s');
  });

  it('opens the open data and the citation text from the footer in the browser, not as a download', async () => {
    const { page } = await session.open('data/');
    const links = await page.locator('.site-footer .data-links a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, download: a.hasAttribute('download') })));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) expect(link.download, link.href).toBe(false);
    const texts = links.map((l) => l.href).filter((href) => /\.(json|csv)$/.test(href));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const href of [...texts, `${site.base}data/schema.json`, `${site.base}feed.xml`]) {
      // A download would make goto throw ("Download is starting"); the browser shows the text instead.
      const response = await page.goto(new URL(href, page.url()).href).catch((error: Error) => { throw new Error(`${href}: ${error.message}`); });
      expect(response!.status(), href).toBe(200);
      expect((await page.locator('body').innerText()).length, href).toBeGreaterThan(100);
    }
  });
});

