/**
 * Lets a page render one recommendation out of a file that holds a whole report: every
 * `<Recommendation id="R">` gets the attribute `only={props.only}`, so `<Content only="R" />`
 * passes the wanted id down and the component (src/components/mdx/Recommendation.astro) renders
 * its slot only when it is the one — the others' text is never rendered.
 *
 * The one expression in our compiled MDX, and it is ours: a fixed estree, no text from the file.
 * The gate has already refused every expression the file itself might hold.
 */
import type { Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { recommendationIdOf } from './remark-recommendation-footnotes';

const PROPS_ONLY = {
  type: 'Program',
  sourceType: 'module',
  comments: [],
  body: [
    {
      type: 'ExpressionStatement',
      expression: {
        type: 'MemberExpression',
        object: { type: 'Identifier', name: 'props' },
        property: { type: 'Identifier', name: 'only' },
        computed: false,
        optional: false,
      },
    },
  ],
};

export function rehypeRecommendationOnly() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (recommendationIdOf(node) === undefined) continue;
      const attribute: MdxJsxAttribute = {
        type: 'mdxJsxAttribute',
        name: 'only',
        value: { type: 'mdxJsxAttributeValueExpression', value: 'props.only', data: { estree: structuredClone(PROPS_ONLY) as never } },
      };
      (node as MdxJsxFlowElementHast).attributes.push(attribute);
    }
  };
}
