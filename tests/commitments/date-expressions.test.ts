/**
 * Dutch date expressions → the period they mean, with the seed's reference date (received
 * 10 July 2025). Each row also says whether the sentence is a dated commitment
 * (commitmentExpression), so titles, past facts and "sinds" sit next to the plans they resemble.
 * The conventions checked here are documented in src/commitments/date-expressions.ts.
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions, type Precision, type Relation } from '../../src/commitments/date-expressions.ts';
import { commitmentExpression } from '../../src/commitments/find-commitments.ts';
import { findMentions } from '../../src/programmes/find-mentions.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';

const REF = '2025-07-10';
const registry = loadRegistry();

type Row = [text: string, matched: string, relation: Relation, start: string, end: string, precision: Precision, commitment: boolean];

const ROWS: Row[] = [
  // Days
  ['De wet treedt uiterlijk 14 juni 2027 in werking.', 'uiterlijk 14 juni 2027', 'by', '2027-06-14', '2027-06-14', 'day', true],
  ['De wet treedt uiterlijk\u00a014\u00a0juni\u00a02027 in werking.', 'uiterlijk\u00a014\u00a0juni\u00a02027', 'by', '2027-06-14', '2027-06-14', 'day', true],
  ['De regeling moet vóór 1 januari 2026 zijn aangepast.', 'vóór 1 januari 2026', 'by', '2025-12-31', '2025-12-31', 'day', true],
  ['Gemeenten stellen voor 1 januari 2026 een regeling op.', 'voor 1 januari 2026', 'by', '2025-12-31', '2025-12-31', 'day', true],
  ['De regeling geldt per 1 januari 2026.', 'per 1 januari 2026', 'from', '2026-01-01', '2026-01-01', 'day', true],
  ['Met ingang van 1 juli 2026 geldt de nieuwe norm.', 'Met ingang van 1 juli 2026', 'from', '2026-07-01', '2026-07-01', 'day', true],
  ['Met de nieuwe wet op 1 juli 2025 wordt de privacy beter beschermd.', 'op 1 juli 2025', 'in', '2025-07-01', '2025-07-01', 'day', false],
  // Months and parts of months
  ['De handreiking komt in juni 2026 beschikbaar.', 'in juni 2026', 'in', '2026-06-01', '2026-06-30', 'month', true],
  ['Het rapport verschijnt in JUNI 2026.', 'in JUNI 2026', 'in', '2026-06-01', '2026-06-30', 'month', true],
  ['De staatssecretaris stuurde in juni 2025 de nota naar de Kamer.', 'in juni 2025', 'in', '2025-06-01', '2025-06-30', 'month', false],
  ['De evaluatie volgt eind juni 2026.', 'eind juni 2026', 'in', '2026-06-21', '2026-06-30', 'part', true],
  ['De pilot start begin maart 2026.', 'begin maart 2026', 'in', '2026-03-01', '2026-03-10', 'part', true],
  // Quarters and halves
  ['Het streven is dat de alliantie in het eerste kwartaal van 2026 van start gaat.', 'in het eerste kwartaal van 2026', 'in', '2026-01-01', '2026-03-31', 'quarter', true],
  ['Het besluit volgt in Q1 2026.', 'in Q1 2026', 'in', '2026-01-01', '2026-03-31', 'quarter', true],
  ['De resultaten volgen in het derde kwartaal van volgend jaar.', 'in het derde kwartaal van volgend jaar', 'in', '2026-07-01', '2026-09-30', 'quarter', true],
  ['Het rapport verschijnt dit kwartaal.', 'dit kwartaal', 'in', '2025-07-01', '2025-09-30', 'quarter', true],
  ['De werkwijze wordt de tweede helft van 2025 getest.', 'de tweede helft van 2025', 'in', '2025-07-01', '2025-12-31', 'half', true],
  ['Het besluit wordt in de eerste helft van 2026 genomen.', 'in de eerste helft van 2026', 'in', '2026-01-01', '2026-06-30', 'half', true],
  ['De strategie moet in het eerste half jaar van 2026 gereed zijn.', 'in het eerste half jaar van 2026', 'in', '2026-01-01', '2026-06-30', 'half', true],
  // Seasons (zomer = the summer recess, July–August)
  ['Het onderzoek wordt in het najaar van 2025 afgerond.', 'in het najaar van 2025', 'in', '2025-09-01', '2025-11-30', 'season', true],
  ['Het onderzoek is in het najaar van 2025 afgerond.', 'in het najaar van 2025', 'in', '2025-09-01', '2025-11-30', 'season', false],
  ['Het kabinet stuurt de brief voor de zomer naar de Kamer.', 'voor de zomer', 'by', '2026-06-30', '2026-06-30', 'season', true],
  ['De brief gaat voor de zomer van 2025 naar de Kamer.', 'voor de zomer van 2025', 'by', '2025-06-30', '2025-06-30', 'season', false],
  ['In de zomer worden de resultaten verwacht.', 'In de zomer', 'in', '2025-07-01', '2025-08-31', 'season', true],
  ['Na de zomer volgt een besluit.', 'Na de zomer', 'in', '2025-09-01', '2025-10-31', 'season', true],
  ['Komend najaar volgt een brief.', 'Komend najaar', 'in', '2025-09-01', '2025-11-30', 'season', true],
  ['Komende zomer start de campagne.', 'Komende zomer', 'in', '2026-07-01', '2026-08-31', 'season', true],
  ['In het voorjaar verschijnt de monitor.', 'In het voorjaar', 'in', '2026-03-01', '2026-05-31', 'season', true],
  ['De evaluatie volgt in het najaar.', 'in het najaar', 'in', '2025-09-01', '2025-11-30', 'season', true],
  ['Deze winter start de campagne.', 'Deze winter', 'in', '2025-12-01', '2026-02-28', 'season', true],
  // Parts of a year (begin = Q1, medio = May–August, eind = Q4)
  ['De handreiking is eind 2026 klaar.', 'eind 2026', 'in', '2026-10-01', '2026-12-31', 'part', true],
  ['De resultaten worden eind dit jaar verwacht.', 'eind dit jaar', 'in', '2025-10-01', '2025-12-31', 'part', true],
  ['De wet treedt medio 2026 in werking.', 'medio 2026', 'in', '2026-05-01', '2026-08-31', 'part', true],
  ['De pilot start begin 2026.', 'begin 2026', 'in', '2026-01-01', '2026-03-31', 'part', true],
  ['De Kamer wordt later dit jaar geïnformeerd.', 'later dit jaar', 'in', '2025-07-11', '2025-12-31', 'part', true],
  ['Er wordt tot en met eind 2026 gewerkt aan een handreiking.', 'tot en met eind 2026', 'by', '2026-10-01', '2026-12-31', 'part', true],
  ['Het WODC verkent vanaf eind 2025 de mogelijkheden.', 'vanaf eind 2025', 'from', '2025-10-01', '2025-12-31', 'part', true],
  // Years, relative years, "voor" as "for"
  ['De evaluatie volgt in 2025.', 'in 2025', 'in', '2025-01-01', '2025-12-31', 'year', true],
  ['De wet wordt in de loop van 2026 ingevoerd.', 'in de loop van 2026', 'in', '2026-01-01', '2026-12-31', 'year', true],
  ['Het ministerie investeert dit jaar in scholing.', 'dit jaar', 'in', '2025-01-01', '2025-12-31', 'year', true],
  ['Vanaf volgend jaar worden de factsheets gepubliceerd.', 'Vanaf volgend jaar', 'from', '2026-01-01', '2026-12-31', 'year', true],
  ['Het kabinet besluit daarover volgend jaar.', 'volgend jaar', 'in', '2026-01-01', '2026-12-31', 'year', true],
  ['Vorig jaar is de wet aangenomen.', 'Vorig jaar', 'in', '2024-01-01', '2024-12-31', 'year', false],
  ['Het plan moet vóór 2026 klaar zijn.', 'vóór 2026', 'by', '2025-12-31', '2025-12-31', 'day', true],
  ['Er komen extra middelen voor 2026.', '2026', 'in', '2026-01-01', '2026-12-31', 'year', true],
  ['De regeling loopt tot 2027.', 'tot 2027', 'by', '2026-12-31', '2026-12-31', 'day', true],
  ['De pilot start na 2026.', 'na 2026', 'from', '2027-01-01', '2027-01-01', 'day', true],
  ['In 2023 had Nederland 1024 opvangplaatsen.', 'In 2023', 'in', '2023-01-01', '2023-12-31', 'year', false],
  // Ranges
  ['Het ministerie financiert de monitor voor de periode van 2025 tot en met 2029.', 'van 2025 tot en met 2029', 'in', '2025-01-01', '2029-12-31', 'years', true],
  ['De pilots lopen van 2026 tot 2028.', 'van 2026 tot 2028', 'in', '2026-01-01', '2027-12-31', 'years', true],
  // Non-commitments: the past, "sinds", names, titles
  ['Sinds 2016 is het verdrag van kracht.', 'Sinds 2016', 'since', '2016-01-01', '2016-12-31', 'year', false],
  ['Ook bestaat sinds 2012 het platform slachtofferwijzer.nl.', 'sinds 2012', 'since', '2012-01-01', '2012-12-31', 'year', false],
  ['In 2019 is gestart met de monitor.', 'In 2019', 'in', '2019-01-01', '2019-12-31', 'year', false],
  ['In 2025 is de monitor Veilige Opvang gepubliceerd.', 'In 2025', 'in', '2025-01-01', '2025-12-31', 'year', false],
  ['Veilig Thuis heeft in september 2025 een platform gelanceerd.', 'in september 2025', 'in', '2025-09-01', '2025-09-30', 'month', false],
  ['Dit gebeurt met mediaberichten vanaf 2014.', 'vanaf 2014', 'from', '2014-01-01', '2014-12-31', 'year', false],
  ['De taak ligt bij gemeenten, conform de Wmo 2015.', '2015', 'in', '2015-01-01', '2015-12-31', 'year', false],
  ['Het Nationaal Actieprogramma 2024-2027 loopt door.', '2024-2027', 'in', '2024-01-01', '2027-12-31', 'years', false],
  ['De Agenda 2023–2026 wordt uitgevoerd.', '2023–2026', 'in', '2023-01-01', '2026-12-31', 'years', false],
  ['Zie de nieuwe Meerjarenagenda Slachtofferbeleid 2025-2028.', '2025-2028', 'in', '2025-01-01', '2028-12-31', 'years', false],
  ['Het plan Samen sterk (2026) bevat maatregelen.', '2026', 'in', '2026-01-01', '2026-12-31', 'year', false],
  ['De campagne “Veilig 2030” start binnenkort.', '2030', 'in', '2030-01-01', '2030-12-31', 'year', false],
];

describe('findDateExpressions (reference 10 July 2025)', () => {
  it('has a table of at least 40 expressions', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('%s → %s', (text, matched, relation, start, end, precision, commitment) => {
    const found = findDateExpressions(text, REF);
    expect(found.map((e) => e.matched)).toEqual([matched]);
    const [e] = found;
    expect(e).toMatchObject({ matched, relation, period: { start, end, precision } });
    expect(text.slice(e!.start, e!.end)).toBe(matched);
    const dating = commitmentExpression(text, REF, findMentions(registry, text));
    expect(dating?.matched, commitment ? 'a dated commitment' : 'not a commitment').toBe(commitment ? matched : undefined);
  });

  it.each([
    'Hier zet Nederland de komende jaren verder op in.',
    'Afgelopen jaren heeft het kabinet stappen gezet.',
    'De resultaten volgen binnenkort, op korte termijn, in deze periode.',
    'De statistieken van het afgelopen jaar.',
    'Op 1 juli werd de wet van kracht.',
    'Richtlijn (EU) 2024/1385 en Stb. stb-2025-29, aanwijzing 2024A001, nummer 20288.',
    'Er zijn 1024 plaatsen, één per 17.500 inwoners, 1780 nodig.',
    'Dit is het begin van de procedure; het jaarverslag en de jaarlijkse cijfers.',
  ])('finds no period in %s', (text) => {
    expect(findDateExpressions(text, REF)).toEqual([]);
  });

  it('resolves relative terms against the reference, never the clock', () => {
    const at = (text: string, ref: string) => findDateExpressions(text, ref).map((e) => [e.period.start, e.period.end]);
    expect(at('eind dit jaar', '2031-03-01')).toEqual([['2031-10-01', '2031-12-31']]);
    expect(at('volgend jaar', '2019-12-31')).toEqual([['2020-01-01', '2020-12-31']]);
    // Before the recess "voor de zomer" is this year's; once it has started, next year's.
    expect(at('voor de zomer', '2025-06-01')).toEqual([['2025-06-30', '2025-06-30']]);
    expect(at('voor de zomer', '2025-07-10')).toEqual([['2026-06-30', '2026-06-30']]);
    expect(at('het volgende kwartaal', '2025-11-15')).toEqual([['2026-01-01', '2026-03-31']]);
    expect(at('later dit jaar', '2025-12-31')).toEqual([['2025-12-31', '2025-12-31']]);
  });

  it('finds several expressions in text order, each with its own relation word', () => {
    const text = 'Het rapport is uit 2023; sinds 2016 loopt het programma en tot en met 2029 wordt vanaf 2026 verder gewerkt.';
    expect(findDateExpressions(text, REF).map((e) => [e.matched, e.relation])).toEqual([
      ['2023', 'in'],
      ['sinds 2016', 'since'],
      ['tot en met 2029', 'by'],
      ['vanaf 2026', 'from'],
    ]);
  });

  it('does not take "Tot slot" or a far-off word as a relation word', () => {
    expect(findDateExpressions('Tot slot investeert het ministerie dit jaar in scholing.', REF).map((e) => e.matched)).toEqual(['dit jaar']);
  });

  it('rejects a reference that is not YYYY-MM-DD', () => {
    expect(() => findDateExpressions('in 2026', '10 juli 2025')).toThrow(/YYYY-MM-DD/);
  });
});
