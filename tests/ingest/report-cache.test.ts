/**
 * Ingest's cache between builds: unchanged seeds come back unparsed with exactly the files a
 * fresh parse writes; a changed seed, sidecar or parsing code, or a damaged entry, is parsed again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentOptions } from '../../src/ingest/generated-files';
import { loadReports, seedFiles } from '../../src/ingest/load-reports';
import { openReportCache } from '../../src/ingest/report-cache';

const ROOT = path.resolve(__dirname, '../..');
const SEED = path.join(ROOT, 'seeds/2025-07-10-nl-beleidsreactie-grevio-thematisch.txt');
const FOLLOW_UP = path.join(ROOT, 'tests/fixtures/reports/2027-03-15-nl-beleidsreactie-vervolg-comite-van-de-partijen');

let tmp: string;
let seeds: string;
let cacheDir: string;
const shownAs = (file: string) => path.relative(tmp, file);

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-report-cache-'));
  seeds = path.join(tmp, 'seeds');
  cacheDir = path.join(tmp, 'cache');
  fs.mkdirSync(seeds);
  fs.copyFileSync(SEED, path.join(seeds, path.basename(SEED)));
  fs.copyFileSync(`${FOLLOW_UP}.txt`, path.join(seeds, `${path.basename(FOLLOW_UP)}.txt`));
  fs.copyFileSync(`${FOLLOW_UP}.json`, path.join(seeds, `${path.basename(FOLLOW_UP)}.json`));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const load = (root = ROOT, content = contentOptions()) => loadReports(seedFiles(seeds), shownAs, openReportCache(cacheDir, root), content);

describe('the ingest cache', () => {
  it('gives unchanged seeds back unparsed, with the same files and warnings as a fresh parse', () => {
    const fresh = loadReports(seedFiles(seeds), shownAs);
    const first = load();
    expect(first.fromCache).toBe(0);
    const second = load();
    expect(second.errors).toEqual([]);
    expect(second.fromCache).toBe(2);
    expect(second.generated).toEqual(fresh.generated);
    expect(second.warnings).toEqual(fresh.warnings);
    expect(second.reports.map((r) => r.report.slug)).toEqual(fresh.reports.map((r) => r.report.slug));
  });

  it('parses again a seed whose text or sidecar changed, and only that one', () => {
    load();
    const follow = path.join(seeds, `${path.basename(FOLLOW_UP)}.json`);
    const sidecar = JSON.parse(fs.readFileSync(follow, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(follow, JSON.stringify({ ...sidecar, sourceUrl: 'https://example.org/anders.pdf' }));
    const changed = load();
    expect(changed.fromCache).toBe(1);
    expect(changed.reports.find((r) => r.report.slug.includes('vervolg'))!.report.sourceUrl).toBe('https://example.org/anders.pdf');

    const seed = path.join(seeds, path.basename(SEED));
    fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('Definities', 'Definities (gewijzigd)'));
    const edited = load();
    expect(edited.fromCache).toBe(1);
    expect(edited.reports.find((r) => r.report.slug.includes('thematisch'))!.recommendations[0]!.topic).toBe('Definities (gewijzigd)');
  });

  it('parses everything again when the parsing code changes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-cache-root-'));
    try {
      fs.mkdirSync(path.join(root, 'src/pipeline'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src/pipeline/stage.ts'), 'export const v = 1;\n');
      load(root);
      expect(load(root).fromCache).toBe(2);
      fs.writeFileSync(path.join(root, 'src/pipeline/stage.ts'), 'export const v = 2;\n');
      expect(load(root).fromCache).toBe(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('treats a damaged entry as a miss, and forgets entries of removed seeds', () => {
    load();
    const entries = fs.readdirSync(cacheDir);
    expect(entries).toHaveLength(2);
    fs.writeFileSync(path.join(cacheDir, entries[0]!), '{"report": 1');
    expect(load().fromCache).toBe(1);
    fs.rmSync(path.join(seeds, `${path.basename(FOLLOW_UP)}.txt`));
    load();
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
  });

  it('uses only entries signed with the project’s secret: a tampered one is a miss and the seed is parsed afresh', () => {
    const fresh = load();
    for (const name of fs.readdirSync(cacheDir)) {
      const file = path.join(cacheDir, name);
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { mac: string; entry: string };
      const entry = JSON.parse(stored.entry) as { files: { path: string; contents: string }[] };
      for (const f of entry.files) if (f.path.endsWith('.mdx')) f.contents = f.contents.replace('</Recommendation>', '{process.exit(1)}\n</Recommendation>');
      fs.writeFileSync(file, JSON.stringify({ mac: stored.mac, entry: JSON.stringify(entry) }));
    }
    const again = load();
    expect(again.fromCache).toBe(0);
    expect(again.generated).toEqual(fresh.generated);
    expect(again.generated.some((f) => f.contents.includes('process.exit'))).toBe(false);
  });

  it('finds nothing in a cache written under another project secret', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-cache-root-'));
    try {
      fs.cpSync(path.join(ROOT, 'src'), path.join(other, 'src'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(other, 'package-lock.json'));
      load(other);
      expect(load(other).fromCache).toBe(2);
      expect(load(ROOT).fromCache).toBe(0);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes the MDX again when the programme registry or the MDX layout changes', () => {
    load();
    const options = contentOptions();
    expect(load(ROOT, { ...options, registry: options.registry.slice(1) }).fromCache).toBe(0);
    const perRecommendation = load(ROOT, { ...options, layout: 'recommendation' });
    expect(perRecommendation.fromCache).toBe(0);
    expect(perRecommendation.generated.filter((f) => f.path.endsWith('.mdx')).length).toBe(perRecommendation.reports.reduce((n, r) => n + r.recommendations.length, 0));
  });
});
