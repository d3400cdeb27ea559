/**
 * The whole pipeline for one report: typed lines from a front end → validated `ParsedReport`.
 * Shared stages: repair lines → take out page feet → mark footnote references → split
 * recommendations → segment blocks. `parseReport` runs it on text in our dialect (the text front
 * end); `src/pdf/` hands it the lines of a PDF. Pure: no I/O, same input gives the same output.
 */
import { recommendationId } from '../mdx/anchor-ids.ts';
import { parsedReportSchema, reportContextShape, type Correction, type ReportMeta, type Footnote, type ParsedReport, type Recommendation } from '../schema/report.ts';
import type { ReportSidecar } from '../schema/report-sidecar.ts';
import { ReportError, type Diagnostic } from './diagnostics.ts';
import { readTextLines, type SourceText } from './read-text-lines.ts';
import { repairLines } from './repair-lines.ts';
import { collectPageFeet } from './collect-page-feet.ts';
import { markFootnoteRefs } from './mark-footnote-refs.ts';
import { splitRecommendations } from './split-recommendations.ts';
import { fullLineLength, segmentBlocks, type OpenBlock } from './segment-blocks.ts';
import { footnoteOwners } from './footnote-owners.ts';
import { buildBlocks } from './build-blocks.ts';
import { joinLines } from './join-lines.ts';
import { coverParagraphs, coverTitle, receivedDate } from './cover.ts';
import { sortByStrength } from './graded-wording.ts';
import { slugify } from './slugify.ts';
import { pageNumberLines } from './page-number-lines.ts';

export interface ParseOptions {
  /** Report slug; prefixes every recommendation id. */
  slug: string;
  /** Path of the source as shown to readers, e.g. `seeds/…txt`. */
  source: string;
  /** The report's sidecar (`seeds/<name>.json`), already validated: adds context, may override title and date. */
  meta?: ReportSidecar;
}

export interface ParseOutcome {
  report: ParsedReport;
  warnings: Diagnostic[];
}

/** Throws `ReportError` (with every problem found, each tied to a line) when the input is invalid. */
export function parseReport(bytes: Uint8Array, options: ParseOptions): ParseOutcome {
  return parseSourceLines(readTextLines(bytes), options);
}

/** The shared stages, for the lines of either front end. */
export function parseSourceLines(source: SourceText, options: ParseOptions): ParseOutcome {
  const repaired = repairLines(source.lines);
  const feet = collectPageFeet(repaired.lines);
  const marked = markFootnoteRefs(feet.body, feet.footnotes);
  const split = splitRecommendations(marked.body);
  // In document order, so a page-foot URL before a section's first text can go to the block before.
  let open: OpenBlock | undefined;
  const fullLine = fullLineLength(marked.body);
  const sections = split.recommendations.map((raw) => {
    const grevio = segmentBlocks(raw.grevio, 'grevio', open, fullLine);
    const response = segmentBlocks(raw.response, 'response', grevio.open, fullLine);
    open = response.open;
    return { grevio, response };
  });
  const owners = footnoteOwners(marked.refs, split.cover, split.recommendations.map((r) => r.line));
  const errors = [...source.errors, ...feet.errors, ...marked.errors, ...split.errors, ...sections.flatMap((s) => [...s.grevio.errors, ...s.response.errors]), ...owners.errors];
  if (split.recommendations.length === 0 && errors.length === 0) {
    errors.push({ line: 1, message: 'no recommendations found (expected lines starting "Onderwerp aanbeveling:")' });
  }
  const corrections: Correction[] = [...repaired.corrections, ...feet.corrections];
  const cover = coverParagraphs(split.cover, corrections);
  const meta = options.meta ?? {};
  const title = meta.title ?? coverTitle(cover);
  if (!title) errors.push({ line: 1, message: 'no title: expected cover lines before the first "Onderwerp aanbeveling:"' });
  const printed = receivedDate(cover);
  if (printed.invalid && !meta.received) {
    const line = split.cover.find((l) => l.kind === 'text' && l.text.includes('ontvangen op'))?.no ?? 1;
    errors.push({ line, message: `date received "${printed.invalid}" does not exist in the calendar` });
  }
  // The front end's warnings go with the errors: they often say why the text did not parse.
  if (errors.length > 0) throw new ReportError(sortDiagnostics([...source.warnings.map((w) => ({ ...w, message: `warning: ${w.message}` })), ...errors]));

  const recommendations: Recommendation[] = split.recommendations.map((raw, index) => {
    const grevio = buildBlocks(sections[index]!.grevio.blocks, 'grevio', corrections);
    const response = buildBlocks(sections[index]!.response.blocks, 'response', corrections);
    const lastPage = Math.max(...raw.response.filter((l) => l.kind === 'text').map((l) => l.page));
    return {
      id: recommendationId(options.slug, index),
      topic: joinLines(raw.topicLines, corrections),
      articles: raw.articles,
      pages: [raw.page, lastPage],
      strength: sortByStrength(grevio.flatMap((b) => (b.kind === 'paragraph' && b.strength ? [b.strength] : []))),
      grevio,
      response,
      line: raw.line,
    };
  });

  const footnotes: Footnote[] = feet.footnotes.map((note) => {
    const owner = owners.owners.get(note.number);
    const id = owner === undefined ? '' : recommendations[owner]!.id;
    return { number: note.number, text: note.text, page: note.page, recommendation: id };
  });

  const report: ParsedReport = {
    report: {
      slug: options.slug,
      title: title!,
      received: meta.received ?? printed.date,
      pages: source.declaredPages ?? Math.max(...source.lines.map((l) => l.page)),
      source: options.source,
      cover,
      ...reportContext(meta),
    },
    recommendations,
    footnotes,
    corrections: corrections.sort((a, b) => a.line - b.line),
  };
  const checked = parsedReportSchema.safeParse(report);
  if (!checked.success) {
    throw new ReportError(checked.error.issues.map((issue) => ({ line: 1, message: `invalid result at ${issue.path.join('.')}: ${issue.message}` })));
  }
  const warnings = [...source.warnings, ...pageNumberLines(marked.body)];
  if (report.report.received === null) warnings.push({ line: 1, message: 'no "ontvangen op <datum>" on the cover; date received left empty' });
  return { report, warnings };
}

/** The sidecar's context fields that are set, always in the schema's key order (stable JSON). */
function reportContext(meta: ReportSidecar): Partial<ReportMeta> {
  const context: Record<string, unknown> = {};
  for (const key of Object.keys(reportContextShape) as Array<keyof typeof reportContextShape>) {
    if (meta[key] !== undefined) context[key] = meta[key];
  }
  return context as Partial<ReportMeta>;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line);
}

/** `seeds/2025-07-10-Foo Bar.txt` → `2025-07-10-foo-bar`. */
export function slugFromFileName(path: string): string {
  return slugify(path.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '')) || 'rapport';
}
