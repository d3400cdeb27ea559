/**
 * How Pagefind turns text into index words, mirrored for the build and the browser: the text
 * splits at whitespace into tokens; a token's index word keeps its letters and digits,
 * lowercased; a token with punctuation is also indexed as its parts between ASCII punctuation
 * (pagefind/src/fossick: `normalized_word`, `get_discrete_words`). Word positions that Pagefind
 * returns count these tokens, so a position is an index into `tokens(text)`.
 */

/** Whitespace-separated tokens with their start offsets, as Pagefind counts word positions. */
export interface Token {
  text: string;
  start: number;
}

export function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index }));
}

/**
 * The word Pagefind indexes for a token: its letters and digits (Rust's `is_alphanumeric`) and
 * the connector characters Pagefind keeps (`include_characters` in pagefind-entry.json),
 * lowercased: `NGO's` → `ngos`.
 */
export function indexWord(token: string): string {
  return token.replace(/[^\p{Alphabetic}\p{N}_‿⁀⁔︳︴﹍﹎﹏＿]+/gu, '').toLowerCase();
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]+/u;

/** The parts Pagefind also indexes for a token with ASCII punctuation (`Thuis-organisaties`). */
export function punctuationParts(token: string): string[] {
  if (!ASCII_PUNCTUATION.test(token)) return [];
  const parts = token.split(ASCII_PUNCTUATION).map(indexWord).filter((p) => p.length > 1);
  return parts.length > 1 ? parts : [];
}
