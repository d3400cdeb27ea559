/** The hand-kept registry (content/programmes.json) against its schema and against the seed. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/programmes/find-mentions.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { mentionsInReport, passagesBySlug } from '../../src/programmes/mentions-in-report.ts';
import { reportTexts } from '../../src/programmes/report-texts.ts';
import { PROGRAMME_KINDS, type Programme } from '../../src/schema/programme.ts';
import { seedReport, seedText } from './seed-report.ts';

const registry = loadRegistry();

/** Loads `entries` as a registry file would hold them. */
function parseRegistry(entries: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), 'vw-registry-')), 'programmes.json');
  writeFileSync(file, JSON.stringify(entries));
  return loadRegistry(file);
}
const seedPassages = passagesBySlug(mentionsInReport(seedReport(), registry));
const seedTexts = reportTexts(seedReport()).map((t) => t.text);
const writtenInSeed = (spelling: string, slug = 'x'): boolean => {
  const matcher = compileMatcher([{ slug, name: spelling, kind: 'wet', aliases: [], description: 'x' }]);
  return seedTexts.some((t) => matcher.find(t).length > 0);
};

/** Names given in title form (capitalised, or completed) because the report only writes them otherwise. */
const TITLE_FORMS: Record<string, string> = {
  reclassering: 'the report writes "reclassering" and "3RO (reclassering)"',
  'orientatiepunten-straftoemeting': 'the report writes "oriëntatiepunten voor straftoemeting"',
  gemeentefonds: 'the report writes "het gemeentefonds"',
  'ministerie-van-vws': 'the report writes "ministeries (van) VWS"',
  'ministerie-van-ocw': 'the report writes "ministerie van OCW" and "Onderwijs, Cultuur en Wetenschap"',
};

describe('the programme registry', () => {
  it('parses with the registry schema', () => {
    expect(registry.length).toBeGreaterThan(40);
  });

  it('has unique slugs, and the schema rejects a duplicate', () => {
    expect(new Set(registry.map((e) => e.slug)).size).toBe(registry.length);
    const twice = [registry[0], registry[0]];
    expect(() => parseRegistry(twice)).toThrow(/duplicate slug/);
  });

  it('rejects an unknown kind, a slug that is not lowercase-kebab and a notYetCited other than true', () => {
    const base: Programme = { slug: 'ok', name: 'Ok', kind: 'wet', aliases: [], description: 'Ok.' };
    expect(() => parseRegistry([{ ...base, kind: 'verdrag' }])).toThrow(/kind/);
    expect(() => parseRegistry([{ ...base, slug: 'Not_Kebab' }])).toThrow(/lowercase-kebab/);
    expect(() => parseRegistry([{ ...base, notYetCited: false }])).toThrow(/notYetCited/);
  });

  it('has the entries issue #5 requires', () => {
    const slugs = registry.map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(['stop-femicide', 'wmo', 'wet-tijdelijk-huisverbod']));
  });

  it('uses every kind', () => {
    expect(new Set(registry.map((e) => e.kind))).toEqual(new Set(PROGRAMME_KINDS));
  });

  it('lets no two entries claim the same spelling', () => {
    expect(() => compileMatcher(registry)).not.toThrow();
  });

  it('has a mention in the seed for every entry not marked notYetCited, and none for those that are', () => {
    const uncited = registry.filter((e) => !e.notYetCited && !seedPassages.has(e.slug)).map((e) => e.slug);
    const wronglyMarked = registry.filter((e) => e.notYetCited && seedPassages.has(e.slug)).map((e) => e.slug);
    expect({ uncited, wronglyMarked }).toEqual({ uncited: [], wronglyMarked: [] });
  });

  it('takes every alias from the seed', () => {
    const missing = registry.flatMap((e) => e.aliases.filter((a) => !writtenInSeed(a)).map((a) => `${e.slug}: ${a}`));
    expect(missing).toEqual([]);
  });

  it('writes every name as the seed does, apart from the listed title forms', () => {
    const missing = registry.filter((e) => !writtenInSeed(e.name)).map((e) => e.slug);
    expect(missing.sort()).toEqual(Object.keys(TITLE_FORMS).sort());
  });

  it('gives only addresses that the seed itself prints', () => {
    const raw = seedText();
    const foreign = registry.filter((e) => e.url !== undefined && !raw.includes(e.url)).map((e) => e.slug);
    expect(foreign).toEqual([]);
  });
});
