import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { SEED, seedBytes } from '../pipeline/seed-path.ts';
import { ERROR_FIXTURES, errorCases, expectedDiagnostics } from '../pipeline/error-fixtures.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/ingest.ts');
const tmp = () => mkdtempSync(join(tmpdir(), 'vw-ingest-'));

function ingest(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under dir → its bytes, keyed by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length)] = readFileSync(path, 'base64');
    }
  }
  return out;
}

const valid = (body: string) => ` Rapport\nontvangen op 1 januari 2026\n\n${body}`;
const rec = (topic: string, articles: string, response = 'Beleidsreactie\nAkkoord.\n') =>
  `Onderwerp aanbeveling: ${topic}\nArtikel Verdrag van Istanbul:  ${articles}\n\nOmschrijving\nGREVIO dringt er bij de autoriteiten op aan.\n\n${response}`;

describe('npm run ingest', () => {
  it('prints only the JSON with --json (npm run --silent), and writes nothing', () => {
    const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', '--json', 'seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt'], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.recommendations).toHaveLength(18);
    expect(json.report.source).toBe('seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt');
  });

  const malformed: Array<[string, string | Buffer, string]> = [
    ['an empty file', '', 'FILE:1: file is empty'],
    ['a file of blank lines', '\n \n\n', 'FILE:1: file is empty'],
    ['a binary file', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01, 0xff]), 'FILE:2: binary file (contains NUL bytes); expected UTF-8 text'],
    ['invalid UTF-8', Buffer.from([0x61, 0x0a, 0x62, 0xff, 0xfe, 0x0a]), 'FILE:2: not valid UTF-8 text'],
    ['text without recommendations', 'Zomaar een tekst.\n', 'FILE:1: no recommendations found (expected lines starting "Onderwerp aanbeveling:")'],
    [
      'a recommendation without its article line',
      valid('Onderwerp aanbeveling: Definities\n\nOmschrijving\nGREVIO dringt aan.\n\nBeleidsreactie\nAkkoord.\n'),
      'FILE:4: recommendation "Definities" has no "Artikel Verdrag van Istanbul:" line',
    ],
    ['an article number outside 1–81', valid(rec('Definities', '82')), 'FILE:5: article 82 is outside the Istanbul Convention\'s articles 1–81'],
    ['an unreadable article list', valid(rec('Definities', 'drie')), 'FILE:5: cannot read article numbers from "drie" (expected forms like "3", "49, 50" or "52 en 53")'],
    ['a recommendation without a response', valid(rec('Definities', '3', '')), 'FILE:4: recommendation "Definities" has no "Beleidsreactie" (the government\'s response)'],
    ['an empty response', valid(rec('Definities', '3', 'Beleidsreactie\n\n')), 'FILE:4: recommendation "Definities" has an empty "Beleidsreactie"'],
    [
      'a footnote at a page foot without a reference',
      valid('Onderwerp aanbeveling: Definities\nArtikel Verdrag van Istanbul:  3\n\nOmschrijving\nGREVIO dringt er bij de autoriteiten op aan.\n\n1 Een voetnoot zonder verwijzing.\n Beleidsreactie\nAkkoord.\n'),
      'FILE:10: footnote 1 at the foot of page 1 has no reference earlier on that page (expected the number glued to a word, like "geweld1")',
    ],
    [
      'a footnote that the site could not show (cited from the topic line)',
      valid('Onderwerp aanbeveling: Definities1\nArtikel Verdrag van Istanbul:  3\n\nOmschrijving\nGREVIO dringt er bij de autoriteiten op aan.\n\n1 Een voetnoot bij het onderwerp.\n Beleidsreactie\nAkkoord.\n'),
      'FILE:4: recommendation "Definities[^1]" cannot be published: footnote 1 belongs to recommendation report-01, but its text never cites [^1]',
    ],
    ['a date received that does not exist', ` Rapport\nontvangen op 31 februari 2025\n\n${rec('Definities', '3')}`, 'FILE:2: date received "31 februari 2025" does not exist in the calendar'],
  ];
  for (const [what, content, message] of malformed) {
    it(`rejects ${what} with a FILE:LINE error, exit code 1 and no stack trace`, () => {
      const dir = tmp();
      const file = join(dir, 'report.txt');
      writeFileSync(file, content);
      const r = ingest(['--check', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(message.replace('FILE', file));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  // tests/fixtures/pipeline-errors: source text no record can carry (a page-foot URL on the cover, …).
  for (const name of errorCases()) {
    it(`rejects the "${name}" error fixture with FILE:LINE errors, exit code 1 and no stack trace`, () => {
      const file = join(tmp(), 'report.txt');
      cpSync(join(ERROR_FIXTURES, name, 'input.txt'), file);
      const r = ingest(['--check', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toEqual(expectedDiagnostics(name).map((line) => `${file}:${line}`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('reports every problem of a file, one line each', () => {
    const dir = tmp();
    const file = join(dir, 'two.txt');
    writeFileSync(file, valid(rec('Een', '90') + '\n' + rec('Twee', '0')));
    const r = ingest(['--check', file]);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${file}:5: article 90 is outside the Istanbul Convention's articles 1–81`,
      `${file}:14: article 0 is outside the Istanbul Convention's articles 1–81`,
    ]);
  });

  it('leaves the previous generated content untouched when one report is invalid', () => {
    const seeds = tmp();
    const out = join(tmp(), 'generated');
    cpSync(SEED, join(seeds, 'a-good.txt'));
    expect(ingest(['--seeds', seeds, '--out', out]).code).toBe(0);
    const before = snapshot(out);
    writeFileSync(join(seeds, 'b-bad.txt'), valid(rec('Definities', '99')));
    const r = ingest(['--seeds', seeds, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('b-bad.txt:5: article 99 is outside');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['generated']);
  });

  it('writes identical bytes on two runs', () => {
    const seeds = tmp();
    cpSync(SEED, join(seeds, '2025-07-10-nl-beleidsreactie-grevio-thematisch.txt'));
    const a = join(tmp(), 'out');
    const b = join(tmp(), 'out');
    expect(ingest(['--seeds', seeds, '--out', a]).code).toBe(0);
    expect(ingest(['--seeds', seeds, '--out', b]).code).toBe(0);
    expect(Object.keys(snapshot(a)).length).toBeGreaterThan(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });
});

describe('input dialects', () => {
  it('gives exactly the same result for a byte-order mark and Windows line endings', () => {
    const plain = seedBytes();
    const windows = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.toString('utf8').replace(/\n/g, '\r\n'), 'utf8')]);
    const options = { slug: 'x', source: 'seeds/x.txt' };
    expect(parseReport(windows, options)).toEqual(parseReport(plain, options));
  });

  it('gives ids that stay unique across reports through the report slug', () => {
    const seeds = tmp();
    mkdirSync(join(seeds, 'x'), { recursive: true });
    cpSync(SEED, join(seeds, 'rapport-a.txt'));
    cpSync(SEED, join(seeds, 'rapport-b.txt'));
    const out = join(tmp(), 'out');
    expect(ingest(['--seeds', seeds, '--out', out]).code).toBe(0);
    const ids = ['rapport-a', 'rapport-b'].flatMap((slug) => JSON.parse(readFileSync(join(out, `reports/${slug}.json`), 'utf8')).recommendations.map((r: { id: string }) => r.id));
    expect(new Set(ids).size).toBe(36);
  });
});
