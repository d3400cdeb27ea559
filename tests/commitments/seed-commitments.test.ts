/**
 * Every dated commitment in the seed's responses, checked by hand.
 *
 * The seed is parsed in-process (tests/programmes/seed-report.ts), as the other unit tests do:
 * content/generated/ is build output, git-ignored and absent before a first `npm run ingest`. Its
 * recommendations and footnotes are what ingest writes to content/generated/reports/*.json (only
 * the sidecar's facts about the report are added there), and the parse is validated here with the
 * same parsedReportSchema.
 *
 * How the table was made: every response sentence with a date expression was printed and read
 * (37 sentences in the responses; GREVIO's text and the footnotes are not walked). The 16 below are
 * plans with a date that is not over on 10 July 2025; the rejected ones are listed under "not a
 * commitment" with the reason.
 */
import { describe, expect, it } from 'vitest';
import { findCommitments, type Commitment } from '../../src/commitments/find-commitments.ts';
import { anchorOf } from '../../src/mdx/anchor-ids.ts';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { withoutFootnoteMarkers } from '../../src/schema/footnote-marker.ts';
import { parsedReportSchema } from '../../src/schema/report.ts';
import { recNo, seedReport } from '../programmes/seed-report.ts';

const report = parsedReportSchema.parse(seedReport());
const registry = loadRegistry();
const commitments = findCommitments(report, registry);

type Expected = [rec: number, articles: number[], pages: string, anchor: string, matched: string, relation: string, period: string, precision: string, actors: string[]];

const row = (c: Commitment): Expected => [
  recNo(c.recommendationId),
  c.articles,
  c.endPage ? `${c.page}-${c.endPage}` : String(c.page),
  c.anchor,
  c.expression.matched,
  c.expression.relation,
  `${c.expression.period.start}..${c.expression.period.end}`,
  c.expression.period.precision,
  c.actors.map((a) => (a.kind === 'programme' ? a.slug : `government: ${a.name}`)),
];

const EXPECTED: Expected[] = [
  [1, [3], '3', 'a1-reactie-4', 'uiterlijk 14 juni 2027', 'by', '2027-06-14..2027-06-14', 'day', []],
  [3, [8], '5', 'a3-reactie-2', 'Vanaf volgend jaar', 'from', '2026-01-01..2026-12-31', 'year', ['cbs']],
  [6, [14], '11', 'a6-reactie-9', 'dit jaar', 'in', '2025-01-01..2025-12-31', 'year', ['ministerie-van-ocw']],
  [7, [15], '12', 'a7-reactie-4', 'in het eerste half jaar van 2026', 'in', '2026-01-01..2026-06-30', 'half', []],
  [8, [16], '13-14', 'a8-reactie-2', 'vanaf eind 2025', 'from', '2025-10-01..2025-12-31', 'part', ['wodc']],
  [8, [16], '14', 'a8-reactie-3', 'vanaf 2026', 'from', '2026-01-01..2026-12-31', 'year', ['wodc']],
  [8, [16], '14', 'a8-reactie-4', 'in het eerste kwartaal van 2026', 'in', '2026-01-01..2026-03-31', 'quarter', []],
  [10, [20], '16', 'a10-reactie-1', 'in 2026', 'in', '2026-01-01..2026-12-31', 'year', []],
  [11, [22], '19-20', 'a11-reactie-7', 'in 2026', 'in', '2026-01-01..2026-12-31', 'year', []],
  [16, [51], '28', 'a16-reactie-2', 'eind dit jaar', 'in', '2025-10-01..2025-12-31', 'part', []],
  [16, [51], '29', 'a16-reactie-5', 'van 2025 tot en met 2029', 'in', '2025-01-01..2029-12-31', 'years', ['ministerie-van-justitie-en-veiligheid']],
  [16, [51], '29', 'a16-reactie-5', 'vanaf 2025', 'from', '2025-01-01..2025-12-31', 'year', ['universiteit-leiden']],
  [17, [52, 53], '30-31', 'a17-reactie-2', 'in januari 2026', 'in', '2026-01-01..2026-01-31', 'month', []],
  [17, [52, 53], '31', 'a17-reactie-3', 'tot en met eind 2026', 'by', '2026-10-01..2026-12-31', 'part', []],
  [18, [56], '33', 'a18-reactie-6', 'de tweede helft van 2025', 'in', '2025-07-01..2025-12-31', 'half', []],
  [18, [56], '33', 'a18-reactie-6', 'in de eerste helft van 2026', 'in', '2026-01-01..2026-06-30', 'half', []],
];

