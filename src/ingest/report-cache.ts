/**
 * Ingest's cache between builds: per seed, the parsed report, its parse warnings and its
 * generated files, so a rebuild after adding one report parses and gates only that one.
 *
 * An entry's key covers everything its output depends on: the seed's bytes, its sidecar's bytes,
 * the name it is shown under (it is the report's `source`) and its slug, the programme registry
 * and the MDX layout (given by the caller, `load-reports.ts`), plus a digest of the code that
 * parses and writes it (all of src/, package-lock.json, the Node version).
 * Entries are written atomically and signed with the project's cache secret
 * (`src/cache/cache-secret.ts`); an unreadable, invalid or unsigned entry is a miss (parsed,
 * written and gated afresh), and an entry that cannot be written is skipped: the cache never
 * fails a run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { cacheSigner } from '../cache/cache-secret.ts';
import { sourceDigest } from '../cache/source-digest.ts';
import { parsedReportSchema, type ParsedReport } from '../schema/report.ts';
import type { GeneratedFile } from './write-generated.ts';

export interface CachedReport {
  report: ParsedReport;
  /** Parse warnings, formatted `FILE:LINE: warning: …`. */
  warnings: string[];
  files: GeneratedFile[];
}

const entrySchema = z.object({
  report: parsedReportSchema,
  warnings: z.array(z.string()),
  // Only the two kinds of file ingest writes, so a damaged entry cannot write elsewhere.
  files: z.array(z.object({ path: z.string().regex(/^(reports\/[a-z0-9-]+\.json|recommendations\/[a-z0-9-]+\.mdx)$/), contents: z.string() })),
});

export interface ReportCache {
  key(parts: readonly (string | Buffer)[]): string;
  get(key: string): CachedReport | undefined;
  set(key: string, entry: CachedReport): void;
  /** Removes entries not in `keys` (reports removed or changed since). */
  keepOnly(keys: ReadonlySet<string>): void;
}

/** On disk: the entry as JSON text, and its HMAC with the project's cache secret. */
const storedSchema = z.object({ mac: z.string(), entry: z.string() });

export function openReportCache(dir: string, root: string): ReportCache {
  const code = sourceDigest(root);
  const signer = cacheSigner(root);
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    key(parts) {
      const hash = createHash('sha256').update(code);
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    get(key) {
      if (!signer) return undefined;
      try {
        const stored = storedSchema.parse(JSON.parse(readFileSync(file(key), 'utf8')));
        return signer.verify(stored.mac, key, stored.entry) ? entrySchema.parse(JSON.parse(stored.entry)) : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      if (!signer) return;
      const staging = `${file(key)}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        const text = JSON.stringify(entry);
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
