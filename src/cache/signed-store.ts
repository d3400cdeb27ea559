/**
 * A directory of cache entries, one file per key, each signed with the project's cache secret
 * (`cache-secret.ts`) — the storage both build caches use (ingest's parsed reports,
 * `src/ingest/report-cache.ts`; compiled MDX, `src/integrations/mdx-compile-cache.ts`).
 *
 * An entry is the caller's text; `get` returns it only if its HMAC (over key and text) verifies,
 * so a damaged, edited or foreign entry reads as a miss. Entries are written atomically (a
 * temporary file, then a rename); nothing here throws: a store that cannot be read or written,
 * or a project without a secret, simply caches nothing.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { cacheSigner } from './cache-secret.ts';

export interface SignedStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** Removes entries whose key is not in `keys`. */
  keepOnly(keys: ReadonlySet<string>): void;
}

/** On disk: the entry's text, and its HMAC. */
const storedSchema = z.object({ mac: z.string(), entry: z.string() });

export function openSignedStore(dir: string, root: string): SignedStore {
  const signer = cacheSigner(root);
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      if (!signer) return undefined;
      try {
        const stored = storedSchema.parse(JSON.parse(readFileSync(file(key), 'utf8')));
        return signer.verify(stored.mac, key, stored.entry) ? stored.entry : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, text) {
      if (!signer) return;
      const staging = `${file(key)}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(staging, JSON.stringify({ mac: signer.sign(key, text), entry: text }));
        renameSync(staging, file(key));
      } catch {
        rmSync(staging, { force: true });
      }
    },
    keepOnly(keys) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      // `.tmp` files may be another build's entries being written.
      for (const name of names) {
        if (name.endsWith('.json') && !keys.has(name.slice(0, -'.json'.length))) rmSync(join(dir, name), { force: true });
      }
    },
  };
}
