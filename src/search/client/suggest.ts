/**
 * "Bedoelde u: huisverbod?" — the index words nearest to a word that matches nothing, by edit
 * distance (optimal string alignment: insertions, deletions, substitutions, adjacent swaps).
 * Candidates are the vocabulary's words, most frequent first, so ties go to common words.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Up to `limit` words within 1 edit (words under 6 letters) or 2 edits, nearest first. */
export function nearestWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const max = word.length < 6 ? 1 : 2;
  const found: Array<{ word: string; distance: number; rank: number }> = [];
  vocabulary.forEach((candidate, rank) => {
    if (candidate === word || candidate.length < 3) return;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ word: candidate, distance, rank });
  });
  return found
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, limit)
    .map((f) => f.word);
}
