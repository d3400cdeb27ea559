/**
 * The parts of commitment finding on small texts: sentence splitting, the tense of a clause, the
 * actors of a sentence, which expression dates a sentence, and which text is walked.
 */
import { describe, expect, it } from 'vitest';
import { actorsIn } from '../../src/commitments/actors.ts';
import { commitmentExpression, findCommitments } from '../../src/commitments/find-commitments.ts';
import { splitSentences } from '../../src/commitments/sentences.ts';
import { clauseAround, tenseOf } from '../../src/commitments/tense.ts';
import { findMentions } from '../../src/programmes/find-mentions.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import type { ParsedReport } from '../../src/schema/report.ts';

const REF = '2025-07-10';
const registry = loadRegistry();

describe('splitSentences', () => {
  it.each([
    ['Partijen, o.a. Veilig Thuis, doen mee. Dat gebeurt bijv. in 2026.', ['Partijen, o.a. Veilig Thuis, doen mee.', 'Dat gebeurt bijv. in 2026.']],
    ['Zie art. 3 en Kamerstukken II, nr. 258. De wet m.b.t. opvang geldt.', ['Zie art. 3 en Kamerstukken II, nr. 258.', 'De wet m.b.t. opvang geldt.']],
    ['Onderzoek van J. de Vries (Visser et al., 2023). Hieruit blijkt dat.', ['Onderzoek van J. de Vries (Visser et al., 2023).', 'Hieruit blijkt dat.']],
    ['1. De regering start in 2026. Daarna volgt t/m 2027 een pilot.', ['1. De regering start in 2026.', 'Daarna volgt t/m 2027 een pilot.']],
    ['De pilots starten in vier regio’s. Omdat dit veel vergt.', ['De pilots starten in vier regio’s.', 'Omdat dit veel vergt.']],
    ['Het plan heet “Samen.” Het start in 2026. Is dat zo? Ja!', ['Het plan heet “Samen.”', 'Het start in 2026.', 'Is dat zo?', 'Ja!']],
    ['Per 17.500 inwoners is er één plaats. 2026 wordt het jaar.', ['Per 17.500 inwoners is er één plaats.', '2026 wordt het jaar.']],
  ])('%s', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not cut inside a kept span (a name ending in "!")', () => {
    const text = 'Het plan Stop femicide! Het Vervolg loopt door.';
    const keep = [{ start: 9, end: 23 }];
    expect(splitSentences(text, keep).map((s) => s.text)).toEqual([text]);
  });
});

describe('tenseOf', () => {
  it.each([
    ['Het onderzoek is in het najaar van 2025 afgerond en de conclusies worden meegenomen', 'past'],
    ['In 2025 is de monitor van Valente en de VNG gepubliceerd', 'past'],
    ['Veilig Thuis heeft in september 2025 een platform gelanceerd', 'past'],
    ['De staatssecretaris stuurde in juni 2025 de nota', 'past'],
    ['Nederland heeft in 2019 de monitor ingericht', 'past'],
    ['De aangepaste wetgeving dient uiterlijk 14 juni 2027 in werking te zijn getreden', 'future'],
    ['Het streven is dat de alliantie in 2026 van start gaat', 'future'],
    ['De uitvoering is voorzien in 2026', 'future'],
    ['De resultaten worden eind dit jaar verwacht', 'future'],
    ['Het ministerie heeft toegezegd dat het in 2026 zal starten', 'future'],
    ['De pilots starten in januari 2026', 'present'],
    ['Er wordt tot en met eind 2026 gewerkt aan een handreiking', 'present'],
    ['De strategie is eind 2026 gereed', 'present'],
    ['Het programma is gericht op geweld in 2026', 'present'],
  ] as const)('%s → %s', (clause, tense) => {
    expect(tenseOf(clause)).toBe(tense);
  });

  it('reads the clause around the date, not the whole sentence', () => {
    const s = 'De werkwijze wordt in 2025 getest, zodat kan worden vastgesteld of dit is gelukt.';
    const at = s.indexOf('in 2025');
    expect(clauseAround(s, at, at + 7)).toBe('De werkwijze wordt in 2025 getest');
  });
});

