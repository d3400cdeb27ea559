/**
 * The open data exports (issue #14): every passage's text round-trips through the CSVs and the
 * XLSX, formulas stay inert, and the JSON keeps to its published schema without internal fields.
 * Expected values are derived here from the fixtures, not from the exporter.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorOf, articlePageAnchor, recommendationAnchor } from '../../src/mdx/anchor-ids';
import type { TextLocation } from '../../src/programmes/report-texts';
import { describeFields, openDataJsonSchema, openDataSchema, passageRowSchema, recommendationArticleRowSchema } from '../../src/schema/open-data';
import { parsedReportSchema, type ParsedReport } from '../../src/schema/report';
import { quotedText } from '../../src/schema/footnote-marker';
import {
  COMMITMENT_COLUMNS,
  PASSAGE_COLUMNS,
  RECOMMENDATION_ARTICLE_COLUMNS,
  commitmentRows,
  datasetInfo,
  neutraliseFormula,
  openData,
  passageRows,
  recommendationArticleRows,
  siteUrls,
  toCsv,
  toJson,
  toXlsx,
  xlsxString,
} from '../../src/site/open-data';
import { loadRegistry } from '../../src/programmes/load-registry';
import { siteCommitments } from '../../src/site/commitments';
import { seedReport } from '../programmes/seed-report';
import { readCsv } from './read-csv';
import { hostileStringsReport, loadFixtureReport } from './write-fixture-content';

const SITE = 'https://example.org';
const BUILD = { version: '9.8.7', date: '2026-03-04' };
const urls = siteUrls(SITE);
const ROOT = path.resolve(import.meta.dirname, '../..');
const packageVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const COLUMNS = ['rapport', 'rapport_datum', 'aanbeveling', 'onderwerp', 'artikelen', 'onderdeel', 'label', 'formulering', 'pagina', 'pagina_tot', 'tekst', 'url'];
/** The column of the passage's text. */
const TEXT = COLUMNS.indexOf('tekst');
/** OWASP's formula triggers: the documented rule, restated here. */
const TRIGGER = /^[=+\-@\t\r]/;
/** Undoes the documented neutralisation: one `'` off, only where the rest starts with a trigger. */
const unneutralise = (cell: string) => (cell.startsWith("'") && TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell);
/** `[^N]` → `[N]`, as the export writes a footnote reference. */
const plain = (text: string) => text.replace(/\[\^(\d+)\]/g, '[$1]');

/** Every passage of a report as the tests expect it, walked from the parsed report itself. */
interface Expected {
  slug: string;
  number: number;
  topic: string;
  part: 'GREVIO' | 'reactie' | 'voetnoot';
  label: string;
  text: string;
  page: number;
  location: TextLocation;
  recId: string;
}
function expectedPassages(parsed: ParsedReport): Expected[] {
  const out: Expected[] = [];
  parsed.recommendations.forEach((rec, i) => {
    const base = { slug: parsed.report.slug, number: i + 1, topic: rec.topic, recId: rec.id };
    for (const part of ['grevio', 'response'] as const) {
      rec[part].forEach((block, blockIndex) => {
        const name = part === 'grevio' ? 'GREVIO' : 'reactie';
        if (block.kind === 'paragraph') out.push({ ...base, part: name, label: block.label ?? '', text: plain(block.text), page: block.page, location: { part, blockIndex } });
        else block.items.forEach((item, itemIndex) => out.push({ ...base, part: name, label: item.label, text: plain(item.text), page: item.page, location: { part, blockIndex, itemIndex } }));
      });
    }
    for (const note of parsed.footnotes.filter((f) => f.recommendation === rec.id)) {
      out.push({ ...base, part: 'voetnoot', label: String(note.number), text: plain(note.text), page: note.page, location: { part: 'footnote', footnote: note.number } });
    }
  });
  return out;
}

const sample = loadFixtureReport('sample-report');
const hostile = loadFixtureReport('hostile-report');
const fixtures = [sample, hostile, hostileStringsReport()];

