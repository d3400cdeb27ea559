/** tests/fixtures/pipeline-errors/<case>/: `input.txt` and the diagnostics it must give, `expected.txt`. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ERROR_FIXTURES = fileURLToPath(new URL('../fixtures/pipeline-errors/', import.meta.url));

export function errorCases(): string[] {
  return readdirSync(ERROR_FIXTURES).filter((name) => statSync(`${ERROR_FIXTURES}${name}`).isDirectory()).sort();
}

/** `LINE: message` lines. */
export function expectedDiagnostics(name: string): string[] {
  return readFileSync(`${ERROR_FIXTURES}${name}/expected.txt`, 'utf8').trimEnd().split('\n');
}
