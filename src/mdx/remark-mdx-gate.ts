/**
 * The gate inside the build: a remark plugin for Astro's MDX pipeline that fails compilation
 * of any generated MDX file (under `dir`) holding a node our writer would not emit.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { findUnsafeNodes } from './mdx-gate';

interface FileLike {
  path?: string;
  history?: string[];
}

export function remarkMdxGate(options: { dir: string }) {
  const dir = path.resolve(options.dir) + path.sep;
  return (tree: Root, file: FileLike): void => {
    const filePath = file.path ?? file.history?.at(-1) ?? '';
    if (!path.resolve(filePath).startsWith(dir)) return;
    const problems = findUnsafeNodes(tree);
    if (problems.length > 0) {
      throw new Error(
        `Unsafe generated MDX:\n${problems.map((p) => `${filePath}:${p.line}: ${p.message}`).join('\n')}`,
      );
    }
  };
}