/** The sample report with a formula for a topic and passages that start with every trigger character. */
function formulaReport(): ParsedReport {
  const report = structuredClone(sample);
  report.report.slug = 'formule-rapport';
  report.recommendations = report.recommendations.map((rec) => ({ ...rec, id: rec.id.replace(sample.report.slug, 'formule-rapport') }));
  report.footnotes = report.footnotes.map((f) => ({ ...f, recommendation: f.recommendation.replace(sample.report.slug, 'formule-rapport') }));
  const [first, second] = report.recommendations;
  first!.topic = '=HYPERLINK("http://x","y")';
  first!.grevio[0] = { kind: 'paragraph', text: '=1+1', page: 2, strength: 'urges', label: '=2' };
  first!.grevio.push(
    ...['+31 20 123 4567', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0", 'tekst met _x0041_ en \u0007 en \r midden in'].map((text) => ({ kind: 'paragraph' as const, text, page: 2 })),
  );
  second!.topic = '+onderwerp';
  report.footnotes[0]!.text = '@voetnoot';
  return parsedReportSchema.parse(report);
}
const formula = formulaReport();

describe('plain passage text', () => {
  it('writes a footnote reference [^N] as [N] and leaves the rest as it is', () => {
    expect(quotedText('geweld[^1] (hierna: EU-richtlijn)[^12].')).toBe('geweld[1] (hierna: EU-richtlijn)[12].');
    expect(quotedText('a  b\nc [x](y)')).toBe('a  b\nc [x](y)');
  });
});

describe('formula neutralisation', () => {
  it("prefixes ' to text that starts with =, +, -, @, tab or CR, and nothing else", () => {
    expect(['=1', '+1', '-1', '@a', '\ta', '\ra'].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\ta", "'\ra"]);
    expect(['a=1', ' =1', "'=1", '\n=1', '', 'GREVIO'].map(neutraliseFormula)).toEqual(['a=1', ' =1', "'=1", '\n=1', '', 'GREVIO']);
  });
});

describe('passage rows', () => {
  it('give every passage its report, recommendation, part, label, wording, page, text and permalink', () => {
    const rows = passageRows([sample], urls.passageUrl);
    const expected = expectedPassages(sample);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const e = expected[i]!;
      expect(passageRowSchema.parse(row)).toEqual(row);
      expect([row.rapport, row.aanbeveling, row.onderwerp, row.onderdeel, row.label, row.pagina, row.tekst]).toEqual([e.slug, e.number, e.topic, e.part, e.label, e.page, e.text]);
      const rec = sample.recommendations[e.number - 1]!;
      expect(row.url).toBe(`${SITE}/rapporten/${e.slug}/#${anchorOf(rec, e.location)}`);
    });
    expect(rows.map((r) => [r.rapport_datum, r.artikelen, r.onderdeel, r.formulering])).toEqual([
      ['2025-07-10', '3', 'GREVIO', 'dringend'],
      ['2025-07-10', '3', 'reactie', ''],
      ['2025-07-10', '3', 'voetnoot', ''],
      ['2025-07-10', '52, 53', 'GREVIO', 'aangemoedigd'],
      ['2025-07-10', '52, 53', 'GREVIO', ''],
      ['2025-07-10', '52, 53', 'GREVIO', ''],
      ['2025-07-10', '52, 53', 'reactie', ''],
      ['2025-07-10', '52, 53', 'reactie', ''],
    ]);
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
  });

  it('takes the passage URL from the function it is given', () => {
    const rows = passageRows([sample], (parsed, rec, location) => `/x/${parsed.report.slug}/${rec.id}/${location.part}`);
    expect(rows[0]?.url).toBe(`/x/${sample.report.slug}/${sample.recommendations[0]!.id}/grevio`);
  });
});

