/**
 * Gives every footnote of a generated file the label it is rendered under, and records which
 * recommendation cites it. In the file a footnote is labelled with the report's own number
 * (`[^7]`); GFM would render that as `user-content-fn-7`, which two reports on one article page
 * could share. Each `[^N]` inside `<Recommendation id="R">` becomes label `R-fn-N` (anchor-ids.ts),
 * and the numbers travel on to `rehype-recommendation-footnotes.ts` as `file.data`, so nothing
 * later reads a number back out of an id.
 */
import type { FootnoteDefinition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { footnoteLabel } from './anchor-ids';
import { recommendationIdOf } from './components';
import { shownPath } from './remark-mdx-gate';

export interface RecommendationFootnote {
  /** The report's own note number (rendered under `footnoteLabel(recommendation, number)`). */
  number: number;
  recommendation: string;
}

declare module 'vfile' {
  interface DataMap {
    recommendationFootnotes: RecommendationFootnote[];
  }
}

export function remarkRecommendationFootnotes() {
  return (tree: Root, file: VFile): void => {
    const citedBy = new Map<string, string>();
    const fail = (line: number | undefined, message: string): never => {
      throw new Error(`${file.path ? shownPath(file.path) : 'MDX'}:${line ?? 1}: ${message}`);
    };
    for (const child of tree.children) {
      const recommendation = recommendationIdOf(child);
      if (recommendation === undefined) continue;
      visit(child, 'footnoteReference', (node) => {
        const owner = citedBy.get(node.identifier);
        if (owner !== undefined && owner !== recommendation) fail(node.position?.start.line, `footnote [^${node.identifier}] is cited by ${owner} and ${recommendation}`);
        citedBy.set(node.identifier, recommendation);
        node.identifier = node.label = footnoteLabel(recommendation, Number(node.identifier));
      });
    }
    if (citedBy.size === 0) return;
    const notes: RecommendationFootnote[] = [];
    visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
      const recommendation = citedBy.get(node.identifier);
      if (recommendation === undefined) return fail(node.position?.start.line, `footnote [^${node.identifier}] is cited by no recommendation`);
      const number = Number(node.identifier);
      node.identifier = node.label = footnoteLabel(recommendation, number);
      notes.push({ number, recommendation });
    });
    file.data.recommendationFootnotes = notes;
  };
}
