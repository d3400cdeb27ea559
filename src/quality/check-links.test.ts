import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from './check-links.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/links');

describe('checkLinks', () => {
  it('reports missing files (links and form targets), a missing fragment and a relative link on the 404 page, and nothing else', async () => {
    const report = await checkLinks({ root: path.join(fixtures, 'site') });
    expect(formatBrokenLinks(report.broken).split('\n')).toEqual([
      '404.html: a[href]="artikelen/3/" → relative URL on a page served at any path (use /…)',
      'index.html: a[href]="/artikelen/99/" → no file for /artikelen/99/ (looked for artikelen/99/index.html)',
      'index.html: a[href]="/artikelen/3/#bestaat-niet" → no id "bestaat-niet" in artikelen/3/index.html',
      'index.html: form[action]="/zoeken/" → no file for /zoeken/ (looked for zoeken/index.html)',
    ]);
    expect(report.pages).toBe(3);
    expect(report.checked).toBe(13);
  });

  it('lists external links without fetching them', async () => {
    const report = await checkLinks({ root: path.join(fixtures, 'site') });
    expect(report.external).toEqual([
      { url: 'https://example.org/verdrag', page: 'index.html' },
      { url: 'mailto:redactie@example.org', page: 'index.html' },
    ]);
  });

  it('resolves links under a base path and rejects links that leave it', async () => {
    const report = await checkLinks({
      root: path.join(fixtures, 'based'),
      base: '/vw/',
      origin: 'https://verdragswijzer.example',
    });
    expect(report.broken).toEqual([
      {
        page: 'index.html',
        where: 'a[href]',
        url: '/artikelen/3/',
        reason: 'points outside the base path /vw/: /artikelen/3/',
      },
    ]);
    expect(report.checked).toBe(5);
    expect(report.external).toEqual([]);
  });
});
