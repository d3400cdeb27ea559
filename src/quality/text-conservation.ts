/**
 * Text conservation: every word a report's recommendations, responses and footnotes contain
 * must reach the rendered pages. Footnote markers (`[^N]`) become links, so the text is compared
 * in the runs between them.
 */
import type { Block, ParsedReport } from '../schema/report.ts';
import { normaliseWhitespace } from './page-text.ts';
import { splitAtFootnoteMarkers } from '../schema/footnote-marker.ts';

export interface TextRun {
  /** `<recommendation id> grevio[0]`, `… response[1].items[2]`, `footnote 4`. */
  where: string;
  text: string;
}

export interface ConservationReport {
  runs: number;
  words: number;
  /** Runs not found verbatim (whitespace collapsed) in the page text. */
  missingRuns: TextRun[];
  /** Words (whitespace-separated, punctuation kept) found nowhere in the page text. */
  missingWords: Array<{ where: string; word: string }>;
}

export function textRuns(parsed: ParsedReport): TextRun[] {
  const runs: TextRun[] = [];
  const add = (where: string, text: string) => {
    for (const part of splitAtFootnoteMarkers(text)) {
      const normalised = normaliseWhitespace(part);
      if (normalised) runs.push({ where, text: normalised });
    }
  };
  const addBlocks = (prefix: string, blocks: Block[]) =>
    blocks.forEach((block, index) => {
      if (block.kind === 'paragraph') add(`${prefix}[${index}]`, block.text);
      else block.items.forEach((item, i) => add(`${prefix}[${index}].items[${i}]`, item.text));
    });
  for (const recommendation of parsed.recommendations) {
    addBlocks(`${recommendation.id} grevio`, recommendation.grevio);
    addBlocks(`${recommendation.id} response`, recommendation.response);
  }
  for (const footnote of parsed.footnotes) add(`footnote ${footnote.number} (${footnote.recommendation})`, footnote.text);
  return runs;
}

/** `pageText` is the whitespace-collapsed text of every page that should carry the runs. */
export function checkConservation(runs: TextRun[], pageText: string): ConservationReport {
  const tokens = new Set(pageText.split(' '));
  const report: ConservationReport = { runs: runs.length, words: 0, missingRuns: [], missingWords: [] };
  const seenMissing = new Set<string>();
  for (const run of runs) {
    if (!pageText.includes(run.text)) report.missingRuns.push(run);
    for (const word of run.text.split(' ')) {
      report.words += 1;
      if (tokens.has(word) || pageText.includes(word) || seenMissing.has(word)) continue;
      seenMissing.add(word);
      report.missingWords.push({ where: run.where, word });
    }
  }
  return report;
}
