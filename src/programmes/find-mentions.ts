/**
 * Finds where a text names a registry entry. Pure; matchers are built from the registry's names and
 * aliases (see name-pattern.ts for the normalisation), never hand-written per entry.
 *
 * What counts as a mention:
 * - A registry name or alias, found as a whole word (a hyphen, quote or `[^N]` footnote marker is a
 *   boundary): "CSG’s" and "Wmo-taken" are mentions, "CSGs" is not. Compounds closed up into one
 *   word ("meldcodeplichtig", "politiedata") are not.
 * - Longest match wins, so overlapping names give one mention: "Landelijk Netwerk Veilig Thuis" is
 *   not also "Veilig Thuis", "Wmo 2015" is not also "Wmo". A full name followed by its abbreviation —
 *   "Wet maatschappelijke ondersteuning 2015 (hierna: Wmo)" — gives two mentions, one of each.
 * - Case: only the first letter of each word folds, and a name that has a capital must keep one
 *   in the text. "Stop Femicide!" matches "Stop femicide!", but "OM" never matches "om"/"Om".
 *
 * Generic phrases and back-references are not mentions (decision for issue #5):
 * - "het/een tijdelijk huisverbod", "huisverbod": the measure, not the law. Only the name
 *   "Wet tijdelijk huisverbod" counts; the measure itself is the subject of the article pages for
 *   articles 52–53, so no separate entry is kept for it.
 * - "de meldcode" (lowercase): a back-reference to the Meldcode just named; the capitalised
 *   "Meldcode" and the full name count. Same for "de richtlijn" (only "EU-richtlijn", "EU Richtlijn
 *   …", "Europese richtlijn ter bestrijding …" and "(EU) 2024/1385" count), "de aanwijzing", "de
 *   wegwijzer", "deze monitor", "deze wet". Every such back-reference in the seed sits in a passage
 *   that already names the entity, so passages and article sets lose nothing.
 * Known gap: a footnote marker inside a multi-word name ("Wet tijdelijk[^3] huisverbod") breaks it.
 */
import type { Programme } from '../schema/programme.ts';
import { START_BOUNDARY, hasCapital, nameKey, namePattern } from './name-pattern.ts';

export interface Mention {
  slug: string;
  /** Offsets into the text: `text.slice(start, end) === matched`. */
  start: number;
  end: number;
  matched: string;
}

interface Target {
  slug: string;
  /** False when some spelling with this key is written in lowercase in the registry. */
  needsCapital: boolean;
}

export interface MentionMatcher {
  find(text: string): Mention[];
}

/** Builds one matcher for the whole registry. Throws when two entries claim the same spelling. */
export function compileMatcher(registry: readonly Programme[]): MentionMatcher {
  const targets = new Map<string, Target>();
  const sources = new Map<string, number>();
  for (const entry of registry) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = nameKey(spelling);
      const known = targets.get(key);
      if (known && known.slug !== entry.slug) {
        throw new Error(`"${spelling}" (${entry.slug}) reads the same as a spelling of ${known.slug}`);
      }
      targets.set(key, { slug: entry.slug, needsCapital: (known?.needsCapital ?? true) && hasCapital(spelling) });
      sources.set(namePattern(spelling), key.length);
    }
  }
  // Longest first: at one position the regex takes the first alternative that matches.
  const alternatives = [...sources].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const regex = alternatives.length > 0 ? new RegExp(`${START_BOUNDARY}(?:${alternatives.join('|')})`, 'g') : null;

  return {
    find(text: string): Mention[] {
      if (!regex) return [];
      const mentions: Mention[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const matched = m[0];
        const target = targets.get(nameKey(matched));
        if (!target || (target.needsCapital && !hasCapital(matched))) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        mentions.push({ slug: target.slug, start: m.index, end: m.index + matched.length, matched });
      }
      return mentions;
    },
  };
}

const cache = new WeakMap<readonly Programme[], MentionMatcher>();

/** Every mention of a registry entry in `text`, in text order, never overlapping. */
export function findMentions(registry: readonly Programme[], text: string): Mention[] {
  let matcher = cache.get(registry);
  if (!matcher) {
    matcher = compileMatcher(registry);
    cache.set(registry, matcher);
  }
  return matcher.find(text);
}
