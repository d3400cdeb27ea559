import { describe, expect, it } from 'vitest';
import { anchorOf, articleAnchorOf, partAnchor, recommendationAnchor, recommendationId, recommendationKey } from '../../src/mdx/anchor-ids';
import type { Block } from '../../src/schema/report';
import { attr, findJsx, makeReport, parseMdx, REC_ID, textOf, writeMdx } from './helpers';

const grevio: Block[] = [
  { kind: 'paragraph', label: '29.', text: 'GREVIO dringt erop aan om:', page: 2, strength: 'urges' },
  {
    kind: 'list',
    style: 'lettered',
    page: 2,
    items: [
      { label: 'a.', text: 'eerste;', page: 2 },
      { label: 'b.', text: 'tweede.', page: 3 },
    ],
  },
];
const response: Block[] = [
  { kind: 'list', style: 'dash', page: 3, items: [{ label: '-', text: 'een', page: 3 }, { label: '-', text: 'twee', page: 3 }] },
  { kind: 'list', style: 'numbered', page: 3, items: [{ label: '(1).', text: 'x', page: 3 }, { label: '(4)', text: 'y', page: 3 }] },
];

function generated() {
  const { report, rec } = makeReport(grevio, response);
  return parseMdx(writeMdx(rec, report));
}

describe('anchors', () => {
  it('builds ids from the recommendation id, part and position', () => {
    expect(recommendationAnchor('x-01')).toBe('a1');
    expect(recommendationAnchor('x-y-11')).toBe('a11');
    expect(partAnchor('x-01', 'response')).toBe('a1-reactie');
    const { rec } = makeReport(grevio, response);
    expect(anchorOf(rec, { part: 'grevio', blockIndex: 0 })).toBe('a1-grevio-1');
    expect(anchorOf(rec, { part: 'grevio', blockIndex: 1, itemIndex: 1 })).toBe('a1-grevio-2-b');
    expect(anchorOf(rec, { part: 'footnote', footnote: 6 })).toBe(`user-content-fn-${REC_ID}-fn-6`);
    // On an article page, where reports meet, the report's slug goes in front (footnotes are unique already).
    expect(articleAnchorOf(rec, { part: 'response', blockIndex: 1, itemIndex: 0 })).toBe('r-test-rapport-a1-reactie-2-1');
    expect(articleAnchorOf(rec, { part: 'footnote', footnote: 6 })).toBe(`user-content-fn-${REC_ID}-fn-6`);
    expect(recommendationKey(recommendationId('test-rapport', 10))).toEqual({ slug: 'test-rapport', number: 11 });
  });

  /** The anchors anchorOf gives the items of a list printed with these labels. */
  const itemAnchors = (labels: string[]) => {
    const { rec } = makeReport([{ kind: 'list', style: 'numbered', page: 2, items: labels.map((label) => ({ label, text: 'x', page: 2 })) }]);
    return labels.map((_, itemIndex) => anchorOf(rec, { part: 'grevio', blockIndex: 0, itemIndex }).replace('a1-grevio-1-', ''));
  };

  it('derives item suffixes from printed labels', () => {
    expect(itemAnchors(['a.', 'b.'])).toEqual(['a', 'b']);
    expect(itemAnchors(['(1).', '(4)'])).toEqual(['1', '4']);
  });

  it('falls back to positions for dashes and duplicate labels', () => {
    expect(itemAnchors(['-', '-'])).toEqual(['1', '2']);
    expect(itemAnchors(['a.', 'a.'])).toEqual(['1', '2']);
  });

  it('writes into the MDX the ids anchorOf gives every part, paragraph, list and item', () => {
    const tree = generated();
    expect(findJsx(tree, 'Part').map((p) => attr(p, 'id'))).toEqual(['a1-grevio', 'a1-reactie']);
    expect(findJsx(tree, 'Para').map((p) => attr(p, 'id'))).toEqual(['a1-grevio-1']);
    expect(findJsx(tree, 'List').map((p) => attr(p, 'id'))).toEqual(['a1-grevio-2', 'a1-reactie-1', 'a1-reactie-2']);
    expect(findJsx(tree, 'Item').map((p) => attr(p, 'id'))).toEqual([
      'a1-grevio-2-a',
      'a1-grevio-2-b',
      'a1-reactie-1-1',
      'a1-reactie-1-2',
      'a1-reactie-2-1',
      'a1-reactie-2-4',
    ]);
    // Each names its recommendation, whose report the anchor is local to.
    for (const name of ['Part', 'Para', 'List', 'Item'] as const) expect(new Set(findJsx(tree, name).map((p) => attr(p, 'rec')))).toEqual(new Set([REC_ID]));
  });
});

describe('lists and paragraphs', () => {
  it('keeps list style and printed labels', () => {
    const tree = generated();
    expect(findJsx(tree, 'List').map((l) => attr(l, 'style'))).toEqual(['lettered', 'dash', 'numbered']);
    expect(findJsx(tree, 'Item').map((i) => attr(i, 'label'))).toEqual(['a.', 'b.', '-', '-', '(1).', '(4)']);
    expect(findJsx(tree, 'Item').map((i) => textOf(i))).toEqual(['eerste;', 'tweede.', 'een', 'twee', 'x', 'y']);
  });

  it('carries page, GREVIO paragraph number and wording on the paragraph', () => {
    const [para] = findJsx(generated(), 'Para');
    expect(attr(para!, 'page')).toBe('2');
    expect(attr(para!, 'label')).toBe('29.');
    expect(attr(para!, 'strength')).toBe('urges');
  });

  it('marks where a new source page begins', () => {
    const tree = generated();
    // The cover ends on page 1, so the first paragraph (page 2) starts a page; item b. starts page 3.
    expect(attr(findJsx(tree, 'Para')[0]!, 'newPage')).toBe('2');
    expect(findJsx(tree, 'Item').map((i) => attr(i, 'newPage'))).toEqual([undefined, '3', undefined, undefined, undefined, undefined]);
    expect(attr(findJsx(tree, 'List')[1]!, 'newPage')).toBeUndefined();
  });

  it('puts GREVIO’s text before the government’s response', () => {
    const tree = generated();
    expect(findJsx(tree, 'Part').map((p) => attr(p, 'kind'))).toEqual(['grevio', 'response']);
  });
});
