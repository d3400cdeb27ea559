/**
 * The stack as pinned: @astrojs/mdx and remark-gfm installed at the versions package.json names,
 * with no missing, invalid or extraneous copies (`npm ls` exits non-zero on any of those).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('npm ls @astrojs/mdx remark-gfm', () => {
  const result = spawnSync('npm', ['ls', '@astrojs/mdx', 'remark-gfm', '--json'], { cwd: root, encoding: 'utf8' });
  const tree = JSON.parse(result.stdout || '{}') as { dependencies?: Record<string, { version?: string; invalid?: string; missing?: boolean }>; problems?: string[] };

  it('is clean', () => {
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(tree.problems ?? []).toEqual([]);
  });

  it.each(['@astrojs/mdx', 'remark-gfm'])('%s is a direct dependency at its pinned version', (name) => {
    expect(pkg.dependencies[name], `${name} in package.json dependencies`).toMatch(/^\d+\.\d+\.\d+$/);
    expect(tree.dependencies?.[name]?.version).toBe(pkg.dependencies[name]);
  });
});
