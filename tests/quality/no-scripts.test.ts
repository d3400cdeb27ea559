/**
 * Content pages ship no JavaScript: a page opened from a search result is highlighted by the
 * browser's text fragment (`#…:~:text=…`), not by a script. Only the search page loads one.
 * JSON-LD blocks are data, not scripts (tests/quality/citations.test.ts parses them).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { builtSite } from '../support/built-site.ts';

const site = builtSite();
const pages = (await listHtmlFiles(site.dist)).filter((file) => !/^(_astro|pagefind)\//.test(file));

describe('scripts', () => {
  it('appear on the search page only', async () => {
    const withScripts: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(site.dist, page), 'utf8');
      // JSON-LD (citation metadata) is a data block the browser never runs; any other script counts.
      if (/<script\b(?! type="application\/ld\+json">)/i.test(html)) withScripts.push(page);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(withScripts).toEqual(['zoeken/index.html']);
  });
});
