/**
 * Splits the corpus' Dutch compounds into parts that are themselves words of the corpus
 * (`vrouwenopvang` → `vrouwen` + `opvang`), so that search finds a compound by its parts. Dutch
 * writes compounds as one word and Pagefind does not split them. Rules in compound-rules.ts.
 */
import { MIN_PART, NEVER_A_PART, NOT_COMPOUNDS } from './compound-rules.ts';

export interface SplitOptions {
  minPart?: number;
  neverAPart?: ReadonlySet<string>;
  notCompounds?: readonly string[];
}

interface Split {
  parts: string[];
  shortest: number;
}

export type CompoundSplitter = (word: string) => string[] | undefined;

/**
 * A splitter over `corpusWords` (lowercase letter runs). A word splits into the fewest parts,
 * preferring the split whose shortest part is longest; each part is split again where it is
 * itself a compound, so the result lists the smallest parts. Linking `s` is returned as its own
 * part so the parts stay words. Returns undefined for a word that is not a compound.
 */
export function compoundSplitter(corpusWords: Iterable<string>, options: SplitOptions = {}): CompoundSplitter {
  const minPart = options.minPart ?? MIN_PART;
  const never = options.neverAPart ?? NEVER_A_PART;
  const notCompounds = options.notCompounds ?? NOT_COMPOUNDS;
  const words = new Set<string>();
  for (const w of corpusWords) if (w.length >= minPart && !never.has(w) && /^\p{L}+$/u.test(w)) words.add(w);
  const memo = new Map<string, string[] | undefined>();

  const isPart = (s: string) => s.length >= minPart && words.has(s);
  const count = (parts: string[]) => parts.filter((p) => p !== 's').length;
  const links = (parts: string[]) => parts.length - count(parts);
  // Fewest parts; then the longest shortest part; then a linking `s` over a part ending in one
  // (`veiligheid` + `s` + `plan`, not `veiligheids` + `plan`), so the part is the word people search.
  const better = (a: Split, b: Split) =>
    count(a.parts) !== count(b.parts) ? count(a.parts) < count(b.parts) : a.shortest !== b.shortest ? a.shortest > b.shortest : links(a.parts) > links(b.parts);

  function topSplit(word: string): string[] | undefined {
    // best[i]: fewest parts covering word.slice(0, i), with the longest shortest part.
    const best: Array<Split | undefined> = [{ parts: [], shortest: Infinity }];
    for (let end = minPart; end <= word.length; end++) {
      for (let start = 0; start <= end - minPart; start++) {
        const piece = word.slice(start, end);
        if (!isPart(piece) || (start === 0 && end === word.length)) continue;
        // The piece may follow the previous part directly or after a linking `s`.
        for (const link of start > 0 && word[start - 1] === 's' ? [0, 1] : [0]) {
          const from = best[start - link];
          if (!from || (link === 1 && start - 1 === 0)) continue;
          const parts = [...from.parts, ...(link ? ['s'] : []), piece];
          const candidate = { parts, shortest: Math.min(from.shortest, piece.length) };
          const seen = best[end];
          if (!seen || better(candidate, seen)) best[end] = candidate;
        }
      }
    }
    const found = best[word.length];
    if (!found || found.parts.filter((p) => p !== 's').length < 2) return undefined;
    return found.parts;
  }

  const split: CompoundSplitter = (word) => {
    if (memo.has(word)) return memo.get(word);
    let result: string[] | undefined;
    if (word.length >= 2 * minPart && !notCompounds.some((prefix) => word.startsWith(prefix))) {
      const parts = topSplit(word);
      if (parts) result = parts.flatMap((p) => (p === 's' ? [p] : (split(p) ?? [p])));
    }
    memo.set(word, result);
    return result;
  };
  return split;
}
