/**
 * Builds the search index after `astro build`, so `dist/` is always searchable after one
 * command: one Pagefind record per passage (search-records.ts) and the index vocabulary beside it
 * (vocabulary.ts). Every Pagefind response is checked; any error fails the build.
 *
 * The records are indexed as language `zxx` (no linguistic content): Pagefind keeps the words as
 * written and loads its 55 KB WebAssembly without a stemmer instead of the 60 KB Dutch one. The
 * search page matches Dutch word forms itself, from the vocabulary (find-passages.ts), and asks
 * Pagefind exact questions only, so every match it shows is one by our rules.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadRegistry } from '../programmes/load-registry.ts';
import { reportTexts } from '../programmes/report-texts.ts';
import { parsedReportSchema, type ParsedReport } from '../schema/report.ts';
import { passageTable, searchRecords, type SearchRecord } from '../search/build/search-records.ts';
import { compoundSplitter } from '../search/build/split-compounds.ts';
import { vocabulary } from '../search/build/vocabulary.ts';
import { PASSAGES_FILE, VOCABULARY_DIR } from '../search/vocabulary-files.ts';
import { getArticle } from '../site/article-registry.ts';
import { reportsDir } from '../site/content-paths.ts';

const INDEX_LANGUAGE = 'zxx';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The parsed reports the pages were built from (the content collection's files). */
function readReports(dir = reportsDir()): ParsedReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parsedReportSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

/** The records for these reports, compounds split against the words of all of them. */
export function recordsFor(reports: readonly ParsedReport[]): SearchRecord[] {
  const words = new Set<string>();
  for (const report of reports) for (const { text } of reportTexts(report)) for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) words.add(m[0]);
  return searchRecords({ reports, registry: loadRegistry(), chapterOf: (n) => getArticle(n).chapter, split: compoundSplitter(words) });
}

export async function indexSite(dir: string, reports: readonly ParsedReport[] = readReports()): Promise<{ records: number; words: number; recordsMs: number }> {
  const started = performance.now();
  const records = recordsFor(reports);
  const recordsMs = performance.now() - started;
  if (records.length === 0) throw new Error('pagefind: no passages to index (are there reports in the generated content?)');
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index!;
    for (const { url, content, meta, filters, sort } of records) {
      const added = await index.addCustomRecord({ url, content, meta: meta as unknown as Record<string, string>, filters, sort, language: INDEX_LANGUAGE });
      check('addCustomRecord', added.errors);
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  const groups = vocabulary(records.map((r) => r.content));
  const out = path.join(dir, VOCABULARY_DIR);
  mkdirSync(out, { recursive: true });
  for (const [key, words] of groups) writeFileSync(path.join(out, `${key}.json`), JSON.stringify(words));
  writeFileSync(path.join(dir, PASSAGES_FILE), JSON.stringify(passageTable(records)));
  return { records: records.length, words: [...groups.values()].reduce((n, g) => n + g.length, 0), recordsMs };
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'verdragswijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { records, words } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${records} passages (${words} index words) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
