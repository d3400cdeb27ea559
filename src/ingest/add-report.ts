/**
 * `npm run ingest -- --add FILE`: a report the maintainer received (PDF or text) → validated,
 * then stored as `seeds/<name>.txt` with its sidecar `seeds/<name>.json`. Nothing is stored
 * unless the report parses and every report in `seeds/` still does. A sidecar beside the input
 * (`FILE.json`) is read, validated and stored with it, like the one `npm run ingest` reads.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseReport, parseSourceLines, slugFromFileName, type ParseOutcome } from '../pipeline/parse-report.ts';
import { ReportError, formatDiagnostic, type Diagnostic } from '../pipeline/diagnostics.ts';
import { pageOfLine } from '../pdf/read-pdf-lines.ts';
import type { ParsedReport } from '../schema/report.ts';
import { reportSidecarSchema, type ReportSidecar } from '../schema/report-sidecar.ts';
import { loadReports, seedFiles } from './load-reports.ts';
import { contentProblems } from './generated-files.ts';
import { readReportSource, type ReportSource } from './read-report-source.ts';
import { readSidecar, sidecarPath } from './read-sidecar.ts';
import { reportFileName, slugify } from './report-name.ts';
import { formatSummaryTable, summaryRow } from './summary-table.ts';
import { registryWarnings } from './programme-warnings.ts';
import { decodeSource } from '../pipeline/decode-source.ts';

export interface AddRequest {
  /** Absolute path of the received `.pdf` or `.txt`. */
  input: string;
  seedsDir: string;
  /** Path as shown in messages and stored as `report.source`. */
  shownAs: (path: string) => string;
  /** `--name`: the seeds name to use instead of the one derived from the cover. */
  name?: string;
  /**
   * What goes into the new sidecar besides the received one (`FILE.json` beside the input):
   * `defaults` fill the keys it leaves out; `given` (the command's flags) replace its values.
   */
  sidecar: { defaults: ReportSidecar; given: ReportSidecar };
  /** Project root: its content/programmes.json is what the programme-name warnings check against. */
  root: string;
}

export interface AddOutcome {
  ok: boolean;
  /** `FILE:LINE: message` lines (errors and warnings), in order. */
  messages: string[];
  /** The stored name, when stored. */
  name?: string;
  /** The summary table of every report in seeds/, the new one marked. */
  table?: string;
}

