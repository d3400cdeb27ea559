/**
 * The content loader's cache: what a rebuild renders again and what it reuses. The store here is
 * a Map with the DataStore rule that matters (an entry whose digest is unchanged is kept as is);
 * the real data store is exercised by the warm rebuild in tests/quality/determinism.test.ts.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sourceDigest } from '../../src/cache/source-digest';
import { recommendationLoader } from '../../src/mdx/recommendation-loader';
import { REGISTRY_PATH } from '../../src/programmes/load-registry';
import { writeFixtureContent } from '../site/write-fixture-content';

const ROOT = path.resolve(__dirname, '../..');

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  rendered?: { html: string };
}

function memoryStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
}

let dir: string;
let store: ReturnType<typeof memoryStore>;
let logs: string[];

function loaderContext(base: string, watcher?: unknown) {
  return {
    store,
    logger: { info: (m: string) => logs.push(m), error: (m: string) => logs.push(`error: ${m}`) },
    watcher,
    config: { root: pathToFileURL(`${ROOT}/`), base },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (data: string) => createHash('sha256').update(data).digest('hex'),
  } as never;
}

const loaderFor = (registryFile = REGISTRY_PATH) =>
  recommendationLoader({ dir: path.join(dir, 'recommendations'), reportsDir: path.join(dir, 'reports'), registryFile });

async function load(base = '/', registryFile = REGISTRY_PATH) {
  logs = [];
  await loaderFor(registryFile).load(loaderContext(base));
  return logs.at(-1);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-loader-'));
  writeFixtureContent(dir);
  store = memoryStore();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the recommendation loader', () => {
  it('renders every file once, then reuses them all while nothing changed', async () => {
    const files = fs.readdirSync(path.join(dir, 'recommendations')).length;
    expect(await load()).toBe(`${files} rendered, 0 reused from the cache`);
    const html = [...store.entries.values()].map((e) => e.rendered!.html);
    expect(await load()).toBe(`0 rendered, ${files} reused from the cache`);
    expect([...store.entries.values()].map((e) => e.rendered!.html)).toEqual(html);
  });

  it('renders again only the file whose text changed', async () => {
    const files = fs.readdirSync(path.join(dir, 'recommendations')).sort();
    await load();
    const file = path.join(dir, 'recommendations', files[0]!);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('GREVIO', 'GREVIO (gewijzigd)'));
    expect(await load()).toBe(`1 rendered, ${files.length - 1} reused from the cache`);
    expect(store.get(files[0]!.replace(/\.mdx$/, ''))!.rendered!.html).toContain('GREVIO (gewijzigd)');
  });

  it('renders everything again when the base path changes, since every internal link does', async () => {
    const files = fs.readdirSync(path.join(dir, 'recommendations')).length;
    await load('/');
    expect(await load('/sub/')).toBe(`${files} rendered, 0 reused from the cache`);
    expect([...store.entries.values()].some((e) => e.rendered!.html.includes('href="/sub/'))).toBe(true);
  });

  it('renders again only the files that link an article whose page came or went', async () => {
    const files = fs.readdirSync(path.join(dir, 'recommendations')).length;
    await load();
    // Article 60 gets a page; no text links it, so nothing changes.
    const hostile = path.join(dir, 'reports/hostile-fixture.json');
    const report = JSON.parse(fs.readFileSync(hostile, 'utf8')) as { report: { slug: string }; recommendations: { articles: number[] }[] };
    report.report.slug = 'other-fixture';
    for (const rec of report.recommendations) rec.articles = [60];
    fs.writeFileSync(path.join(dir, 'reports/other-fixture.json'), JSON.stringify(report));
    expect(await load()).toBe(`0 rendered, ${files} reused from the cache`);
    // Articles 14 and 81 lose their pages; one recommendation links article 14.
    fs.rmSync(hostile);
    expect(await load()).toBe(`1 rendered, ${files - 1} reused from the cache`);
    expect(store.get('hostile-fixture-01')!.rendered!.html).toContain('href="/artikelen/#artikel-14"');
  });

  it('renders everything again when the programme registry changes', async () => {
    const files = fs.readdirSync(path.join(dir, 'recommendations')).length;
    const registry = path.join(dir, 'programmes.json');
    fs.copyFileSync(REGISTRY_PATH, registry);
    await load('/', registry);
    expect(await load('/', registry)).toBe(`0 rendered, ${files} reused from the cache`);
    const entries = JSON.parse(fs.readFileSync(registry, 'utf8')) as unknown[];
    fs.writeFileSync(registry, JSON.stringify(entries.slice(1)));
    expect(await load('/', registry)).toBe(`${files} rendered, 0 reused from the cache`);
  });

  it('under astro dev, loads again when ingest rewrites a file', async () => {
    const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(paths: string[]) { this.added.push(...paths); } });
    logs = [];
    await loaderFor().load(loaderContext('/', watcher));
    expect(watcher.added).toContain(path.join(dir, 'recommendations'));
    const file = path.join(dir, 'recommendations', 'hostile-fixture-01.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('GREVIO', 'GREVIO (opnieuw)'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(store.get('hostile-fixture-01')!.rendered!.html).toContain('GREVIO (opnieuw)'));
    watcher.emit('all', 'change', path.join(os.tmpdir(), 'elders.txt'));
    expect(logs.filter((l) => l.includes('rendered'))).toHaveLength(2);
  });

  it('drops entries whose file is gone', async () => {
    const [first] = fs.readdirSync(path.join(dir, 'recommendations')).sort();
    await load();
    fs.rmSync(path.join(dir, 'recommendations', first!));
    await load();
    expect(store.get(first!.replace(/\.mdx$/, ''))).toBeUndefined();
  });

  it('fails on a tampered file with FILE:LINE and stores nothing for it', async () => {
    const file = path.join(dir, 'recommendations', 'hostile-fixture-02.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('GREVIO spoort sterk aan', 'GREVIO {process.exit(0)}'));
    await expect(load()).rejects.toThrow(`${file}:12: an MDX expression {…} is not allowed`);
    expect(store.get('hostile-fixture-02')).toBeUndefined();
  });
});

describe('the render context digest (sourceDigest)', () => {
  it('changes with the renderer’s own source files and with its inputs', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-digest-'));
    try {
      fs.mkdirSync(path.join(root, 'src/mdx'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src/mdx/a.ts'), 'export const a = 1;\n');
      const before = sourceDigest(root, { base: '/' });
      expect(sourceDigest(root, { base: '/' })).toBe(before);
      expect(sourceDigest(root, { base: '/sub/' })).not.toBe(before);
      fs.writeFileSync(path.join(root, 'src/mdx/a.ts'), 'export const a = 2;\n');
      expect(sourceDigest(root, { base: '/' })).not.toBe(before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
