/**
 * Reads the optional sidecar of a report (`seeds/<name>.json` beside `seeds/<name>.txt`).
 * A missing sidecar is fine; an invalid one is an error tied to its line, like any report error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { reportSidecarSchema, type ReportSidecar } from '../schema/report-sidecar.ts';

export interface SidecarResult {
  meta?: ReportSidecar;
  /** `FILE:LINE: message` lines. */
  errors: string[];
  /** The file's text, when there is a file (part of ingest's cache key). */
  text?: string;
}

/** `seeds/x.txt` → `seeds/x.json`. */
export function sidecarPath(reportPath: string): string {
  return reportPath.replace(/\.[^./\\]+$/, '') + '.json';
}

export function readSidecar(file: string, shown: string): SidecarResult {
  if (!existsSync(file)) return { errors: [] };
  const text = readFileSync(file, 'utf8');
  return { ...parseSidecar(text, shown), text };
}

/** Pure: sidecar text → metadata or `FILE:LINE` errors. */
export function parseSidecar(text: string, shown: string): SidecarResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { errors: [`${shown}:${syntaxErrorLine(text, message)}: not valid JSON (${shortMessage(message)})`] };
  }
  const checked = reportSidecarSchema.safeParse(data);
  if (checked.success) return { meta: checked.data, errors: [] };
  return {
    errors: checked.error.issues.map((issue) => {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
      const where = typeof key === 'string' ? text.indexOf(`"${key}"`) : -1;
      const field = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      return `${shown}:${where === -1 ? 1 : lineOf(text, where)}: ${field}${issue.message}`;
    }),
  };
}

/**
 * The line of a JSON syntax error: from the position in the message where V8 gives one; else the
 * first line at which the text read so far is wrong rather than merely unfinished.
 */
function syntaxErrorLine(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return lineOf(text, Number(at[1]));
  const lines = text.split('\n');
  for (let n = 1; n <= lines.length; n++) {
    const prefix = lines.slice(0, n).join('\n');
    try {
      JSON.parse(prefix);
    } catch (error) {
      const m = (error as Error).message;
      const position = /at position (\d+)/.exec(m);
      const unfinished = /Unexpected end of JSON input/.test(m) || (position !== null && Number(position[1]) >= prefix.trimEnd().length);
      if (!unfinished) return n;
    }
  }
  return lines.length;
}

/** `Unexpected token ',', ..."long snippet" is not valid JSON` → `Unexpected token ','`. */
function shortMessage(message: string): string {
  return message.replace(/^(Unexpected token '.+?'),[\s\S]*$/, '$1').replace(/ in JSON at position \d+[\s\S]*$/, '');
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
