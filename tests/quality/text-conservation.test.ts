import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { pageText } from '../../src/quality/page-text.ts';
import { readHtml } from '../../src/quality/read-html.ts';
import { checkConservation, textRuns } from '../../src/quality/text-conservation.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { GENERATED_REPORTS_DIR } from '../support/paths.ts';

const site = builtSite();

const reports = await loadGeneratedReports();

// The rendered text of every article page, read once. Pages are kept apart so no run matches across two.
const articlePages = (await listHtmlFiles(site.dist)).filter((file) => /^artikelen\/\d+\/index\.html$/.test(file));
const articleText = (await Promise.all(articlePages.map(async (file) => pageText(await readHtml(path.join(site.dist, file)))))).join(' ¶ ');

describe('text conservation on the rendered article pages', () => {
  it('has generated reports and article pages to compare', () => {
    expect(reports.length, `no report JSON in ${GENERATED_REPORTS_DIR}`).toBeGreaterThan(0);
    expect(articlePages, 'no dist/artikelen/<n>/index.html').not.toEqual([]);
  });

  describe.each(reports)('$file', ({ parsed }) => {
    const report = checkConservation(textRuns(parsed), articleText);

    it('shows every word of every recommendation, response and footnote', () => {
      const missing = report.missingWords.slice(0, 50).map((m) => `${m.where}: ${JSON.stringify(m.word)}`);
      expect(missing.join('\n'), `${report.missingWords.length} of ${report.words} words missing`).toBe('');
    });

    it('shows the text between footnote markers verbatim, whitespace collapsed', () => {
      const missing = report.missingRuns.slice(0, 20).map((run) => `${run.where}: ${JSON.stringify(run.text)}`);
      expect(missing.join('\n'), `${report.missingRuns.length} of ${report.runs} text runs missing`).toBe('');
    });
  });
});
