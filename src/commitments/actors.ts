/**
 * Who a commitment sentence names as doing it: a registry organisation (ministries are registry
 * entries too) or one of the government's own office-holders — the first one the sentence names,
 * with any joined to it by "en" or a comma ("de ministeries VWS en JenV"). Later names are what
 * the sentence is about, not who acts: in "Het WODC verkent vanaf eind 2025 de mogelijkheid om de
 * BORG-gedragstraining, die door de reclassering wordt ingezet, …" the actor is the WODC alone.
 * Laws, programmes and monitors are never actors: "de Wet … die naar verwachting in 2026 in
 * werking treedt" has no actor.
 *
 * - { kind: 'programme' }: a registry organisation (find-mentions.ts), named by its registry name.
 * - { kind: 'government' }: "de minister (van …)", "de staatssecretaris (van …/Rechtsbescherming)",
 *   "het ministerie/de ministeries (van …)", "de minister-president", with the capitalised name
 *   after it ("van Justitie en Veiligheid", "Rechtsbescherming", "VWS en JenV"). A ministry phrase
 *   that holds a registry organisation ("het ministerie van OCW", "de ministeries VWS en JenV") is
 *   left to those registry actors; a minister or staatssecretaris stays, with the ministry as a
 *   registry actor beside it.
 * - "het kabinet", "de (Nederlandse) regering", "Nederland" and "de Rijksoverheid" are not actors:
 *   every response is the government's, so naming them tells a reader nothing, and the registry
 *   rules (src/schema/programme.ts) keep the government itself out for the same reason.
 */
import type { Mention } from '../programmes/find-mentions.ts';
import type { Programme } from '../schema/programme.ts';

export type Actor = { kind: 'programme'; slug: string; name: string } | { kind: 'government'; name: string };

const NAME_WORD = "\\p{Lu}[\\p{L}\\d’'\\-]*";
const GOVERNMENT = new RegExp(
  `(?<![\\p{L}])(minister-president|ministers?|staatssecretaris(?:sen)?|ministeries?)` +
    `(?:(?:\\s+(?:van|voor))?\\s+(${NAME_WORD}(?:(?:,\\s+|\\s+en\\s+)${NAME_WORD})*))?(?![\\p{L}])`,
  'gu',
);

interface Found {
  start: number;
  end: number;
  actor: Actor;
}

/** Actors in `sentence`, in text order; `mentions` are the registry mentions in the same text. */
export function actorsIn(sentence: string, mentions: readonly Mention[], registry: readonly Programme[]): Actor[] {
  const bySlug = new Map(registry.map((p) => [p.slug, p]));
  const found: Found[] = mentions.map((m) => ({ start: m.start, end: m.end, actor: { kind: 'programme', slug: m.slug, name: bySlug.get(m.slug)?.name ?? m.matched } }));
  for (const m of sentence.matchAll(GOVERNMENT)) {
    const start = m.index;
    const end = start + m[0].length;
    const holdsOrganisation = mentions.some((x) => x.start < end && x.end > start && bySlug.get(x.slug)?.kind === 'organisatie');
    if (/^ministerie/i.test(m[1]!) && holdsOrganisation) continue;
    // A mention covering the whole phrase already names it.
    if (mentions.some((x) => x.start <= start && x.end >= end)) continue;
    found.push({ start, end, actor: { kind: 'government', name: m[0].replace(/\s+/g, ' ') } });
  }
  const candidates = found
    .filter(({ actor }) => actor.kind === 'government' || bySlug.get(actor.slug)?.kind === 'organisatie')
    .sort((a, b) => a.start - b.start);
  const first = candidates[0];
  if (!first) return [];
  const out: Actor[] = [first.actor];
  const seen = new Set([keyOf(first.actor)]);
  let end = first.end;
  for (const next of candidates.slice(1)) {
    // Inside the first phrase ("staatssecretaris van Justitie en Veiligheid" holds the ministry),
    // or joined to the last one taken by "en" or a comma.
    const joined = next.start < end || /^\s*(?:,|en)\s+(?:(?:de|het)\s+)?$/u.test(sentence.slice(end, next.start));
    if (!joined) break;
    end = Math.max(end, next.end);
    if (seen.has(keyOf(next.actor))) continue;
    seen.add(keyOf(next.actor));
    out.push(next.actor);
  }
  return out;
}

function keyOf(actor: Actor): string {
  return actor.kind === 'programme' ? `p:${actor.slug}` : `g:${actor.name.toLowerCase()}`;
}