describe.each([
  { name: 'passages.csv', flavour: 'excel-nl' as const, delimiter: ';' as const },
  { name: 'passages-komma.csv', flavour: 'rfc4180' as const, delimiter: ',' as const },
])('$name', ({ flavour, delimiter }) => {
  const csv = (reports: ParsedReport[]) => toCsv(passageRows(reports, urls.passageUrl), PASSAGE_COLUMNS, flavour);

  it(`starts with a UTF-8 BOM, separates fields with "${delimiter}" and ends every record with CRLF`, () => {
    const text = csv([sample]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(COLUMNS.map((c) => `"${c}"`).join(delimiter));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('gives back the text of every passage of the fixtures exactly (after the documented neutralisation)', () => {
    const rows = readCsv(csv(fixtures), delimiter);
    expect(rows[0]).toEqual(COLUMNS);
    const expected = fixtures.flatMap(expectedPassages);
    expect(rows.slice(1)).toHaveLength(expected.length);
    rows.slice(1).forEach((row, i) => {
      const e = expected[i]!;
      expect(row).toHaveLength(COLUMNS.length);
      expect(unneutralise(row[TEXT]!)).toBe(e.text);
      expect(row[TEXT]).toBe(TRIGGER.test(e.text) ? `'${e.text}` : e.text);
      expect([row[0], row[2], unneutralise(row[3]!), row[5], unneutralise(row[6]!), row[8]]).toEqual([e.slug, String(e.number), e.topic, e.part, e.label, String(e.page)]);
    });
    // The sample's dash list item: its marker "-" is a trigger.
    expect(rows.some((r) => r[6] === "'-")).toBe(true);
  });

  it('keeps formulas inert: no cell starts with a trigger character, and each reads back as the original', () => {
    const rows = readCsv(csv([formula]), delimiter).slice(1);
    const expected = expectedPassages(formula);
    expect(rows).toHaveLength(expected.length);
    for (const row of rows) for (const cell of row) expect(TRIGGER.test(cell), JSON.stringify(cell)).toBe(false);
    rows.forEach((row, i) => {
      expect(unneutralise(row[TEXT]!)).toBe(expected[i]!.text);
      expect(unneutralise(row[3]!)).toBe(expected[i]!.topic);
    });
    expect(rows[0]![3]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[0]![6]).toBe("'=2");
    expect(rows.map((r) => r[TEXT])).toEqual(expect.arrayContaining(["'=1+1", "'+31 20 123 4567", "'-2+3", "'@SUM(A1:A2)", "'\t=1+1", "'\r=1+1", "'@voetnoot"]));
  });
});

describe('aanbevelingen.csv', () => {
  it('keeps one row per recommendation and article, with a formula topic neutralised and absolute permalinks', () => {
    const rows = readCsv(toCsv(recommendationArticleRows([formula], urls.articleUrl), RECOMMENDATION_ARTICLE_COLUMNS), ';');
    expect(rows[0]).toEqual(['rapport', 'aanbeveling', 'artikel', 'onderwerp', 'sterkste_formulering', 'pagina_van', 'pagina_tot', 'permalink']);
    const [first, second] = formula.recommendations;
    expect(rows.slice(1)).toEqual([
      ['formule-rapport', '1', '3', `'=HYPERLINK("http://x","y")`, 'dringend', '2', '3', `${SITE}/artikelen/3/#${articlePageAnchor(first!.id, recommendationAnchor(first!.id))}`],
      ['formule-rapport', '2', '52', "'+onderwerp", 'aangemoedigd', '3', '4', `${SITE}/artikelen/52/#${articlePageAnchor(second!.id, recommendationAnchor(second!.id))}`],
      ['formule-rapport', '2', '53', "'+onderwerp", 'aangemoedigd', '3', '4', `${SITE}/artikelen/53/#${articlePageAnchor(second!.id, recommendationAnchor(second!.id))}`],
    ]);
  });
});

describe('passages.xlsx', () => {
  const dataset = datasetInfo(BUILD, urls);
  const workbook = (reports: ParsedReport[]) => toXlsx(passageRows(reports, urls.passageUrl), dataset);
  type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;
  const passagesSheet = (sheets: Sheets) => sheets.find((s) => s.sheet === 'Passages')!.data;

  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a header row and the exact text of every passage of the fixtures, numbers as numbers', async () => {
    const data = passagesSheet(await readXlsxFile(await workbook(fixtures), { trim: false }));
    expect(data[0]).toEqual(COLUMNS);
    const expected = fixtures.flatMap(expectedPassages);
    expect(data.slice(1)).toHaveLength(expected.length);
    data.slice(1).forEach((row, i) => {
      const e = expected[i]!;
      expect(row[TEXT]).toBe(e.text);
      expect([row[0], row[2], row[3], row[5], row[6] ?? '', row[8]]).toEqual([e.slug, e.number, e.topic, e.part, e.label, e.page]);
    });
  });

  it('has no formula: every cell is a shared string or a number, and hostile text reads back exactly', async () => {
    const buffer = await workbook([formula]);
    const files = unzipSync(new Uint8Array(buffer));
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    for (const file of sheets) {
      const xml = strFromU8(files[file]!);
      expect(xml, file).not.toMatch(/<f[\s>/]/);
      const cells = [...xml.matchAll(/<c\b([^>]*?)(\/>|>(.*?)<\/c>)/g)];
      expect(cells.length).toBeGreaterThan(0);
      for (const [, attrs, , inner] of cells) {
        const type = /\st="([^"]*)"/.exec(attrs!)?.[1];
        if (type === 's') expect(inner).toMatch(/^<v>\d+<\/v>$/);
        else if (inner !== undefined) expect([type, inner]).toEqual([undefined, expect.stringMatching(/^<v>-?\d+(\.\d+)?<\/v>$/)]);
      }
    }
    const data = passagesSheet(await readXlsxFile(buffer, { trim: false })).slice(1);
    const expected = expectedPassages(formula);
    expect(data.map((r) => r[TEXT])).toEqual(expected.map((e) => e.text));
    expect(data.map((r) => r[3])).toEqual(expected.map((e) => e.topic));
    expect(data[0]![6]).toBe('=2');
    expect(data.map((r) => r[TEXT])).toContain('tekst met _x0041_ en \u0007 en \r midden in');
  });

  it('freezes the header row and sizes the columns', async () => {
    const files = unzipSync(new Uint8Array(await workbook([sample])));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...sheet.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(COLUMNS.length);
    expect(widths.every((w) => w >= 8 && w <= 120)).toBe(true);
  });

  it('describes the data on a second sheet', async () => {
    const sheets = await readXlsxFile(await workbook([sample]), { trim: false });
    const about = sheets.find((s) => s.sheet !== 'Passages')!.data;
    const values = new Map(about.map((r) => [r[0], r[1]]));
    expect(values.get('versie')).toBe('9.8.7');
    expect(values.get('datum')).toBe('2026-03-04');
    expect(String(values.get('licentie dataset'))).toContain('CC0 1.0');
    expect(String(values.get('licentie teksten'))).toContain('artikel 15b Auteurswet');
    expect(String(values.get('bronvermelding'))).toContain('Verdragswijzer (versie 9.8.7, 4 maart 2026)');
  });

  it('stamps its zip entries with the dataset date at midnight (MS-DOS time in the first local header)', async () => {
    const zip = await workbook([sample]);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect([zip.readUInt16LE(10), zip.readUInt16LE(12)]).toEqual([0, ((2026 - 1980) << 9) | (3 << 5) | 4]);
    const early = await toXlsx(passageRows([sample], urls.passageUrl), { ...dataset, date: '1970-01-01' });
    expect(early.readUInt16LE(12)).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('is the same bytes whenever it is written (no clock time in the zip)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
    const first = await workbook([sample]);
    vi.setSystemTime(new Date('2031-06-07T18:19:20Z'));
    const second = await workbook([sample]);
    expect(first.equals(second)).toBe(true);
  });
});

