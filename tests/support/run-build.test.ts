import { describe, expect, it } from 'vitest';
import { buildEnv, tail } from './run-build.ts';

describe('buildEnv', () => {
  it('drops the variables Vitest adds, which would change what Astro builds', () => {
    expect(process.env.BASE_URL).toBe('/'); // set by Vitest in this very process
    const env = buildEnv();
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'TEST']) expect(env, name).not.toHaveProperty(name);
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  });

  it('lets the caller add variables', () => {
    expect(buildEnv({ VW_CACHE_DIR: '/tmp/c' }).VW_CACHE_DIR).toBe('/tmp/c');
  });
});

describe('tail', () => {
  it('keeps the last lines of a log', () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc');
  });
});
