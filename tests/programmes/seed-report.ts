/** The seed report, parsed from the raw text (generated content may not exist before a build). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { ParsedReport } from '../../src/schema/report.ts';

export const SEED_SLUG = '2025-07-10-nl-beleidsreactie-grevio-thematisch';
export const SEED_PATH = fileURLToPath(new URL(`../../seeds/${SEED_SLUG}.txt`, import.meta.url));

export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

let parsed: ParsedReport | undefined;
export function seedReport(): ParsedReport {
  parsed ??= parseReport(readFileSync(SEED_PATH), { slug: SEED_SLUG, source: `seeds/${SEED_SLUG}.txt` }).report;
  return parsed;
}

/** `…-thematisch-07` → 7: recommendation number within the seed. */
export const recNo = (id: string): number => Number(id.slice(SEED_SLUG.length + 1));
