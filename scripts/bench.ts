/**
 * npm run bench — measures and reports (never asserts): parse time, ingest time, and the
 * site figures once the site is built. Prints a table and writes bench/results.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseReport } from '../src/pipeline/parse-report.ts';
import { round, runCommand, timeMedian, median } from '../src/bench/measure.ts';

const root = resolve(import.meta.dirname, '..');
const seed = resolve(root, 'seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt');
const results: Record<string, number | string | null> = {};

const bytes = readFileSync(seed);
results['parse_seed_ms_median_of_9'] = round(timeMedian(9, () => parseReport(bytes, { slug: 'bench', source: 'seed' })), 2);

const ingestRuns = [0, 1, 2].map(() => runCommand(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], root));
if (ingestRuns.some((r) => !r.ok)) throw new Error(`ingest failed:\n${ingestRuns.find((r) => !r.ok)!.output}`);
results['ingest_total_ms_median_of_3'] = round(median(ingestRuns.map((r) => r.ms)));

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify({ measured: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
console.table(Object.entries(results).map(([metric, value]) => ({ metric, value })));
