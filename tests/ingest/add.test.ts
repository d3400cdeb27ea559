/**
 * `npm run ingest -- --add FILE` and `--check FILE` with a received PDF or text: the PDF is
 * generated here from the seed's text (nothing binary is committed), added, and must give the
 * same records as the text it was made from.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { seedBytes } from '../pipeline/seed-path.ts';
import { textToPdf } from '../support/text-to-pdf.ts';
import { comparableRecords } from './records.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/ingest.ts');
const tmp = () => mkdtempSync(join(tmpdir(), 'vw-add-'));
const NAME = '2025-07-10-nl-beleidsreactie-eerste-thematische-evaluatie-grevio';

function ingest(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Helvetica's WinAnsi encoding has no `ĳ` (3 times in the seed): the PDF is made from the seed
// with `ij` instead, and its records are compared with that text's.
const text = seedBytes().toString('utf8').replaceAll('ĳ', 'ij');
const parse = (bytes: Uint8Array) => parseReport(bytes, { slug: NAME, source: 'x' }).report;
let pdfFile: string;

beforeAll(async () => {
  pdfFile = join(tmp(), 'beleidsreactie.pdf');
  writeFileSync(pdfFile, await textToPdf(text));
});

describe('npm run ingest -- --add', () => {
  it('stores a PDF as seeds/<date>-nl-beleidsreactie-<title>.txt with a sidecar, giving the records of its text', () => {
    const seeds = tmp();
    const r = ingest(['--add', pdfFile, '--seeds', seeds, '--source-url', 'https://example.org/beleidsreactie.pdf', '--round', 'eerste thematische evaluatie']);
    expect(r.stderr).toContain(`stored ${seeds}/${NAME}.txt`);
    expect(r.code).toBe(0);
    expect(readdirSync(seeds).sort()).toEqual([`${NAME}.json`, `${NAME}.txt`]);
    expect(JSON.parse(readFileSync(join(seeds, `${NAME}.json`), 'utf8'))).toEqual({
      country: 'Nederland',
      language: 'nl',
      round: 'eerste thematische evaluatie',
      sourceUrl: 'https://example.org/beleidsreactie.pdf',
    });
    const stored = readFileSync(join(seeds, `${NAME}.txt`));
    expect(stored.toString('utf8').match(/\f/g)).toHaveLength(32); // a form feed before each page after the first
    expect(comparableRecords(parse(stored))).toEqual(comparableRecords(parse(Buffer.from(text))));
    const [header, rule, row] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^report +received +recommendations +articles +footnotes +pages +repairs +warnings$/);
    expect(rule).toMatch(/^-+( +-+){7}$/);
    expect(row).toMatch(new RegExp(`^${NAME}  \\(new\\)  2025-07-10 +18 +20 +8 +33 +\\d+ +0$`));
  });

  it('stores a text file byte for byte, under --name when given, beside the reports already there', () => {
    const seeds = tmp();
    writeFileSync(join(seeds, 'a-eerder.txt'), seedBytes());
    const input = join(tmp(), 'ontvangen.txt');
    writeFileSync(input, seedBytes());
    const r = ingest(['--add', input, '--seeds', seeds, '--name', '2025-07-10-nl-beleidsreactie-kopie']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(seeds, '2025-07-10-nl-beleidsreactie-kopie.txt'))).toEqual(seedBytes());
    expect(r.stdout).toContain('a-eerder ');
    expect(r.stdout).toContain('2025-07-10-nl-beleidsreactie-kopie  (new)');
  });

  it('stores nothing and points at the line when the report is invalid', () => {
    const seeds = tmp();
    const input = join(tmp(), 'kapot.txt');
    writeFileSync(input, seedBytes().toString('utf8').replace('Artikel Verdrag van Istanbul:  7', 'Artikel Verdrag van Istanbul:  97'));
    const r = ingest(['--add', input, '--seeds', seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:75: article 97 is outside the Istanbul Convention's articles 1–81`);
    expect(r.stderr).toContain('nothing stored');
    expect(readdirSync(seeds)).toEqual([]);
  });

  it('names the PDF page, and the line of the extracted text kept in a temporary file, when a PDF does not parse', async () => {
    const seeds = tmp();
    const bad = join(tmp(), 'kapot.pdf');
    writeFileSync(bad, await textToPdf(' Rapport\nontvangen op 1 januari 2027\n\nOnderwerp aanbeveling: Definities\n\nOmschrijving\nGREVIO dringt aan.\n\nBeleidsreactie\nAkkoord.\n'));
    const r = ingest(['--add', bad, '--seeds', seeds]);
    expect(r.code).toBe(1);
    const [error] = r.stderr.split('\n');
    const m = /^(\S+\/kapot\.pdf):1: recommendation "Definities" has no "Artikel Verdrag van Istanbul:" line \((\/\S+\/kapot\.txt):(\d+)\)$/.exec(error!);
    expect(m, r.stderr).not.toBeNull();
    expect(m![1]).toBe(bad);
    expect(readFileSync(m![2]!, 'utf8').split('\n')[Number(m![3]) - 1]).toBe('Onderwerp aanbeveling: Definities');
    expect(readdirSync(seeds)).toEqual([]);
  });

  it('refuses a name that is already taken', () => {
    const seeds = tmp();
    writeFileSync(join(seeds, `${NAME}.txt`), 'x');
    const r = ingest(['--add', pdfFile, '--seeds', seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`a report named "${NAME}" is already in`);
    expect(readdirSync(seeds)).toEqual([`${NAME}.txt`]);
  });
});

describe('npm run ingest -- --check', () => {
  it('checks a PDF without writing anything and prints its summary', () => {
    const dir = join(tmp(), 'inbox');
    mkdirSync(dir);
    const file = join(dir, 'ontvangen.pdf');
    writeFileSync(file, readFileSync(pdfFile));
    const r = ingest(['--check', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ontvangen +2025-07-10 +18 +20 +8 +33 +\d+ +0$/m);
    expect(readdirSync(dir)).toEqual(['ontvangen.pdf']);
  });

  it('reads the sidecar beside a text file: its facts and overrides reach the JSON', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), seedBytes());
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ round: 'eerste thematische evaluatie', received: '2025-07-11', grevioDocument: { title: 'Building trust' } }));
    const r = ingest(['--json', join(dir, 'r.txt')]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout).report;
    expect(report.received).toBe('2025-07-11');
    expect(report.round).toBe('eerste thematische evaluatie');
    expect(report.grevioDocument).toEqual({ title: 'Building trust' });
    expect(report.title).toMatch(/^Uitgebreide beleidsreactie/);
  });

  it('rejects an invalid sidecar with FILE:LINE errors', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), seedBytes());
    writeFileSync(join(dir, 'r.json'), '{\n  "country": "Nederland",\n  "sourceUrl": "ftp://x",\n  "colour": "blue"\n}\n');
    const r = ingest(['--check', join(dir, 'r.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${dir}/r.json:3: "sourceUrl": expected an http(s) URL`, `${dir}/r.json:4: Unrecognized key(s) in object: 'colour'`]);
  });
});
