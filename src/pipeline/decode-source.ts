/**
 * Bytes → lines. The only stage that sees raw bytes: it rejects what is not a text
 * report and removes the encodings' noise (BOM, CRLF) so later stages see one dialect.
 */
import { ReportError } from './diagnostics.ts';

export function decodeSource(bytes: Uint8Array): string[] {
  if (bytes.length === 0) throw new ReportError([{ line: 1, message: 'file is empty' }]);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ReportError([{ line: lineAt(bytes, nul), message: 'binary file (contains NUL bytes); expected UTF-8 text' }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportError([{ line: firstInvalidUtf8Line(bytes), message: 'not valid UTF-8 text' }]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new ReportError([{ line: 1, message: 'file is empty' }]);
  return text.split(/\r\n|\r|\n/);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return lineAt(bytes, start);
      }
      start = i + 1;
    }
  }
  return 1;
}
