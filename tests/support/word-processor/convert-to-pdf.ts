/**
 * `.fodt` → PDF with LibreOffice from Debian (`soffice --headless --convert-to pdf`). Each call
 * gets its own user profile, so conversions never share (or wait for) one LibreOffice instance.
 * When soffice is missing the error says how to install it: these tests never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
export const LIBREOFFICE_INSTALL = 'apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation';

export function convertToPdf(fodt: string, name: string): Uint8Array {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is not installed (${SOFFICE} missing); install it with: ${LIBREOFFICE_INSTALL}`);
  const dir = mkdtempSync(join(tmpdir(), 'vw-soffice-'));
  try {
    const input = join(dir, `${name}.fodt`);
    writeFileSync(input, fodt);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { encoding: 'utf8', timeout: 120_000 });
    const output = join(dir, `${name}.pdf`);
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`soffice could not convert ${name}.fodt (exit ${run.status}): ${(run.stderr || run.stdout || run.error?.message || '').trim()}`);
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
