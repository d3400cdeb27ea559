/**
 * Named, logged repairs of PDF extraction glitches, applied line by line.
 * Each rule is a pure function from text to text; every change it makes is
 * recorded as a correction so that anyone can audit the difference with the seed.
 * The seed itself is never edited.
 */
import type { Correction } from '../schema/report.ts';
import type { SourceLine } from './source-line.ts';

export interface RepairedLine extends SourceLine {
  /** Text after all line repairs; '' for a blank line. */
  text: string;
}

/** Justified PDF text arrives with runs of spaces (and no-break spaces) between words. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/**
 * Fake-bold rendering prints a word several times over itself; extraction glues the
 * copies (`werkenwerkenwerkenwerken`). A word made of two or more copies of one
 * unit of at least four letters becomes one copy.
 */
function undoFakeBold(text: string): { text: string; hits: Array<{ before: string; after: string }> } {
  const hits: Array<{ before: string; after: string }> = [];
  const repaired = text.replace(/(?<!\p{L})(\p{L}{4,}?)\1+(?!\p{L})/gu, (whole: string, unit: string) => {
    hits.push({ before: whole, after: unit });
    return unit;
  });
  return { text: repaired, hits };
}

/**
 * A phrase of two or more words that ends one line and starts the next
 * (`Zedenrechercheurs zijn` / `Zedenrechercheurs zijn speciaal`) is an overlap
 * from the PDF's text layer; returns how many leading words of `next` repeat `prev`.
 */
function repeatedPhraseLength(prev: string, next: string): number {
  const a = prev.split(' ').filter(Boolean);
  const b = next.split(' ').filter(Boolean);
  for (let k = Math.min(a.length, b.length - 1, 8); k >= 2; k--) {
    const tail = a.slice(a.length - k).join(' ');
    const head = b.slice(0, k).join(' ');
    if (tail === head && tail.length >= 10) return k;
  }
  return 0;
}

export function repairLines(lines: SourceLine[]): { lines: RepairedLine[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const out: RepairedLine[] = [];
  let previous: RepairedLine | undefined;
  for (const line of lines) {
    const trimmed = line.text.trim();
    let text = collapseSpaces(line.text);
    if (text !== trimmed) corrections.push({ line: line.no, before: trimmed, after: text, rule: 'collapse-spaces' });

    const bold = undoFakeBold(text);
    for (const hit of bold.hits) corrections.push({ line: line.no, ...hit, rule: 'undo-fake-bold' });
    text = bold.text;

    if (previous && text !== '') {
      const k = repeatedPhraseLength(previous.text, text);
      if (k > 0) {
        const rest = text.split(' ').slice(k).join(' ');
        corrections.push({ line: line.no, before: text, after: rest, rule: 'drop-repeated-phrase' });
        text = rest;
      }
    }
    const repaired = { ...line, text };
    out.push(repaired);
    if (text !== '') previous = repaired;
  }
  return { lines: out, corrections };
}
