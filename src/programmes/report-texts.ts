/**
 * Every piece of running text in a parsed report, with where it sits: GREVIO and response
 * paragraphs, list items, and footnotes (under the recommendation that cites them). Topics are
 * headings and are left out.
 */
import type { Block, ParsedReport } from '../schema/report.ts';

export type TextLocation =
  | { part: 'grevio' | 'response'; blockIndex: number; itemIndex?: number }
  | { part: 'footnote'; footnote: number };

export type ReportText = TextLocation & {
  recommendationId: string;
  articles: number[];
  page: number;
  /** The page its text ends on, when later than `page`. */
  endPage?: number;
  text: string;
};

export function reportTexts(report: ParsedReport): ReportText[] {
  const out: ReportText[] = [];
  for (const rec of report.recommendations) {
    const where = { recommendationId: rec.id, articles: rec.articles };
    for (const part of ['grevio', 'response'] as const) {
      rec[part].forEach((block: Block, blockIndex) => {
        if (block.kind === 'paragraph') {
          out.push({ ...where, part, blockIndex, page: block.page, ...(block.endPage ? { endPage: block.endPage } : {}), text: block.text });
        } else {
          block.items.forEach((item, itemIndex) => out.push({ ...where, part, blockIndex, itemIndex, page: item.page, ...(item.endPage ? { endPage: item.endPage } : {}), text: item.text }));
        }
      });
    }
    for (const note of report.footnotes.filter((f) => f.recommendation === rec.id)) {
      out.push({ ...where, part: 'footnote', footnote: note.number, page: note.page, text: note.text });
    }
  }
  return out;
}
