/**
 * npm run ingest                 parse every seeds/*.txt, write content/generated/
 * npm run ingest -- --json FILE  parse FILE, print the result as JSON, write nothing
 * npm run ingest -- --check FILE validate FILE, write nothing
 * --seeds DIR / --out DIR        read and write elsewhere (tests, benchmark)
 * Problems are printed as `FILE:LINE: message`; exit code 1 when any file is invalid.
 */
import { resolve } from 'node:path';
import { loadReports, projectPath, seedFiles } from '../src/ingest/load-reports.ts';
import { generatedFiles } from '../src/ingest/generated-files.ts';
import { writeGenerated } from '../src/ingest/write-generated.ts';

const root = resolve(import.meta.dirname, '..');
const usage = 'usage: npm run ingest [-- --json FILE | --check FILE]';

function main(args: string[]): number {
  const seedsDir = takeOption(args, '--seeds') ?? resolve(root, 'seeds');
  const outDir = takeOption(args, '--out') ?? resolve(root, 'content/generated');
  const [flag, file, ...rest] = args;
  if (flag === '--json' || flag === '--check') {
    if (!file || rest.length > 0) return fail(usage);
    const result = loadReports([resolve(file)], () => file);
    for (const w of result.warnings) console.error(w);
    for (const e of result.errors) console.error(e);
    if (result.errors.length > 0) return 1;
    if (flag === '--json') process.stdout.write(`${JSON.stringify(result.reports[0], null, 2)}\n`);
    else console.error(`${file}: ok (${result.reports[0]!.recommendations.length} recommendations)`);
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
  const result = loadReports(files, projectPath(root));
  for (const w of result.warnings) console.error(w);
  for (const e of result.errors) console.error(e);
  if (result.errors.length > 0) {
    console.error(`ingest: ${result.errors.length} problem(s); content/generated/ left unchanged`);
    return 1;
  }
  let generated;
  try {
    generated = generatedFiles(result.reports);
  } catch (error) {
    // The MDX gate or writer refused a report's text: a data problem, reported like one.
    console.error((error as Error).message);
    console.error('ingest: content/generated/ left unchanged');
    return 1;
  }
  writeGenerated(outDir, generated);
  const recs = result.reports.reduce((n, r) => n + r.recommendations.length, 0);
  console.error(`ingest: ${result.reports.length} report(s), ${recs} recommendations → content/generated/`);
  return 0;
}

/** Removes `--name VALUE` from args and returns VALUE, resolved against the working directory. */
function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const [, value] = args.splice(at, 2);
  if (!value) throw new Error(`${name} needs a directory`);
  return resolve(value);
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
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Unexpected failures still get one readable line, never a stack trace.
  console.error(`ingest: internal error: ${(error as Error).message}`);
  process.exitCode = 2;
}
