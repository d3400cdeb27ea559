/**
 * Splits running Dutch report text into sentences, keeping offsets so callers can point back into
 * the text. A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it) when
 * whitespace and then a capital letter, a digit or an opening quote follow. Not an end:
 * - an abbreviation's period: "o.a.", "bijv.", "m.b.t.", "art.", "nr.", "et al.", "t.a.v.", …
 *   (a small fixed list; any single letter with a period, so initials "J. de Vries" too);
 * - the period of a leading enumeration number ("1. De regering …" at the start of a text);
 * - a "!" or "?" that ends a name ("Stop femicide! en …" continues lowercase anyway; callers pass
 *   registry mentions as `keep` so "… van Stop femicide! Dit" is not cut inside the name).
 * "t/m" has no period and never splits; numbers like "17.500" have no space after the period.
 */

export interface Sentence {
  /** Offsets into the text: `text.slice(start, end) === sentence.text`, trimmed of whitespace. */
  start: number;
  end: number;
  text: string;
}

/** Lowercase, without the final period. Multi-letter only: every single letter is covered below. */
const ABBREVIATIONS = new Set([
  'o.a', 'bijv', 'bv', 'b.v', 'm.b.t', 'art', 'artt', 'nr', 'nrs', 'e.a', 'al', 'i.p.v', 't.a.v', 'i.v.m', 'z.g', 'zgn', 'incl', 'excl',
  'resp', 'ca', 'c.q', 'dhr', 'mevr', 'drs', 'dr', 'mr', 'prof', 'ir', 'ing', 'blz', 'pp', 'vs', 'jl', 'e.d', 'd.w.z', 'm.i.v', 'o.b.v',
  'n.a.v', 'i.o.m', 'i.s.m', 'ivm', 'vgl', 'cf', 'stb', 'stcrt',
]);

/** The word before position `dot` (letters, inner periods, apostrophes: "regio’s"), lowercased. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.’']/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial or a single-letter abbreviation
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^\./, ''));
}

/** "1." or "12." as the first thing in the text: a list number, not a sentence end. */
function isLeadingNumber(text: string, dot: number): boolean {
  return /^\s*\(?\d{1,2}\)?$/.test(text.slice(0, dot));
}

const CLOSERS = /[)\]’”"'»]/u;
/** No "(": "Stop femicide! (2024)" goes on, and a sentence rarely opens with a bracket. */
const NEXT_STARTS = /[\p{Lu}\d“‘"'«]/u;

export function splitSentences(text: string, keep: readonly { start: number; end: number }[] = []): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (keep.some((k) => i >= k.start && i < k.end)) continue;
    if (c === '.' && (isAbbreviation(text, i) || isLeadingNumber(text, i))) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end]!)) end++;
    const gap = /^\s+/u.exec(text.slice(end));
    if (!gap) continue;
    const next = text[end + gap[0].length];
    if (next === undefined || !NEXT_STARTS.test(next)) continue;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}
