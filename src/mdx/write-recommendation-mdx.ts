/**
 * Entry point for ingest: the MDX text of one generated file — one recommendation, or a whole
 * report (see `MdxLayout`) — and the gate to run on it before it is written.
 */
import type { Passage } from '../programmes/mentions-in-report';
import type { ParsedReport, Recommendation } from '../schema/report';
import { recommendationsToMdast } from './recommendation-to-mdast';
import { serializeFrontmatter, serializeMdx } from './serialize-mdx';

export { assertSafeMdx } from './mdx-gate';

/** Frontmatter (JSON values) + body serialized from an mdast tree; report text is never pasted. */
export function recommendationsToMdx(recs: readonly Recommendation[], report: ParsedReport, passages: readonly Passage[]): string {
  const frontmatter = serializeFrontmatter({ report: report.report.slug, recommendations: recs.map((r) => r.id) });
  return `${frontmatter}\n${serializeMdx(recommendationsToMdast(recs, report, passages))}`;
}
