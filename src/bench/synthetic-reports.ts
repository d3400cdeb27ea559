/**
 * Realistic synthetic reports for the scale benchmark, made from the seed's own paragraphs:
 * N reports of ~20 recommendations each, with varied dates, articles, wording, footnotes, lists
 * and page breaks, in our text dialect (a leading space starts a page), valid for the parser.
 * Pure and deterministic: the same seed report, count and seed number give the same texts.
 */
import type { Block, ParsedReport } from '../schema/report.ts';
import { ARTICLE_COUNT, FIRST_ARTICLE, LAST_ARTICLE } from '../schema/convention.ts';
import { withoutFootnoteMarkers } from '../schema/footnote-marker.ts';

export interface SyntheticReport {
  /** File name without `.txt`: `<date>-nl-synthetisch-<nnn>`. */
  name: string;
  text: string;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WIDTH = 88;
const PAGE_LINES = 46;
const RECOMMENDATIONS = [18, 22] as const;

interface Pools {
  topics: string[];
  /** GREVIO's parts of the seed's recommendations, each kept whole (intro + list stays coherent). */
  grevio: Block[][];
  responseParagraphs: string[];
  responseLists: string[][];
}

export function syntheticReports(seed: ParsedReport, count: number, seedNumber = 1): SyntheticReport[] {
  const pools = collectPools(seed);
  return Array.from({ length: count }, (_, i) => syntheticReport(pools, i, mulberry32(seedNumber * 100_003 + i)));
}

function syntheticReport(pools: Pools, index: number, random: () => number): SyntheticReport {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // One report about every 45 days from 2014 on: dates (and so names) are unique and ordered.
  const day = new Date(Date.UTC(2014, 0, 6) + (index * 45 + Math.floor(random() * 30)) * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const yearShift = day.getUTCFullYear() - 2025;
  const shiftYears = (text: string) => text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + yearShift));
  const writer = new PageWriter();

  writer.line('Verdrag van de Raad van Europa inzake het voorkomen en');
  writer.line('bestrijden van geweld tegen vrouwen en huiselijk geweld');
  writer.blank();
  writer.paragraph(`Synthetische beleidsreactie nummer ${index + 1} van de Nederlandse overheid op de aanbevelingen van GREVIO, benchmark,`);
  writer.line(`ontvangen op ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`);
  writer.newPage();
  writer.line('Reactie per aanbeveling GREVIO');

  const total = RECOMMENDATIONS[0] + Math.floor(random() * (RECOMMENDATIONS[1] - RECOMMENDATIONS[0] + 1));
  for (let r = 0; r < total; r++) {
    writer.blank();
    writer.line(`Onderwerp aanbeveling: ${pick(pools.topics)}`);
    const first = FIRST_ARTICLE + Math.floor(random() * ARTICLE_COUNT);
    const articles = random() < 0.2 && first < LAST_ARTICLE ? `${first} en ${first + 1}` : String(first);
    writer.line(`Artikel Verdrag van Istanbul:  ${articles}`);
    writer.blank();
    writer.line('Omschrijving');
    pick(pools.grevio).forEach((block, b) => {
      if (b > 0) writer.blank();
      writeBlock(writer, block, shiftYears);
    });
    writer.blank();
    writer.line('Beleidsreactie');
    const paragraphs = 2 + Math.floor(random() * 3);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0) writer.blank();
      const note = random() < 0.35 ? `Kamerstukken II, ${day.getUTCFullYear() - 1}-${day.getUTCFullYear()}, ${28000 + Math.floor(random() * 7000)}, nr. ${1 + Math.floor(random() * 400)}.` : undefined;
      writer.paragraph(shiftYears(pick(pools.responseParagraphs)), note);
      if (p === 0 && pools.responseLists.length > 0 && random() < 0.3) {
        writer.blank();
        writeBlock(writer, { kind: 'list', style: 'dash', page: 1, items: pick(pools.responseLists).map((text) => ({ label: '-', text, page: 1 })) }, shiftYears);
      }
    }
  }
  return { name: `${iso}-nl-synthetisch-${String(index + 1).padStart(3, '0')}`, text: writer.text() };
}

