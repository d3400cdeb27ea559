/**
 * For maintainers: names in a report that look like a law, plan, programme, campaign, study or
 * organisation (see find-name-candidates.ts) but are neither in the registry nor deliberately
 * excluded (excluded-names.ts). Warnings, never errors: the heuristic both misses names and
 * proposes a few that are not entities. A candidate is known when a registry mention covers its
 * anchor (the word that made it look like a name): "Verzamelwet Gegevensverwerking VWS" is news
 * even though "VWS" is known; "Nederlandse Raad voor de Rechtspraak" is not.
 */
import type { Programme } from '../schema/programme.ts';
import type { ParsedReport } from '../schema/report.ts';
import { EXCLUDED_NAMES, type ExcludedName } from './excluded-names.ts';
import { findMentions } from './find-mentions.ts';
import { findNameCandidates } from './find-name-candidates.ts';
import { nameKey } from './name-pattern.ts';
import { reportTexts, type TextLocation } from './report-texts.ts';

export type NameSuggestion = TextLocation & {
  /** The name as first written in the report. */
  name: string;
  /** Where it is first written. */
  recommendationId: string;
  page: number;
  /** How many times the report writes it (same folded spelling). */
  count: number;
};

export function suggestUnknownNames(
  report: ParsedReport,
  registry: readonly Programme[],
  excluded: readonly ExcludedName[] = EXCLUDED_NAMES,
): NameSuggestion[] {
  const ignored = excluded.map((e) => ` ${nameKey(e.name)} `);
  const byKey = new Map<string, NameSuggestion>();
  for (const located of reportTexts(report)) {
    const known = findMentions(registry, located.text);
    for (const candidate of findNameCandidates(located.text)) {
      if (known.some((m) => m.start <= candidate.anchor && candidate.anchor < m.end)) continue;
      const key = nameKey(candidate.name);
      if (ignored.some((name) => ` ${key} `.includes(name))) continue;
      const seen = byKey.get(key);
      if (seen) seen.count++;
      else {
        const { text: _text, articles: _articles, ...where } = located;
        byKey.set(key, { ...where, name: candidate.name, count: 1 });
      }
    }
  }
  return [...byKey.values()];
}