/** The sentences, in the same order: what a reader sees quoted. */
const SENTENCES = [
  'De aangepaste wetgeving dient uiterlijk 14 juni 2027 in werking te zijn getreden, conform de EU-richtlijn.',
  'Vanaf volgend jaar worden ook de factsheets brede welvaart van het CBS op Verantwoordingsdag gepubliceerd.',
  'Tot slot investeert het ministerie van OCW dit jaar in gerichte deskundigheidsbevordering van onderwijsprofessionals.',
  'De nieuwe strategie moet in het eerste half jaar van 2026 gereed zijn.',
  'Het Wetenschappelijk Onderzoek- en Datacentrum (hierna: WODC) verkent vanaf eind 2025 de mogelijkheid om de BORG-gedragstraining, die door de reclassering wordt ingezet voor verdachten en veroordeelde daders van partnergeweld, ook buiten strafrechtelijk kader in te zetten, bijvoorbeeld ook nadat Veilig Thuis een melding heeft ontvangen of als de burgemeester een tijdelijk huisverbod inzet.',
  'En als onderdeel van het Onderzoeksprogramma aanpak huiselijk geweld en kindermishandeling 2024-2030 zal het WODC naar verwachting vanaf 2026 de ervaringen van daders en hun partners/familie met de forensische zorg en de effectiviteit van forensische behandelprogramma’s op de recidive van daders onderzoeken.',
  'Het streven is dat de mannenalliantie in het eerste kwartaal van 2026 van start gaat.',
  'Specifiek bij huisvesting na verblijf in de vrouwenopvang is de Wet versterking regie volkshuisvesting relevant, die naar verwachting in 2026 in werking treedt.',
  'Naar verwachting wordt in 2026 gestart met de uitvoering van deze maatregelen.',
  'De resultaten worden eind dit jaar verwacht.',
  'Tot slot, het ministerie van Justitie en Veiligheid financiert de Universiteit Leiden voor het opzetten van de Nederlandse Femicide Monitor voor de periode van 2025 tot en met 2029.',
  'De Universiteit Leiden publiceert vanaf 2025 jaarlijks over de statistieken van het afgelopen jaar.',
  'De pilots starten in januari 2026 in vier regio’s.',
  'Er wordt tot en met eind 2026 gewerkt aan een handreiking voor professionals voor een betere inzet van het tijdelijk huisverbod.',
  'De werkwijze wordt de tweede helft van 2025 getest in de regio’s Den Haag en Oost-Brabant, zodat kan worden vastgesteld of dit ook de gewenste verbetering oplevert voor slachtoffers.',
  'Op basis van de resultaten wordt in de eerste helft van 2026 een besluit genomen over landelijke uitrol.',
];

/**
 * Response sentences with a date that are not commitments, by a distinctive piece of each and why.
 * Dates in names ("Wmo 2015", "Meerjarenagenda Slachtofferbeleid 2025-2028", the
 * Onderzoeksprogramma's "2024-2030") and publication years in brackets ("Stop femicide! (2024)",
 * "(Visser et al., …, 2023)") are left out too; the ones below read most like plans.
 */
const NOT_COMMITMENTS: Array<[fragment: string, why: string]> = [
  ['Het onderzoek is in het najaar van 2025 afgerond', 'perfect tense: reported as done, though autumn 2025 is after the report date'],
  ['Veilig Thuis heeft in september 2025 een nieuw online platform gelanceerd', 'perfect tense, likewise'],
  ['In 2025 is de monitor Veilige Opvang van Valente en de VNG gepubliceerd', 'perfect tense: a fact of the report year'],
  ['heeft Nederland in 2019 de Impactmonitor', 'past: 2019'],
  ['Een belangrijke verbetering uit 2024', 'past: 2024'],
  ['stuurde in juni 2025 de nieuwe Emancipatienota', 'past: June 2025, and simple past'],
  ['In 2023 had Nederland 1024 opvangplaatsen', 'past: 2023'],
  ['op 1 juli 2025 wordt de privacy van slachtoffers beter beschermd', 'over: 1 July 2025 is before 10 July 2025'],
  ['Sinds de inwerkingtreding van het Verdrag van Istanbul op 1 maart 2016', 'past: 2016'],
  ['Ook bestaat sinds 2012 het platform slachtofferwijzer.nl', 'sinds'],
  ['mediaberichten vanaf 2014', 'a start in 2014: a continuing state'],
  ['uit 2023 bevat doelstellingen', 'past: 2023'],
  ['Hier zet Nederland de komende jaren verder op in', '"de komende jaren" names no period'],
  ['conform de Wmo 2015', 'a name'],
  ['Meerjarenagenda Slachtofferbeleid 2025-2028', 'a name'],
];

describe('findCommitments on the seed (received 10 July 2025)', () => {
  it('finds exactly the 16 hand-checked commitments, in report order', () => {
    expect(commitments.map(row)).toEqual(EXPECTED);
    expect(commitments.map((c) => c.sentence)).toEqual(SENTENCES);
  });

  it('includes the deadline of the EU directive on page 3, article 3', () => {
    const deadline = commitments.find((c) => c.expression.matched === 'uiterlijk 14 juni 2027');
    expect(deadline).toMatchObject({ articles: [3], page: 3, expression: { relation: 'by', period: { start: '2027-06-14', end: '2027-06-14', precision: 'day' } } });
  });

  it.each(NOT_COMMITMENTS)('does not take "%s" (%s)', (fragment) => {
    const sentence = report.recommendations
      .flatMap((r) => r.response)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items.map((i) => i.text)))
      .map(withoutFootnoteMarkers)
      .find((t) => t.includes(fragment));
    expect(sentence, 'the fragment is in a response').toBeDefined();
    expect(commitments.filter((c) => c.sentence.includes(fragment))).toEqual([]);
  });

  it('quotes each sentence from its own response passage, markers removed, at its offsets', () => {
    for (const c of commitments) {
      const rec = report.recommendations.find((r) => r.id === c.recommendationId)!;
      const block = rec.response[c.blockIndex]!;
      const text = withoutFootnoteMarkers(block.kind === 'paragraph' ? block.text : block.items[c.itemIndex!]!.text);
      expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      expect(c.sentence.slice(c.expression.start, c.expression.end)).toBe(c.expression.matched);
      expect(c.anchor).toBe(anchorOf(rec, { part: 'response', blockIndex: c.blockIndex, ...(c.itemIndex === undefined ? {} : { itemIndex: c.itemIndex }) }));
    }
  });

  it('gives every commitment a distinct id made of its passage anchor and sentence number', () => {
    expect(new Set(commitments.map((c) => c.id)).size).toBe(commitments.length);
    expect(commitments[0]!.id).toBe('2025-07-10-nl-beleidsreactie-grevio-thematisch-01-a1-reactie-4-z4');
  });

  it('is deterministic', () => {
    expect(findCommitments(report, registry)).toEqual(commitments);
  });
});
