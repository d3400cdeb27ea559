/**
 * Ingest's cache between builds: per seed, the parsed report, its parse warnings and its
 * generated files, so a rebuild after adding one report parses and gates only that one.
 *
 * An entry's key covers everything its output depends on: the seed's bytes, its sidecar's bytes,
 * the name it is shown under (it is the report's `source`) and its slug, plus a digest of the
 * code and data that parse and write it (src/pipeline, src/mdx, src/schema, …, package-lock.json).
 * Entries are written atomically; an unreadable or invalid entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sourceDigest } from '../cache/source-digest.ts';
import { parsedReportSchema, type ParsedReport } from '../schema/report.ts';
import type { GeneratedFile } from './write-generated.ts';

/** What parsing and writing a report depends on, besides its own files. */
const INGEST_SOURCES = ['src/pipeline', 'src/mdx', 'src/schema', 'src/ingest', 'src/site', 'src/programmes', 'package-lock.json'];

export interface CachedReport {
  report: ParsedReport;
  /** Parse warnings, formatted `FILE:LINE: warning: …`. */
  warnings: string[];
  files: GeneratedFile[];
}

const entrySchema = z.object({
  report: parsedReportSchema,
  warnings: z.array(z.string()),
  files: z.array(z.object({ path: z.string(), contents: z.string() })),
});

export interface ReportCache {
  key(parts: readonly (string | Buffer)[]): string;
  get(key: string): CachedReport | undefined;
  set(key: string, entry: CachedReport): void;
  /** Removes entries not in `keys` (reports removed or changed since). */
  keepOnly(keys: ReadonlySet<string>): void;
}

export function openReportCache(dir: string, root: string): ReportCache {
  const code = sourceDigest(root, INGEST_SOURCES);
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    key(parts) {
      const hash = createHash('sha256').update(code);
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    get(key) {
      try {
        return entrySchema.parse(JSON.parse(readFileSync(file(key), 'utf8')));
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      mkdirSync(dir, { recursive: true });
      const staging = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(staging, JSON.stringify(entry));
      renameSync(staging, file(key));
    },
    keepOnly(keys) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!keys.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
    },
  };
}
