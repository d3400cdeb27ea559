/**
 * Writes the sample and hostile fixture reports (and the hostile strings) as generated content (JSON + gated MDX), the
 * way ingest does. Used by the build test; run by hand to try the site before the parser lands:
 *   npx tsx tests/site/write-fixture-content.ts [dir]   (default content/generated)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentOptions, reportFiles, sourceTextFile } from '../../src/ingest/generated-files';
import { formatDiagnostic } from '../../src/pipeline/diagnostics';
import { writeGenerated } from '../../src/ingest/write-generated';
import { parsedReportSchema, type ParsedReport } from '../../src/schema/report';
import { HOSTILE } from '../mdx/hostile-strings';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function loadFixtureReport(name: 'sample-report' | 'hostile-report'): ParsedReport {
  return parsedReportSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.json`), 'utf8')));
}

/**
 * A report whose paragraphs are every string MDX or Markdown would read as code, markup or
 * structure (tests/mdx/hostile-strings.ts), on article 14, with a footnote that is a URL.
 */
export function hostileStringsReport(): ParsedReport {
  const id = 'hostile-strings-01';
  return parsedReportSchema.parse({
    report: { slug: 'hostile-strings', title: 'Vijandige tekst', received: '2025-01-01', pages: 2, source: 'hostile-strings', cover: [{ text: 'Voorblad', page: 1 }] },
    recommendations: [
      {
        id,
        topic: 'Tekst die op code lijkt',
        articles: [14],
        pages: [1, 2],
        strength: [],
        grevio: HOSTILE.map((text) => ({ kind: 'paragraph', text, page: 1 })),
        response: [{ kind: 'paragraph', text: 'Zie de bron.[^1]', page: 2 }],
        line: 1,
      },
    ],
    footnotes: [{ number: 1, text: 'https://zoek.officielebekendmakingen.nl/stb-2025-29.html', page: 2, recommendation: id }],
    corrections: [],
  });
}

export function writeFixtureContent(dir: string): ParsedReport[] {
  const reports = [loadFixtureReport('sample-report'), loadFixtureReport('hostile-report'), hostileStringsReport()];
  // The same files, the same gate and the same atomic write as `npm run ingest`.
  const options = contentOptions();
  const files = reports.flatMap((report) => {
    const { files: written, problems } = reportFiles(report, options);
    if (problems.length > 0) throw new Error(problems.map((d) => formatDiagnostic(report.report.source, d)).join('\n'));
    // A fixture's "text as ingested" is the fixture itself, published as its bron.txt.
    return [...written, { path: sourceTextFile(report.report.slug), contents: JSON.stringify(report, null, 2) }];
  });
  writeGenerated(dir, files);
  return reports;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'content/generated');
  writeFixtureContent(dir);
  console.log(`wrote fixture content to ${dir}`);
}
