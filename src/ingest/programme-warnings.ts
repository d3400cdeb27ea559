/**
 * Maintainer warnings after ingest: names in a report that look like a programme, law, plan,
 * campaign, study or organisation but are neither in content/programmes.json nor deliberately
 * excluded (src/programmes/excluded-names.ts). Warnings only: the heuristic both misses names and
 * proposes some that are not entities, so they never fail a run.
 *
 * Format: `FILE:LINE: warning: …` with the first source line that holds the name, found by
 * searching the source text from the recommendation's own line (words may be split over lines);
 * `FILE: warning: …` when the source is not a readable text file or the name is not found there.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeSource } from '../pipeline/decode-source.ts';
import type { Programme } from '../schema/programme.ts';
import type { ParsedReport } from '../schema/report.ts';
import { loadRegistry } from '../programmes/load-registry.ts';
import { suggestUnknownNames, type NameSuggestion } from '../programmes/suggest-unknown-names.ts';

/** The source's lines, or undefined when it is not a text file we can read (a PDF, a moved file). */
export type ReadSource = (report: ParsedReport) => string[] | undefined;

export function readSourceLines(root: string): ReadSource {
  return (report) => {
    if (!report.report.source.endsWith('.txt')) return undefined;
    try {
      return decodeSource(readFileSync(resolve(root, report.report.source)));
    } catch {
      return undefined;
    }
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 1-based line where `name` first appears at or after `fromLine`: spaces in the name match any
 * run of whitespace (a line break included), and a hyphen may end a line.
 */
export function findSourceLine(lines: readonly string[], name: string, fromLine = 1): number | undefined {
  const start = Math.max(0, fromLine - 1);
  const text = lines.slice(start).join('\n');
  const words = name.split(/\s+/).filter(Boolean).map((w) => escape(w).replace(/-/g, '-\\s*'));
  if (words.length === 0) return undefined;
  const match = new RegExp(words.join('\\s+')).exec(text);
  if (!match) return undefined;
  return start + 1 + (text.slice(0, match.index).match(/\n/g)?.length ?? 0);
}

function message(s: NameSuggestion): string {
  const times = s.count > 1 ? `, ${s.count}×` : '';
  return `warning: "${s.name}" (p. ${s.page}${times}) looks like a programme, law or organisation but is not in content/programmes.json; add it there, or to src/programmes/excluded-names.ts if it is not one`;
}

/** One warning line per suggested name, per report, in report order. */
export function programmeWarnings(reports: readonly ParsedReport[], registry: readonly Programme[], readSource: ReadSource): string[] {
  const out: string[] = [];
  for (const report of reports) {
    const suggestions = suggestUnknownNames(report, registry);
    if (suggestions.length === 0) continue;
    const lines = readSource(report);
    const file = report.report.source;
    for (const s of suggestions) {
      const rec = report.recommendations.find((r) => r.id === s.recommendationId);
      const line = lines && (findSourceLine(lines, s.name, rec?.line) ?? findSourceLine(lines, s.name));
      out.push(line ? `${file}:${line}: ${message(s)}` : `${file}: ${message(s)}`);
    }
  }
  return out;
}

/**
 * For the ingest CLI: loads the registry; an unreadable registry is itself one warning, never a
 * failure. `readSource` reads a report's source lines (by default its `source` path, under `root`).
 */
export function registryWarnings(reports: readonly ParsedReport[], root: string, readSource: ReadSource = readSourceLines(root)): string[] {
  let registry: Programme[];
  try {
    registry = loadRegistry(resolve(root, 'content/programmes.json'));
  } catch (error) {
    return [`content/programmes.json: warning: cannot check programme names: ${(error as Error).message.split('\n')[0]}`];
  }
  return programmeWarnings(reports, registry, readSource);
}
