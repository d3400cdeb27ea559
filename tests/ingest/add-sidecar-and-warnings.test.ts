/**
 * `--add` and `--check` read the sidecar beside the received file (`report.json` next to
 * `report.txt` or `report.pdf`), and print the programme-name warnings `npm run ingest` prints,
 * counted in their summary. Spawns the CLI on temporary directories.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textToPdf } from '../support/text-to-pdf.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/ingest.ts');
const tmp = () => mkdtempSync(join(tmpdir(), 'vw-sidecar-'));

function ingest(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A valid report whose response names two programmes that are not in content/programmes.json (lines 11 and 12). */
const REPORT = [
  ' Rapport',
  'ontvangen op 1 januari 2026',
  '',
  'Onderwerp aanbeveling: Definities',
  'Artikel Verdrag van Istanbul: 3',
  '',
  'Omschrijving',
  'GREVIO dringt er bij de autoriteiten op aan.',
  '',
  'Beleidsreactie',
  'Het kabinet voert de Wet bescherming',
  'vogelhuisjes in, samen met het Programma Veilige Vogels.',
  '',
].join('\n');
const WARNING_1 = 'warning: "Wet bescherming vogelhuisjes" (p. 1) looks like a programme, law or organisation but is not in content/programmes.json';
const WARNING_2 = 'warning: "Programma Veilige Vogels" (p. 1) looks like a programme, law or organisation but is not in content/programmes.json';
/** The sidecar dates the report 3 February, so a stored name with that date shows it was read. */
const SIDECAR = { round: 'eerste thematische evaluatie', received: '2026-02-03', grevioDocument: { title: 'Building trust' } };
const NAME = '2026-02-03-nl-beleidsreactie-rapport';

/** The report (as `report.txt`, or `report.pdf` when `pdf`) with its sidecar text beside it. */
async function received(sidecar: string, pdf = false): Promise<{ dir: string; input: string }> {
  const dir = tmp();
  const input = join(dir, pdf ? 'report.pdf' : 'report.txt');
  writeFileSync(input, pdf ? await textToPdf(REPORT) : REPORT);
  writeFileSync(join(dir, 'report.json'), sidecar);
  return { dir, input };
}

/** The summary table's row of a report (below the header and its rule). */
const tableRow = (stdout: string, report: string) => stdout.trim().split('\n').slice(2).find((line) => line.startsWith(`${report} `));

describe('npm run ingest -- --add with a sidecar beside the report', () => {
  it('parses with it and stores it under the new name: its keys kept, missing ones defaulted, flags replacing its values', async () => {
    const { input } = await received(`${JSON.stringify(SIDECAR, null, 2)}\n`);
    const seeds = tmp();
    const r = ingest(['--add', input, '--seeds', seeds, '--round', 'vervolg', '--source-url', 'https://example.org/r.pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(seeds).sort()).toEqual([`${NAME}.json`, `${NAME}.txt`]);
    expect(readFileSync(join(seeds, `${NAME}.txt`), 'utf8')).toBe(REPORT);
    expect(JSON.parse(readFileSync(join(seeds, `${NAME}.json`), 'utf8'))).toEqual({
      country: 'Nederland',
      language: 'nl',
      round: 'vervolg',
      sourceUrl: 'https://example.org/r.pdf',
      received: '2026-02-03',
      grevioDocument: { title: 'Building trust' },
    });
  });

  it('reads the sidecar beside a PDF too', async () => {
    const { input } = await received(JSON.stringify({ country: 'Nederland', received: '2026-02-03' }), true);
    const seeds = tmp();
    const r = ingest(['--add', input, '--seeds', seeds]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(seeds, `${NAME}.json`), 'utf8'))).toEqual({ country: 'Nederland', language: 'nl', received: '2026-02-03' });
  });

  it('stores nothing when the sidecar is invalid, and points at its line', async () => {
    const { dir, input } = await received('{\n  "round": "vervolg",\n  "received": "3 februari 2026"\n}\n');
    const seeds = tmp();
    const r = ingest(['--add', input, '--seeds', seeds]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`${dir}/report.json:3: "received": expected a date as YYYY-MM-DD`, `ingest --add: nothing stored in ${seeds}/`]);
    expect(readdirSync(seeds)).toEqual([]);
  });

  it('prints the programme-name warnings, pointing into the stored seed, and counts them in the summary', async () => {
    const { input } = await received('{}');
    const seeds = tmp();
    const r = ingest(['--add', input, '--seeds', seeds, '--name', 'rapport']);
    expect(r.code, r.stderr).toBe(0);
    const stored = join(seeds, 'rapport.txt');
    expect(r.stderr).toContain(`${stored}:11: ${WARNING_1}`);
    expect(r.stderr).toContain(`${stored}:12: ${WARNING_2}`);
    expect(tableRow(r.stdout, 'rapport')).toMatch(/^rapport {2}\(new\) +2026-01-01 +1 +1 +0 +1 +\d+ +2$/);
  });
});

describe('npm run ingest -- --check', () => {
  it('prints the programme-name warnings with the line in the checked text, counts them, and writes nothing', async () => {
    const { dir, input } = await received('{}');
    const r = ingest(['--check', input]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${input}:11: ${WARNING_1}`);
    expect(r.stderr).toContain(`${input}:12: ${WARNING_2}`);
    expect(tableRow(r.stdout, 'report')).toMatch(/^report +2026-01-01 +1 +1 +0 +1 +\d+ +2$/);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.txt']);
  });

  it('reads the sidecar beside a PDF, and names no line for text it extracted and did not keep', async () => {
    const { input } = await received(JSON.stringify({ received: '2026-02-03' }), true);
    const r = ingest(['--check', input]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${input}: ${WARNING_1}`);
    expect(tableRow(r.stdout, 'report')).toMatch(/^report +2026-02-03 +1 +1 +0 +1 +\d+ +2$/);
  });
});
