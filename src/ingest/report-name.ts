/**
 * The file name a new report gets in `seeds/`: `<date received>-nl-beleidsreactie-<title words>`,
 * e.g. `2025-07-10-nl-beleidsreactie-eerste-thematische-evaluatie-grevio`. The name is the
 * report's slug, so it appears in every URL and id: short, stable, readable.
 */
import type { ReportMeta } from '../schema/report.ts';
import { slugify } from '../pipeline/slugify.ts';

/** Words every government response's title repeats; they say nothing about which one it is. */
const BOILERPLATE = new Set([
  'aan', 'aanbevelingen', 'bij', 'de', 'den', 'der', 'een', 'en', 'het', 'in', 'nederland', 'nederlandse', 'met', 'of', 'op', 'over',
  'overheid', 'regering', 'kabinet', 'reactie', 'beleidsreactie', 'uitgebreide', 'te', 'tot', 'uit', 'van', 'voor',
]);
const MAX_TITLE_PART = 40;

/** `Uitgebreide beleidsreactie … eerste thematische evaluatie van GREVIO, Building …` → `eerste-thematische-evaluatie-grevio`. */
export function titleSlug(title: string): string {
  const words = slugify(title).split('-').filter((w) => w !== '' && !BOILERPLATE.has(w));
  let out = '';
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > MAX_TITLE_PART) break;
    out = next;
  }
  return out || words[0]?.slice(0, MAX_TITLE_PART) || 'rapport';
}

/** The seeds name for a parsed report, or undefined without a date received (then `--name` is needed). */
export function reportFileName(report: Pick<ReportMeta, 'title' | 'received'>): string | undefined {
  if (!report.received) return undefined;
  return `${report.received}-nl-beleidsreactie-${titleSlug(report.title)}`;
}

export { slugify };
