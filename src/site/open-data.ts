/**
 * The open data exports (issue #14): the JSON of every report (src/schema/open-data.ts is its
 * published contract), one table row per passage (CSV for Dutch Excel, CSV with commas, XLSX),
 * the older table of one row per recommendation × article, and one row per dated commitment
 * (issue #15). Pure but for `siteUrls()`: the
 * pages in src/pages/data/ pass in the reports, the build's version and date, and the URLs.
 */
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { anchorOf, articlePageAnchor, recommendationAnchor } from '../mdx/anchor-ids';
import type { TextLocation } from '../programmes/report-texts';
import { reportTexts } from '../programmes/report-texts';
import { footnoteMarkers, quotedText } from '../schema/footnote-marker';
import {
  LIST_STYLE_LABELS_NL,
  PART_LABELS_NL,
  PASSAGE_KIND_LABELS_NL,
  PRECISION_LABELS_NL,
  RELATION_LABELS_NL,
  codedValue,
  commitmentRowSchema,
  openDataSchema,
  passageRowSchema,
  recommendationArticleRowSchema,
  type CommitmentRow,
  type Dataset,
  type OpenData,
  type OpenDataCommitment,
  type OpenDataPassage,
  type OpenDataReport,
  type PassageRow,
  type RecommendationArticleRow,
} from '../schema/open-data';
import { STRENGTH_LABELS_NL, type ParsedReport, type Recommendation } from '../schema/report';
import { strongestStrength } from './article-index';
import { describePeriod, type SiteCommitment } from './commitments';
import type { BuildInfo } from './build-info';
import { correctionRule } from './correction-rules';
import { formatDutchDate } from './format';
import { permalinkPath } from './passage-links';
import { DATA_PAGE_PATH, DATA_SCHEMA_PATH, articlePath, reportPath } from './routes';
import { publicUrl } from './url';

/** The public URL of one passage. */
export type PassageUrl = (parsed: ParsedReport, rec: Recommendation, location: TextLocation) => string;

export interface OpenDataUrls {
  passageUrl: PassageUrl;
  /** The recommendation on its report's page. */
  recommendationUrl: (parsed: ParsedReport, rec: Recommendation) => string;
  reportUrl: (parsed: ParsedReport) => string;
  /** The recommendation on the page of one article it cites (the older table's permalink). */
  articleUrl: (article: number, rec: Recommendation) => string;
  schemaUrl: string;
  /** The `/data/` page. */
  datasetUrl: string;
  /** The home page, when the site is built with its address (SITE_URL). */
  siteUrl: string | undefined;
}

/** The site's own URLs: absolute when SITE_URL is set, else root-relative with the base. */
export function siteUrls(site: string | URL | undefined = import.meta.env.SITE): OpenDataUrls {
  const url = (path: string) => publicUrl(path, site);
  return {
    passageUrl: (_parsed, rec, location) => url(permalinkPath(rec.id, anchorOf(rec, location))),
    recommendationUrl: (_parsed, rec) => url(permalinkPath(rec.id, recommendationAnchor(rec.id))),
    reportUrl: (parsed) => url(reportPath(parsed.report.slug)),
    articleUrl: (article, rec) => `${url(articlePath(article))}#${articlePageAnchor(rec.id, recommendationAnchor(rec.id))}`,
    schemaUrl: url(DATA_SCHEMA_PATH),
    datasetUrl: url(DATA_PAGE_PATH),
    siteUrl: site ? url('/') : undefined,
  };
}


function footnoteRefs(text: string): number[] {
  return [...text.matchAll(footnoteMarkers())].map((m) => Number(m[1]));
}

// ---------------------------------------------------------------------------------------------
// Formula neutralisation

/** The characters a spreadsheet reads as the start of a formula (or that hide one), per OWASP. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Spreadsheet (CSV) injection: Excel, LibreOffice and Google Sheets run a CSV cell that starts
 * with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, DDE `=cmd|…`), and a leading tab or
 * carriage return can hide such a start. Following OWASP's guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection), such a cell gets a leading `'`,
 * which spreadsheets read as "this is text"; every field is quoted too. The `'` is then part of
 * the text for other CSV readers: strip one leading `'` where the rest starts with a trigger
 * character to get the original back. Nothing else changes.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/**
 * XLSX cells are written with an explicit type: a string is a shared-string cell (`t="s"`),
 * which Excel never evaluates, and a formula would need a `<f>` element that write-excel-file
 * only writes for `type: 'Formula'`, which is never used here. So XLSX text is not neutralised
 * and reads back exactly (tests/site/open-data.test.ts checks the sheet XML for `<f>`).
 *
 * It does need ECMA-376's escaping for strings (ST_Xstring, Part 1 §22.9.2.19): a character
 * XML 1.0 cannot hold, or that write-excel-file drops as "discouraged", and a carriage return
 * (which an XML parser turns into a line feed) is written `_xHHHH_`, and the `_` of a literal
 * `_xHHHH_` in the text is itself escaped as `_x005F_`, so Excel decodes the text exactly.
 */
