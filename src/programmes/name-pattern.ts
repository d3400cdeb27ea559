/**
 * Turns one registry name into a regular-expression source, and any matched text into a lookup key.
 * Both follow the same normalisation, so whatever the pattern accepts folds to the name's key:
 * - any run of whitespace (space, NBSP, thin space, line break, zero-width space) is one gap;
 * - a hyphen between two letters may also be written as a gap, or hyphen + gap ("EU-richtlijn",
 *   "EU Richtlijn", "Verwey- Jonker"); a hyphen already followed by a space ("kind- en") stays required;
 * - a quote mark in the name is optional in the text, and matches any quote style;
 * - the first letter of every word may be either case ("Stop Femicide!"); all other letters match
 *   exactly, so "OM" never matches "Om" or "om", and "Zvw" never matches "ZVW" (list it as an alias);
 * - "ij" also matches the ligature "ĳ" that PDF text sometimes carries;
 * - a name cannot start right after a letter or digit (`START_BOUNDARY`, added once by the caller
 *   in front of all names), and a name that ends with a letter or digit cannot end inside a word:
 *   "CSGs" is no mention of CSG, but a hyphen, quote or footnote marker is a boundary ("CSG’s",
 *   "Wmo-taken", "huiselijk geweld[^1]").
 * The patterns avoid the regex `u` flag and `\p{…}` classes, and keep the word-character class to
 * one contiguous range beyond ASCII: with either, V8 needs 0.2–0.9 s to run a registry-sized
 * alternation over the seed; without, a few milliseconds. Word characters are ASCII letters and
 * digits and U+00C0–U+024F (Latin-1 letters and Latin Extended; × and ÷ come along, harmlessly).
 */

const GAP = '[\\s\\u200b]+';
const HYPHENS = '\\-\\u2010\\u2011\\u2012\\u2013';
const QUOTES = `'"\`\\u00b4\\u2018\\u2019\\u201a\\u201b\\u201c\\u201d\\u201e\\u201f`;
/** Letters and digits, as a character-class body (no `u` flag needed). */
const WORD_CHARS = '0-9A-Za-z\\u00c0-\\u024f';
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);
/** No name starts in the middle of a word. */
export const START_BOUNDARY = `(?<![${WORD_CHARS}])`;
const LETTER = new RegExp(`[${WORD_CHARS.slice(3)}]`);
const SYNTAX = /[.*+?^${}()|[\]\\/]/g;

const isHyphen = (c: string) => /[-\u2010-\u2013]/.test(c);
const isQuote = (c: string) => /['"`\u00b4\u2018-\u201f]/.test(c);
const isSpace = (c: string) => /[\s\u200b]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** Regular-expression source (no `u` flag) for `name` in running text; put START_BOUNDARY before it. */
export function namePattern(name: string): string {
  const chars = [...name.normalize('NFC').trim()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (isSpace(c)) {
      if (!isSpace(prev ?? 'x')) out += GAP;
    } else if (isHyphen(c)) {
      out += isLetter(prev) && isLetter(next) ? `(?:[${HYPHENS}][\\s\\u200b]*|${GAP})` : `[${HYPHENS}]`;
    } else if (isQuote(c)) {
      out += `[${QUOTES}]?`;
    } else if (c === 'i' && next === 'j') {
      out += isLetter(prev) ? '(?:ij|\\u0133)' : '(?:[Ii]j|\\u0133)';
      i++;
    } else if (isLetter(c) && !isLetter(prev) && c.toUpperCase() !== c.toLowerCase()) {
      out += `[${c.toUpperCase()}${c.toLowerCase()}]`;
    } else {
      out += c.replace(SYNTAX, '\\$&');
    }
  }
  return WORD_CHAR.test(chars[chars.length - 1] ?? '') ? `${out}(?![${WORD_CHARS}])` : out;
}

/** Case-, quote-, hyphen- and whitespace-folded form of a name or a matched text. */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0133/g, 'ij')
    .replace(/\u0132/g, 'IJ')
    .toLowerCase()
    .replace(/['"`\u00b4\u2018-\u201f]/g, '')
    .replace(/[\s\u200b]*[-\u2010-\u2013][\s\u200b]*|[\s\u200b]+/g, ' ')
    .trim();
}

/** A name with a capital only counts where the text keeps a capital ("de meldcode" ≠ "Meldcode"). */
export const hasCapital = (text: string): boolean => text !== text.toLowerCase();
