/**
 * Vitest globalSetup of the `site` project: runs only when a built-site test file is selected.
 * One clean `npm run build` into dist/, then hands the result to the tests via `inject('builtSite')`.
 * A failed build does not throw here (that would hide the totals); every site test file fails
 * instead, quoting the build output. Set QUALITY_REUSE_DIST=1 to reuse an existing dist/ locally.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BuiltSiteInfo } from './built-site.ts';
import { BUILD_LOG, DIST_DIR, REPO_ROOT, RESULTS_DIR } from './paths.ts';
import { runBuild, tail } from './run-build.ts';
import { readSiteConfig } from './site-config.ts';

export default async function setup(project: TestProject): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const reuse = process.env.QUALITY_REUSE_DIST === '1' && existsSync(path.join(DIST_DIR, 'index.html'));
  let info: BuiltSiteInfo;
  if (reuse) {
    info = { ok: true, dist: DIST_DIR, log: 'reused existing dist/ (QUALITY_REUSE_DIST=1)', seconds: 0, base: '/' };
    process.stderr.write('[site] QUALITY_REUSE_DIST=1: checking the existing dist/ without rebuilding\n');
  } else {
    await rm(DIST_DIR, { recursive: true, force: true });
    process.stderr.write('[site] npm run build …\n');
    const build = await runBuild(REPO_ROOT);
    await writeFile(BUILD_LOG, build.log);
    info = { ...build, dist: DIST_DIR, base: '/' };
    if (build.ok) process.stderr.write(`[site] built dist/ in ${build.seconds} s (log: test-results/build.log)\n`);
    else process.stderr.write(`\n[site] npm run build FAILED after ${build.seconds} s; every site test will fail.\n${tail(build.log, 150)}\n\n`);
  }
  if (info.ok) {
    const config = await readSiteConfig(REPO_ROOT);
    if (config.warning) process.stderr.write(`[site] ${config.warning}\n`);
    info = { ...info, base: config.base, origin: config.origin };
  }
  project.provide('builtSite', info);
}
