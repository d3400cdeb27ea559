import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Block, ParsedReport } from '../../src/schema/report.ts';
import { SEED_SLUG, seedBytes } from './seed-path.ts';

const parsed: ParsedReport = parseReport(seedBytes(), { slug: SEED_SLUG, source: 'seeds/x.txt' }).report;
const recs = parsed.recommendations;

function allTexts(report: ParsedReport): string[] {
  const texts: string[] = report.recommendations.flatMap((r) => [r.topic, ...[...r.grevio, ...r.response].flatMap(blockTexts)]);
  return [...texts, ...report.footnotes.map((f) => f.text)];
}
function blockTexts(b: Block): string[] {
  return b.kind === 'paragraph' ? [b.text] : b.items.map((i) => i.text);
}
function blockStarting(prefix: string) {
  for (const r of recs) {
    for (const b of [...r.grevio, ...r.response]) {
      if (b.kind === 'paragraph' && b.text.startsWith(prefix)) return b;
      if (b.kind === 'list') for (const i of b.items) if (i.text.startsWith(prefix)) return i;
    }
  }
  throw new Error(`no block starts with ${prefix}`);
}

describe('the seed report', () => {
  it('has its cover title, date received and 33 pages', () => {
    expect(parsed.report.title).toBe(
      'Uitgebreide beleidsreactie van de Nederlandse overheid op de aanbevelingen uit de eerste thematische evaluatie van GREVIO, Building trust by delivering support, protection and justice',
    );
    expect(parsed.report.received).toBe('2025-07-10');
    expect(parsed.report.pages).toBe(33);
  });

  it('has 18 recommendations with their article lists in order', () => {
    expect(recs.map((r) => r.articles)).toEqual([[3], [7], [8], [11], [12], [14], [15], [16], [18], [20], [22], [25], [31], [48], [49, 50], [51], [52, 53], [56]]);
  });

  it('joins topics that wrap over indented and blank-separated lines', () => {
    expect(recs[11]!.topic).toBe('Ondersteuning voor slachtoffers van seksueel geweld');
    expect(recs[13]!.topic).toBe('Verbod op verplichte alternatieve geschilbeslechting of straftoemeting');
    expect(recs[14]!.topic).toBe('Algemene verplichtingen en onmiddellijke respons; preventie en bescherming');
    expect(recs[16]!.topic).toBe('Huisverbod, contactverboden en beschermingsbevelen');
  });

  it('prefixes every recommendation id with the report slug, uniquely', () => {
    const ids = recs.map((r) => r.id);
    expect(new Set(ids).size).toBe(18);
    for (const id of ids) expect(id.startsWith(`${SEED_SLUG}-`)).toBe(true);
  });

  it('reads footnotes 1 to 8 with their full text, page and recommendation', () => {
    expect(parsed.footnotes.map((f) => [f.number, f.page, recs.findIndex((r) => r.id === f.recommendation) + 1])).toEqual([
      [1, 2, 1], [2, 14, 8], [3, 19, 11], [4, 23, 13], [5, 28, 15], [6, 30, 17], [7, 31, 18], [8, 32, 18],
    ]);
    expect(parsed.footnotes[0]!.text).toBe('(EU) 2024/1385');
    expect(parsed.footnotes[3]!.text).toBe('Bijlage bij Kamerstukken II, 2024-2025, 28345, nr. 285.');
    expect(parsed.footnotes[4]!.text).toBe(
      'Huiselijk geweld | Rechtbank Rotterdam | Rechtspraak, zie hiervoor in paragraaf 37. https://www.rechtspraak.nl/Organisatie-en-contact/Organisatie/Rechtbanken/Rechtbank-Rotterdam/Regels-en-procedures/Paginas/huiselijk-geweld.aspx',
    );
    expect(parsed.footnotes[5]!.text).toBe(
      'Kleinjan – Van Zwet, M., Het tijdelijk huisverbod vanuit een nieuw perspectief, Analyse van de knelpunten en concrete voorstellen voor een verbeterde werkwijze van de Wet tijdelijk huisverbod, maart 2024. Zie Kamerstukken II, 2023-2024, 28345, nr. 278.',
    );
    expect(parsed.footnotes[6]!.text).toBe('https://zoek.officielebekendmakingen.nl/stb-2025-29.html');
  });

  it('writes each footnote reference as [^N] where the number was glued on', () => {
    const joined = allTexts(parsed).join('\n');
    for (const fragment of ['huiselijk geweld[^1] (hierna: EU-richtlijn)', 'onderzocht.[^2] En', 'vrouwenopvang.[^3] In', 'familierechtzaken.[^4] Een', 'huiselijk geweld[^5]. De', 'perspectief’[^6] worden', 'beschermd.[^7] Die', 'Slachtofferbeleid 2025-2028[^8]. De']) {
      expect(joined).toContain(fragment);
    }
    expect(joined.match(/\[\^\d+\]/g)).toHaveLength(8);
  });

  it('keeps a body line that starts with a number as body text', () => {
    expect(blockStarting('Hoewel Nederland slachtoffers').text).toContain('op 1 juli 2025 wordt de privacy');
  });

  it('leaves no extraction glitch in any text', () => {
    for (const text of allTexts(parsed)) {
      expect(text).not.toMatch(/ {2,}|\u00a0/);
      expect(text).not.toMatch(/(?<!\p{L})(\p{L}{4,})\1+(?!\p{L})/u);
      expect(text).not.toContain('Zedenrechercheurs zijn Zedenrechercheurs');
      expect(text).not.toMatch(/^ | $/);
    }
  });

  it('shows a duplicated URL line once, as the link of the paragraph it interrupts', () => {
    const block = blockStarting('Tot slot, kent de Nederlandse wetgeving');
    expect('links' in block && block.links).toEqual([
      'https://www.rechtspraak.nl/Voor-advocaten-en-juristen/Reglementen-procedures-en-formulieren/Strafrecht/Paginas/Orientatiepunten-voor-straftoemeting.aspx',
    ]);
    expect(block.text).toContain('in zaken waar het gaat om huiselijk geweld[^5].');
  });

  it('gives blocks the page where they start (checked by reading the seed)', () => {
    expect(recs[5]!.topic).toBe('Onderwijs');
    expect(recs[5]!.pages).toEqual([8, 11]);
    expect(blockStarting('Nederland zet breed in op preventie').page).toBe(7);
    expect(blockStarting('De staatssecretaris van Onderwijs').page).toBe(8);
    expect(blockStarting('gegevenscategorieën in de justitie').page).toBe(6);
    expect(blockStarting('Na een melding beoordeelt Veilig Thuis').page).toBe(17);
    expect(blockStarting('Slachtoffers hebben op grond van artikel 51b').page).toBe(32);
    expect(blockStarting('In de aanpak van huiselijk geweld en kindermishandeling wordt gewerkt').page).toBe(27);
    expect(recs[17]!.pages).toEqual([31, 33]);
  });

  it('keeps paragraphs and list items that run on across page breaks, blank lines and footnotes as one block', () => {
    expect(blockStarting('Daarnaast bereidt de Nederlandse regering').text).toContain('huiselijk geweld[^1] (hierna: EU-richtlijn). Het aanscherpen');
    expect(blockStarting('GREVIO stelt ook dat in de definitie').text).toContain('een sociaal construct is en niet gerelateerd is aan een locatie');
    expect(blockStarting('Nederland zet breed in op preventie').text).toContain('richt zich op het bevorderen van gendergelijkheid');
    expect(blockStarting('Veilig Thuis heeft een theoretisch kader').text).toContain('ontwikkeld, dat professionals handvatten biedt');
    expect(blockStarting('krachtiger op te treden').text).toContain('ten grondslag ligt aan de professionele praktijk');
  });

  it('reads lettered lists, dash bullets, numbered steps and GREVIO paragraph numbers', () => {
    const lists = recs.flatMap((r) => [...r.grevio, ...r.response]).filter((b) => b.kind === 'list');
    expect(lists.map((l) => `${l.style}:${l.items.map((i) => i.label).join('')}`)).toEqual([
      'lettered:a.b.c.d.e.', 'lettered:a.b.', 'lettered:a.b.c.d.', 'dash:-------', 'lettered:a.b.c.', 'lettered:a.b.c.',
      'lettered:a.b.c.d.', 'lettered:a.b.c.d.', 'numbered:(1).(2).(3).(4)', 'lettered:a.b.c.', 'lettered:a.b.c.d.', 'lettered:a.b.c.d.', 'lettered:a.b.c.',
    ]);
    const labelled = recs.flatMap((r) => r.grevio).filter((b) => b.kind === 'paragraph' && b.label);
    expect(labelled.map((b) => b.kind === 'paragraph' && [b.label, b.text.slice(0, 20)])).toEqual([
      ['29.', 'GREVIO dringt er bij'],
      ['42.', 'GREVIO spoort de Ned'],
    ]);
  });

  it("records GREVIO's graded wording per paragraph and per recommendation, strongest first", () => {
    expect(recs.map((r) => r.strength.join('+'))).toEqual([
      'urges', 'encourages', 'strongly-encourages', 'urges', 'encourages', 'strongly-encourages+encourages', 'urges', 'encourages',
      'urges+strongly-encourages+encourages', 'strongly-encourages', 'urges', 'strongly-encourages', 'strongly-encourages',
      'urges+strongly-encourages', 'urges+strongly-encourages+invites', 'strongly-encourages', 'urges+strongly-encourages', 'strongly-encourages',
    ]);
    expect(recs.flatMap((r) => r.response).some((b) => b.kind === 'paragraph' && b.strength)).toBe(false);
  });

  it('logs every repair with its line and rule', () => {
    const rules = new Set(parsed.corrections.map((c) => c.rule));
    expect([...rules].sort()).toEqual(['collapse-spaces', 'drop-duplicate-url-line', 'drop-repeated-phrase', 'join-hyphenated-line-break', 'undo-fake-bold']);
    expect(parsed.corrections.filter((c) => c.rule === 'undo-fake-bold').map((c) => [c.line, c.before, c.after])).toEqual([
      [648, 'gendersensitiefgendersensitief', 'gendersensitief'],
      [828, 'personenpersonenpersonen', 'personen'],
      [1177, 'werkenwerkenwerkenwerken', 'werken'],
      [1189, 'werkenwerkenwerkenwerken', 'werken'],
    ]);
    expect(parsed.corrections.find((c) => c.rule === 'drop-repeated-phrase')).toMatchObject({ line: 1188, after: 'speciaal opgeleide politiemedewerkers en' });
  });
});
