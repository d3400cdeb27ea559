/**
 * Conservation: every word of the seed survives in the output, once, in source order,
 * and the output has no word the seed lacks — apart from the logged corrections.
 * Works on tokens (runs of letters/digits, and single punctuation marks), so spacing
 * repairs count as no change and a logged hyphen join is visible only in spacing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import type { Block, ParsedReport } from '../../src/schema/report.ts';
import { SEED_SLUG, seedBytes } from './seed-path.ts';

const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
const unmark = (text: string) => text.replace(/\[\^(\d+)\]/g, '$1');
const STRUCTURE = /^\s*(Pagina \d+ van \d+|Omschrijving|Beleidsreactie|Artikel Verdrag van Istanbul:.*)\s*$/;

/** Seed tokens per line, with the logged corrections applied in place. */
function repairedSeed(seed: string, report: ParsedReport): string[] {
  const lines = seed.split(/\r?\n/).map((line) => (STRUCTURE.test(line) ? '' : line.replace(/^\s*Onderwerp aanbeveling:/, '')));
  const perLine = lines.map((l) => tokens(l));
  for (const c of report.corrections) {
    const before = tokens(c.before);
    const after = tokens(c.after);
    if (before.join('\u0000') === after.join('\u0000')) continue;
    const line = perLine[c.line - 1]!;
    const at = indexOfRun(line, before);
    expect(at, `correction on line ${c.line} (${c.rule}) matches the seed`).toBeGreaterThanOrEqual(0);
    line.splice(at, before.length, ...after);
  }
  return perLine.flat();
}

function indexOfRun(haystack: string[], run: string[]): number {
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let j = 0; j < run.length; j++) if (haystack[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

const blockTokens = (b: Block): string[] =>
  b.kind === 'paragraph'
    ? [...tokens(b.label ?? ''), ...tokens(unmark(b.text))]
    : b.items.flatMap((i) => [...tokens(i.label), ...tokens(unmark(i.text))]);

/** Page-foot material (footnotes, link URLs) is shown apart from the running text, so it is ordered apart. */
const linkTokens = (report: ParsedReport): string[] =>
  report.recommendations
    .flatMap((r) => [...r.grevio, ...r.response])
    .flatMap((b) => (b.kind === 'paragraph' ? (b.links ?? []) : b.items.flatMap((i) => i.links ?? [])))
    .flatMap(tokens);

function bodyTokens(report: ParsedReport): string[] {
  return [
    ...report.report.cover.flatMap((p) => tokens(p.text)),
    ...report.recommendations.flatMap((r) => [...tokens(r.topic), ...r.grevio.flatMap(blockTokens), ...r.response.flatMap(blockTokens)]),
  ];
}
const footnoteTokens = (report: ParsedReport) => report.footnotes.flatMap((f) => [String(f.number), ...tokens(f.text)]);

function isSubsequence(needle: string[], haystack: string[]): { ok: boolean; at: number } {
  let h = 0;
  for (let n = 0; n < needle.length; n++) {
    while (h < haystack.length && haystack[h] !== needle[n]) h++;
    if (h === haystack.length) return { ok: false, at: n };
    h++;
  }
  return { ok: true, at: needle.length };
}

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('conservation of the seed text', () => {
  const seed = seedBytes().toString('utf8');
  const report = parseReport(seedBytes(), { slug: SEED_SLUG, source: 'seeds/x.txt' }).report;
  const expected = repairedSeed(seed, report);
  const body = bodyTokens(report);
  const notes = footnoteTokens(report);
  const links = linkTokens(report);

  it('keeps every word exactly as often as the seed has it (after logged repairs), and adds none', () => {
    const want = counts(expected);
    const got = counts([...body, ...notes, ...links]);
    const missing = [...want].filter(([t, n]) => (got.get(t) ?? 0) < n).map(([t, n]) => `${t}×${n - (got.get(t) ?? 0)}`);
    const extra = [...got].filter(([t, n]) => (want.get(t) ?? 0) < n).map(([t, n]) => `${t}×${n - (want.get(t) ?? 0)}`);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the running text in source order', () => {
    const result = isSubsequence(body, expected);
    expect(result.ok, `out of order near: ${body.slice(Math.max(0, result.at - 5), result.at + 5).join(' ')}`).toBe(true);
  });

  it('keeps footnote text and page-foot links in source order', () => {
    expect(isSubsequence(notes, expected).ok).toBe(true);
    expect(isSubsequence(links, expected).ok).toBe(true);
    expect(links.length).toBeGreaterThan(0);
  });

  it('reads the article numbers exactly as the article lines print them', () => {
    const printed = [...seed.matchAll(/^Artikel Verdrag van Istanbul:(.*)$/gm)].map((m) => (m[1]!.match(/\d+/g) ?? []).map(Number));
    expect(report.recommendations.map((r) => r.articles)).toEqual(printed);
  });

  it('logs no correction that changes nothing', () => {
    for (const c of report.corrections) expect(c.before).not.toBe(c.after);
  });
});
