/**
 * Running lines of one section (GREVIO's text or the response) → paragraphs and lists.
 * The PDF puts blank lines, page breaks and footnotes inside sentences, so a break only
 * ends a block when the text before it ends a sentence; a list marker only starts an
 * item where a block may start, or where it continues the list that is open.
 * A page-foot URL goes with the block open when the foot arrives (the last one on its page);
 * before a section's first block that is the block the text before it ended in (the GREVIO text
 * above "Beleidsreactie", the previous recommendation's response), if it has text on that page.
 */
import type { BodyLine, TextLine } from './body-line.ts';
import type { Diagnostic } from './diagnostics.ts';

export type ListStyle = 'lettered' | 'dash' | 'numbered';

export interface ItemDraft {
  label: string;
  lines: TextLine[];
  links: string[];
}
export type BlockDraft =
  | { kind: 'paragraph'; label?: string; lines: TextLine[]; links: string[] }
  | { kind: 'list'; style: ListStyle; items: ItemDraft[] };

/** The last block (or list item) of the text so far: its URL list and the page its text ends on. */
export interface OpenBlock {
  links: string[];
  page: number;
}

export interface Segmented {
  blocks: BlockDraft[];
  errors: Diagnostic[];
  /** Where this section's text ends, for the next section's page-foot URLs. */
  open: OpenBlock | undefined;
}

interface Marker {
  kind: ListStyle | 'paragraph-number';
  label: string;
  /** Ordinal for lettered (a=1) and numbered lists. */
  ordinal: number;
  rest: string;
}

/** A line shorter than this share of a full line ended early. */
const SHORT_LINE = 0.85;

/** The length of a full line of running text: the 90th percentile of its lines' lengths. */
export function fullLineLength(lines: readonly BodyLine[]): number {
  const lengths = lines.flatMap((l) => (l.kind === 'text' ? [l.text.length] : [])).sort((a, b) => a - b);
  return lengths.length === 0 ? Infinity : lengths[Math.floor(lengths.length * 0.9)]!;
}

