/**
 * npm run build — ingest, then astro build (Pagefind runs inside it), both into staging
 * directories; only when both succeed do they replace content/generated/ and dist/. A report
 * that does not parse, or a build that fails, leaves the previous content and site exactly as
 * they were, so a half-written site is never served.
 *
 * Environment: VW_SEEDS_DIR (default seeds/), VW_CONTENT_DIR (default content/generated),
 * VW_OUT_DIR (default dist), plus everything astro.config.mjs reads (SITE_URL, BASE_PATH,
 * VW_CACHE_DIR).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { defaultAnchorsFile } from '../src/ingest/anchor-manifest.ts';
import { swapDirectory } from '../src/ingest/swap-directory.ts';

const root = resolve(import.meta.dirname, '..');
const content = resolve(root, process.env.VW_CONTENT_DIR || 'content/generated');
const out = resolve(root, process.env.VW_OUT_DIR || 'dist');
/** Ingest keeps its cache beside Astro's (astro.config.mjs reads VW_CACHE_DIR too). */
const ingestCache = join(resolve(root, process.env.VW_CACHE_DIR || 'node_modules/.astro'), 'verdragswijzer-ingest');
/** Fixed names (not per process): the staging path is the path Astro builds from, so builds stay reproducible. */
const staging = (dir: string) => join(dirname(dir), `.${basename(dir)}.next`);
const stagedContent = staging(content);
const stagedOut = staging(out);
const stagedAnchors = join(dirname(content), '.anchors.next.json');

/**
 * Runs a step, passing its output through line by line. When the MDX gate refuses a file inside
 * astro build, its `FILE:LINE: message` lines are what the maintainer needs: Vite's wrapping of
 * the error (the plugin name, `Location:`, `Stack trace:` and its frames) is left out.
 */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; gateRefused: boolean }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'pipe'] });
  let gateRefused = false;
  const pass = (stream: NodeJS.ReadableStream, write: (line: string) => void) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      const problem = /^(?:\[@mdx-js\/rollup\] )?(\S+\.mdx:\d+: .*)$/.exec(line);
      if (problem) {
        gateRefused = true;
        write(problem[1]!);
      } else if (!(gateRefused && /^(file: \S+\.mdx:|\s+Location:|\s+Stack trace:|\s+at |\s+\S+\.mdx:\d+:\d+$)/.test(line))) {
        write(line);
      }
    });
  pass(child.stdout, (line) => process.stdout.write(`${line}\n`));
  pass(child.stderr, (line) => process.stderr.write(`${line}\n`));
  return new Promise((done) => child.on('close', (code) => done({ ok: code === 0, gateRefused })));
}

async function main(): Promise<number> {
  for (const dir of [stagedContent, stagedOut]) rmSync(dir, { recursive: true, force: true });
  rmSync(stagedAnchors, { force: true });
  let keepContent = false;
  try {
    const seedsDir = resolve(root, process.env.VW_SEEDS_DIR || 'seeds');
    // Ingest writes the anchors it adds to a staging file; the manifest takes it only when the whole build succeeded.
    const anchors = ['--anchors', defaultAnchorsFile(root, seedsDir), '--anchors-out', stagedAnchors];
    if (!(await run(['--import', 'tsx', join(root, 'scripts/ingest.ts'), '--seeds', seedsDir, ...anchors, '--out', stagedContent, '--cache', ingestCache], {})).ok) return failed('ingest');
    // Not an error (a local build needs none), but a published site needs it.
    if (!process.env.SITE_URL) console.error('build: note: SITE_URL is not set, so citations, the feed and the open data give root-relative addresses (/rapporten/…); set it for the public site (README, "Deploy")');
    const astro = join(root, 'node_modules/astro/astro.js');
    const built = await run([astro, 'build'], { VW_CONTENT_DIR: stagedContent, VW_OUT_DIR: stagedOut });
    if (!built.ok) {
      // The refused files are named in the staged content: keep it to be read (the next build clears it).
      keepContent = built.gateRefused;
      if (keepContent) console.error(`build: the files named above are kept in ${relative(stagedContent)}/`);
      return failed('astro build');
    }
    swapDirectory(stagedContent, content);
    swapDirectory(stagedOut, out);
    if (existsSync(stagedAnchors)) renameSync(stagedAnchors, defaultAnchorsFile(root, seedsDir));
    return 0;
  } finally {
    for (const dir of keepContent ? [stagedOut] : [stagedContent, stagedOut]) rmSync(dir, { recursive: true, force: true });
    rmSync(stagedAnchors, { force: true });
  }
}

function failed(step: string): number {
  console.error(`build: ${step} failed; ${relative(content)}/ and ${relative(out)}/ left unchanged`);
  return 1;
}

function relative(path: string): string {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

process.exitCode = await main();
