/** Reads and parses report files; collects every problem instead of stopping at the first. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Paths inside the project are shown relative to it, with `/`, so output is the same on every machine. */
export function projectPath(root: string): (path: string) => string {
  return (path) => relative(root, path).split('\\').join('/');
}
import { parseReport, slugFromFileName } from '../pipeline/parse-report.ts';
import { ReportError, formatDiagnostic } from '../pipeline/diagnostics.ts';
import { contentOptions, reportFiles, sourceTextFile, type ContentOptions } from './generated-files.ts';
import type { ReportCache } from './report-cache.ts';
import type { GeneratedFile } from './write-generated.ts';
import type { ParsedReport } from '../schema/report.ts';
import { readSidecar, sidecarPath } from './read-sidecar.ts';

export interface LoadResult {
  reports: ParsedReport[];
  errors: string[];
  warnings: string[];
  /** The files to generate for `reports`, in order (empty when there are errors). */
  generated: GeneratedFile[];
  /** How many of `reports` came from the cache unparsed. */
  fromCache: number;
}

/** The report files in a seeds directory, sorted; throws ReportError-style text if unreadable. */
export function seedFiles(seedsDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(seedsDir);
  } catch {
    throw new Error(`${seedsDir}:1: cannot read the seeds directory`);
  }
  return names
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));
}

/**
 * `files`: absolute paths; `shownAs(path)` gives the name used in messages and `report.source`.
 * Each report's sidecar (`<name>.json`), if present, is read and validated with it. With a
 * `cache`, a report whose seed, sidecar, registry, MDX layout and parsing code are unchanged is
 * taken from it unparsed. An entry is used only if its signature verifies (report-cache.ts), so
 * a damaged or tampered entry is parsed, written and gated afresh.
 */
export function loadReports(
  files: string[],
  shownAs: (path: string) => string,
  cache?: ReportCache,
  content: ContentOptions = contentOptions(),
): LoadResult {
  const result: LoadResult = { reports: [], errors: [], warnings: [], generated: [], fromCache: 0 };
  const contentKey = JSON.stringify([content.layout, content.registry]);
  const keys = new Set<string>();
  const slugs = new Map<string, string>();
  for (const file of files) {
    const shown = shownAs(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      result.errors.push(`${shown}:1: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const slug = slugFromFileName(file);
    const clash = slugs.get(slug);
    if (clash) {
      result.errors.push(`${shown}:1: report slug "${slug}" is already used by ${clash}; rename one file`);
      continue;
    }
    slugs.set(slug, shown);
    const sidecar = readSidecar(sidecarPath(file), sidecarPath(shown));
    const key = cache?.key([shown, slug, bytes, sidecar.text ?? '', contentKey]);
    const cached = key === undefined ? undefined : cache?.get(key);
    if (key !== undefined) keys.add(key);
    // The text exactly as ingested, published as /rapporten/<slug>/bron.txt (dropped with the rest on any error).
    result.generated.push({ path: sourceTextFile(slug), contents: bytes.toString('utf8') });
    if (cached) {
      result.reports.push(cached.report);
      result.warnings.push(...cached.warnings);
      result.generated.push(...cached.files);
      result.fromCache++;
      continue;
    }
    result.errors.push(...sidecar.errors);
    try {
      const { report, warnings } = parseReport(bytes, { slug, source: shown, meta: sidecar.meta });
      const { files: generated, problems } = reportFiles(report, content);
      result.errors.push(...problems.map((d) => formatDiagnostic(shown, d)));
      const formatted = warnings.map((w) => formatDiagnostic(shown, { ...w, message: `warning: ${w.message}` }));
      result.warnings.push(...formatted);
      if (sidecar.errors.length === 0 && problems.length === 0) {
        result.reports.push(report);
        result.generated.push(...generated);
        if (key !== undefined) cache?.set(key, { report, warnings: formatted, files: generated });
      }
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      result.errors.push(...error.diagnostics.map((d) => formatDiagnostic(shown, d)));
    }
  }
  if (result.errors.length > 0) result.generated = [];
  else cache?.keepOnly(keys);
  return result;
}

