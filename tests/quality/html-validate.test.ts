import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { builtSite } from '../support/built-site.ts';

const site = builtSite();

describe('HTML of the built site', () => {
  it('is valid on every page under html-validate:recommended (.htmlvalidate.json)', async () => {
    const pages = (await listHtmlFiles(site.dist)).filter((file) => !/^(_astro|pagefind)\//.test(file));
    expect(pages.length).toBeGreaterThan(0);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateMultipleFiles(pages.map((file) => path.join(site.dist, file)));
    const text = formatterFactory('text')(report.results).replaceAll(`${site.dist}/`, 'dist/');
    expect(report.errorCount, `${report.errorCount} errors in ${pages.length} pages:\n${text}`).toBe(0);
  });
});
