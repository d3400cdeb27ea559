/**
 * Each footnote belongs to the recommendation whose text cites it: the last one that starts at
 * or before the reference. A footnote cited from the cover has no recommendation, and the site
 * shows a footnote only with its recommendation, so it would be lost: that is an error.
 */
import type { BodyLine } from './body-line.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { FootnoteRef } from './mark-footnote-refs.ts';

export function footnoteOwners(refs: readonly FootnoteRef[], cover: readonly BodyLine[], recommendationLines: readonly number[]): { owners: Map<number, number>; errors: Diagnostic[] } {
  const coverLines = new Set(cover.map((l) => l.no));
  const owners = new Map<number, number>();
  const errors: Diagnostic[] = [];
  for (const ref of refs) {
    if (coverLines.has(ref.line)) {
      errors.push({ line: ref.line, message: `footnote ${ref.number} is cited from the cover (before the first "Onderwerp aanbeveling:"); a footnote is shown only with the recommendation that cites it` });
      continue;
    }
    const owner = recommendationLines.findLastIndex((line) => line <= ref.line);
    if (owner !== -1) owners.set(ref.number, owner);
  }
  return { owners, errors };
}
