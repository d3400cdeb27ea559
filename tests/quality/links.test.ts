import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../src/quality/check-links.ts';
import { builtSite } from '../support/built-site.ts';
import { RESULTS_DIR } from '../support/paths.ts';

const site = builtSite();

describe('links in the built site', () => {
  it('resolve: every internal href, src and srcset names a file, and every fragment an id in its target', async () => {
    const report = await checkLinks({ root: site.dist, base: site.base, origin: site.origin });
    const external = report.external.map((link) => `${link.url}\t(first on ${link.page})`).join('\n');
    await writeFile(path.join(RESULTS_DIR, 'external-links.txt'), `${external}\n`);
    expect(report.pages).toBeGreaterThan(0);
    expect(report.checked).toBeGreaterThan(0);
    expect(formatBrokenLinks(report.broken), `${report.broken.length} broken of ${report.checked} internal links`).toBe('');
  });
});
