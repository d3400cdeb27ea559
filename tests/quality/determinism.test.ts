import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDirs } from '../../src/quality/compare-dirs.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';
import { REPO_ROOT, RESULTS_DIR } from '../support/paths.ts';
import { runBuild, tail } from '../support/run-build.ts';

/** Files that legitimately embed the build time. Expected: none. */
const TIME_DEPENDENT_FILES: string[] = [];

const site = builtSite();

describe('the build', () => {
  it('is deterministic: a second clean `npm run build` gives a byte-identical dist/, and so does a warm rebuild from its cache', { timeout: 12 * 60_000 }, async () => {
    // Move the first build aside (same filesystem, git-ignored) and build again exactly as
    // `npm run build` does, so nothing depends on how the script passes options.
    // If a rebuild fails, the first dist/ is put back for the tests that follow.
    const first = path.join(RESULTS_DIR, 'first-build');
    await rm(first, { recursive: true, force: true });
    await mkdir(RESULTS_DIR, { recursive: true });
    await rename(site.dist, first);
    // A fresh Astro cache (astro.config.mjs reads VW_CACHE_DIR) makes the second build cold too;
    // the third build reuses it: ingest takes every report from its cache and every MDX file's
    // compiled module comes from the compile cache (src/integrations/mdx-compile-cache.ts).
    const cache = path.join(RESULTS_DIR, 'second-build-cache');
    await rm(cache, { recursive: true, force: true });
    const builds: { name: string; ok: boolean; log: string; differences: string[] }[] = [];
    try {
      for (const name of ['build-2', 'build-3-warm']) {
        const run = await runBuild(REPO_ROOT, { VW_CACHE_DIR: cache });
        await writeFile(path.join(RESULTS_DIR, `${name}.log`), run.log);
        const differences = run.ok ? (await compareDirs(first, site.dist)).filter((d) => !TIME_DEPENDENT_FILES.includes(d.file)) : [];
        builds.push({ name, ok: run.ok, log: run.log, differences: differences.map((d) => `${d.file}: ${d.difference}`) });
        if (!run.ok) break;
      }
    } finally {
      await rm(cache, { recursive: true, force: true });
      if (builds.some((b) => !b.ok)) {
        await rm(site.dist, { recursive: true, force: true });
        await rename(first, site.dist);
      }
    }
    const reports = await loadGeneratedReports();
    // One MDX file per report (the default layout).
    const files = reports.filter((r) => r.parsed.recommendations.length > 0).length;
    const [cold, warm] = builds;
    expect(cold?.ok, `second build failed:\n${tail(cold?.log ?? '')}`).toBe(true);
    expect(cold!.log).toContain('(0 unchanged, from the cache)');
    expect(cold!.log).toContain(`${files} MDX file(s) compiled, 0 reused from the cache`);
    expect(cold!.differences.join('\n'), `${cold!.differences.length} files differ after a second cold build (first build kept in test-results/first-build/)`).toBe('');
    expect(warm?.ok, `warm rebuild failed:\n${tail(warm?.log ?? '')}`).toBe(true);
    expect(warm!.log).toContain(`(${reports.length} unchanged, from the cache)`);
    expect(warm!.log).toContain(`0 MDX file(s) compiled, ${files} reused from the cache`);
    expect(warm!.differences.join('\n'), `${warm!.differences.length} files differ after a warm rebuild (first build kept in test-results/first-build/)`).toBe('');
    await rm(first, { recursive: true, force: true });
  });
});
