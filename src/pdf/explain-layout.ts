/**
 * `npm run ingest -- --explain FILE.pdf`: what the extractor saw, page by page: each printed
 * line with its zone, font size and what the layout said about it (a paragraph may start here and
 * why, runs on from the page before, starts footnote N), and each superscript reference on its
 * own row, so a maintainer can tell in a minute why a PDF parses as it does.
 */
import type { PdfSource } from './read-pdf-lines.ts';
import type { LaidOutLine } from './layout-types.ts';
import { refNumbers } from './lay-out-document.ts';

const ZONE_NAMES: Record<LaidOutLine['zone'], string> = { body: 'body', foot: 'footnote', header: 'header', footer: 'footer' };

export function explainLayout(pdf: PdfSource, shown: string): string {
  const { layout } = pdf;
  const out: string[] = [];
  const notes = layout.noteSize === undefined ? 'no footnotes in a smaller size: page feet found by the text rules' : `footnotes ${layout.noteSize} pt`;
  out.push(`${shown}: ${pdf.pageCount} pages; body text ${layout.bodySize} pt; ${notes}`);
  out.push('zone columns: body, footnote, header, footer, sup-ref (a raised footnote number); "¶ why" marks where a paragraph or list item may start (gap, label, indent, outdent, short, page-end, page), "runs on" a paragraph continued from the page before');
  for (const page of layout.pages) {
    out.push('', `page ${page.number}`);
    if (page.lines.length === 0) out.push('  (no text)');
    for (const line of page.lines) {
      out.push(row(ZONE_NAMES[line.zone], line.size, flags(line), line.text));
      for (const piece of line.pieces) {
        if (line.zone !== 'body' || !piece.raised || !/^[\d\s,]+$/.test(piece.str.trim())) continue;
        const numbers = refNumbers(piece, new Set(line.refs)) ?? [];
        const became = numbers.length > 0 && numbers.every((n) => line.refs.includes(n)) ? numbers.map((n) => `[^${n}]`).join('') : 'plain text';
        out.push(row('sup-ref', piece.size, `→ ${became}`, `"${piece.str.trim()}" raised ${round(piece.y - line.y)} pt above the line, after "${before(line, piece.x)}"`));
      }
    }
  }
  const remarks = [
    ...layout.warnings.map((n) => ({ ...n, kind: 'warning' })),
    ...layout.repairs.map((n) => ({ ...n, kind: 'repaired' })),
    ...[...layout.leftOut, ...pdf.notes].map((n) => ({ ...n, kind: 'note' })),
  ].sort((a, b) => a.page - b.page);
  if (remarks.length > 0) out.push('', ...remarks.map((n) => `${shown}:${n.page}: ${n.kind}: ${n.message}`));
  return `${out.join('\n')}\n`;
}

function flags(line: LaidOutLine): string {
  if (line.note !== undefined) return `note ${line.note}`;
  if (line.runsOn) return 'runs on';
  if (line.breakBefore) return `¶ ${line.breakBefore}`;
  return '';
}

function row(zone: string, size: number, flag: string, text: string): string {
  return `  ${zone.padEnd(8)} ${round(size).toFixed(1).padStart(5)}  ${flag.padEnd(10)}  ${text}`;
}

/** The few words before a superscript, to find it on the page. */
function before(line: LaidOutLine, x: number): string {
  const words = line.pieces.filter((p) => p.x < x && !p.raised).map((p) => p.str).join(' ').trim().split(/\s+/);
  return words.slice(-3).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
