/**
 * Writes generated content atomically: everything goes to a fresh sibling directory,
 * which replaces `content/generated/` only once it is complete. A failed run leaves
 * the previous generated content exactly as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GeneratedFile {
  /** Path relative to the generated directory, with `/` separators. */
  path: string;
  contents: string;
}

export function writeGenerated(targetDir: string, files: GeneratedFile[]): void {
  const staging = `${targetDir}.staging-${process.pid}`;
  const previous = `${targetDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    mkdirSync(staging, { recursive: true });
    if (existsSync(targetDir)) renameSync(targetDir, previous);
    renameSync(staging, targetDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(targetDir) && existsSync(previous)) renameSync(previous, targetDir);
    throw error;
  }
}
