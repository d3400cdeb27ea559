/**
 * The gate inside the build: the first remark plugin of the MDX pipeline. For every generated
 * file (under `dir`) it runs the checks ingest ran (mdx-gate.ts) on the tree MDX has just parsed
 * — before any of it is compiled or evaluated — and on the file's frontmatter, and fails the
 * build with `FILE:LINE: message` for anything our writer would not emit. Editorial `.mdx` files
 * elsewhere are the maintainers' own and are not gated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafeNodes, formatProblems, frontmatterProblems } from './mdx-gate';

export interface MdxGateOptions {
  /** The generated content directory (content/generated, or VW_CONTENT_DIR). */
  dir: string;
}

class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

export function remarkMdxGate(options: MdxGateOptions) {
  const dir = path.resolve(options.dir) + path.sep;
  return (tree: Root, file: VFile): void => {
    if (!file.path || !path.resolve(file.path).startsWith(dir)) return;
    // The frontmatter was blanked out of the tree (lines kept); check it as written.
    const { problems: front } = frontmatterProblems(readFileSync(file.path, 'utf8'));
    const problems = [...front, ...findUnsafeNodes(tree)];
    if (problems.length > 0) throw new UnsafeMdxError(formatProblems(shownPath(file.path), problems));
  };
}

/** Inside the project: relative (as ingest names files); elsewhere (a temp dir): absolute. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
