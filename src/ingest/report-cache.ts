/**
 * Ingest's cache between builds: per seed, the parsed report, its parse warnings and its
 * generated files, so a rebuild after adding one report parses and gates only that one.
 *
 * An entry's key covers everything its output depends on: the seed's bytes, its sidecar's bytes,
 * the name it is shown under (it is the report's `source`) and its slug, the programme registry
 * and the MDX layout (given by the caller, `load-reports.ts`), plus a digest of the code that
 * parses and writes it (all of src/, package-lock.json, the Node version).
 * Entries live in a signed store (`src/cache/signed-store.ts`): an unreadable, invalid or
 * unsigned entry is a miss (parsed, written and gated afresh), and an entry that cannot be
 * written is skipped: the cache never fails a run.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { openSignedStore } from '../cache/signed-store.ts';
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

export function openReportCache(dir: string, root: string): ReportCache {
  const code = sourceDigest(root);
  const store = openSignedStore(dir, root);
  return {
    key(parts) {
      const hash = createHash('sha256').update(code);
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    get(key) {
      const text = store.get(key);
      if (text === undefined) return undefined;
      try {
        return entrySchema.parse(JSON.parse(text));
      } catch {
        return undefined;
      }
    },
    set: (key, entry) => store.set(key, JSON.stringify(entry)),
    keepOnly: (keys) => store.keepOnly(keys),
  };
}
