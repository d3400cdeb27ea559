import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../src/mdx/mdx-gate';
import { footnoteLabel, recommendationToMdast } from '../../src/mdx/recommendation-to-mdast';
import { rehypeFootnoteNumbers } from '../../src/mdx/rehype-footnote-numbers';
import { recommendationToMdx } from '../../src/mdx/write-recommendation-mdx';
import { bodyOf, makeReport, REC_ID } from './helpers';

const footnote = (number: number, recommendation = REC_ID) => ({ number, text: `Bron ${number}`, page: 3, recommendation });

describe('footnotes', () => {
  it('labels each reference with the recommendation id and the original number', () => {
    const { report, rec } = makeReport(
      [{ kind: 'paragraph', text: 'Eerst zes[^6], dan twee[^2].', page: 2 }],
      undefined,
      [footnote(2), footnote(6)],
    );
    const mdx = recommendationToMdx(rec, report);
    expect(mdx).toContain(`zes[^${REC_ID}-fn-6], dan twee[^${REC_ID}-fn-2]`);
    const tree = parseMdxBody(bodyOf(mdx));
    const definitions = tree.children.filter((n) => n.type === 'footnoteDefinition');
    expect(definitions.map((d) => d.identifier)).toEqual([footnoteLabel(REC_ID, 2), footnoteLabel(REC_ID, 6)]);
  });

  it('gives two recommendations with footnote 1 different labels', () => {
    expect(footnoteLabel('rapport-a-01', 1)).not.toBe(footnoteLabel('rapport-b-01', 1));
  });

  it('finds footnote references inside list items', () => {
    const { report, rec } = makeReport(
      [{ kind: 'list', style: 'dash', page: 2, items: [{ label: '-', text: 'Item[^4]', page: 2 }] }],
      undefined,
      [footnote(4)],
    );
    expect(recommendationToMdx(rec, report)).toContain(`Item[^${REC_ID}-fn-4]`);
  });

  it('refuses a footnote reference the recommendation does not have', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Zie[^9]', page: 2 }], undefined, [footnote(9, 'ander-01')]);
    expect(() => recommendationToMdast(rec, report)).toThrow(/cites footnote 9/);
  });

  it('refuses a footnote of the recommendation that its text never cites', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Geen verwijzing', page: 2 }], undefined, [footnote(5)]);
    expect(() => recommendationToMdast(rec, report)).toThrow(/never cites \[\^5\]/);
  });
});

/** A hast tree shaped like mdast-util-to-hast's footnote output for one reference to footnote 6. */
function footnoteHast(label: string): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#user-content-fn-${label}`, id: `user-content-fnref-${label}`, dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] },
            children: [{ type: 'text', value: '1' }],
          },
        ],
      },
      {
        type: 'element',
        tagName: 'section',
        properties: { dataFootnotes: true },
        children: [
          { type: 'element', tagName: 'h3', properties: { id: 'footnote-label' }, children: [{ type: 'text', value: 'Voetnoten' }] },
          {
            type: 'element',
            tagName: 'ol',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'li',
                properties: { id: `user-content-fn-${label}` },
                children: [
                  {
                    type: 'element',
                    tagName: 'a',
                    properties: { href: `#user-content-fnref-${label}`, dataFootnoteBackref: '' },
                    children: [{ type: 'text', value: '↩' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('rehypeFootnoteNumbers', () => {
  const run = () => {
    const tree = footnoteHast(footnoteLabel(REC_ID, 6));
    rehypeFootnoteNumbers()(tree);
    return JSON.stringify(tree);
  };

  it('shows the original footnote number instead of the order of appearance', () => {
    expect(run()).toContain('"children":[{"type":"text","value":"6"}]');
  });

  it('numbers the footnote list item with value=N', () => {
    expect(run()).toContain(`"id":"user-content-fn-${REC_ID}-fn-6","value":"6"`);
  });

  it('gives the footnote heading an id unique to the recommendation', () => {
    const out = run();
    expect(out).not.toContain('"footnote-label"');
    expect(out).toContain(`"id":"r-${REC_ID}-voetnoten"`);
    expect(out).toContain(`"ariaDescribedBy":["r-${REC_ID}-voetnoten"]`);
  });

  it('labels links in Dutch with the original number', () => {
    const out = run();
    expect(out).toContain('"ariaLabel":"Voetnoot 6"');
    expect(out).toContain('"ariaLabel":"Terug naar de tekst bij voetnoot 6"');
  });
});
