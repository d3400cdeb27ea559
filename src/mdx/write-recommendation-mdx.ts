/**
 * Entry points for ingest: the MDX text of one recommendation, and the gate to run on it
 * before it is written.
 */
import type { ParsedReport, Recommendation } from '../schema/report';
import { recommendationToMdast } from './recommendation-to-mdast';
import { serializeFrontmatter, serializeMdx } from './serialize-mdx';

export { assertSafeMdx } from './mdx-gate';

/** Frontmatter (JSON values) + body serialized from an mdast tree; report text is never pasted. */
export function recommendationToMdx(rec: Recommendation, report: ParsedReport): string {
  const frontmatter = serializeFrontmatter({
    id: rec.id,
    report: report.report.slug,
    topic: rec.topic,
    articles: rec.articles,
    pages: rec.pages,
    strength: rec.strength,
  });
  return `${frontmatter}\n${serializeMdx(recommendationToMdast(rec, report))}`;
}
