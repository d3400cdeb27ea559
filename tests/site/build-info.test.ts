/** The build's version and date: reproducible, never the clock's. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInfo, resolveBuildDate } from '../../src/site/build-info';

const reports = [{ report: { received: '2024-02-01' } }, { report: { received: null } }, { report: { received: '2025-07-10' } }];
const noGit = () => undefined;

describe('build date', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is SOURCE_DATE_EPOCH (UTC) when set, before git', () => {
    expect(resolveBuildDate({ sourceDateEpoch: '0', gitDate: () => '2020-01-01', reports })).toBe('1970-01-01');
    expect(resolveBuildDate({ sourceDateEpoch: '1752191999', gitDate: () => '2020-01-01', reports })).toBe('2025-07-10');
    expect(resolveBuildDate({ sourceDateEpoch: '1752192000', gitDate: noGit, reports })).toBe('2025-07-11');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => resolveBuildDate({ sourceDateEpoch: '2025-07-10', gitDate: noGit, reports })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('is the last commit date without SOURCE_DATE_EPOCH', () => {
    expect(resolveBuildDate({ sourceDateEpoch: undefined, gitDate: () => '2026-12-02\n', reports })).toBe('2026-12-02');
    expect(resolveBuildDate({ sourceDateEpoch: '', gitDate: () => '2026-12-02', reports })).toBe('2026-12-02');
  });

  it("falls back to the newest report's date received without git, and fails with nothing to go on", () => {
    expect(resolveBuildDate({ gitDate: noGit, reports })).toBe('2025-07-10');
    expect(resolveBuildDate({ gitDate: () => 'fatal: not a git repository', reports })).toBe('2025-07-10');
    expect(() => resolveBuildDate({ gitDate: noGit, reports: [] })).toThrow(/no build date/);
  });

  it('gives the package version and reads SOURCE_DATE_EPOCH from the environment', () => {
    const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    expect(buildInfo()).toEqual({ version, date: '2023-11-14' });
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(buildInfo().date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
