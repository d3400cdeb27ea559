/** Where the harness reads and writes, relative to the repository root. */
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SCREENSHOTS_DIR = path.join(RESULTS_DIR, 'screenshots');
export const BUILD_LOG = path.join(RESULTS_DIR, 'build.log');
export const GENERATED_REPORTS_DIR = path.join(REPO_ROOT, 'content/generated/reports');
