/** Groups the report's logged text repairs for the "Tekstcorrecties" table. */
import type { Correction } from '../schema/report';

export interface CorrectionGroup {
  rule: string;
  corrections: Correction[];
  /** True when every repair in the group only changed whitespace. */
  whitespaceOnly: boolean;
}

function isWhitespaceOnly(correction: Correction): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(correction.before) === squash(correction.after);
}

/** One group per rule, largest first, repairs by line inside a group. */
export function groupCorrections(corrections: readonly Correction[]): CorrectionGroup[] {
  const byRule = new Map<string, Correction[]>();
  for (const c of corrections) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
  return [...byRule.entries()]
    .map(([rule, list]) => ({
      rule,
      corrections: [...list].sort((a, b) => a.line - b.line),
      whitespaceOnly: list.every(isWhitespaceOnly),
    }))
    .sort((a, b) => b.corrections.length - a.corrections.length || a.rule.localeCompare(b.rule));
}
