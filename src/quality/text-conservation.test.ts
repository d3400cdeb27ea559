import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parsedReportSchema } from '../schema/report.ts';
import { pageText } from './page-text.ts';
import { checkConservation, textRuns } from './text-conservation.ts';

const sample = parsedReportSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/sample-report.json'), 'utf8')),
);

describe('textRuns', () => {
  it('splits text at footnote markers and names where each run comes from', () => {
    const runs = textRuns(sample);
    expect(runs).toContainEqual({
      where: '2025-07-10-nl-beleidsreactie-grevio-thematisch-01 response[0]',
      text: 'Daarnaast bereidt de Nederlandse regering momenteel de Implementatiewet voor, gericht op de EU-richtlijn ter bestrijding van geweld tegen vrouwen en huiselijk geweld',
    });
    expect(runs).toContainEqual({
      where: '2025-07-10-nl-beleidsreactie-grevio-thematisch-01 response[0]',
      text: '(hierna: EU-richtlijn).',
    });
    expect(runs.some((run) => run.where.includes('grevio[1].items[1]'))).toBe(true);
  });
});

describe('checkConservation', () => {
  const html = `<main><p>GREVIO dringt aan op <em>harmonisatie</em>.</p>
    <p>Huiselijk geweld<sup><a href="#fn-1">1</a></sup> (hierna: EU-richtlijn).</p>
    <ol><li>eerste punt;</li><li>tweede&nbsp;punt.</li></ol></main>`;
  const text = pageText(fromHtml(html));

  it('finds runs across inline markup, footnote links and entities', () => {
    const runs = [
      { where: 'a', text: 'GREVIO dringt aan op harmonisatie.' },
      { where: 'b', text: 'Huiselijk geweld' },
      { where: 'b', text: '(hierna: EU-richtlijn).' },
      { where: 'c', text: 'tweede punt.' },
    ];
    expect(checkConservation(runs, text)).toEqual({ runs: 4, words: 11, missingRuns: [], missingWords: [] });
  });

  it('reports a run that is missing and the words of it found nowhere', () => {
    const report = checkConservation([{ where: 'r-01 grevio[0]', text: 'eerste punt; derde punt.' }], text);
    expect(report.missingRuns).toEqual([{ where: 'r-01 grevio[0]', text: 'eerste punt; derde punt.' }]);
    expect(report.missingWords).toEqual([{ where: 'r-01 grevio[0]', word: 'derde' }]);
  });
});
