/**
 * npm run bench:scale — how the full build (`npm run build`: ingest + astro build + Pagefind)
 * grows with the number of reports: synthetic reports made from the seed (~20 recommendations
 * each), N = 1, 10, 100, each built cold into temporary directories; then one report is added to
 * the 100 and the build is run again with the same Astro cache. Prints one JSON line per run:
 * `{ reports, pages, ms, peakMiB, … }` (peak = largest process, from GNU time). Measures only.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { round, runCommand } from '../src/bench/measure.ts';
import { syntheticReports } from '../src/bench/synthetic-reports.ts';
import { parseReport } from '../src/pipeline/parse-report.ts';

const root = resolve(import.meta.dirname, '..');
const seedFile = resolve(root, 'seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt');
const seed = parseReport(readFileSync(seedFile), { slug: 'seed', source: 'seed' }).report;
const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const largest = Math.max(...sizes);
const reports = syntheticReports(seed, largest + 1, 1);

function build(dir: string) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    VW_SEEDS_DIR: join(dir, 'seeds'),
    VW_CONTENT_DIR: join(dir, 'content'),
    VW_OUT_DIR: join(dir, 'dist'),
    VW_CACHE_DIR: join(dir, 'cache'),
  };
  const run = runCommand(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], root, env);
  if (!run.ok) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
  const astroSeconds = /\[build\] \d+ page\(s\) built in ([\d.]+)s/.exec(run.output)?.[1];
  const pagefind = /indexed (\d+) pages in (\d+) ms/.exec(run.output);
  return {
    pages: countHtml(join(dir, 'dist')),
    ms: Math.round(run.ms),
    peakMiB: run.peakMiB === null ? null : round(run.peakMiB),
    astroBuildMs: astroSeconds ? Math.round(Number(astroSeconds) * 1000) : null,
    pagefindMs: pagefind ? Number(pagefind[2]) : null,
    log: run.output,
  };
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

function writeSeeds(dir: string, count: number) {
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  for (const r of reports.slice(0, count)) writeFileSync(join(dir, 'seeds', `${r.name}.txt`), r.text);
}

const results: object[] = [];
function report(entry: object) {
  results.push(entry);
  console.log(JSON.stringify(entry));
}

for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `vw-bench-${n}-`));
  try {
    writeSeeds(dir, n);
    const { log, ...cold } = build(dir);
    const recs = reports.slice(0, n).reduce((sum, r) => sum + (r.text.match(/^ ?Onderwerp aanbeveling:/gm)?.length ?? 0), 0);
    report({ reports: n, ...cold, recommendations: recs });
    if (n === largest) {
      // One more report, same content dir, dist and Astro cache: what does the rebuild reuse?
      writeSeeds(dir, n + 1);
      const { log: again, ...warm } = build(dir);
      const logLines = again.split('\n');
      // What each cache reused: ingest's summary line (stderr) and the content loader's line.
      const cacheLog = [...logLines.filter((l) => /^ingest: /.test(l)), ...logLines.filter((l) => /\[verdragswijzer:recommendations\]/.test(l))];
      report({ reports: n + 1, rebuildAfterAddingOne: true, ...warm, recommendations: recs + (reports[n]!.text.match(/^ ?Onderwerp aanbeveling:/gm)?.length ?? 0), cacheLog });
      void log;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/scale.json'), `${JSON.stringify({ measured: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
