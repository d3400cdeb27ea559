/**
 * Finds where each footnote is referenced and writes the reference as `[^N]`.
 * The number is glued to the word or punctuation before it (`geweld1`, `vrouwenopvang.3`,
 * `perspectief’6`), on the page that carries the note, before the note. Where no such
 * place exists, a number glued to a four-digit year (`2025-20288.`) is accepted. A `[^N]` already
 * in the text (our PDF extractor writes one where it saw a raised number) is the reference, as is.
 * A `[^N]` without a note N is an error: its number would point at nothing.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { BodyLine } from './body-line.ts';
import type { FootnoteDraft } from './collect-page-feet.ts';
import { footnoteMarker, footnoteMarkers } from '../schema/footnote-marker.ts';

export interface FootnoteRef {
  number: number;
  /** Source line that carries the reference. */
  line: number;
}

export function markFootnoteRefs(body: BodyLine[], notes: FootnoteDraft[]): { body: BodyLine[]; refs: FootnoteRef[]; errors: Diagnostic[] } {
  const out = body.map((l) => ({ ...l }));
  const refs: FootnoteRef[] = [];
  const errors: Diagnostic[] = [];
  for (const note of notes) {
    const n = String(note.number);
    const { strong, weak } = refPatterns(note.number);
    const candidates = out.filter((l): l is Extract<BodyLine, { kind: 'text' }> => l.kind === 'text' && l.page === note.page && l.no < note.line);
    const marked = candidates.findLast((l) => hasExplicitRef(l.text, note.number));
    if (marked) {
      refs.push({ number: note.number, line: marked.no });
      continue;
    }
    const hit = lastMatch(candidates, strong) ?? lastMatch(candidates, weak);
    if (!hit) {
      errors.push({ line: note.line, message: `footnote ${n} has no reference on page ${note.page} (expected the number glued to a word, like "geweld${n}")` });
      continue;
    }
    hit.line.text = hit.line.text.slice(0, hit.index) + footnoteMarker(note.number) + hit.line.text.slice(hit.index + n.length);
    refs.push({ number: note.number, line: hit.line.no });
  }
  // Every marker in the text, as written or as marked here, must point at a note on its own page, once.
  const notePage = new Map(notes.map((note) => [note.number, note.page]));
  const seen = new Set<number>();
  for (const line of out) {
    if (line.kind !== 'text') continue;
    for (const m of line.text.matchAll(footnoteMarkers())) {
      const n = Number(m[1]);
      if (notePage.get(n) !== line.page) errors.push({ line: line.no, message: `footnote reference ${m[0]} on page ${line.page} has no footnote ${n} at the foot of that page` });
      else if (seen.has(n)) errors.push({ line: line.no, message: `footnote reference ${m[0]} on page ${line.page} is the second reference to footnote ${n}; a footnote has one reference` });
      seen.add(n);
    }
  }
  return { body: out, refs, errors };
}

/** `[^n]` written in the text: a reference a front end was sure of. */
export function hasExplicitRef(text: string, n: number): boolean {
  return text.includes(footnoteMarker(n));
}

/** Where a reference to note `n` may stand: glued to a word or punctuation, else to a year. */
function refPatterns(n: number): { strong: RegExp; weak: RegExp } {
  return {
    strong: new RegExp(`(?<=[\\p{L}.,;:’”")\\]])${n}(?=[\\s.,;:)]|$)`, 'u'),
    weak: new RegExp(`(?<=(?<!\\d)\\d{4})${n}(?=[\\s.,;:)]|$)`, 'u'),
  };
}

export function hasRef(text: string, n: number): boolean {
  const { strong, weak } = refPatterns(n);
  return hasExplicitRef(text, n) || strong.test(text) || weak.test(text);
}

function lastMatch(lines: Array<Extract<BodyLine, { kind: 'text' }>>, re: RegExp) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const global = new RegExp(re.source, 'gu');
    let found: number | undefined;
    for (const m of line.text.matchAll(global)) found = m.index;
    if (found !== undefined) return { line, index: found };
  }
  return undefined;
}
