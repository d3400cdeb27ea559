/**
 * GREVIO grades its recommendations by verb: `dringt … aan` (urges), `spoort … sterk aan`
 * (strongly encourages), `spoort … aan` / `moedigt … aan` (encourages), `nodigt … uit`
 * (invites). The verb and its particle may be far apart, but never across a sentence.
 */
import { STRENGTHS, type Strength } from '../schema/report.ts';

const PATTERNS: Array<{ strength: Strength; re: RegExp }> = [
  { strength: 'urges', re: /\bdringt\b[^.!?]*?\baan\b/u },
  { strength: 'strongly-encourages', re: /\bspoort\b[^.!?]*?\bsterk\s+aan\b/u },
  { strength: 'encourages', re: /\b(?:spoort|moedigt)\b[^.!?]*?\baan\b/u },
  { strength: 'invites', re: /\bnodigt\b[^.!?]*?\buit\b/u },
];

/** Every level used in the text, strongest first. */
export function gradedWording(text: string): Strength[] {
  const found = new Set<Strength>();
  for (const { strength, re } of PATTERNS) if (re.test(text)) found.add(strength);
  // `spoort … sterk aan` also matches the plain `spoort … aan` pattern; keep only the stronger reading
  // unless a separate plain `spoort`/`moedigt` sentence exists.
  if (found.has('strongly-encourages') && found.has('encourages')) {
    const plain = text.split(/(?<=[.!?])\s+/).some((s) => PATTERNS[2]!.re.test(s) && !PATTERNS[1]!.re.test(s));
    if (!plain) found.delete('encourages');
  }
  return sortByStrength([...found]);
}

export function sortByStrength(levels: Iterable<Strength>): Strength[] {
  return [...new Set(levels)].sort((a, b) => STRENGTHS.indexOf(a) - STRENGTHS.indexOf(b));
}
