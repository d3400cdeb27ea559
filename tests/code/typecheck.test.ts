/**
 * The type checks, as part of `npm test`: `astro check` (the .astro files, with the content
 * collections' generated types) and `tsc --noEmit` (every .ts file, tests included), both with
 * zero errors and zero warnings. A failure shows the checker's own report.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('type checks', () => {
  it('astro check reports no errors and no warnings', () => {
    const { status, output } = run([path.join(root, 'node_modules/astro/astro.js'), 'check']);
    expect(output, output).toMatch(/- 0 errors\n- 0 warnings/);
    expect(status, output).toBe(0);
  }, 240_000);

  it('tsc --noEmit reports nothing', () => {
    const { status, output } = run([path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root]);
    expect(output.trim(), output).toBe('');
    expect(status, output).toBe(0);
  }, 240_000);
});
