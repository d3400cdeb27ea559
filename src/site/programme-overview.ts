/**
 * The registry as readers browse it: entries grouped by kind (in the order of PROGRAMME_KINDS),
 * alphabetical within a kind, each with how often and where the reports mention it.
 */
import { PROGRAMME_KINDS, PROGRAMME_KIND_LABELS_NL, type Programme, type ProgrammeKind } from '../schema/programme';
import type { LocatedPassage } from './programme-passages';
import { passagesPerArticle } from './programme-sections';

export interface ProgrammeSummary {
  programme: Programme;
  /** Times a name or alias of the entry occurs, footnotes included. */
  mentionCount: number;
  passageCount: number;
  /** Articles whose recommendations mention it in GREVIO's text or the response. */
  articles: number[];
}

export interface KindGroup<T> {
  kind: ProgrammeKind;
  label: string;
  entries: T[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Alphabetical by name, Dutch collation, slug as tie-breaker so the order never depends on input order. */
function byName(a: Programme, b: Programme): number {
  return collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function summarise(programme: Programme, passages: readonly LocatedPassage[], withPages?: ReadonlySet<number>): ProgrammeSummary {
  return {
    programme,
    mentionCount: passages.reduce((n, p) => n + p.passage.mentions.length, 0),
    passageCount: passages.length,
    articles: [...passagesPerArticle(passages, withPages).keys()],
  };
}

/** Non-empty groups only, kinds in registry order. */
export function groupByKind<T>(entries: readonly T[], programmeOf: (entry: T) => Programme): KindGroup<T>[] {
  return PROGRAMME_KINDS.map((kind) => ({
    kind,
    label: PROGRAMME_KIND_LABELS_NL[kind],
    entries: entries.filter((e) => programmeOf(e).kind === kind).sort((a, b) => byName(programmeOf(a), programmeOf(b))),
  })).filter((g) => g.entries.length > 0);
}

export function programmeOverview(
  registry: readonly Programme[],
  passagesBySlug: ReadonlyMap<string, readonly LocatedPassage[]>,
  withPages?: ReadonlySet<number>,
): KindGroup<ProgrammeSummary>[] {
  const summaries = registry.map((p) => summarise(p, passagesBySlug.get(p.slug) ?? [], withPages));
  return groupByKind(summaries, (s) => s.programme);
}
