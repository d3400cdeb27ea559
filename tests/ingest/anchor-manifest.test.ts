/**
 * The anchors manifest: a citation's anchor never silently changes meaning. A rebuild that would
 * make an anchor point at other text, because a repair rule or a paragraph break changed, fails
 * and names the anchor; `--update-anchors` accepts it on purpose.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkAnchors, fingerprint } from '../../src/ingest/anchor-manifest.ts';
import { reportAnchorTargets } from '../../src/mdx/anchor-ids.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const glitches = readFileSync(join(root, 'tests/fixtures/pipeline/glitches/input.txt'));
const FOLLOW_UP = 'tests/fixtures/reports/2027-03-15-nl-beleidsreactie-vervolg-comite-van-de-partijen';
const SLUG = '2027-03-15-nl-beleidsreactie-vervolg-comite-van-de-partijen';

const parse = (bytes: Uint8Array, slug = 'glitches') => parseReport(bytes, { slug, source: `${slug}.txt` }).report;

describe('fingerprint', () => {
  it('is the first 16 hex digits of the text’s SHA-256 (as Python’s hashlib gives them) and its first words', () => {
    // Every committed manifest depends on this form: the hashes are pinned, computed outside this code.
    expect(fingerprint('Het kabinet werken er aan.  Tweede   regel\nderde')).toBe('948076954e58f64b Het kabinet werken er aan. Tweede regel derde');
    expect(fingerprint('x'.repeat(70))).toBe(`c71bd109227e2343 ${'x'.repeat(59)}…`);
  });
});

describe('checkAnchors', () => {
  it('records every anchor of a new report, with its line, and is silent when nothing changed', () => {
    const report = parse(glitches);
    const first = checkAnchors(undefined, 'content/anchors.json', [report]);
    expect(first.errors).toEqual([]);
    const targets = reportAnchorTargets(report);
    expect(first.added).toBe(targets.length);
    const written = JSON.parse(first.next!) as Record<string, Record<string, string>>;
    expect(Object.keys(written.glitches!)).toEqual(targets.map((t) => t.anchor));
    expect(written.glitches!['a1-reactie-1']).toBe(fingerprint(report.recommendations[0]!.response[0]!.kind === 'paragraph' ? report.recommendations[0]!.response[0]!.text : ''));
    const again = checkAnchors(first.next, 'content/anchors.json', [report]);
    expect(again).toEqual({ errors: [], added: 0, updated: 0 });
  });

  it('names a malformed manifest by file and line instead of reading it', () => {
    expect(() => checkAnchors('{ "x": ', 'content/anchors.json', [parse(glitches)])).toThrow(/^content\/anchors\.json:1: not valid JSON/);
    expect(() => checkAnchors('{ "x": { "a1": "no hash" } }', 'content/anchors.json', [parse(glitches)])).toThrow(/"x" → "a1" is not "<16 hex digits> <words>"/);
  });
});

describe('a changed repair rule', () => {
  afterEach(() => {
    vi.doUnmock('../../src/pipeline/repair-lines.ts');
    vi.resetModules();
  });

  it('fails the check and names the anchor whose text it changes', async () => {
    const manifest = checkAnchors(undefined, 'content/anchors.json', [parse(glitches)]).next!;
    // The same report parsed by a pipeline whose repairs changed: only `collapse-spaces` is left,
    // so "werkenwerkenwerkenwerken" and the repeated "Zedenrechercheurs zijn" stay in.
    vi.resetModules();
    vi.doMock('../../src/pipeline/repair-lines.ts', async (original) => {
      const real = await original<typeof import('../../src/pipeline/repair-lines.ts')>();
      return {
        ...real,
        repairLines: (lines: Parameters<typeof real.repairLines>[0]) => ({ lines: lines.map((l) => ({ ...l, text: real.collapseSpaces(l.text) })), corrections: [] }),
      };
    });
    const changed = await import('../../src/pipeline/parse-report.ts');
    const report = changed.parseReport(glitches, { slug: 'glitches', source: 'glitches.txt' }).report;
    const response = report.recommendations[0]!.response[0]!;
    expect(response.kind === 'paragraph' && response.text).toContain('werkenwerkenwerkenwerken');

    const check = checkAnchors(manifest, 'content/anchors.json', [report]);
    const line = manifest.split('\n').findIndex((l) => l.includes('"a1-reactie-1"')) + 1;
    expect(check.errors).toContainEqual(expect.stringMatching(new RegExp(`^content/anchors\\.json:${line}: anchor glitches#a1-reactie-1 would point at different text: it cited "Het kabinet werken er aan\\. .*", it would now cite "Het kabinet werkenwerkenwerkenwerken er aan\\. .*"$`)));
    // GREVIO's paragraph lost its fake-bold repair too; the title and topic anchors did not change.
    expect(check.errors).toContainEqual(expect.stringMatching(/anchor glitches#a1-grevio-1 would point at different text: it cited "GREVIO spoort de autoriteiten sterk aan om gendersensitief …", it would now cite "GREVIO spoort de autoriteiten sterk aan om gendersensitiefg…"/));
    expect(check.errors.some((e) => /#a1 |#a1-grevio |#a1-reactie /.test(e))).toBe(false);
    expect(check.errors.at(-1)).toMatch(/--update-anchors/);
    expect(check.next).toBeUndefined();

    const accepted = checkAnchors(manifest, 'content/anchors.json', [report], { update: true });
    expect(accepted.errors).toEqual([]);
    expect(accepted.updated).toBeGreaterThan(0);
    expect(checkAnchors(accepted.next, 'content/anchors.json', [report]).errors).toEqual([]);
  });
});

describe('npm run ingest with the manifest', () => {
  const ingest = (dir: string, ...extra: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/ingest.ts'), '--seeds', join(dir, 'seeds'), '--out', join(dir, 'content/generated'), ...extra], { cwd: root, encoding: 'utf8' });
    return { code: r.status, stderr: r.stderr };
  };
  const files = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));

  it('refuses a paragraph break that shifts the anchors after it, naming them, and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vw-anchors-'));
    mkdirSync(join(dir, 'seeds'));
    for (const ext of ['.txt', '.json']) cpSync(join(root, `${FOLLOW_UP}${ext}`), join(dir, 'seeds', `${SLUG}${ext}`));
    const first = ingest(dir);
    expect(first.stderr).toMatch(/anchors\.json: \d+ anchor\(s\) added, 0 updated/);
    expect(first.code).toBe(0);
    // Beside the seeds folder, as for any seeds but the project's.
    const manifestPath = join(dir, 'anchors.json');
    expect(existsSync(manifestPath)).toBe(true);
    const before = { ...files(join(dir, 'content')), manifest: readFileSync(manifestPath, 'utf8') };

    // The blank line before the response's second paragraph goes: it runs on from the first,
    // so a1-reactie-1 gains its text and a1-reactie-2 would now be the list after it.
    const seed = join(dir, 'seeds', `${SLUG}.txt`);
    const text = readFileSync(seed, 'utf8');
    expect(text).toContain('gestuurd.\n\nOm te voorkomen');
    writeFileSync(seed, text.replace('gestuurd.\n\nOm te voorkomen', 'gestuurd.\nOm te voorkomen'));
    const refused = ingest(dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`anchors\\.json:\\d+: anchor ${SLUG}#a1-reactie-1 would point at different text`));
    expect(refused.stderr).toMatch(new RegExp(`anchors\\.json:\\d+: anchor ${SLUG}#a1-reactie-2 would point at different text: it cited "Om te voorkomen`));
    expect(refused.stderr).toMatch(/content\/generated\/ left unchanged/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect({ ...files(join(dir, 'content')), manifest: readFileSync(manifestPath, 'utf8') }).toEqual(before);

    const updated = ingest(dir, '--update-anchors');
    expect(updated.code).toBe(0);
    expect(updated.stderr).toMatch(/anchor\(s\) added, [1-9]\d* updated/);
    const after = JSON.parse(readFileSync(manifestPath, 'utf8'))[SLUG] as Record<string, string>;
    expect(after['a1-reactie-1']).toMatch(/^[0-9a-f]{16} De pilots met een vroegtijdiger inzet/);
    expect(ingest(dir).code).toBe(0);
  });
});
