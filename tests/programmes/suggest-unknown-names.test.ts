/** Maintainer warnings: names in a report that look like entities but are not in the registry. */
import { describe, expect, it } from 'vitest';
import { findNameCandidates } from '../../src/programmes/find-name-candidates.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { suggestUnknownNames } from '../../src/programmes/suggest-unknown-names.ts';
import { recNo, seedReport } from './seed-report.ts';

const registry = loadRegistry();
const report = seedReport();
const without = (slug: string) => registry.filter((e) => e.slug !== slug);

describe('suggestUnknownNames', () => {
  it('has nothing to suggest for the seed with the full registry', () => {
    expect(suggestUnknownNames(report, registry)).toEqual([]);
  });

  const removals: Array<[string, string]> = [
    ['wet-versterking-regie-volkshuisvesting', 'Wet versterking regie volkshuisvesting'],
    ['verzamelwet-gegevensverwerking-vws', 'Verzamelwet Gegevensverwerking VWS'],
    ['zorgverzekeringswet', 'Zorgverzekeringswet'],
    ['geweld-hoort-nergens-thuis', 'Geweld hoort nergens thuis'],
    ['nu-niet-zwanger', 'Nu Niet Zwanger'],
    ['veiligheid-voorop', 'Veiligheid Voorop!'],
    ['man-zeg-er-wat-van', 'Man, zeg er wat van!'],
    ['waar-ben-je', 'waar ben je?'],
    ['slachtofferwijzer-nl', 'slachtofferwijzer.nl'],
    ['femicide-in-nederland', 'Femicide in Nederland'],
    ['verwey-jonker-instituut', 'Verwey-Jonker Instituut'],
    ['farr', 'FARR'],
  ];
  for (const [slug, name] of removals) {
    it(`suggests "${name}" once its entry is removed`, () => {
      expect(suggestUnknownNames(report, without(slug)).map((s) => s.name)).toContain(name);
    });
  }

  it('says where a name is first written and how often', () => {
    const [wet] = suggestUnknownNames(report, without('wet-tijdelijk-huisverbod'));
    expect(wet).toMatchObject({ name: 'Wet tijdelijk huisverbod', part: 'response', blockIndex: 2, page: 2, count: 4 });
    expect(recNo(wet!.recommendationId)).toBe(1);
  });

  it('stays silent about deliberately excluded names, and names them without the list', () => {
    expect(suggestUnknownNames(report, registry, []).map((s) => s.name)).toEqual(['Verdrag van de Raad van Europa', 'GGZ']);
  });
});

describe('findNameCandidates', () => {
  const names = (text: string) => findNameCandidates(text).map((c) => c.name);

  it('takes a title after a law or plan word up to the clause that follows', () => {
    expect(names('is de Wet versterking regie volkshuisvesting relevant, die')).toEqual(['Wet versterking regie volkshuisvesting']);
    expect(names('In het Actieplan versterken ketenaanpak in zedenzaken staat')).toEqual(['Actieplan versterken ketenaanpak in zedenzaken']);
  });

  it('takes a capitalised title after a lead-in word', () => {
    expect(names('Het initiatief Nu Niet Zwanger is gericht op')).toEqual(['Nu Niet Zwanger']);
  });

  it('takes quoted titles that start with a capital or end in ! or ?, not quoted terms', () => {
    expect(names('de campagne “waar ben je?” en ‘huiselijke kring’ en het rapport ‘Het tijdelijk huisverbod vanuit een nieuw perspectief’')).toEqual([
      'waar ben je?',
      'Het tijdelijk huisverbod vanuit een nieuw perspectief',
    ]);
  });

  it('takes the title before a year in parentheses', () => {
    expect(names('Voorbeelden zijn: Geweld hoort nergens thuis (2017), en het plan van aanpak Stop femicide! (2024).')).toEqual([
      'Geweld hoort nergens thuis',
      'Stop femicide!',
    ]);
  });

  it('takes glossed abbreviations, organisation names and bare web addresses', () => {
    expect(names('het Landelijk Expertise Centrum Kindermishandeling (hierna: LECK) en de GGD Amsterdam (FARR) op slachtofferwijzer.nl')).toEqual([
      'Landelijk Expertise Centrum Kindermishandeling',
      'LECK',
      'FARR',
      'slachtofferwijzer.nl',
    ]);
  });

  it('does not take a surname that happens to end in a law word', () => {
    expect(names('Kleinjan – Van Zwet, M.')).toEqual([]);
  });
});
