/**
 * Replaces a directory by a complete sibling in two renames, so readers see the old tree or the
 * new one and never a mixture: `target` → `target.previous-<pid>`, `staging` → `target`, then the
 * previous tree is removed. If the second rename fails, the previous tree is put back.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function swapDirectory(staging: string, target: string): void {
  const previous = `${target}.previous-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
