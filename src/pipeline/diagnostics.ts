/** A problem found in a source file, always tied to a line so maintainers can jump to it. */
export interface Diagnostic {
  line: number;
  message: string;
}

/** Thrown by pipeline stages when the input cannot be turned into a valid report. */
export class ReportError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
    this.name = 'ReportError';
    this.diagnostics = diagnostics;
  }
}

/** `FILE:LINE: message` — the one format every ingest error and warning uses. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}: ${d.message}`;
}
