/**
 * The options the search page offers for each filter, with Dutch labels, built at build time
 * from the same data the index was built from (so every option can match something), and the
 * orders results can be sorted in.
 */
import type { ParsedReport } from '../schema/report.ts';
import { STRENGTHS, STRENGTH_LABELS_NL } from '../schema/report.ts';
import type { Registry } from '../schema/programme.ts';
import type { Article, Chapter } from '../site/article-registry.ts';
import { reportLabel } from '../site/report-label.ts';
import { COMMITMENT_ANY, type PagefindFilter, type Sort } from './client/search-state.ts';
import { PART_LABELS } from './part-labels.ts';

export interface FilterOption {
  value: string;
  label: string;
}
export interface FilterField {
  name: PagefindFilter;
  label: string;
  options: FilterOption[];
}

export const SORT_OPTIONS: ReadonlyArray<{ value: Sort; label: string }> = [
  { value: 'relevantie', label: 'Relevantie' },
  { value: 'artikel', label: 'Artikelvolgorde' },
  { value: 'datum', label: 'Nieuwste rapport eerst' },
];

export function searchFilterFields(input: {
  articles: readonly Article[];
  chapters: readonly Chapter[];
  reports: readonly ParsedReport[];
  registry: Registry;
  mentioned: ReadonlySet<string>;
  /** The years the dated commitments are placed in (site/commitments.ts timelineSlot). */
  commitmentYears: readonly number[];
}): FilterField[] {
  const cited = new Set(input.reports.flatMap((r) => r.recommendations.flatMap((rec) => rec.articles)));
  const articles = input.articles.filter((a) => cited.has(a.number));
  const chapterRomans = new Set(articles.map((a) => a.chapter));
  return [
    { name: 'artikel', label: 'Artikel', options: articles.map((a) => ({ value: String(a.number), label: `Artikel ${a.number}: ${a.title_nl}` })) },
    {
      name: 'hoofdstuk',
      label: 'Hoofdstuk',
      options: input.chapters.filter((c) => chapterRomans.has(c.roman)).map((c) => ({ value: c.roman, label: `Hoofdstuk ${c.roman}: ${c.title_nl}` })),
    },
    { name: 'formulering', label: 'Formulering van GREVIO', options: STRENGTHS.map((s) => ({ value: STRENGTH_LABELS_NL[s], label: STRENGTH_LABELS_NL[s] })) },
    {
      name: 'programma',
      label: 'Programma, wet of organisatie',
      options: input.registry
        .filter((p) => input.mentioned.has(p.slug))
        .map((p) => ({ value: p.slug, label: p.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    },
    {
      name: 'toezegging',
      label: 'Toezegging met een datum',
      options: [
        { value: COMMITMENT_ANY, label: 'Alle passages met een toezegging' },
        ...[...new Set(input.commitmentYears)].sort((a, b) => a - b).map((year) => ({ value: String(year), label: `Met een datum in ${year}` })),
      ],
    },
    {
      name: 'rapport',
      label: 'Rapport',
      options: input.reports.map((r) => ({ value: r.report.slug, label: reportLabel(r.report) })),
    },
    {
      name: 'onderdeel',
      label: 'Onderdeel',
      options: Object.entries(PART_LABELS).map(([value, label]) => ({ value, label })),
    },
  ];
}
