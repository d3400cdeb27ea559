import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDirs } from '../../src/quality/compare-dirs.ts';
import { builtSite } from '../support/built-site.ts';
import { REPO_ROOT, RESULTS_DIR } from '../support/paths.ts';
import { runBuild, tail } from '../support/run-build.ts';

/** Files that legitimately embed the build time. Expected: none. */
const TIME_DEPENDENT_FILES: string[] = [];

const site = builtSite();

describe('the build', () => {
  it('is deterministic: a second clean `npm run build` gives a byte-identical dist/', { timeout: 12 * 60_000 }, async () => {
    // Move the first build aside (same filesystem, git-ignored) and build again exactly as
    // `npm run build` does, so nothing depends on how the script passes options.
    // If the rebuild fails, the first dist/ is put back for the tests that follow.
    const first = path.join(RESULTS_DIR, 'first-build');
    await rm(first, { recursive: true, force: true });
    await mkdir(RESULTS_DIR, { recursive: true });
    await rename(site.dist, first);
    // A fresh Astro cache (astro.config.mjs reads VW_CACHE_DIR) makes the second build cold too.
    const cache = path.join(RESULTS_DIR, 'second-build-cache');
    await rm(cache, { recursive: true, force: true });
    const second = await runBuild(REPO_ROOT, { VW_CACHE_DIR: cache });
    await rm(cache, { recursive: true, force: true });
    await writeFile(path.join(RESULTS_DIR, 'build-2.log'), second.log);
    if (!second.ok) {
      await rm(site.dist, { recursive: true, force: true });
      await rename(first, site.dist);
    }
    expect(second.ok, `second build failed:\n${tail(second.log)}`).toBe(true);

    const differences = (await compareDirs(first, site.dist)).filter((d) => !TIME_DEPENDENT_FILES.includes(d.file));
    if (differences.length === 0) await rm(first, { recursive: true, force: true });
    const message = `${differences.length} files differ (first build kept in test-results/first-build/)`;
    expect(differences.map((d) => `${d.file}: ${d.difference}`).join('\n'), message).toBe('');
  });
});
