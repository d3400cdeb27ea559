import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../src/site/article-index.ts';
import { articleTimeline, compareWording, openingSentence } from '../../src/site/article-timeline.ts';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_SLUG, seedBytes } from '../pipeline/seed-path.ts';

const FOLLOW_UP = '2027-03-15-nl-beleidsreactie-vervolg-comite-van-de-partijen';
const followUpFile = fileURLToPath(new URL(`../fixtures/reports/${FOLLOW_UP}.txt`, import.meta.url));
const seed = parseReport(seedBytes(), { slug: SEED_SLUG, source: 's' }).report;
const followUp = parseReport(readFileSync(followUpFile), { slug: FOLLOW_UP, source: 'f' }).report;
/** Newest first, as the site loads them. */
const index = buildArticleIndex([followUp, seed]);

describe('the "Verloop" of an article across reports', () => {
  it('lists the reports oldest first, with GREVIO’s wording and how it changed', () => {
    const steps = articleTimeline(index.get(22)!);
    expect(steps.map((s) => s.report.report.slug)).toEqual([SEED_SLUG, FOLLOW_UP]);
    expect(steps.map((s) => s.strongest)).toEqual(['urges', 'encourages']);
    expect(steps[0]!.change).toBeUndefined();
    expect(steps[1]!.change).toEqual({ wording: 'weaker', previous: 'urges' });
  });

  it('is empty for an article in one report only', () => {
    expect(articleTimeline(index.get(33)!)).toEqual([]);
    expect(articleTimeline(index.get(3)!)).toEqual([]);
  });

  it('quotes the first sentence of each response, without footnote markers', () => {
    const [, latest] = articleTimeline(index.get(52)!);
    expect(latest!.recommendations[0]!.opening).toBe('De pilots met een vroegtijdiger inzet van het tijdelijk huisverbod zijn in januari 2026 gestart in vier regio’s en lopen tot eind 2027.');
  });

  it('cuts a long first sentence at a word, and does not stop at an initial', () => {
    const text = `Volgens M. Jansen ${'is dit een heel lange zin '.repeat(15)}einde. Tweede zin.`;
    const opening = openingSentence([{ kind: 'paragraph', text, page: 1 }]);
    expect(opening.startsWith('Volgens M. Jansen is dit')).toBe(true);
    expect(opening.endsWith(' …')).toBe(true);
    expect(opening.length).toBeLessThanOrEqual(282);
  });

  it('ranks wording by GREVIO’s scale', () => {
    expect(compareWording('urges', 'invites')).toBe('stronger');
    expect(compareWording('encourages', 'encourages')).toBe('same');
    expect(compareWording('invites', 'strongly-encourages')).toBe('weaker');
  });
});