function writeBlock(writer: PageWriter, block: Block, edit: (text: string) => string): void {
  if (block.kind === 'paragraph') return writer.paragraph(edit(block.text));
  block.items.forEach((item, i) => {
    // A blank line before each item: an item that ends without punctuation still ends there.
    if (i > 0) writer.blank();
    writer.paragraph(`${item.label} ${edit(item.text)}`);
  });
}

/** Lines into pages: a page holds PAGE_LINES lines, its footnotes go to its foot, the next page's first line gets the leading space. */
class PageWriter {
  private readonly done: string[] = [];
  private body: string[] = [];
  private notes: string[] = [];
  private noteNumber = 0;
  private pageStart = false;

  line(text: string): void {
    if (this.body.length >= PAGE_LINES) this.newPage();
    if (text === '') return this.blank();
    this.body.push(this.pageStart ? ` ${text}` : text);
    this.pageStart = false;
  }

  blank(): void {
    if (this.body.length > 0 && this.body[this.body.length - 1] !== '') this.body.push('');
  }

  /** A paragraph wrapped to WIDTH; a footnote's number is glued to its end (`slachtoffers.3`). */
  paragraph(text: string, note?: string): void {
    const words = withoutFootnoteMarkers(text).split(/\s+/).filter(Boolean);
    if (note) words[words.length - 1] += String(this.noteNumber + 1);
    for (const line of wrap(words)) this.line(line);
    if (note) this.notes.push(`${++this.noteNumber} ${note}`);
  }

  newPage(): void {
    this.flush();
    this.pageStart = true;
  }

  text(): string {
    this.flush();
    return `${this.done.join('\n')}\n`;
  }

  private flush(): void {
    while (this.body.length > 0 && this.body[this.body.length - 1] === '') this.body.pop();
    if (this.body.length === 0 && this.notes.length === 0) return;
    this.done.push(...this.body);
    if (this.notes.length > 0) this.done.push('', ...this.notes);
    this.body = [];
    this.notes = [];
  }
}

/** Greedy wrapping; a line never starts with what could read as a marker (a number, `-`, `a.`, `(1)`). */
function wrap(words: string[]): string[] {
  const lines: string[][] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last && [...last, word].join(' ').length <= WIDTH) last.push(word);
    else lines.push([word]);
  }
  for (let i = 1; i < lines.length; i++) {
    while (lines[i - 1]!.length > 1 && /^(\d|-|\(\d|\p{Ll}\.$|Pagina$)/u.test(lines[i]![0]!)) lines[i]!.unshift(lines[i - 1]!.pop()!);
  }
  return lines.map((l) => l.join(' '));
}

function collectPools(seed: ParsedReport): Pools {
  const clean = (text: string) => !/https?:\/\//.test(text);
  const textOf = (b: Block) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => i.text).join(' '));
  const responses = seed.recommendations.flatMap((r) => r.response);
  return {
    topics: [...new Set(seed.recommendations.map((r) => r.topic))],
    grevio: seed.recommendations.map((r) => r.grevio.map(dropLabel)).filter((blocks) => blocks.every((b) => clean(textOf(b)))),
    responseParagraphs: responses.flatMap((b) => (b.kind === 'paragraph' && clean(b.text) && b.text.length > 80 ? [b.text] : [])),
    responseLists: responses.flatMap((b) => (b.kind === 'list' && b.style === 'dash' && b.items.every((i) => clean(i.text)) ? [b.items.map((i) => i.text)] : [])),
  };
}

/** GREVIO's paragraph numbers ("29.") would repeat in every synthetic report; leave them out. */
function dropLabel(block: Block): Block {
  return block.kind === 'paragraph' ? { ...block, label: undefined } : block;
}

/** A small, well-known 32-bit PRNG: deterministic across platforms. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