export async function addReport(request: AddRequest): Promise<AddOutcome> {
  const shownInput = request.shownAs(request.input);
  let source: ReportSource;
  try {
    source = await readReportSource(request.input);
  } catch (error) {
    return { ok: false, messages: [(error as Error).message] };
  }
  const received = readSidecar(sidecarPath(request.input), sidecarPath(shownInput));
  if (received.errors.length > 0) return { ok: false, messages: received.errors };
  const sidecar = reportSidecarSchema.safeParse({ ...request.sidecar.defaults, ...received.meta, ...request.sidecar.given });
  if (!sidecar.success) return { ok: false, messages: sidecar.error.issues.map((i) => `${shownInput}:1: ${i.path.join('.')}: ${i.message}`) };

  // Parse once under a provisional name: the cover gives the title and date the name is made of.
  const first = parseReceived(source, request.input, shownInput, 'nieuw-rapport', sidecar.data);
  if (!first.report) return { ok: false, messages: first.messages };
  const name = request.name !== undefined ? slugify(request.name.replace(/\.(txt|json|pdf)$/i, '')) : reportFileName(first.report.report);
  if (request.name !== undefined && !name) return { ok: false, messages: [`${shownInput}:1: --name "${request.name}" has no letters or digits`] };
  if (!name) return { ok: false, messages: [`${shownInput}:1: no "ontvangen op <datum>" on the cover to name the report by; pass --name YYYY-MM-DD-nl-beleidsreactie-…`] };
  const txt = join(request.seedsDir, `${name}.txt`);
  const json = join(request.seedsDir, `${name}.json`);
  if (existsSync(txt) || existsSync(json)) {
    return { ok: false, messages: [`${request.shownAs(txt)}:1: a report named "${name}" is already in ${request.shownAs(request.seedsDir)}/; pass --name to store it under another name`] };
  }

  // Store into a staging directory first and check the whole seeds/ as it would be; then move in.
  mkdirSync(request.seedsDir, { recursive: true });
  const staging = mkdtempSync(join(request.seedsDir, '.add-'));
  try {
    writeFileSync(join(staging, `${name}.txt`), source.bytes);
    writeFileSync(join(staging, `${name}.json`), `${JSON.stringify(sidecar.data, null, 2)}\n`);
    const existing = seedFiles(request.seedsDir);
    const shown = (path: string) => (path.startsWith(staging) ? request.shownAs(join(request.seedsDir, basename(path))) : request.shownAs(path));
    const all = loadReports([...existing, join(staging, `${name}.txt`)].sort((a, b) => basename(a).localeCompare(basename(b))), shown);
    if (all.errors.length > 0) return { ok: false, messages: [...all.warnings, ...all.errors] };
    renameSync(join(staging, `${name}.json`), json);
    renameSync(join(staging, `${name}.txt`), txt);
    // Stored now, so every report's source (the new one's too) is a file the warnings can point into.
    // What the PDF's layout said goes with the stored text's own warnings (those name its lines).
    const messages = [...(first.layout ?? []), ...all.warnings, ...registryWarnings(all.reports, request.root)];
    const rows = all.reports.map((r) => summaryRow(r, messages, r.report.slug === name ? '  (new)' : ''));
    return { ok: true, name, messages, table: formatSummaryTable(rows) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface CheckOutcome {
  report?: ParsedReport;
  /** `FILE:LINE: message` lines: errors, or the warnings of a valid report. */
  messages: string[];
  /** For a PDF, what its layout said (`FILE.pdf:PAGE: warning|repaired|note: …`), also among `messages`. */
  layout?: string[];
}

export interface CheckOptions {
  /** Project root whose content/programmes.json the report's names are checked against; without it, no programme-name warnings. */
  registryRoot?: string;
}

/** `npm run ingest -- --check FILE`: parse a received `.pdf`/`.txt` (with its sidecar, if any), write nothing. */
export async function checkReport(input: string, shownAs: (path: string) => string, options: CheckOptions = {}): Promise<CheckOutcome> {
  const shown = shownAs(input);
  let source: ReportSource;
  try {
    source = await readReportSource(input);
  } catch (error) {
    return { messages: [(error as Error).message] };
  }
  const sidecar = readSidecar(sidecarPath(input), sidecarPath(shown));
  const parsed = parseReceived(source, input, shown, slugFromFileName(input), sidecar.meta);
  if (sidecar.errors.length > 0) return { messages: [...sidecar.errors, ...(parsed.report ? [] : parsed.messages)] };
  if (!parsed.report || options.registryRoot === undefined) return parsed;
  // A text file's warnings point into it; text extracted from a PDF is not kept, so those name no line.
  const lines = source.pdf ? undefined : decodeSource(source.bytes);
  return { report: parsed.report, messages: [...parsed.messages, ...registryWarnings([parsed.report], options.registryRoot, () => lines)] };
}

/**
 * Parses a received report. A text file is read by the text front end. A PDF's lines come from
 * its layout, and its extracted text (what `--add` stores) must read back to exactly the same
 * report, or nothing is stored. A PDF's problems are `FILE.pdf:PAGE: …` on the PDF's own page;
 * when it does not parse, the extracted text is kept in a temporary file to read.
 */
function parseReceived(source: ReportSource, input: string, shown: string, slug: string, meta: ReportSidecar | undefined): CheckOutcome {
  const options = { slug, source: shown, meta };
  if (!source.pdf) {
    try {
      return accept(parseReport(source.bytes, options), (d) => formatDiagnostic(shown, d));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      return { messages: error.diagnostics.map((d) => formatDiagnostic(shown, d)) };
    }
  }
  const pdf = source.pdf;
  const atPage = (d: Diagnostic) => `${shown}:${pageOfLine(pdf.source, d.line)}: ${d.message}`;
  const layoutNotes = [
    ...pdf.layout.warnings.map((n) => `${shown}:${n.page}: warning: ${n.message}`),
    ...pdf.layout.repairs.map((n) => `${shown}:${n.page}: repaired: ${n.message}`),
    ...[...pdf.layout.leftOut, ...pdf.notes].map((n) => `${shown}:${n.page}: note: ${n.message}`),
  ];
  try {
    const fromLayout = parseSourceLines(pdf.source, options);
    const readBack = parseReport(source.bytes, options);
    // The records must be the same; warnings may differ (the text's own checks, such as for pdftotext output, see less).
    if (JSON.stringify(readBack.report) !== JSON.stringify(fromLayout.report)) {
      const file = keepExtractedText(input, source.bytes);
      return { messages: [`${shown}:1: the text extracted from this PDF (${file}) does not read back to the records its layout gave; nothing was stored (a bug in the extractor: please report it with the PDF)`] };
    }
    const outcome = accept(fromLayout, atPage);
    return { ...outcome, messages: [...layoutNotes, ...outcome.messages], layout: layoutNotes };
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const file = keepExtractedText(input, source.bytes);
    return {
      messages: [
        ...layoutNotes,
        ...error.diagnostics.map((d) => `${atPage(d)} (${file}:${d.line})`),
        `${shown}: note: the text extracted from it is kept in ${file}, to read what the parser saw; nothing was stored`,
      ],
    };
  }
}

/** A parsed report that must also pass the checks the generated content will; its problems and warnings placed by `at`. */
function accept(outcome: ParseOutcome, at: (d: Diagnostic) => string): CheckOutcome {
  const problems = contentProblems(outcome.report);
  if (problems.length > 0) return { messages: problems.map(at) };
  return { report: outcome.report, messages: outcome.warnings.map((w) => at({ ...w, message: `warning: ${w.message}` })) };
}

/** Where the text extracted from a PDF is kept for the maintainer to read when it does not parse. */
function keepExtractedText(input: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'verdragswijzer-')), `${basename(input).replace(/\.pdf$/i, '')}.txt`);
  writeFileSync(file, bytes);
  return file;
}