const SENTENCE_END = /[.!?:;]["'’”)\]]*$/;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

function detectMarker(text: string): Marker | undefined {
  let m = /^([a-z])\.\s+(\S.*)$/.exec(text);
  if (m) return { kind: 'lettered', label: `${m[1]}.`, ordinal: m[1]!.charCodeAt(0) - 96, rest: m[2]! };
  m = /^(\((\d+)\)\.?)\s+(\S.*)$/.exec(text);
  if (m) return { kind: 'numbered', label: m[1]!, ordinal: Number(m[2]), rest: m[3]! };
  m = /^([-•▪◦●])\s+(\S.*)$/.exec(text);
  if (m) return { kind: 'dash', label: m[1]!, ordinal: 0, rest: m[2]! };
  // `1. een plan` is a list item; `29. GREVIO dringt …` a numbered paragraph, or an item where a list of `1.`, `2.` … has begun.
  m = /^(\d{1,2})\.\s+(\P{Lu}.*)$/u.exec(text);
  if (m && /^\p{Ll}/u.test(m[2]!)) return { kind: 'numbered', label: `${m[1]}.`, ordinal: Number(m[1]), rest: m[2]! };
  m = /^((\d{1,3})\.)\s+(\p{Lu}.*)$/u.exec(text);
  if (m) return { kind: 'paragraph-number', label: m[1]!, ordinal: Number(m[2]), rest: m[3]! };
  return undefined;
}

const HEADINGS = { grevio: 'Omschrijving', response: 'Beleidsreactie' } as const;

/**
 * `fullLine`: how many characters a full line of this report holds (see `fullLineLength`); a
 * line clearly shorter ended where its paragraph did.
 */
export function segmentBlocks(lines: BodyLine[], section: 'grevio' | 'response', before?: OpenBlock, fullLine = Infinity): Segmented {
  const blocks: BlockDraft[] = [];
  const errors: Diagnostic[] = [];
  let last: TextLine | undefined;
  let broken = false;
  /** The page of the blank line (or page foot) before this line. */
  let breakPage: number | undefined;

  const open = () => blocks[blocks.length - 1];
  const openLinks = (): string[] | undefined => {
    const block = open();
    if (!block) return undefined;
    return block.kind === 'paragraph' ? block.links : block.items[block.items.length - 1]!.links;
  };

  for (const line of lines) {
    if (line.kind === 'break') {
      broken = true;
      breakPage = line.page;
      continue;
    }
    if (line.kind === 'link') {
      const links = openLinks();
      // Before the section's first block, the text citing this URL is in the text before the
      // heading: the block still open there, if its text reaches this page; else no text on
      // this page can cite it, and we never guess.
      if (links) links.push(line.url);
      else if (before && before.page === line.page) before.links.push(line.url);
      else errors.push({ line: line.no, message: `page-foot URL ${line.url} comes before any text under "${HEADINGS[section]}", and no text before it is on page ${line.page}` });
      continue;
    }
    const block = open();
    // A page break is a possible paragraph end, unless the front end saw the paragraph run on.
    const brk = !line.runsOn && (broken || (last !== undefined && last.page !== line.page));
    const ended = last !== undefined && endsSentence(last.text);
    const detected = detectMarker(line.text);
    const mayStart = block === undefined || ended || brk;
    // A blank line inside the page (not a page foot, not a page break) before a capital after a list: the list has ended, punctuated or not.
    const blankInPage = broken && breakPage === line.page && last?.page === line.page;
    // `1. Het …` is an item of a numbered list that is open or, in the response, begins with it.
    const numberedItem = detected?.kind === 'paragraph-number' && ((block?.kind === 'list' && block.style === 'numbered' && continuesList(block, { ...detected, kind: 'numbered' })) || (section === 'response' && detected.ordinal === 1 && mayStart));
    const marker = numberedItem ? { ...detected!, kind: 'numbered' as const } : detected;
    broken = false;
    last = line;

    if (marker && block?.kind === 'list' && continuesList(block, marker) && (marker.kind !== 'dash' || mayStart)) {
      block.items.push({ label: marker.label, lines: [{ ...line, text: marker.rest }], links: [] });
      continue;
    }
    if (marker && mayStart && startsList(marker)) {
      blocks.push({ kind: 'list', style: marker.kind as ListStyle, items: [{ label: marker.label, lines: [{ ...line, text: marker.rest }], links: [] }] });
      continue;
    }
    if (marker?.kind === 'paragraph-number' && mayStart) {
      blocks.push({ kind: 'paragraph', label: marker.label, lines: [{ ...line, text: marker.rest }], links: [] });
      continue;
    }
    // GREVIO's next sentence-paragraph ("GREVIO spoort … aan om:") may follow without a blank
    // line: after a list item, or after a line that ended short of a full line. After a full line
    // ending in a full stop, "GREVIO …" is the next sentence of the same paragraph.
    const grevioStarts = section === 'grevio' && ended && /^GREVIO\b/.test(line.text) && (block?.kind === 'list' || last!.text.length < SHORT_LINE * fullLine);
    const leavesList = block?.kind === 'list' && blankInPage && marker === undefined && /^\p{Lu}/u.test(line.text);
    const newParagraph = block === undefined || (brk && ended) || grevioStarts || leavesList;
    if (newParagraph) {
      blocks.push({ kind: 'paragraph', lines: [line], links: [] });
      continue;
    }
    if (block.kind === 'paragraph') block.lines.push(line);
    else block.items[block.items.length - 1]!.lines.push(line);
  }
  return { blocks, errors, open: openBlock(blocks.at(-1)) ?? before };
}

function openBlock(block: BlockDraft | undefined): OpenBlock | undefined {
  if (!block) return undefined;
  const part = block.kind === 'paragraph' ? block : block.items.at(-1)!;
  return { links: part.links, page: part.lines.at(-1)!.page };
}

function startsList(marker: Marker): boolean {
  if (marker.kind === 'dash') return true;
  if (marker.kind === 'lettered' || marker.kind === 'numbered') return marker.ordinal === 1;
  return false;
}

function continuesList(list: Extract<BlockDraft, { kind: 'list' }>, marker: Marker): boolean {
  if (marker.kind !== list.style) return false;
  if (marker.kind === 'dash') return true;
  const previous = detectMarker(`${list.items[list.items.length - 1]!.label} x`);
  return previous !== undefined && marker.ordinal === previous.ordinal + 1;
}
