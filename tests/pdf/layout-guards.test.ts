/**
 * Each consistency guard of the PDF front end, tripped by a PDF drawn for it (pdf-lib): a
 * footnote number out of sequence, a raised number with no note, a note with no reference, a
 * line of footnote-sized type in the running text, a page number out of step; and the repairs it
 * makes by layout: a running header left out, a word drawn twice over itself printed once.
 * Problems name the PDF's page: `FILE.pdf:PAGE: …`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/ingest/add-report.ts';
import { readPdfLines } from '../../src/pdf/read-pdf-lines.ts';
import { column, drawPdf, textWidth, type Drawn } from '../support/draw-pdf.ts';

const cover = column(['Rapport over geweld', { text: 'ontvangen op 1 januari 2027', gap: true }]);
const SENTENCE = 'GREVIO dringt aan op betere definities van geweld';

/** A one-recommendation report on page 2, a raised number after SENTENCE for each of `refs`, a note at the foot for each of `notes`. */
async function report(options: { refs?: number[]; notes?: number[]; extraBody?: Array<string | { text: string; size?: number }>; pages?: Drawn[][] } = {}): Promise<Drawn[][]> {
  const { refs = [1], notes = [1], extraBody = [] } = options;
  const body = column([
    'Onderwerp aanbeveling: Definities',
    'Artikel Verdrag van Istanbul: 3',
    { text: 'Omschrijving', gap: true },
    `${SENTENCE}.`,
    ...extraBody,
    { text: 'Beleidsreactie', gap: true },
    'Nederland zegt toe dit te doen.',
  ]);
  const line = body[3]!;
  let x = line.x + (await textWidth(SENTENCE)) + 0.3;
  const raised: Drawn[] = [];
  for (const n of refs) {
    raised.push({ text: String(n), x, y: line.y + 4, size: 7 });
    x += (await textWidth(String(n), 7)) + 0.2;
  }
  // The full stop after the references.
  body[3] = { ...line, text: SENTENCE };
  const stop = { text: '.', x, y: line.y };
  const feet = notes.flatMap((n, i) => [
    { text: String(n), x: 70, y: 90 - i * 11, size: 8 },
    { text: `Noot ${n} bij de tekst.`, x: 80, y: 90 - i * 11, size: 8 },
  ]);
  return [cover, [...body, ...raised, stop, ...feet], ...(options.pages ?? [])];
}

async function check(pages: Drawn[][]) {
  const file = join(mkdtempSync(join(tmpdir(), 'vw-guard-')), 'rapport.pdf');
  writeFileSync(file, await drawPdf(pages));
  return { file, ...(await checkReport(file, (p) => p)) };
}

describe('PDF consistency guards', () => {
  it('accept a consistent report: the raised number is the reference, the small line at the foot its note', async () => {
    const r = await check(await report());
    expect(r.messages).toEqual([]);
    expect(r.report!.footnotes.map((n) => [n.number, n.text, n.page])).toEqual([[1, 'Noot 1 bij de tekst.', 2]]);
    expect(r.report!.recommendations[0]!.grevio[0]).toMatchObject({ kind: 'paragraph', text: `${SENTENCE}[^1].` });
  });

  it('refuse footnote numbers that skip one', async () => {
    const r = await check(await report({ refs: [1, 3], notes: [1, 3] }));
    expect(r.report).toBeUndefined();
    expect(r.messages).toContainEqual(expect.stringMatching(new RegExp(`^${r.file}:2: footnote 3 on page 2 follows footnote 1: footnote numbers must run 1, 2, 3 … without gaps \\(\\S+:\\d+\\)$`)));
  });

  it('refuse a note that nothing in the text refers to', async () => {
    const r = await check(await report({ refs: [1], notes: [1, 2] }));
    expect(r.report).toBeUndefined();
    expect(r.messages).toContainEqual(expect.stringContaining(`${r.file}:2: footnote 2 has no reference on page 2`));
  });

  it('warn about a raised number that has no note on its page, and keep it as a number', async () => {
    const pages = await report();
    const answer = pages[1]!.find((d) => d.text.startsWith('Nederland zegt'))!;
    const words = 'Nederland zegt toe dit te doen';
    pages[1]!.splice(pages[1]!.indexOf(answer), 1, { ...answer, text: words }, { text: '2', x: answer.x + (await textWidth(words)) + 0.2, y: answer.y + 4, size: 7 }, { text: '.', x: answer.x + (await textWidth(words)) + 4.3, y: answer.y });
    const r = await check(pages);
    expect(r.messages).toContain(`${r.file}:2: warning: a raised number "2" in the text has no footnote 2 at the foot of this page; kept as a plain number`);
    expect(r.report!.recommendations[0]!.response[0]).toMatchObject({ text: 'Nederland zegt toe dit te doen2.' });
  });

  it('warn about a line of footnote-sized type in the running text', async () => {
    const r = await check(await report({ extraBody: [{ text: 'Een regel in kleine letters.', size: 8 }] }));
    expect(r.messages).toContain(`${r.file}:2: warning: "Een regel in kleine letters." is set in footnote-sized type (8 pt, notes 8 pt) but stands in the running text`);
  });

  it('keep page numbers and a running header out of the text, and warn when a page number is out of step', async () => {
    const furniture = (printed: number): Drawn[] => [
      { text: 'Beleidsreactie GREVIO 2027', x: 400, y: 815, size: 8 },
      { text: `- ${printed} -`, x: 290, y: 30, size: 8 },
    ];
    const pages = await report({ pages: [column(['Een derde pagina zonder aanbeveling.'])] });
    const withFurniture = pages.map((items, i) => [...items, ...furniture(i === 2 ? 5 : i + 1)]);
    const r = await check(withFurniture);
    expect(r.messages).toContain(`${r.file}:3: warning: the page number printed here is 5, but the other pages' numbers give 3: is a page missing or out of order?`);
    const pdf = await readPdfLines(await drawPdf(withFurniture));
    expect(pdf.text).not.toContain('Beleidsreactie GREVIO 2027');
    expect(pdf.text).not.toMatch(/- \d -/);
    expect(pdf.layout.pages.map((p) => p.lines.filter((l) => l.zone === 'header' || l.zone === 'footer').map((l) => l.zone))).toEqual([
      ['header', 'footer'],
      ['header', 'footer'],
      ['header', 'footer'],
    ]);
  });

  it('print a word drawn twice over itself (fake bold) once, decided by position, and say so', async () => {
    const pages = await report();
    const akkoord = pages[1]!.find((d) => d.text.startsWith('Nederland zegt'))!;
    pages[1]!.push({ ...akkoord, x: akkoord.x + 0.4 });
    const r = await check(pages);
    expect(r.messages).toEqual([`${r.file}:2: repaired: dropped 1 copy of text drawn over itself (fake bold): "Nederland zegt toe dit te doen."`]);
    expect(r.report!.recommendations[0]!.response[0]).toMatchObject({ text: 'Nederland zegt toe dit te doen.' });
    // The same text drawn elsewhere on the page is text, not a copy.
    pages[1]!.push({ ...akkoord, y: akkoord.y - 14 });
    const twice = await check(pages);
    expect(twice.report!.recommendations[0]!.response[0]).toMatchObject({ text: 'Nederland zegt toe dit te doen. Nederland zegt toe dit te doen.' });
  });
});
