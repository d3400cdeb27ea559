import { describe, expect, it } from 'vitest';
import { parseSidecar, sidecarPath } from '../../src/ingest/read-sidecar.ts';
import { reportFileName, titleSlug } from '../../src/ingest/report-name.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

describe('the report sidecar', () => {
  it('sits beside its report with the same name', () => {
    expect(sidecarPath('seeds/2025-07-10-x.txt')).toBe('seeds/2025-07-10-x.json');
  });

  it('accepts every documented key, and none', () => {
    const full = { country: 'Nederland', round: 'eerste thematische evaluatie', language: 'nl', sourceUrl: 'https://example.org/a.pdf', grevioDocument: { title: 'T', url: 'https://example.org/g.pdf' }, title: 'Titel', received: '2025-07-11' };
    expect(parseSidecar(JSON.stringify(full), 'x.json')).toEqual({ meta: full, errors: [] });
    expect(parseSidecar('{}', 'x.json')).toEqual({ meta: {}, errors: [] });
  });

  it('points at the line of a JSON syntax error', () => {
    expect(parseSidecar('{\n  "country": "Nederland",\n  "round": ,\n}\n', 'seeds/x.json').errors).toEqual([expect.stringMatching(/^seeds\/x\.json:3: not valid JSON \(/)]);
  });

  it('points at the line of a wrong value', () => {
    expect(parseSidecar('{\n  "received": "10 juli 2025"\n}', 'x.json').errors).toEqual(['x.json:2: "received": expected a date as YYYY-MM-DD']);
  });

  it('adds its facts to the report and overrides title and date, keeping the schema’s key order', () => {
    const meta = { sourceUrl: 'https://example.org/a.pdf', country: 'Nederland', title: 'Een betere titel', received: '2025-07-11' };
    const { report } = parseReport(seedBytes(), { slug: SEED_SLUG, source: 'seeds/x.txt', meta }).report;
    expect(report.title).toBe('Een betere titel');
    expect(report.received).toBe('2025-07-11');
    expect(Object.keys(report)).toEqual(['slug', 'title', 'received', 'pages', 'source', 'cover', 'country', 'sourceUrl']);
  });
});

describe('the name of a new report', () => {
  it('is the date received and the title’s telling words', () => {
    const { report } = parseReport(seedBytes(), { slug: 'x', source: 'x' }).report;
    expect(reportFileName(report)).toBe('2025-07-10-nl-beleidsreactie-eerste-thematische-evaluatie-grevio');
  });

  it('keeps the title part short, ASCII and without boilerplate', () => {
    expect(titleSlug('Reactie van de regering op het Comité van de Partijen: opvolging 2027')).toBe('comite-partijen-opvolging-2027');
    expect(titleSlug('Uitgebreide beleidsreactie')).toBe('rapport');
  });

  it('needs a date received', () => {
    expect(reportFileName({ title: 'X', received: null })).toBeUndefined();
  });
});
