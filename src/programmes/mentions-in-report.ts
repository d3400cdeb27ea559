/**
 * Every passage of a report that mentions a registry entry — the one list that programme pages,
 * article side panels, the programme × article matrix and search filters are built from.
 * A passage is one paragraph, one list item or one footnote; it appears once per entry it
 * mentions, carrying only that entry's mentions. Order: document order, then first mention.
 */
import type { Programme } from '../schema/programme.ts';
import type { ParsedReport } from '../schema/report.ts';
import { findMentions, type Mention } from './find-mentions.ts';
import { reportTexts, type ReportText } from './report-texts.ts';

export type Passage = ReportText & { slug: string; mentions: Mention[] };
export type PassagePart = Passage['part'];

export function mentionsInReport(report: ParsedReport, registry: readonly Programme[]): Passage[] {
  const passages: Passage[] = [];
  for (const located of reportTexts(report)) {
    const bySlug = new Map<string, Mention[]>();
    for (const mention of findMentions(registry, located.text)) {
      const list = bySlug.get(mention.slug) ?? [];
      list.push(mention);
      bySlug.set(mention.slug, list);
    }
    for (const [slug, mentions] of bySlug) passages.push({ ...located, slug, mentions });
  }
  return passages;
}

/** Passages grouped per entry; entries without passages are absent. */
export function passagesBySlug(passages: readonly Passage[]): Map<string, Passage[]> {
  const grouped = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = grouped.get(passage.slug) ?? [];
    list.push(passage);
    grouped.set(passage.slug, list);
  }
  return grouped;
}

/**
 * Article numbers (sorted, unique) of the recommendations whose text mentions `slug`.
 * By default GREVIO's text and the response count and footnotes do not, since a footnote is a
 * source, not what the recommendation or the response says.
 */
export function articlesMentioning(
  passages: readonly Passage[],
  slug: string,
  parts: readonly PassagePart[] = ['grevio', 'response'],
): number[] {
  const articles = new Set<number>();
  for (const p of passages) if (p.slug === slug && parts.includes(p.part)) p.articles.forEach((a) => articles.add(a));
  return [...articles].sort((a, b) => a - b);
}
