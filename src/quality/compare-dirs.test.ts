import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs } from './compare-dirs.ts';

const root = await mkdtemp(path.join(os.tmpdir(), 'compare-dirs-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('compareDirs', () => {
  it('finds nothing between identical trees', async () => {
    const files = { 'index.html': '<p>a</p>', 'artikelen/3/index.html': '<p>b</p>' };
    expect(await compareDirs(await tree('a1', files), await tree('a2', files))).toEqual([]);
  });

  it('names files present on one side only and where changed bytes start', async () => {
    const first = await tree('b1', { 'index.html': '<p>gebouwd 10:00</p>', 'oud.html': '' });
    const second = await tree('b2', { 'index.html': '<p>gebouwd 10:01</p>', 'nieuw.html': '' });
    expect(await compareDirs(first, second)).toEqual([
      { file: 'index.html', difference: '20 vs 20 bytes, first difference at byte 15: "<p>gebouwd 10:00</p>" vs "<p>gebouwd 10:01</p>"' },
      { file: 'nieuw.html', difference: 'only in second' },
      { file: 'oud.html', difference: 'only in first' },
    ]);
  });
});
