/**
 * npm run ingest                 parse every seeds/*.txt, write content/generated/
 * npm run ingest -- --json FILE  parse FILE (.txt or .pdf), print the result as JSON, write nothing
 * npm run ingest -- --check FILE validate FILE (.txt or .pdf), print its summary, write nothing
 * npm run ingest -- --add FILE   store a received report (.pdf or .txt) as seeds/<name>.txt + .json
 * npm run ingest -- --explain FILE.pdf  print what the PDF extractor saw: each page's lines, zones and sizes
 *   [--name NAME] [--source-url URL] [--round TEXT]   name and sidecar facts for --add
 * --check and --add read FILE's sidecar (FILE.json beside it) if there is one; --add stores it
 * (its missing keys filled with country Nederland and language nl, --round/--source-url replacing
 * its values). Both print the programme-name warnings `npm run ingest` prints.
 * --seeds DIR / --out DIR        read and write elsewhere (tests, benchmark)
 * --cache DIR                    reuse what an earlier run parsed from unchanged seeds (npm run build)
 * --anchors FILE                 the anchors manifest (default: content/anchors.json for seeds/, else anchors.json beside DIR)
 * --anchors-out FILE             where to write its new version (npm run build: a staging file)
 * --update-anchors               accept anchors that now point at other text (a citation changes meaning)
 * Problems are printed as `FILE:LINE: message`; exit code 1 when any file is invalid.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { addReport, checkReport } from '../src/ingest/add-report.ts';
import { checkAnchors, defaultAnchorsFile, ManifestError } from '../src/ingest/anchor-manifest.ts';
import { formatSummaryTable, summaryRow } from '../src/ingest/summary-table.ts';
import { loadReports, projectPath, seedFiles } from '../src/ingest/load-reports.ts';
import { openReportCache } from '../src/ingest/report-cache.ts';
import { registryWarnings } from '../src/ingest/programme-warnings.ts';
import { writeGenerated } from '../src/ingest/write-generated.ts';
import { readReportSource } from '../src/ingest/read-report-source.ts';
import { explainLayout } from '../src/pdf/explain-layout.ts';

const root = resolve(import.meta.dirname, '..');
const usage = 'usage: npm run ingest [-- --json FILE | --check FILE | --explain FILE.pdf | --add FILE [--name NAME] [--source-url URL] [--round TEXT]] [--seeds DIR] [--out DIR] [--cache DIR] [--anchors FILE] [--update-anchors]';

async function main(args: string[]): Promise<number> {
  const seedsDir = takeOption(args, '--seeds') ?? resolve(root, 'seeds');
  const outDir = takeOption(args, '--out') ?? resolve(root, 'content/generated');
  const cacheDir = takeOption(args, '--cache');
  const anchorsFile = takeOption(args, '--anchors') ?? defaultAnchorsFile(root, seedsDir);
  // npm run build writes it only once the whole build has succeeded (scripts/build.ts).
  const anchorsOut = takeOption(args, '--anchors-out') ?? anchorsFile;
  const updateAnchors = takeFlag(args, '--update-anchors');
  const name = takeValue(args, '--name');
  const sourceUrl = takeValue(args, '--source-url');
  const round = takeValue(args, '--round');
  const [flag, file, ...rest] = args;
  // Paths in the project as `seeds/x.txt` (the same on every machine); others in full.
  const shownAs = (path: string) => (path.startsWith(`${root}${sep}`) ? projectPath(root)(path) : path);
  if (flag === '--json' || flag === '--check') {
    if (!file || rest.length > 0) return fail(usage);
    const result = await checkReport(resolve(file), () => file, flag === '--check' ? { registryRoot: root } : {});
    for (const message of result.messages) console.error(message);
    if (!result.report) return 1;
    if (flag === '--json') process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    else {
      console.log(formatSummaryTable([summaryRow(result.report, result.messages)]));
      console.error(`${file}: ok (${result.report.recommendations.length} recommendations)`);
    }
    return 0;
  }
  if (flag === '--explain') {
    if (!file || rest.length > 0 || !/\.pdf$/i.test(file)) return fail(usage);
    let source;
    try {
      source = await readReportSource(resolve(file));
    } catch (error) {
      return fail((error as Error).message);
    }
    process.stdout.write(explainLayout(source.pdf!, file));
    return 0;
  }
  if (flag === '--add') {
    if (!file || rest.length > 0) return fail(usage);
    const sidecar = { defaults: { country: 'Nederland', language: 'nl' }, given: { ...(round && { round }), ...(sourceUrl && { sourceUrl }) } };
    const result = await addReport({ input: resolve(file), seedsDir, shownAs, name, sidecar, root });
    for (const message of result.messages) console.error(message);
    if (!result.ok) {
      console.error(`ingest --add: nothing stored in ${shownAs(seedsDir)}/`);
      return 1;
    }
    console.log(result.table);
    const next = seedsDir === resolve(root, 'seeds') ? 'npm run build' : `npm run ingest -- --seeds ${shownAs(seedsDir)}`;
    console.error(`ingest --add: stored ${shownAs(resolve(seedsDir, `${result.name}.txt`))} and its sidecar ${result.name}.json; next: ${next}`);
    return 0;
  }
  if (flag !== undefined) return fail(usage);

  let files: string[];
  try {
    files = seedFiles(seedsDir);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (files.length === 0) return fail(`${seedsDir}:1: no *.txt reports found`);
  const result = loadReports(files, shownAs, cacheDir ? openReportCache(cacheDir, root) : undefined);
  for (const w of result.warnings) console.error(w);
  for (const e of result.errors) console.error(e);
  if (result.errors.length > 0) {
    console.error(`ingest: ${result.errors.length} problem(s); content/generated/ left unchanged`);
    return 1;
  }
  let anchors;
  try {
    anchors = checkAnchors(existsSync(anchorsFile) ? readFileSync(anchorsFile, 'utf8') : undefined, shownAs(anchorsFile), result.reports, { update: updateAnchors });
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    anchors = { errors: error.problems, added: 0, updated: 0 };
  }
  if (anchors.errors.length > 0) {
    for (const e of anchors.errors) console.error(e);
    console.error("ingest: the anchors manifest refused this run; content/generated/ left unchanged");
    return 1;
  }
  writeGenerated(outDir, result.generated);
  if (anchors.next !== undefined) {
    mkdirSync(dirname(anchorsOut), { recursive: true });
    writeFileSync(anchorsOut, anchors.next);
    console.error(`ingest: ${shownAs(anchorsFile)}: ${anchors.added} anchor(s) added, ${anchors.updated} updated (commit it with the seeds)`);
  }
  for (const w of registryWarnings(result.reports, root)) console.error(w);
  const recs = result.reports.reduce((n, r) => n + r.recommendations.length, 0);
  const cached = cacheDir ? ` (${result.fromCache} unchanged, from the cache)` : '';
  console.error(`ingest: ${result.reports.length} report(s)${cached}, ${recs} recommendations → content/generated/`);
  return 0;
}

/** Removes `--name DIR` from args and returns DIR, resolved against the working directory. */
function takeOption(args: string[], name: string): string | undefined {
  const value = takeValue(args, name);
  return value === undefined ? undefined : resolve(value);
}

/** Removes the flag `name` from args; true if it was there. */
function takeFlag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at === -1) return false;
  args.splice(at, 1);
  return true;
}

/** A usage mistake, reported as one line and exit code 1 (not as an internal error). */
class UsageError extends Error {}

/** Removes `--name VALUE` from args and returns VALUE as given. */
function takeValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return value;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

// A closed pipe (`| head`) is the reader's choice, not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${usage}`);
    process.exitCode = 1;
  } else {
    // Unexpected failures still get one readable line, never a stack trace.
    console.error(`ingest: internal error: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
