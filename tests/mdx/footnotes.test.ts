/**
 * Footnotes: the writer labels them with the report's own numbers; in the build, the two
 * plugins of ours (before and after GFM's rendering) give each the label it renders under, keep
 * its number and put it under its recommendation — run here through the same unified stages
 * @astrojs/mdx runs (remark-parse + MDX + GFM → remark-rehype with our options).
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { footnoteItemAnchor, footnotesAnchor } from '../../src/mdx/anchor-ids';
import { recommendationsToMdx } from '../../src/mdx/write-recommendation-mdx';
import { rehypeRecommendationFootnotes } from '../../src/mdx/rehype-recommendation-footnotes';
import { remarkRecommendationFootnotes } from '../../src/mdx/remark-recommendation-footnotes';
import type { ParsedReport, Recommendation } from '../../src/schema/report';
import { makeReport, parseMdx, REC_ID, writeMdx } from './helpers';

const footnote = (number: number, recommendation = REC_ID) => ({ number, text: `Bron ${number}`, page: 3, recommendation });

describe('footnotes in the written MDX', () => {
  it('labels each reference and definition with the report’s own number', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Eerst zes[^6], dan twee[^2].', page: 2 }], undefined, [footnote(2), footnote(6)]);
    const mdx = writeMdx(rec, report);
    expect(mdx).toContain('Eerst zes[^6], dan twee[^2].');
    const definitions = parseMdx(mdx).children.filter((n) => n.type === 'footnoteDefinition');
    expect(definitions.map((d) => d.identifier)).toEqual(['2', '6']);
  });

  it('finds footnote references inside list items', () => {
    const { report, rec } = makeReport([{ kind: 'list', style: 'dash', page: 2, items: [{ label: '-', text: 'Item[^4]', page: 2 }] }], undefined, [footnote(4)]);
    expect(writeMdx(rec, report)).toContain('Item[^4]');
  });

  it('refuses a footnote reference the recommendation does not have', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Zie[^9]', page: 2 }], undefined, [footnote(9, 'ander-01')]);
    expect(() => writeMdx(rec, report)).toThrow(/cites footnote 9/);
  });

  it('refuses two recommendations of one file with the same note number', () => {
    const { report, recs } = twoRecommendations();
    report.footnotes[2] = footnote(6, recs[1]!.id);
    recs[1]!.grevio = [{ kind: 'paragraph', text: 'Tweede[^6].', page: 3 }];
    expect(() => recommendationsToMdx(recs, report, [])).toThrow('footnote 6 belongs to both test-rapport-01 and test-rapport-02');
  });

  it('refuses a footnote of the recommendation that its text never cites', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Geen verwijzing', page: 2 }], undefined, [footnote(5)]);
    expect(() => writeMdx(rec, report)).toThrow(/never cites \[\^5\]/);
  });
});

/** A report of two recommendations, both with their own footnotes, written as one file. */
function twoRecommendations(): { report: ParsedReport; recs: Recommendation[] } {
  const { report, rec } = makeReport([{ kind: 'paragraph', text: 'Eerst zes[^6], dan twee[^2].', page: 2 }], undefined, [footnote(2), footnote(6)]);
  const second: Recommendation = { ...rec, id: 'test-rapport-02', grevio: [{ kind: 'paragraph', text: 'Tweede[^7].', page: 3 }] };
  report.recommendations.push(second);
  report.footnotes.push(footnote(7, second.id));
  return { report, recs: report.recommendations };
}

/** The MDX through MDX's parse, GFM and remark-rehype (Astro's options), then our rehype plugin. */
function render(mdx: string): HastRoot {
  const file = new VFile({ value: mdx.slice(mdx.indexOf('\n---\n', 4) + 5) });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkRecommendationFootnotes)
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'], footnoteLabel: 'Voetnoten', footnoteLabelTagName: 'h3', footnoteBackLabel: 'Terug naar de tekst' })
    .use(rehypeRecommendationFootnotes);
  return processor.runSync(processor.parse(file) as Root, file) as HastRoot;
}

function elements(tree: HastRoot | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** The `<Recommendation>` node with this id in the rendered tree. */
function section(tree: HastRoot, id: string): HastRoot {
  const node = tree.children.find((c) => c.type === ('mdxJsxFlowElement' as string) && JSON.stringify(c).includes(`"value":"${id}"`));
  if (!node) throw new Error(`no <Recommendation id="${id}">`);
  return node as unknown as HastRoot;
}

describe('footnotes as the build renders them', () => {
  const { report, recs } = twoRecommendations();
  const tree = render(recommendationsToMdx(recs, report, []));

  it('leaves no footnote section outside a recommendation', () => {
    expect(tree.children.filter((c) => c.type === 'element' && c.tagName === 'section')).toEqual([]);
  });

  it('puts each recommendation’s notes under it, numbered as in the report', () => {
    const items = (id: string) => elements(section(tree, id), (el) => el.tagName === 'li').map((li) => [li.properties.id, li.properties.value]);
    expect(items(REC_ID)).toEqual([
      [footnoteItemAnchor(REC_ID, 2), '2'],
      [footnoteItemAnchor(REC_ID, 6), '6'],
    ]);
    expect(items('test-rapport-02')).toEqual([[footnoteItemAnchor('test-rapport-02', 7), '7']]);
  });

  it('shows the report’s number at each reference, not the order of appearance', () => {
    const refs = elements(section(tree, REC_ID), (el) => el.properties.dataFootnoteRef !== undefined);
    // The number between brackets that only copied text shows: "geweld.[6]".
    const shown = (a: (typeof refs)[number]) => a.children.map((c) => (c.type === 'text' ? c.value : `{${(c as { children: { value: string }[] }).children[0]!.value}}`)).join('');
    expect(refs.map((a) => [a.properties.href, shown(a), a.properties.ariaLabel])).toEqual([
      [`#${footnoteItemAnchor(REC_ID, 6)}`, '{[}6{]}', 'Voetnoot 6'],
      [`#${footnoteItemAnchor(REC_ID, 2)}`, '{[}2{]}', 'Voetnoot 2'],
    ]);
    expect(refs.map((a) => a.properties.ariaDescribedBy)).toEqual([[footnotesAnchor(REC_ID)], [footnotesAnchor(REC_ID)]]);
  });

  it('gives each heading an id of its recommendation and labels back-links in Dutch with the number', () => {
    expect(elements(tree, (el) => el.tagName === 'h3').map((h) => h.properties.id)).toEqual([footnotesAnchor(REC_ID), footnotesAnchor('test-rapport-02')]);
    expect(elements(section(tree, REC_ID), (el) => el.properties.dataFootnoteBackref !== undefined).map((a) => a.properties.ariaLabel)).toEqual([
      'Terug naar de tekst bij voetnoot 2',
      'Terug naar de tekst bij voetnoot 6',
    ]);
  });
});
