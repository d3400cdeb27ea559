/**
 * Writes generated content atomically: everything goes to a fresh sibling directory,
 * which replaces `content/generated/` only once it is complete. A failed run leaves
 * the previous generated content exactly as it was.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { swapDirectory } from './swap-directory.ts';

export interface GeneratedFile {
  /** Path relative to the generated directory, with `/` separators. */
  path: string;
  contents: string;
}

export function writeGenerated(targetDir: string, files: GeneratedFile[]): void {
  const staging = `${targetDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    mkdirSync(staging, { recursive: true });
    swapDirectory(staging, targetDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
