/**
 * GREVIO's graded wording pills ("dringend", …) on the built site: each links to its meaning on
 * /over/, where that meaning has the id the link names, and says in words what its colour shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { STRENGTH_LABELS_NL, STRENGTHS } from '../../src/schema/report.ts';
import { builtSite } from '../support/built-site.ts';

const site = builtSite();
const read = (rel: string) => readFileSync(path.join(site.dist, rel), 'utf8');

describe('wording pills', () => {
  it('link to their meaning on /over/ and say it in words, on every page', async () => {
    const about = read('over/index.html');
    const pages = (await listHtmlFiles(site.dist)).filter((f) => !/^(_astro|pagefind)\//.test(f) && f !== 'over/index.html');
    let pills = 0;
    for (const page of pages) {
      const html = read(page);
      for (const strength of STRENGTHS) {
        const label = STRENGTH_LABELS_NL[strength];
        // Every pill of this wording: the class on a link, or on a paragraph holding the link.
        const pill = new RegExp(`class="strength strength--${strength}"[^>]*>\\s*(?:<a [^>]*>)?\\s*<span class="sr-only">Formulering van GREVIO: </span>${label}`, 'g');
        const links = new RegExp(`href="${site.base}over/#formulering-${strength}"><span class="sr-only">Formulering van GREVIO: </span>${label}<span class="sr-only"> \\(wat betekent dat\\?\\)</span></a>`, 'g');
        const shown = [...html.matchAll(new RegExp(`class="strength strength--${strength}"`, 'g'))].length;
        expect([...html.matchAll(pill)].length, `${page}: ${label}`).toBe(shown);
        expect([...html.matchAll(links)].length, `${page}: ${label}`).toBe(shown);
        pills += shown;
      }
    }
    expect(pills).toBeGreaterThan(50);
    for (const strength of STRENGTHS) expect(about).toContain(`id="formulering-${strength}"`);
  });
});