export function xlsxString(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[\0-\x08\x0B\x0C\r\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

// ---------------------------------------------------------------------------------------------
// Rows

function blockOf(rec: Recommendation, location: Exclude<TextLocation, { part: 'footnote' }>) {
  const block = rec[location.part][location.blockIndex];
  if (!block) throw new Error(`recommendation ${rec.id} has no ${location.part} block ${location.blockIndex}`);
  return block;
}

/** The printed label (paragraph number, list marker or footnote number) and GREVIO's wording of a passage. */
function passageDetails(rec: Recommendation, location: TextLocation): { label: string | undefined; strength: keyof typeof STRENGTH_LABELS_NL | undefined } {
  if (location.part === 'footnote') return { label: String(location.footnote), strength: undefined };
  const block = blockOf(rec, location);
  if (block.kind === 'paragraph') return { label: block.label, strength: location.part === 'grevio' ? block.strength : undefined };
  const item = block.items[location.itemIndex ?? -1];
  if (!item) throw new Error(`recommendation ${rec.id}: list ${location.blockIndex} has no item ${location.itemIndex}`);
  return { label: item.label, strength: undefined };
}

/** One row per paragraph, list item and footnote, in the order of each report. */
export function passageRows(reports: readonly ParsedReport[], passageUrl: PassageUrl): PassageRow[] {
  return reports.flatMap((parsed) => {
    const recs = new Map(parsed.recommendations.map((rec, i) => [rec.id, { rec, number: i + 1 }]));
    return reportTexts(parsed).map((passage): PassageRow => {
      const found = recs.get(passage.recommendationId);
      if (!found) throw new Error(`no recommendation ${passage.recommendationId} in ${parsed.report.slug}`);
      const { rec, number } = found;
      const { label, strength } = passageDetails(rec, passage);
      return passageRowSchema.parse({
        rapport: parsed.report.slug,
        rapport_datum: parsed.report.received ?? '',
        aanbeveling: number,
        onderwerp: rec.topic,
        artikelen: rec.articles.join(', '),
        onderdeel: PART_LABELS_NL[passage.part],
        label: label ?? '',
        formulering: strength ? STRENGTH_LABELS_NL[strength] : '',
        pagina: passage.page,
        pagina_tot: passage.endPage ?? passage.page,
        tekst: quotedText(passage.text),
        url: passageUrl(parsed, rec, passage),
      });
    });
  });
}

/** The older table: one row per recommendation and (distinct) article it cites. */
export function recommendationArticleRows(reports: readonly ParsedReport[], articleUrl: OpenDataUrls['articleUrl']): RecommendationArticleRow[] {
  return reports.flatMap((parsed) =>
    parsed.recommendations.flatMap((rec, i) =>
      [...new Set(rec.articles)].map((article) => {
        const strongest = strongestStrength(rec.strength);
        return recommendationArticleRowSchema.parse({
          rapport: parsed.report.slug,
          aanbeveling: i + 1,
          artikel: article,
          onderwerp: rec.topic,
          sterkste_formulering: strongest ? STRENGTH_LABELS_NL[strongest] : '',
          pagina_van: rec.pages[0],
          pagina_tot: rec.pages[1],
          permalink: articleUrl(article, rec),
        });
      }),
    ),
  );
}

export const PASSAGE_COLUMNS = Object.keys(passageRowSchema.shape) as (keyof PassageRow)[];
export const RECOMMENDATION_ARTICLE_COLUMNS = Object.keys(recommendationArticleRowSchema.shape) as (keyof RecommendationArticleRow)[];

// ---------------------------------------------------------------------------------------------
// CSV

export type CsvFlavour = 'excel-nl' | 'rfc4180';

/**
 * CSV with a header row, CRLF line ends, a UTF-8 BOM, every non-empty field quoted and
 * formulas neutralised. `excel-nl` separates fields with `;`: Excel in a Dutch locale uses the
 * comma as decimal separator and expects `;` in a CSV it opens. `rfc4180` uses commas (RFC
 * 4180 itself) for other tools; it keeps the BOM so Excel still reads it as UTF-8 (é, ’), which
 * RFC 4180 allows as the file's encoding signature and most CSV readers skip.
 */
export function toCsv<Row extends Record<string, string | number>>(rows: readonly Row[], columns: readonly (keyof Row & string)[], flavour: CsvFlavour = 'excel-nl'): string {
  const records = rows.map((row) => columns.map((column) => {
    const value = row[column];
    return typeof value === 'number' ? String(value) : neutraliseFormula(value as string);
  }));
  return stringify(records, {
    bom: true,
    header: true,
    columns: [...columns],
    delimiter: flavour === 'excel-nl' ? ';' : ',',
    record_delimiter: 'windows',
    // Quoted, a field's own CR or LF cannot end the record (csv-stringify leaves a lone CR bare).
    quoted: true,
  });
}

// ---------------------------------------------------------------------------------------------
// XLSX

/** Column widths in characters. */
const XLSX_WIDTHS: Record<keyof PassageRow, number> = {
  rapport: 36,
  rapport_datum: 13,
  aanbeveling: 12,
  onderwerp: 36,
  artikelen: 11,
  onderdeel: 10,
  label: 8,
  formulering: 18,
  pagina: 8,
  pagina_tot: 10,
  tekst: 100,
  url: 50,
};

function xlsxCell(value: string | number, wrap = false): Cell {
  if (typeof value === 'number') return { value, type: Number, alignVertical: 'top' };
  if (value === '') return null;
  return { value: xlsxString(value), type: String, alignVertical: 'top', ...(wrap ? { wrap: true } : {}) };
}

/** Excel keeps at most this many characters in a cell. */
const XLSX_CELL_MAX = 32_767;

/** Every passage as a workbook: a sheet of rows (header row frozen) and a sheet about the data. */
export async function toXlsx(rows: readonly PassageRow[], dataset: Dataset): Promise<Buffer> {
  const header: Row = PASSAGE_COLUMNS.map((c) => ({ value: c, type: String, fontWeight: 'bold' }));
  const data: Row[] = rows.map((row) =>
    PASSAGE_COLUMNS.map((column) => {
      const value = row[column];
      if (typeof value === 'string' && value.length > XLSX_CELL_MAX) throw new Error(`a ${column} of ${value.length} characters does not fit an Excel cell (${row.url})`);
      return xlsxCell(value, column === 'tekst' || column === 'onderwerp');
    }),
  );
  const about: Row[] = [
    [{ value: 'veld', type: String, fontWeight: 'bold' }, { value: 'waarde', type: String, fontWeight: 'bold' }],
    ...aboutLines(dataset).map(([field, value]): Row => [xlsxCell(field), xlsxCell(value, true)]),
  ];
  const buffer = await writeXlsxFile([
    { sheet: 'Passages', data: [header, ...data], columns: PASSAGE_COLUMNS.map((c) => ({ width: XLSX_WIDTHS[c] })), stickyRowsCount: 1 },
    { sheet: 'Over deze gegevens', data: about, columns: [{ width: 24 }, { width: 100 }], stickyRowsCount: 1 },
  ]).toBuffer();
  return pinZipTimestamps(buffer, dataset.date);
}

/** The dataset block as lines of "field, value", for the workbook's second sheet. */
function aboutLines(dataset: Dataset): [string, string][] {
  return [
    ['naam', dataset.name],
    ['beschrijving', dataset.description],
    ['versie', dataset.version],
    ['datum', dataset.date],
    ...(dataset.url ? [['webadres', dataset.url] as [string, string]] : []),
    ['licentie teksten', `${dataset.license.texts.name}: ${dataset.license.texts.description} ${dataset.license.texts.url}`],
    ['licentie dataset', `${dataset.license.dataset.name}: ${dataset.license.dataset.description} ${dataset.license.dataset.url}`],
    ['bronvermelding', dataset.citation],
  ];
}

/**
 * Sets every entry's modification time in a zip to 00:00 on `date`. fflate (under
 * write-excel-file) stamps entries with the current local time, so two builds of the same
 * commit would differ; the central directory and each local header hold the MS-DOS time and
 * date (APPNOTE.TXT 4.3.7, 4.3.12), which no checksum covers.
 */
export function pinZipTimestamps(zip: Buffer, date: string): Buffer {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // MS-DOS dates start in 1980 (SOURCE_DATE_EPOCH=0 is 1970).
  const dosDate = year < 1980 ? (1 << 5) | 1 : ((year - 1980) << 9) | (month << 5) | day;
  const out = Buffer.from(zip);
  // End of central directory: signature, then (at +10) entry count, (+16) central directory offset.
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip local header ${i} is malformed`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

export const DATASET_NAME = 'Verdragswijzer: aanbevelingen van GREVIO en reacties van de Nederlandse regering';

/** The ready citation, in Dutch. */
export function datasetCitation(build: BuildInfo, datasetUrl: string): string {
  return `Verdragswijzer (versie ${build.version}, ${formatDutchDate(build.date)}). Open data: aanbevelingen van GREVIO en reacties van de Nederlandse regering op het Verdrag van Istanbul. ${datasetUrl}`;
}

export function datasetInfo(build: BuildInfo, urls: Pick<OpenDataUrls, 'datasetUrl' | 'siteUrl'>): Dataset {
  return {
    name: DATASET_NAME,
    description:
      'De aanbevelingen van GREVIO aan Nederland over het Verdrag van Istanbul en de reacties van de Nederlandse regering daarop, per passage (alinea, onderdeel van een opsomming of voetnoot), letterlijk overgenomen uit de gepubliceerde rapporten, met pagina, artikelen en de formulering van GREVIO.',
    version: build.version,
    date: build.date,
    language: 'nl',
    ...(urls.siteUrl ? { url: urls.datasetUrl, site: urls.siteUrl } : {}),
    license: {
      texts: {
        name: 'Openbaar gemaakt door de overheid (artikel 15b Auteurswet)',
        description:
          'De teksten zijn letterlijk overgenomen uit documenten die de Nederlandse overheid openbaar heeft gemaakt. Die mogen worden overgenomen en openbaar gemaakt, tenzij het auteursrecht uitdrukkelijk is voorbehouden (artikel 15b Auteurswet).',
        url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0001886&hoofdstuk=I&paragraaf=6&artikel=15b',
      },
      dataset: {
        name: 'CC0 1.0 Universeel',
        description: 'De opbouw van de dataset, de codes en de benamingen zijn vrijgegeven in het publieke domein: vrij te gebruiken, ook zonder bronvermelding.',
        url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
      },
    },
    citation: datasetCitation(build, urls.datasetUrl),
  };
}

function passageOf(parsed: ParsedReport, rec: Recommendation, location: TextLocation, text: string, page: number, endPage: number | undefined, passageUrl: PassageUrl): OpenDataPassage {
  const refs = footnoteRefs(text);
  const common = { page, ...(endPage ? { endPage } : {}), text: quotedText(text), ...(refs.length > 0 ? { footnoteRefs: refs } : {}) };
  const url = passageUrl(parsed, rec, location);
  if (location.part === 'footnote') {
    return { part: codedValue(PART_LABELS_NL, 'footnote'), kind: codedValue(PASSAGE_KIND_LABELS_NL, 'footnote'), label: String(location.footnote), footnote: location.footnote, ...common, url };
  }
  const block = blockOf(rec, location);
  const part = codedValue(PART_LABELS_NL, location.part);
  const blockNumber = location.blockIndex + 1;
  if (block.kind === 'paragraph') {
    return {
      part,
      kind: codedValue(PASSAGE_KIND_LABELS_NL, 'paragraph'),
      block: blockNumber,
      ...(block.label ? { label: block.label } : {}),
      ...(block.strength ? { strength: codedValue(STRENGTH_LABELS_NL, block.strength) } : {}),
      ...common,
      ...(block.links?.length ? { links: block.links } : {}),
      url,
    };
  }
  const item = block.items[location.itemIndex ?? -1];
  if (!item) throw new Error(`recommendation ${rec.id}: list ${location.blockIndex} has no item ${location.itemIndex}`);
  return {
    part,
    kind: codedValue(PASSAGE_KIND_LABELS_NL, 'list-item'),
    block: blockNumber,
    item: (location.itemIndex ?? 0) + 1,
    listStyle: codedValue(LIST_STYLE_LABELS_NL, block.style),
    label: item.label,
    ...common,
    ...(item.links?.length ? { links: item.links } : {}),
    url,
  };
}

/** One report as published: no source path, no line numbers, codes with Dutch labels, absolute URLs. */
export function openDataReport(
  parsed: ParsedReport,
  urls: Pick<OpenDataUrls, 'passageUrl' | 'recommendationUrl' | 'reportUrl'>,
  commitments: readonly SiteCommitment[] = [],
): OpenDataReport {
  const { report } = parsed;
  const texts = reportTexts(parsed);
  return {
    slug: report.slug,
    title: report.title,
    received: report.received,
    pages: report.pages,
    url: urls.reportUrl(parsed),
    ...(report.author ? { author: report.author } : {}),
    ...(report.country ? { country: report.country } : {}),
    ...(report.round ? { round: report.round } : {}),
    ...(report.language ? { language: report.language } : {}),
    ...(report.sourceUrl ? { pdfUrl: report.sourceUrl } : {}),
    ...(report.grevioDocument ? { grevioDocument: { ...report.grevioDocument } } : {}),
    cover: report.cover.map((c) => ({ text: quotedText(c.text), page: c.page })),
    recommendations: parsed.recommendations.map((rec, i) => ({
      number: i + 1,
      id: rec.id,
      topic: rec.topic,
      articles: [...rec.articles],
      pages: { first: rec.pages[0], last: rec.pages[1] },
      strength: rec.strength.map((s) => codedValue(STRENGTH_LABELS_NL, s)),
      url: urls.recommendationUrl(parsed, rec),
      passages: texts.filter((t) => t.recommendationId === rec.id).map((t) => passageOf(parsed, rec, t, t.text, t.page, t.endPage, urls.passageUrl)),
      commitments: commitments.filter((c) => c.report === parsed && c.recommendationId === rec.id).map((c) => openDataCommitment(c, rec, urls.passageUrl)),
    })),
    // A repair that wrote a footnote reference shows it as the text does: `[N]`.
    corrections: parsed.corrections.map((c) => ({ rule: { code: c.rule, label: correctionRule(c.rule).label }, before: quotedText(c.before), after: quotedText(c.after) })),
  };
}

/** The whole JSON export, checked against its published schema (a build fails rather than publish data that breaks it). */
export function openData(reports: readonly ParsedReport[], build: BuildInfo, urls: OpenDataUrls, commitments: readonly SiteCommitment[] = []): OpenData {
  return openDataSchema.parse({
    $schema: urls.schemaUrl,
    dataset: datasetInfo(build, urls),
    reports: reports.map((parsed) => openDataReport(parsed, urls, commitments)),
  });
}

/** Where a commitment's sentence stands: its response passage. */
function commitmentLocation(c: SiteCommitment): TextLocation {
  return { part: 'response', blockIndex: c.blockIndex, ...(c.itemIndex === undefined ? {} : { itemIndex: c.itemIndex }) };
}

function openDataCommitment(c: SiteCommitment, rec: Recommendation, passageUrl: PassageUrl): OpenDataCommitment {
  return {
    id: c.id,
    sentence: c.sentence,
    expression: c.expression.matched,
    relation: codedValue(RELATION_LABELS_NL, c.expression.relation),
    period: { start: c.expression.period.start, end: c.expression.period.end, precision: codedValue(PRECISION_LABELS_NL, c.expression.period.precision) },
    meaning: describePeriod(c.expression),
    actors: c.actors.map((a) => (a.kind === 'programme' ? { name: a.name, programme: a.slug } : { name: a.name })),
    pages: { first: c.page, last: c.endPage ?? c.page },
    past: c.past,
    url: passageUrl(c.report, rec, commitmentLocation(c)),
  };
}

/** One row per dated commitment, in the order of `commitments` (each report's, in text order). */
export function commitmentRows(commitments: readonly SiteCommitment[], passageUrl: PassageUrl): CommitmentRow[] {
  return commitments.map((c) => {
    const rec = c.report.recommendations.find((r) => r.id === c.recommendationId);
    if (!rec) throw new Error(`no recommendation ${c.recommendationId} in ${c.report.report.slug}`);
    return commitmentRowSchema.parse({
      rapport: c.report.report.slug,
      rapport_datum: c.report.report.received,
      aanbeveling: c.position,
      onderwerp: c.topic,
      artikelen: c.articles.join(', '),
      zin: c.sentence,
      uitdrukking: c.expression.matched,
      relatie: RELATION_LABELS_NL[c.expression.relation],
      begin: c.expression.period.start,
      eind: c.expression.period.end,
      precisie: PRECISION_LABELS_NL[c.expression.period.precision],
      betekenis: describePeriod(c.expression),
      wie: c.actors.map((a) => a.name).join('; '),
      verstreken: c.past ? 'ja' : 'nee',
      pagina: c.page,
      pagina_tot: c.endPage ?? c.page,
      url: passageUrl(c.report, rec, commitmentLocation(c)),
    });
  });
}

export const COMMITMENT_COLUMNS = Object.keys(commitmentRowSchema.shape) as (keyof CommitmentRow)[];

export function toJson(data: OpenData): string {
  return JSON.stringify(data, null, 2) + '\n';
}
