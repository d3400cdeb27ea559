/**
 * npm run bench:scale — how the full build (`npm run build`: ingest + astro build + Pagefind)
 * grows with the number of reports: synthetic reports made from the seed (~20 recommendations
 * each), N = 1, 10, 100, each built cold into temporary directories; then one report is added to
 * the 100 and the build is run again with the same caches. Every MDX module layout is measured
 * (BENCH_LAYOUTS, default all four): one file per report or per recommendation (VW_MDX_LAYOUT),
 * each with @astrojs/mdx's `optimize` on and off (VW_MDX_OPTIMIZE). Prints one JSON line per run:
 * `{ layout, optimize, reports, pages, ms, peakMiB, … }` (peak = largest process, from GNU time).
 * Measures only; the results go to bench/scale.json.
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

interface Layout {
  layout: 'report' | 'recommendation';
  optimize: boolean;
}

const layouts: Layout[] = (process.env.BENCH_LAYOUTS ?? 'report:optimize,report:plain,recommendation:optimize,recommendation:plain')
  .split(',')
  .map((spec) => {
    const [layout, optimize] = spec.split(':');
    if ((layout !== 'report' && layout !== 'recommendation') || (optimize !== 'optimize' && optimize !== 'plain')) {
      throw new Error(`BENCH_LAYOUTS: "${spec}" is not report|recommendation:optimize|plain`);
    }
    return { layout, optimize: optimize === 'optimize' };
  });

function build(dir: string, layout: Layout) {
  const env = {
    ...process.env,
    VW_MDX_LAYOUT: layout.layout,
    VW_MDX_OPTIMIZE: layout.optimize ? '1' : '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    VW_SEEDS_DIR: join(dir, 'seeds'),
    VW_CONTENT_DIR: join(dir, 'content'),
    VW_OUT_DIR: join(dir, 'dist'),
    VW_CACHE_DIR: join(dir, 'cache'),
  };
  const run = runCommand(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], root, env);
  if (!run.ok) throw new Error(`build failed:\n${run.output.slice(-3000)}`);
  const astroSeconds = /\[build\] \d+ page\(s\) built in ([\d.]+)s/.exec(run.output)?.[1];
  const pagefind = /indexed (\d+) (?:pages|passages)[^\n]*? in (\d+) ms/.exec(run.output);
  // Where the time went: Vite's bundling of the MDX modules, then page generation.
  const phases = run.output.split('\n').filter((l) => /\[vite\] ✓ built in|\[build\] ✓ Completed in|page\(s\) built in/.test(l)).map((l) => l.replace(/^\S+ /, ''));
  return {
    pages: countHtml(join(dir, 'dist')),
    phases,
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

const recommendationsIn = (count: number) => reports.slice(0, count).reduce((sum, r) => sum + (r.text.match(/^ ?Onderwerp aanbeveling:/gm)?.length ?? 0), 0);

for (const layout of layouts) {
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `vw-bench-${n}-`));
    try {
      writeSeeds(dir, n);
      const { log, ...cold } = build(dir, layout);
      void log;
      report({ ...layout, reports: n, ...cold, recommendations: recommendationsIn(n) });
      if (n === largest) {
        // One more report, same content dir, dist and caches: what does the rebuild reuse?
        writeSeeds(dir, n + 1);
        const { log: again, ...warm } = build(dir, layout);
        // What ingest's cache reused (its summary line) and what Vite compiled.
        const cacheLog = again.split('\n').filter((l) => /^ingest: /.test(l));
        report({ ...layout, reports: n + 1, rebuildAfterAddingOne: true, ...warm, recommendations: recommendationsIn(n + 1), cacheLog });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/scale.json'), `${JSON.stringify({ measured: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
