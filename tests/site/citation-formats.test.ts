/**
 * The RIS, BibTeX and CSL-JSON files, read back by citation-js (what Zotero-like importers run)
 * and compared with the CitableReport they were written from.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { citableReport, type CitableReport } from '../../src/site/citable-report';
import { toBibtex, toCslJson, toRis } from '../../src/site/citation-formats';
import { loadFixtureReport } from './write-fixture-content';

/** The part of a CSL item these tests read. */
interface CslName {
  literal?: string;
  family?: string;
  given?: string;
}
interface CslItem {
  id?: string;
  'citation-key'?: string;
  type?: string;
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts'?: number[][] };
  publisher?: string;
  URL?: string;
  language?: string;
  page?: string;
  'number-of-pages'?: string | number;
  note?: string;
  abstract?: string;
}

// citation-js ships no types; loaded through require so the plugins register on the same core.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: CslItem[] } };
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');

const parse = (text: string): CslItem[] => new Cite(text).data;
const FORMATS = { ris: toRis, bibtex: toBibtex, csl: toCslJson } as const;

function only(items: CslItem[]): CslItem {
  expect(items).toHaveLength(1);
  return items[0]!;
}

/** One name, as citation-js gives it back: a literal (RIS, CSL) or a family name (braced BibTeX). */
function institution(item: CslItem): string | undefined {
  expect(item.author).toHaveLength(1);
  const [name] = item.author!;
  expect(name?.given).toBeUndefined();
  return name?.literal ?? name?.family;
}

function expectedDateParts(received: string | null): number[][] | undefined {
  return received === null ? undefined : [received.split('-').map(Number)];
}

const sampleParsed = loadFixtureReport('sample-report');
const sample = citableReport(sampleParsed, {
  page: `https://example.org/sub/rapporten/${sampleParsed.report.slug}/`,
  text: `https://example.org/sub/rapporten/${sampleParsed.report.slug}/bron.txt`,
});
const hostileFixture = citableReport(loadFixtureReport('hostile-report'), { page: '/rapporten/hostile-fixture/', text: '/rapporten/hostile-fixture/bron.txt' });

/** Every BibTeX special, LaTeX ligatures, markup and XML/CDATA ends, on one line. */
const HOSTILE_LINE = 'Wet {x} & 100% _y_ \\ $ # ~ ^ } { -- --- \'\'a\'\' ``b`` <<c>> ?` <script>alert("x")</script> ]]> \'q\' "d" \\textbf{z} @';
const byHand: CitableReport = {
  slug: 'hand-2024-03-05',
  title: HOSTILE_LINE,
  author: 'Ministerie van Justitie & Veiligheid {JenV} and 50% _x_',
  received: '2024-03-05',
  pages: 12,
  language: 'nl',
  url: 'https://example.org/rapporten/hand_2024%20x/?a=1&b=2#c',
  pdfUrl: 'https://example.org/a.pdf',
  textUrl: 'https://example.org/rapporten/hand/bron.txt',
  answers: { title: 'GREVIO-rapport {2024} & 100% _klaar_', url: 'https://rm.coe.int/x' },
  summary: 'Een samenvatting met } en { en \\ en %.',
};

describe.each([
  ['sample fixture', sample],
  ['hostile fixture', hostileFixture],
  ['hostile report by hand', byHand],
])('%s', (_label, report) => {
  it.each(Object.entries(FORMATS))('%s comes back with its title, author, date and URL', (_format, write) => {
    const item = only(parse(write(report)));
    expect(item.type).toBe('report');
    expect(item.title).toBe(report.title);
    expect(institution(item)).toBe(report.author);
    expect(item.publisher).toBe(report.author);
    expect(item.issued?.['date-parts']).toEqual(expectedDateParts(report.received));
    expect(item.URL).toBe(report.url);
    expect(item.language).toBe(report.language);
  });

  it('RIS gives the page range and the summary', () => {
    const item = only(parse(toRis(report)));
    expect(item.page).toBe(`1-${report.pages}`);
    expect(item.note).toContain(report.summary);
    if (report.answers) expect(item.note).toContain(report.answers.title);
  });

  it('BibTeX gives the key from the slug, the page count, summary and the GREVIO document', () => {
    const item = only(parse(toBibtex(report)));
    expect(item['citation-key']).toBe(report.slug);
    expect(Number(item['number-of-pages'])).toBe(report.pages);
    expect(item.abstract).toBe(report.summary);
    expect(item.note).toBe(report.answers ? `Reactie op: ${report.answers.title}` : undefined);
  });

  it('CSL-JSON is one report with a literal author, page count and the GREVIO document', () => {
    const text = toCslJson(report);
    const raw = JSON.parse(text) as CslItem[];
    expect(raw).toHaveLength(1);
    expect(raw[0]?.author).toEqual([{ literal: report.author }]);
    const item = only(parse(text));
    expect(item.id).toBe(report.slug);
    expect(item['number-of-pages']).toBe(report.pages);
    expect(item.abstract).toBe(report.summary);
    if (report.answers) expect(item.note).toContain(report.answers.title);
    else expect(item.note).toBeUndefined();
  });
});

describe('values that would break the syntax', () => {
  // A line break inside the title followed by text that looks like the next RIS tag / the end
  // of the record: no format can keep a line break in a one-line field, so it becomes a space.
  const broken: CitableReport = {
    ...byHand,
    title: `${HOSTILE_LINE}\nER  - \nTY  - JOUR\n}, title = {nep`,
    author: 'Nederlandse\noverheid',
    summary: 'Eerste regel\r\nN1  - tweede regel',
  };
  const expectedTitle = `${HOSTILE_LINE} ER - TY - JOUR }, title = {nep`;

  it.each(Object.entries(FORMATS))('%s: a line break starts no new tag or record', (_format, write) => {
    const item = only(parse(write(broken)));
    expect(item.title).toBe(expectedTitle);
    expect(institution(item)).toBe('Nederlandse overheid');
    expect(item.URL).toBe(broken.url);
    expect(item.issued?.['date-parts']).toEqual([[2024, 3, 5]]);
  });

  it('RIS is LF-only, every line a tag, one TY and one ER', () => {
    const text = toRis(broken);
    expect(text).not.toContain('\r');
    const lines = text.replace(/\n$/, '').split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - RPRT']);
    expect(lines.filter((l) => l.startsWith('ER  - '))).toEqual(['ER  - ']);
    expect(lines.at(-1)).toBe('ER  - ');
  });

  it('BibTeX braces balance, so no value ends its field', () => {
    const text = toBibtex(broken);
    // Count unescaped braces only: an escaped one is text.
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    expect(only(parse(text)).abstract).toBe('Eerste regel N1 - tweede regel');
  });

  it('control characters are dropped, not written', () => {
    const item = only(parse(toRis({ ...byHand, title: 'a\u0000b\u0007c\u001bd' })));
    expect(item.title).toBe('abcd');
  });
});

describe('a report without a date of receipt', () => {
  const undated: CitableReport = { ...byHand, received: null, answers: undefined };
  it.each(Object.entries(FORMATS))('%s has no issued date and still parses', (_format, write) => {
    const item = only(parse(write(undated)));
    expect(item.issued).toBeUndefined();
    expect(item.title).toBe(undated.title);
  });
});
