/** `npm run ingest` warnings about names that look like entities but are not in the registry. */
import { describe, expect, it } from 'vitest';
import { findSourceLine, programmeWarnings, readSourceLines } from '../../src/ingest/programme-warnings';
import { loadRegistry } from '../../src/programmes/load-registry';
import { seedReport } from '../programmes/seed-report';

const registry = loadRegistry();
const report = seedReport();
const root = new URL('../..', import.meta.url).pathname;
const without = (...slugs: string[]) => registry.filter((e) => !slugs.includes(e.slug));

describe('programmeWarnings', () => {
  it('is silent for the seed with the full registry', () => {
    expect(programmeWarnings([report], registry, readSourceLines(root))).toEqual([]);
  });

  it('names the file, the first source line, the page and how often, as a warning', () => {
    const warnings = programmeWarnings([report], without('wet-tijdelijk-huisverbod', 'farr'), readSourceLines(root));
    expect(warnings[0]).toBe(
      `${report.report.source}:50: warning: "Wet tijdelijk huisverbod" (p. 2, 4×) looks like a programme, law or organisation but is not in content/programmes.json; add it there, or to src/programmes/excluded-names.ts if it is not one`,
    );
    expect(warnings.some((w) => w.startsWith(`${report.report.source}:1302: warning: "FARR" (p. 29)`))).toBe(true);
  });

  it('falls back to FILE: warning when the source cannot be read as text', () => {
    const [warning] = programmeWarnings([report], without('farr'), () => undefined);
    expect(warning).toMatch(new RegExp(`^${report.report.source}: warning: "FARR" \\(p\\. 29\\)`));
  });
});

describe('findSourceLine', () => {
  const lines = ['Aanhef', 'de Wet', 'tijdelijk huisverbod en het Verwey-', 'Jonker Instituut', 'Wet tijdelijk huisverbod'];

  it('finds a name broken over lines, from a given line on', () => {
    expect(findSourceLine(lines, 'Wet tijdelijk huisverbod')).toBe(2);
    expect(findSourceLine(lines, 'Wet tijdelijk huisverbod', 3)).toBe(5);
    expect(findSourceLine(lines, 'Verwey-Jonker Instituut')).toBe(3);
    expect(findSourceLine(lines, 'Onbekend')).toBeUndefined();
  });
});
