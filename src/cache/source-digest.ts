/**
 * A digest of the project's code, for build caches whose entries must be thrown away when the
 * code that made them changes: every file under `src/` and package-lock.json, by name and
 * content, the Node version (its Unicode tables decide what `\p{L}` matches), plus any extra
 * inputs. All of `src/` rather than a list of the folders a stage imports today: a list would
 * go stale silently when code moves; a needless miss costs seconds, a stale hit would publish
 * text the current code would not produce.
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

const PROJECT_CODE = ['src', 'package-lock.json'];

export function sourceDigest(root: string, extra: unknown = null): string {
  const runtime = { node: process.versions.node, unicode: process.versions.unicode };
  const hash = createHash('sha256').update(JSON.stringify([runtime, extra]));
  for (const file of PROJECT_CODE.flatMap((source) => filesUnder(path.join(root, source)))) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
