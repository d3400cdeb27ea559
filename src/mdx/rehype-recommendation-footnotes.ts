/**
 * Puts each recommendation's footnotes under it, numbered as in the report. GFM rendering
 * (mdast-util-to-hast) gathers a file's footnotes into one section at its end and numbers them
 * by order of appearance; in a file that holds a whole report, a recommendation shown alone on
 * an article page would lose its notes or carry everyone's. From the notes recorded by
 * `remark-recommendation-footnotes.ts`, this moves every note's list item into a section at the
 * end of its `<Recommendation>`, with the report's number N (shown, `value=N`, in the labels) and
 * a per-recommendation id for the "Voetnoten" heading.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { footnoteItemAnchor, footnotesAnchor } from './anchor-ids';
import { recommendationIdOf } from './components';
import type { RecommendationFootnote } from './remark-recommendation-footnotes';

export function rehypeRecommendationFootnotes() {
  return (tree: Root, file: VFile): void => {
    const notes = file.data.recommendationFootnotes;
    if (!notes || notes.length === 0) return;
    const footerIndex = tree.children.findIndex((c) => c.type === 'element' && c.tagName === 'section' && c.properties.dataFootnotes !== undefined);
    const footer = tree.children[footerIndex] as Element | undefined;
    if (!footer) throw new Error(`${file.path}: footnotes were recorded but not rendered`);
    tree.children.splice(footerIndex, 1);

    const items = new Map<string, Element>();
    visit(footer, 'element', (el) => {
      if (el.tagName === 'li' && typeof el.properties.id === 'string') items.set(el.properties.id, el);
    });
    const byRecommendation = new Map<string, RecommendationFootnote[]>();
    const byHref = new Map<string, RecommendationFootnote>();
    for (const note of notes) {
      byRecommendation.set(note.recommendation, [...(byRecommendation.get(note.recommendation) ?? []), note]);
      byHref.set(`#${footnoteItemAnchor(note.recommendation, note.number)}`, note);
    }

    for (const node of tree.children) {
      const recommendation = recommendationIdOf(node);
      const own = recommendation === undefined ? undefined : byRecommendation.get(recommendation);
      if (recommendation === undefined || !own) continue;
      const heading = footnotesAnchor(recommendation);
      const section = node as MdxJsxFlowElementHast;
      visit(section, 'element', (el) => {
        if (el.properties.dataFootnoteRef === undefined) return;
        const note = byHref.get(String(el.properties.href));
        if (!note) return;
        // The brackets are for copying: a copied sentence reads "vrouwenopvang.[3] In 2023",
        // not "vrouwenopvang.3 In 2023". They are hidden on screen, where the number is raised.
        el.children = [h('span', { className: ['copy-only'] }, '['), { type: 'text', value: String(note.number) }, h('span', { className: ['copy-only'] }, ']')];
        el.properties.ariaDescribedBy = [heading];
        el.properties.ariaLabel = `Voetnoot ${note.number}`;
      });
      const listItems: ElementContent[] = [];
      for (const note of [...own].sort((a, b) => a.number - b.number)) {
        const item = items.get(footnoteItemAnchor(note.recommendation, note.number));
        if (!item) throw new Error(`${file.path}: footnote ${note.number} of ${recommendation} was not rendered`);
        item.properties.value = String(note.number);
        visit(item, 'element', (el) => {
          if (el.properties.dataFootnoteBackref !== undefined) el.properties.ariaLabel = `Terug naar de tekst bij voetnoot ${note.number}`;
        });
        listItems.push({ type: 'text', value: '\n' }, item);
      }
      section.children.push(
        // An empty string, not `true`: Astro would print a JSX `true` as data-footnotes="true".
        h('section', { dataFootnotes: '', className: ['footnotes'] }, [
          h('h3', { className: ['footnotes-title'], id: heading }, 'Voetnoten'),
          { type: 'text', value: '\n' },
          h('ol', [...listItems, { type: 'text', value: '\n' }]),
          { type: 'text', value: '\n' },
        ]) as unknown as MdxJsxFlowElementHast['children'][number],
      );
    }
  };
}
