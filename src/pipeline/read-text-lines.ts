/**
 * The text front end: a report's text in our dialect (bytes) → typed lines. Decodes, finds the
 * pages, and infers each page's foot by the text's own rules (a PDF front end reads it off the layout).
 */
import type { Diagnostic } from './diagnostics.ts';
import type { SourceLine } from './source-line.ts';
import { decodeSource } from './decode-source.ts';
import { paginate } from './paginate.ts';
import { inferPageFeet } from './infer-page-feet.ts';

export interface SourceText {
  lines: SourceLine[];
  /** Pages the source says it has (`Pagina N van M`), if it says so. */
  declaredPages: number | null;
  /** Problems the front end found (the shared stages add theirs). */
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Throws `ReportError` for input that is not a text report at all (empty, binary, not UTF-8). */
export function readTextLines(bytes: Uint8Array): SourceText {
  const pagination = paginate(decodeSource(bytes));
  const feet = inferPageFeet(pagination.lines);
  return { lines: feet.lines, declaredPages: pagination.declaredPages, errors: feet.errors, warnings: [...pagination.warnings, ...feet.warnings] };
}
