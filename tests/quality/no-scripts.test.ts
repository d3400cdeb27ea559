/**
 * Content pages ship no JavaScript: a page opened from a search result is highlighted by the
 * browser's text fragment (`#…:~:text=…`), not by a script. Only the search page loads one.
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
      if (/<script\b/i.test(html)) withScripts.push(page);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(withScripts).toEqual(['zoeken/index.html']);
  });
});