describe('xlsx strings', () => {
  it('escapes what XML cannot carry as _xHHHH_ and a literal _xHHHH_ so it is not decoded', () => {
    expect(xlsxString('a\rb\u0007c')).toBe('a_x000D_b_x0007_c');
    expect(xlsxString('_x0041_ en _x00')).toBe('_x005F_x0041_ en _x00');
    expect(xlsxString('tab\tregel\nklaar')).toBe('tab\tregel\nklaar');
  });
});

/** Every key and every string anywhere in a JSON value. */
function walk(value: unknown, keys: Set<string>, strings: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, keys, strings);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      walk(v, keys, strings);
    }
  }
}

describe('aanbevelingen.json', () => {
  const json = JSON.parse(toJson(openData(fixtures, BUILD, urls))) as Record<string, unknown>;
  const jsonSchema = openDataJsonSchema(urls.schemaUrl);

  it('validates against its zod schema and points at its JSON Schema', () => {
    expect(openDataSchema.safeParse(json).success).toBe(true);
    expect(json.$schema).toBe(`${SITE}/data/schema.json`);
  });

  it('validates against the generated JSON Schema', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(jsonSchema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // A code with another code's label is rejected by both schemas.
    const bad = structuredClone(json) as { reports: { recommendations: { strength: { code: string; label: string }[] }[] }[] };
    bad.reports[0]!.recommendations[0]!.strength[0] = { code: 'urges', label: 'uitgenodigd' };
    expect(validate(bad)).toBe(false);
    expect(openDataSchema.safeParse(bad).success).toBe(false);
  });

  it('has no internal fields: no line numbers, no source path', () => {
    const keys = new Set<string>();
    const strings: string[] = [];
    walk(json, keys, strings);
    expect(keys.has('line')).toBe(false);
    expect(keys.has('source')).toBe(false);
    expect(strings.filter((s) => s.includes('seeds/'))).toEqual([]);
    expect(sample.report.source).toContain('seeds/');
    expect(strings.filter((s) => /\[\^\d+\]/.test(s))).toEqual([]);
  });

  it('describes the dataset: version, date, both licences, citation and the site', () => {
    const dataset = (openData([sample], { version: packageVersion, date: '2025-07-10' }, urls)).dataset;
    expect(dataset.version).toBe(packageVersion);
    expect(dataset.date).toBe('2025-07-10');
    expect(dataset.url).toBe(`${SITE}/data/`);
    expect(dataset.site).toBe(`${SITE}/`);
    expect(dataset.license.texts.name).toContain('artikel 15b Auteurswet');
    expect(dataset.license.dataset.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/deed.nl');
    expect(dataset.citation).toBe(
      `Verdragswijzer (versie ${packageVersion}, 10 juli 2025). Open data: aanbevelingen van GREVIO en reacties van de Nederlandse regering op het Verdrag van Istanbul. ${SITE}/data/`,
    );
    const local = openData([sample], BUILD, siteUrls(undefined)).dataset;
    expect(local.url).toBeUndefined();
    expect(local.site).toBeUndefined();
  });

  it('gives every passage its part and wording as code and Dutch label, its text and its absolute URL', () => {
    const data = openDataSchema.parse(json);
    const expected = fixtures.flatMap(expectedPassages);
    const passages = data.reports.flatMap((r) => r.recommendations.flatMap((rec) => rec.passages));
    expect(passages.map((p) => [p.part.label, p.text, p.page])).toEqual(expected.map((e) => [e.part, e.text, e.page]));
    expect(passages.every((p) => p.url.startsWith(`${SITE}/rapporten/`))).toBe(true);
    const first = data.reports.find((r) => r.slug === sample.report.slug)!.recommendations[0]!;
    expect(first.passages[0]).toMatchObject({ part: { code: 'grevio', label: 'GREVIO' }, kind: { code: 'paragraph', label: 'alinea' }, strength: { code: 'urges', label: 'dringend' } });
    expect(first.passages[1]).toMatchObject({ part: { code: 'response', label: 'reactie' }, footnoteRefs: [1] });
    expect(first.passages[2]).toMatchObject({ part: { code: 'footnote', label: 'voetnoot' }, footnote: 1, label: '1' });
    expect(first.strength).toEqual([{ code: 'urges', label: 'dringend' }]);
    expect(first.url).toBe(`${SITE}/rapporten/${sample.report.slug}/#${recommendationAnchor(sample.recommendations[0]!.id)}`);
    const list = data.reports.find((r) => r.slug === sample.report.slug)!.recommendations[1]!.passages.find((p) => p.kind.code === 'list-item')!;
    expect(list).toMatchObject({ listStyle: { code: 'lettered', label: 'letters' }, block: 2, item: 1, label: 'a.' });
    const sampleReport = data.reports.find((r) => r.slug === sample.report.slug)!;
    expect(sampleReport.corrections[0]).toEqual({ rule: { code: 'collapse-spaces', label: 'Dubbele spaties samengevoegd' }, before: 'Met  verwijzing', after: 'Met verwijzing' });
  });
});

describe('schema.json', () => {
  const schema = openDataJsonSchema(`${SITE}/data/schema.json`);

  /** Every `const` and `enum` value in a JSON Schema. */
  function constants(node: unknown, out: unknown[] = []): unknown[] {
    if (Array.isArray(node)) for (const n of node) constants(n, out);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'const') out.push(v);
        else if (k === 'enum' && Array.isArray(v)) out.push(...v);
        else constants(v, out);
      }
    }
    return out;
  }

  it('is a draft-07 JSON Schema with its own URL, required keys and no extra properties', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`${SITE}/data/schema.json`);
    expect(schema.required).toEqual(['$schema', 'dataset', 'reports']);
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, { required?: string[] }>;
    expect(properties.dataset?.required).toEqual(expect.arrayContaining(['name', 'version', 'date', 'license', 'citation']));
  });

  it('lists every code with its Dutch label', () => {
    const values = constants(schema);
    for (const v of ['urges', 'dringend', 'strongly-encourages', 'sterk aangemoedigd', 'encourages', 'aangemoedigd', 'invites', 'uitgenodigd', 'grevio', 'GREVIO', 'response', 'reactie', 'footnote', 'voetnoot', 'lettered', 'letters', 'dash', 'streepjes', 'numbered', 'cijfers']) {
      expect(values, v).toContain(v);
    }
  });

  it('describes every field (the /data/ page lists them from the same descriptions)', () => {
    for (const schemaOfFields of [openDataSchema, passageRowSchema, recommendationArticleRowSchema]) {
      const fields = describeFields(schemaOfFields);
      expect(fields.length).toBeGreaterThan(5);
      expect(fields.filter((f) => f.description.trim() === '').map((f) => f.path)).toEqual([]);
    }
    expect(describeFields(passageRowSchema).map((f) => f.path)).toEqual(COLUMNS);
    const paths = describeFields(openDataSchema).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dataset.license.texts.url', 'reports[].recommendations[].passages[].text', 'reports[].corrections[].rule.label']));
  });
});

