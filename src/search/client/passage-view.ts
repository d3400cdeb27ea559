/**
 * A record's fragment as the search page shows it: the report's words (the seams that
 * indexed-text.ts added removed again), the matched words marked, an excerpt around the first
 * match, and a link that lands on the passage with those words highlighted by the browser's
 * text fragments (`#anchor:~:text=…`), so content pages need no script.
 */
import { tokens, type Token } from '../index-words.ts';
import type { PagefindFragment } from './pagefind-api.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface PassageView {
  text: string;
  excerpt: Segment[];
  /** The marked words, as shown. */
  marked: string[];
  url: string;
}

const EXCERPT_WORDS = 40;
/** Words of context on each side of a text fragment's match (fewer where the passage ends). */
const CONTEXT_WORDS = 5;

function offsets(value: string | undefined): number[] {
  return (value ?? '').split(' ').filter(Boolean).map(Number);
}

/** The content without the seams at these offsets. */
export function withoutSeams(content: string, seams: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of seams) {
    out += content.slice(from, at);
    from = at + 1;
  }
  return out + content.slice(from);
}

/** The letters-and-digits core of a token: what is marked and what a text fragment names. */
function core(token: Token): { start: number; end: number } {
  const m = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(token.text);
  if (!m) return { start: token.start, end: token.start + token.text.length };
  return { start: token.start + m.index, end: token.start + m.index + m[0].length };
}

/**
 * Where the excerpt is centred: the matched position after which the most different terms
 * match within a few words (so `Veilig Thuis` shows where both stand), the earliest if equal.
 */
export function focusPosition(positions: ReadonlyMap<number, readonly number[]>): number {
  const all = [...positions.values()].flat().sort((a, b) => a - b);
  let best = all[0] ?? 0;
  let bestTerms = 0;
  for (const p of all) {
    const terms = [...positions.values()].filter((list) => list.some((q) => q >= p && q <= p + 12)).length;
    if (terms > bestTerms) (best = p), (bestTerms = terms);
  }
  return best;
}

/** `positions`: the matched word positions per query term (find-passages.ts). */
export function passageView(fragment: PagefindFragment, positions: ReadonlyMap<number, readonly number[]>): PassageView {
  const text = withoutSeams(fragment.content, offsets(fragment.meta.naden));
  const words = tokens(text);
  const marked = [...new Set([...positions.values()].flat())].filter((p) => p >= 0 && p < words.length).sort((a, b) => a - b);
  const focus = focusPosition(positions);
  const from = Math.max(0, Math.min(focus - 8, words.length - EXCERPT_WORDS));
  const to = Math.min(words.length, from + EXCERPT_WORDS);
  const excerpt: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s === '') return;
    const last = excerpt.at(-1);
    if (last && last.mark === mark) last.text += s;
    else excerpt.push({ text: s, mark });
  };
  if (from > 0) push('… ', false);
  const markedSet = new Set(marked);
  let at = words[from]?.start ?? 0;
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    push(text.slice(at, word.start), false);
    if (markedSet.has(i)) {
      const c = core(word);
      push(text.slice(word.start, c.start), false);
      push(text.slice(c.start, c.end), true);
      push(text.slice(c.end, word.start + word.text.length), false);
    } else push(word.text, false);
    at = word.start + word.text.length;
  }
  if (to < words.length) push(' …', false);
  const shownMarks = marked.map((i) => {
    const c = core(words[i]!);
    return text.slice(c.start, c.end);
  });
  // The passage's first matches get the text fragment, starting with the focus.
  const directives = textDirectives(text, words, [...marked.filter((p) => p >= focus), ...marked.filter((p) => p < focus)], offsets(fragment.meta.noten));
  return { text, excerpt, marked: shownMarks, url: directives.length ? `${fragment.url}:~:${directives.join('&')}` : fragment.url };
}

/**
 * `text=` directives for up to three distinct marked words, each with a few words before and
 * after so the browser highlights it in this passage, not an earlier one. The context stops at
 * a footnote marker, whose number the page shows but the record leaves out.
 */
function textDirectives(text: string, words: readonly Token[], marked: readonly number[], noteBreaks: readonly number[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of marked) {
    const c = core(words[i]!);
    const match = text.slice(c.start, c.end);
    if (seen.has(match.toLowerCase()) || out.length === 3) continue;
    seen.add(match.toLowerCase());
    const before = noteBreaks.filter((b) => b <= c.start).at(-1) ?? 0;
    const after = noteBreaks.find((b) => b >= c.end) ?? text.length;
    const startWord = Math.max(0, i - CONTEXT_WORDS);
    const prefix = text.slice(Math.max(before, words[startWord]!.start), c.start).trim();
    const endWord = Math.min(words.length - 1, i + CONTEXT_WORDS);
    const suffix = text.slice(c.end, Math.min(after, words[endWord]!.start + words[endWord]!.text.length)).trim();
    out.push(`text=${prefix ? `${encodeTextDirective(prefix)}-,` : ''}${encodeTextDirective(match)}${suffix ? `,-${encodeTextDirective(suffix)}` : ''}`);
  }
  return out;
}

/** Percent-encoding for a text directive: also `-`, `,` and `&`, which the syntax uses. */
export function encodeTextDirective(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}
