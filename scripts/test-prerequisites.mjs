#!/usr/bin/env node
/**
 * `npm test`'s pretest step: the Debian programs the tests drive, installed when missing.
 * Chromium (browser tests) and LibreOffice Writer with the Liberation fonts (the word-processor
 * PDFs). As root it runs `apt-get update` and `apt-get install` for what is missing, saying so;
 * otherwise it fails with the exact command to run. It never lets the tests skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { what: 'Chromium (browser tests)', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', packages: ['chromium'] },
  { what: 'LibreOffice Writer (word-processor PDFs)', path: process.env.SOFFICE_PATH ?? '/usr/bin/soffice', packages: ['libreoffice-writer-nogui'] },
  { what: 'Liberation fonts (word-processor PDFs)', path: '/usr/share/fonts/truetype/liberation', packages: ['fonts-liberation'] },
];

const missing = NEEDED.filter((n) => !existsSync(n.path));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((n) => n.packages);
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const root = typeof process.getuid === 'function' && process.getuid() === 0;
console.error(`[pretest] missing: ${missing.map((n) => `${n.what} at ${n.path}`).join('; ')}`);
if (!root) {
  console.error(`[pretest] not root, so not installing. Run:\n  sudo sh -c '${command}'\nthen npm test again.`);
  process.exit(1);
}

console.error(`[pretest] installing from Debian: ${packages.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (run.status !== 0) {
    console.error(`[pretest] apt-get ${args[0]} failed (exit ${run.status ?? run.error?.message}). Run:\n  ${command}\nthen npm test again.`);
    process.exit(1);
  }
}
const still = NEEDED.filter((n) => !existsSync(n.path));
if (still.length > 0) {
  console.error(`[pretest] still missing after the install: ${still.map((n) => n.path).join(', ')}. Run:\n  ${command}`);
  process.exit(1);
}
console.error(`[pretest] installed ${packages.join(' ')}`);
