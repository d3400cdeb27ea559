/**
 * From a query to the passages that really match it. Pagefind's own matching extends every word
 * to the index words it begins, and falls back to a shorter one (`budget` finds `b.`); the
 * search page therefore asks Pagefind only exact questions — one per index word a term may
 * mean, chosen from the index vocabulary — and every position Pagefind returns is then a real
 * match. The index keeps words as written (no stemmer, see src/integrations/pagefind.ts);
 * the Dutch forms are matched here:
 *
 * - a word matches index words with the same Dutch stem (Snowball, @orama/stemmers) or that are
 *   its regular plural or singular (dutch-variants.ts), also as a part of a compound (indexed at
 *   the compound's position, see indexed-text.ts);
 * - only the word being typed also matches the index words it begins, from four letters on;
 * - words in double quotes match exactly as written, in order.
 *
 * A term that finds nothing in the whole index is reported, and the other terms still search;
 * passages that match every found term come first.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { dutchSingular } from './dutch-variants.ts';
import type { Pagefind, PagefindResult } from './pagefind-api.ts';
import type { Term } from './query-terms.ts';

const MIN_PREFIX = 4;
/** Prefix expansions per typed word: the most frequent index words first. */
const MAX_EXPANSIONS = 40;

export interface Hit {
  result: PagefindResult;
  /** Matched positions per term index. */
  positions: Map<number, number[]>;
  /** Pagefind's page order of the first lookup that found it: a stable last tie-break. */
  order: number;
}

export interface TermOutcome {
  term: Term;
  /** The index words looked up for it (its forms, and while typing the words it begins). */
  lookups: string[];
  /** Found anywhere in the index (filters aside). */
  inIndex: boolean;
  /** Passages matching it with the filters. */
  count: number;
}

export interface Found {
  terms: TermOutcome[];
  hits: Hit[];
}

const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemmer(word)));
  return stem;
}

/**
 * Two words are forms of one word: the same Snowball stem, or one the other's regular singular.
 * Compared after NFKC, so the PDF's ligature `bĳ` is the word `bij`.
 */
export function sameWord(x: string, y: string): boolean {
  const a = x.normalize('NFKC');
  const b = y.normalize('NFKC');
  if (a === b || stemOf(a) === stemOf(b)) return true;
  const sa = dutchSingular(a) ?? a;
  const sb = dutchSingular(b) ?? b;
  return sa === sb || stemOf(sa) === stemOf(sb);
}

/** The lookups for one term: the index words it may mean, from its letter's vocabulary. */
export function lookupsFor(term: Term, vocabulary: readonly string[]): string[] {
  if (term.exact) return [term.words.join(' ')];
  const word = term.words[0]!;
  const words = new Set<string>();
  let expansions = 0;
  for (const v of vocabulary) {
    if (sameWord(v, word)) words.add(v);
    else if (term.typing && word.length >= MIN_PREFIX && v.normalize('NFKC').startsWith(word) && expansions < MAX_EXPANSIONS) words.add(v), expansions++;
  }
  return [...words];
}

export async function findPassages(
  pf: Pagefind,
  terms: readonly Term[],
  vocabularyOf: (word: string) => Promise<readonly string[]>,
  filters: Record<string, string>,
): Promise<Found> {
  const hits = new Map<string, Hit>();
  let order = 0;
  const outcomes = await Promise.all(
    terms.map(async (term, t): Promise<TermOutcome> => {
      // Pagefind fetches the index chunk for the word while the vocabulary arrives.
      const [vocabulary] = await Promise.all([vocabularyOf(term.words[0]!), pf.preload(term.words[0]!).catch(() => undefined)]);
      const lookups = lookupsFor(term, vocabulary);
      const exact = await Promise.all(lookups.map((w) => pf.search(`"${w}"`, { filters })));
      const mine = new Set<string>();
      for (const response of exact) {
        for (const result of response?.results ?? []) {
          // Matched outside the passage's words (Pagefind also indexes metadata): not a match.
          if (result.words.length === 0) continue;
          mine.add(result.id);
          const hit = hits.get(result.id) ?? { result, positions: new Map(), order: order++ };
          hits.set(result.id, hit);
          hit.positions.set(t, [...new Set([...(hit.positions.get(t) ?? []), ...result.words])].sort((a, b) => a - b));
        }
      }
      // In the index at all: with filters, ask again without them.
      const inIndex = mine.size > 0 || (Object.keys(filters).length > 0 && (await Promise.all(lookups.map((w) => pf.search(`"${w}"`)))).some((r) => r?.results.some((x) => x.words.length > 0)));
      return { term, lookups, inIndex, count: mine.size };
    }),
  );
  return { terms: outcomes, hits: [...hits.values()] };
}

/** What BM25 needs besides the matches: the number of passages and each one's length in words. */
export interface Corpus {
  passages: number;
  averageLength: number;
  lengthOf: (id: string) => number;
}

/**
 * Relevance (within the passages that match as many terms): those where the terms stand together
 * in the query's order first (`Veilig Thuis` before `veiligheid … thuis`), then BM25 over the
 * exact matches (k1 1.2, b 0.75): a rarer term, more occurrences and a shorter passage count
 * more. Computed here, because Pagefind scores only its own, wider matches.
 */
function relevance(hit: Hit, outcomes: readonly TermOutcome[], corpus: Corpus): number {
  let score = 0;
  const length = corpus.lengthOf(hit.result.id) || corpus.averageLength;
  for (const [t, positions] of hit.positions) {
    const df = outcomes[t]?.count ?? 1;
    const idf = Math.log(1 + (corpus.passages - df + 0.5) / (df + 0.5));
    const tf = positions.length;
    score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / corpus.averageLength));
  }
  return score + (together(hit, outcomes) ? 1000 : 0);
}

/** Every found term matched, each within two words after the previous one, in query order. */
function together(hit: Hit, outcomes: readonly TermOutcome[]): boolean {
  const order = outcomes.map((o, t) => (o.count > 0 ? t : -1)).filter((t) => t >= 0);
  if (order.length < 2 || order.some((t) => !hit.positions.has(t))) return false;
  return hit.positions.get(order[0]!)!.some((p) => {
    let at = p;
    for (const t of order.slice(1)) {
      // The same position counts: both parts of one compound (`vrouwen opvang` in `vrouwenopvang`).
      const next = hit.positions.get(t)!.find((q) => q >= at && q <= at + 2);
      if (next === undefined) return false;
      at = next;
    }
    return true;
  });
}

/** Hits in display order: all terms first, then by the chosen order (a rank) or relevance. */
export function orderHits(hits: readonly Hit[], outcomes: readonly TermOutcome[], order: ReadonlyMap<string, number> | Corpus): Hit[] {
  const key = (h: Hit) => (order instanceof Map ? -(order.get(h.result.id) ?? Infinity) : relevance(h, outcomes, order as Corpus));
  return [...hits].sort((a, b) => b.positions.size - a.positions.size || key(b) - key(a) || a.order - b.order);
}