describe('actorsIn', () => {
  const actors = (s: string) => actorsIn(s, findMentions(registry, s), registry);

  it('names the first organisation by its registry name, with those joined to it by "en"', () => {
    expect(actors('Het WODC en het CBS onderzoeken met het WODC de data.')).toEqual([
      { kind: 'programme', slug: 'wodc', name: 'Wetenschappelijk Onderzoek- en Datacentrum' },
      { kind: 'programme', slug: 'cbs', name: 'Centraal Bureau voor de Statistiek' },
    ]);
    // Later names are what the sentence is about.
    expect(actors('Het WODC onderzoekt in 2026 met het CBS de data van Veilig Thuis.').map((a) => a.kind === 'programme' && a.slug)).toEqual(['wodc']);
  });

  it('never takes a law or programme as the actor', () => {
    expect(actors('De Wet versterking regie volkshuisvesting treedt naar verwachting in 2026 in werking.')).toEqual([]);
    expect(actors('Binnen Stop femicide! onderzoekt het WODC dit in 2026.').map((a) => a.kind === 'programme' && a.slug)).toEqual(['wodc']);
  });

  it('leaves a ministry to its registry entry and keeps a minister or staatssecretaris', () => {
    expect(actors('Het ministerie van OCW investeert in 2026.')).toEqual([{ kind: 'programme', slug: 'ministerie-van-ocw', name: 'Ministerie van Onderwijs, Cultuur en Wetenschap' }]);
    expect(actors('De staatssecretaris van Justitie en Veiligheid besluit in 2026.')).toEqual([
      { kind: 'government', name: 'staatssecretaris van Justitie en Veiligheid' },
      { kind: 'programme', slug: 'ministerie-van-justitie-en-veiligheid', name: 'Ministerie van Justitie en Veiligheid' },
    ]);
    expect(actors('Ook onderzoekt de staatssecretaris Rechtsbescherming dit in 2026.')).toEqual([{ kind: 'government', name: 'staatssecretaris Rechtsbescherming' }]);
    expect(actors('De betrokken ministeries VWS en JenV faciliteren dit in 2026.').map((a) => a.kind)).toEqual(['programme', 'programme']);
    expect(actors('De minister zal in 2026 een brief sturen.')).toEqual([{ kind: 'government', name: 'minister' }]);
  });

  it('does not count the kabinet, the regering or Nederland', () => {
    expect(actors('Het kabinet en de Nederlandse regering zetten in 2026 in, net als Nederland.')).toEqual([]);
  });
});

describe('commitmentExpression', () => {
  const dating = (s: string) => commitmentExpression(s, REF, findMentions(registry, s))?.matched;

  it('prefers a deadline, then the latest period', () => {
    expect(dating('Uiterlijk eind 2025 is er een plan, dat in 2026 wordt uitgevoerd.')).toBe('Uiterlijk eind 2025');
    expect(dating('De werkwijze wordt de tweede helft van 2025 getest en in 2026 uitgerold.')).toBe('in 2026');
  });

  it('skips a past or named date for a later plan in the same sentence', () => {
    expect(dating('Sinds 2016 werkt Nederland aan de Wmo 2015 en in 2026 volgt een evaluatie.')).toBe('in 2026');
    expect(dating('Het Onderzoeksprogramma aanpak huiselijk geweld en kindermishandeling 2024-2030 start vanaf 2026.')).toBe('vanaf 2026');
  });
});

describe('findCommitments', () => {
  const block = (text: string, page = 1) => ({ kind: 'paragraph' as const, text, page });
  const report: ParsedReport = {
    report: { slug: 'r', title: 'R', received: REF, pages: 2, source: 's', cover: [] },
    recommendations: [
      {
        id: 'r-01',
        topic: 'Onderwerp',
        articles: [3],
        pages: [1, 2],
        strength: [],
        line: 1,
        grevio: [block('GREVIO vraagt Nederland om in 2026 te starten.')],
        response: [
          block('Dit is een inleiding.'),
          { kind: 'list', style: 'lettered', page: 2, items: [{ label: 'a.', text: 'Geen datum.', page: 2 }, { label: 'b.', text: 'De wet[^1] treedt in 2026 in werking. Verder niets.', page: 2 }] },
        ],
      },
    ],
    footnotes: [{ number: 1, text: 'De evaluatie volgt in 2027.', page: 2, recommendation: 'r-01' }],
    corrections: [],
  };

  it('walks only the response, removes footnote markers and locates the sentence', () => {
    expect(findCommitments(report, registry)).toEqual([
      {
        id: 'r-01-a1-reactie-2-b-z1',
        recommendationId: 'r-01',
        articles: [3],
        page: 2,
        blockIndex: 1,
        itemIndex: 1,
        anchor: 'a1-reactie-2-b',
        sentence: 'De wet treedt in 2026 in werking.',
        sentenceStart: 0,
        sentenceEnd: 33,
        expression: { start: 14, end: 21, matched: 'in 2026', relation: 'in', period: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
        actors: [],
      },
    ]);
  });

  it('needs the date received to read relative dates', () => {
    expect(() => findCommitments({ ...report, report: { ...report.report, received: null } }, registry)).toThrow(/date received/);
  });
});
