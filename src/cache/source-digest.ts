/**
 * A digest of project files, for build caches whose entries must be thrown away when the code
 * that made them changes: every file under the given paths (relative to the project root), by
 * name and content, plus any extra inputs. Over-broad on purpose: a needless miss costs
 * seconds, a stale hit would publish text the current code would not produce.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function filesUnder(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(target, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

export function sourceDigest(root: string, sources: readonly string[], extra: unknown = null): string {
  const hash = createHash('sha256').update(JSON.stringify(extra));
  for (const file of sources.flatMap((source) => filesUnder(path.join(root, source)))) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
