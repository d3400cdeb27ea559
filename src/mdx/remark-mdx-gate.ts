/**
 * The gate inside the build: the first remark plugin of the MDX pipeline. For every MDX file
 * that is not an editorial page of the project's own (under `src/`) — so every generated file,
 * wherever VW_CONTENT_DIR puts it, and anything else — it runs the checks ingest ran
 * (mdx-gate.ts) on the file's tree and frontmatter, and fails the build with `FILE:LINE: message`
 * for anything our writer would not emit, before any of it is compiled.
 *
 * It sees the tree after @mdx-js/mdx's own first step (`remarkMarkAndUnravel`, which turns a
 * paragraph holding only JSX into blocks); the checks allow exactly that difference.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { formatProblems, frontmatterProblems, gateProblems } from './mdx-gate';

export interface MdxGateOptions {
  /** The project root: MDX under `<root>/src/` is editorial and not gated; everything else is. */
  root: string;
}

class UnsafeMdxError extends Error {
  override name = 'UnsafeMdxError';
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Which files the gate checks: fail closed, every .mdx outside the project's `src/` (real paths). */
export function gatedMdx(root: string): (file: string) => boolean {
  const editorial = path.join(real(root), 'src') + path.sep;
  return (file) => file.endsWith('.mdx') && !real(file).startsWith(editorial);
}

export function remarkMdxGate(options: MdxGateOptions) {
  const gated = gatedMdx(options.root);
  return (tree: Root, file: VFile): void => {
    if (!file.path || !gated(file.path)) return;
    // The frontmatter was blanked out of the tree (lines kept); check it as written.
    const problems = gateProblems(frontmatterProblems(readFileSync(file.path, 'utf8')), tree);
    if (problems.length > 0) throw new UnsafeMdxError(formatProblems(shownPath(file.path), problems));
  };
}

/** Inside the project: relative (as ingest names files); elsewhere (a temp dir): absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
