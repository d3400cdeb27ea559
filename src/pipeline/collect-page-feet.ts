/**
 * Takes each page's foot (the lines a front end put in `zone: 'foot'`) out of the running text:
 * footnotes, each from the line that starts it to the next, and page-foot URL lines. A bare URL
 * line that repeats a URL already printed on the page is an extraction duplicate and is dropped.
 * Footnote numbers must run 1, 2, 3 … through the report.
 */
import type { Correction } from '../schema/report.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { BodyLine } from './body-line.ts';
import type { RepairedLine } from './repair-lines.ts';
import { joinLines } from './join-lines.ts';
import { URL_LINE, groupByPage } from './infer-page-feet.ts';

export interface FootnoteDraft {
  number: number;
  page: number;
  /** Line of `N text`. */
  line: number;
  text: string;
}

export function collectPageFeet(lines: RepairedLine[]): {
  body: BodyLine[];
  footnotes: FootnoteDraft[];
  corrections: Correction[];
  errors: Diagnostic[];
} {
  const body: BodyLine[] = [];
  const footnotes: FootnoteDraft[] = [];
  const corrections: Correction[] = [];
  const errors: Diagnostic[] = [];
  let expected = 1;

  for (const pageLines of groupByPage(lines)) {
    const seenUrls = new Set<string>();
    const foot = pageLines.filter((line) => line.zone === 'foot');
    for (const line of pageLines) {
      if (line.zone === 'foot') continue;
      body.push(line.text === '' ? { kind: 'break', no: line.no, page: line.page } : { kind: 'text', no: line.no, page: line.page, text: line.text, ...(line.runsOn ? { runsOn: true } : {}) });
      for (const url of line.text.match(/https?:\/\/\S+/g) ?? []) seenUrls.add(url);
    }
    if (foot.length > 0) body.push({ kind: 'break', no: foot[0]!.no, page: foot[0]!.page });
    let current: { draft: FootnoteDraft; lines: RepairedLine[] } | undefined;
    const finish = () => {
      if (current) footnotes.push({ ...current.draft, text: joinLines(current.lines, corrections) });
      current = undefined;
    };
    for (const line of foot) {
      if (line.text === '') continue;
      if (line.note !== undefined) {
        if (line.note !== expected) errors.push({ line: line.no, message: `footnote ${line.note} on page ${line.page} follows footnote ${expected - 1}: footnote numbers must run 1, 2, 3 … without gaps` });
        finish();
        current = { draft: { number: line.note, page: line.page, line: line.no, text: '' }, lines: [{ ...line, text: line.text.replace(/^\d+\s*/, '') }] };
        expected = line.note + 1;
        for (const url of line.text.match(/https?:\/\/\S+/g) ?? []) seenUrls.add(url);
        continue;
      }
      if (URL_LINE.test(line.text)) {
        if (seenUrls.has(line.text)) {
          corrections.push({ line: line.no, before: line.text, after: '', rule: 'drop-duplicate-url-line' });
          continue;
        }
        seenUrls.add(line.text);
        if (!current) {
          body.push({ kind: 'link', no: line.no, page: line.page, url: line.text });
          continue;
        }
      }
      if (current) current.lines.push(line);
      else body.push({ kind: 'text', no: line.no, page: line.page, text: line.text });
    }
    finish();
  }
  return { body, footnotes, corrections, errors };
}