describe('commitments in the open data', () => {
  const seed = seedReport();
  const commitments = siteCommitments([seed], loadRegistry());
  const json = JSON.parse(toJson(openData([seed], BUILD, urls, commitments))) as { reports: { recommendations: { id: string; commitments: Record<string, unknown>[] }[] }[] };

  it('puts each commitment under its recommendation, valid against the published JSON Schema', () => {
    const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(openDataJsonSchema(urls.schemaUrl));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const listed = json.reports[0]!.recommendations.flatMap((r) => r.commitments.map((c) => [r.id, c.id]));
    expect(listed).toEqual(commitments.map((c) => [c.recommendationId, c.id]));
    expect(json.reports[0]!.recommendations[0]!.commitments[0]).toEqual({
      id: commitments[0]!.id,
      sentence: 'De aangepaste wetgeving dient uiterlijk 14 juni 2027 in werking te zijn getreden, conform de EU-richtlijn.',
      expression: 'uiterlijk 14 juni 2027',
      relation: { code: 'by', label: 'uiterlijk' },
      period: { start: '2027-06-14', end: '2027-06-14', precision: { code: 'day', label: 'dag' } },
      meaning: 'uiterlijk 14 juni 2027',
      actors: [],
      pages: { first: 3, last: 3 },
      past: false,
      url: `${SITE}/rapporten/${seed.report.slug}/#a1-reactie-4`,
    });
  });

  it('writes one CSV row per commitment that reads back to its sentence and period', () => {
    const [header, ...cells] = readCsv(toCsv(commitmentRows(commitments, urls.passageUrl), COMMITMENT_COLUMNS), ';');
    expect(header).toEqual(COMMITMENT_COLUMNS);
    const rows = cells.map((row) => Object.fromEntries(row.map((v, i) => [header![i]!, v])));
    expect(rows.map((r) => [r.zin, r.uitdrukking, r.begin, r.eind, r.verstreken])).toEqual(
      commitments.map((c) => [c.sentence, c.expression.matched, c.expression.period.start, c.expression.period.end, 'nee']),
    );
    expect(rows.find((r) => r.uitdrukking === 'vanaf 2025')?.wie).toBe('Universiteit Leiden');
  });
});
