/** The ready Dutch citation of a passage, and how it names paragraphs and list items. */
import { describe, expect, it } from 'vitest';
import type { CitableReport } from '../../src/site/citable-report';
import { partHeading, passageCitation, passageName, reportCitation, reportSourceLine } from '../../src/site/passage-citation';

const report: CitableReport = {
  slug: 'r',
  title: 'Beleidsreactie op GREVIO',
  author: 'Nederlandse overheid',
  received: '2025-07-10',
  pages: 33,
  language: 'nl',
  url: 'https://example.org/rapporten/r/',
  textUrl: 'https://example.org/rapporten/r/bron.txt',
  summary: '1 aanbeveling',
};

describe('passageName', () => {
  it('names a paragraph by its position, or by GREVIO’s printed number', () => {
    expect(passageName({ block: 5 })).toBe('alinea 5');
    expect(passageName({ block: 2, label: '29.' })).toBe('alinea 29');
  });

  it('names a list item by its printed label, and a dash item by its position, so no two share a name', () => {
    expect(passageName({ block: 2, item: 'b.', itemIndex: 1 })).toBe('alinea 2, onderdeel b');
    expect(passageName({ block: 2, item: '(4)', itemIndex: 1 })).toBe('alinea 2, onderdeel 4');
    expect(passageName({ block: 2, item: '(1).', itemIndex: 0 })).toBe('alinea 2, onderdeel 1');
    expect(passageName({ block: 3, item: '-', itemIndex: 0 })).toBe('alinea 3, onderdeel 1');
    expect(passageName({ block: 3, item: '-', itemIndex: 3 })).toBe('alinea 3, onderdeel 4');
  });
});

describe('citations', () => {
  it('give author, title, date received, page, recommendation and part, permalink, and leave the date consulted', () => {
    expect(passageCitation(report, { recommendation: 11, topic: 'Opvang', articles: [22], part: 'response', block: 5, page: 19, url: 'https://example.org/rapporten/r/#a11-reactie-5' })).toBe(
      'Nederlandse overheid, “Beleidsreactie op GREVIO”, ontvangen op 10 juli 2025, p. 19, aanbeveling “Opvang” (artikel 22), reactie van de regering, alinea 5. https://example.org/rapporten/r/#a11-reactie-5 (geraadpleegd op [datum]).',
    );
    expect(passageCitation(report, { recommendation: 17, topic: 'Huisverbod', articles: [52, 53], part: 'grevio', block: 2, item: 'a.', itemIndex: 0, page: 30, url: 'u' })).toBe(
      'Nederlandse overheid, “Beleidsreactie op GREVIO”, ontvangen op 10 juli 2025, p. 30, aanbeveling “Huisverbod” (artikelen 52 en 53), aanbeveling van GREVIO, alinea 2, onderdeel a. u (geraadpleegd op [datum]).',
    );
    expect(reportCitation(report)).toBe('Nederlandse overheid, “Beleidsreactie op GREVIO”, ontvangen op 10 juli 2025, 33 p. https://example.org/rapporten/r/ (geraadpleegd op [datum]).');
    expect(reportSourceLine({ ...report, received: null })).toBe('Nederlandse overheid, “Beleidsreactie op GREVIO” (adres van de pdf niet bekend)');
    expect(reportSourceLine({ ...report, pdfUrl: 'https://x.nl/r.pdf' })).toBe('Nederlandse overheid, “Beleidsreactie op GREVIO”, ontvangen op 10 juli 2025 (pdf: https://x.nl/r.pdf)');
    expect(partHeading('grevio')).toBe('Aanbeveling van GREVIO');
  });
});
