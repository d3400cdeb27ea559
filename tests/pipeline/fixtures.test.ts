/**
 * One fixture per rule: tests/fixtures/pipeline/<case>/input.txt → expected.json.
 * `UPDATE=1 npx vitest run tests/pipeline/fixtures.test.ts` rewrites the expectations —
 * and fails, so a run with UPDATE set by accident can never pass silently.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';

const dir = fileURLToPath(new URL('../fixtures/pipeline/', import.meta.url));
const update = process.env.UPDATE === '1';

describe('pipeline fixtures', () => {
  for (const name of readdirSync(dir).sort()) {
    it(`parses the "${name}" fixture into the expected records`, () => {
      const input = readFileSync(`${dir}${name}/input.txt`);
      const actual = parseReport(input, { slug: name, source: `${name}/input.txt` });
      const file = `${dir}${name}/expected.json`;
      const serialised = `${JSON.stringify(actual, null, 2)}\n`;
      if (update) {
        writeFileSync(file, serialised);
        expect.fail(`UPDATE=1: rewrote ${name}/expected.json; review it and run again without UPDATE`);
      }
      expect(existsSync(file), `${name}/expected.json exists (create it with UPDATE=1)`).toBe(true);
      expect(serialised).toBe(readFileSync(file, 'utf8'));
    });
  }
});
