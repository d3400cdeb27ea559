/**
 * Writes the sample and hostile fixture reports as generated content (JSON + gated MDX), the
 * way ingest does. Used by the build test; run by hand to try the site before the parser lands:
 *   npx tsx tests/site/write-fixture-content.ts [dir]   (default content/generated)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../../src/ingest/generated-files';
import { writeGenerated } from '../../src/ingest/write-generated';
import { parsedReportSchema, type ParsedReport } from '../../src/schema/report';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function loadFixtureReport(name: 'sample-report' | 'hostile-report'): ParsedReport {
  return parsedReportSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.json`), 'utf8')));
}

export function writeFixtureContent(dir: string): ParsedReport[] {
  const reports = [loadFixtureReport('sample-report'), loadFixtureReport('hostile-report')];
  // The same files, the same gate and the same atomic write as `npm run ingest`.
  writeGenerated(dir, generatedFiles(reports));
  return reports;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'content/generated');
  writeFixtureContent(dir);
  console.log(`wrote fixture content to ${dir}`);
}
