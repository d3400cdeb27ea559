/**
 * Lets a page render one recommendation out of a file that holds a whole report. In the
 * compiled module every `<Recommendation id="R">…</Recommendation>` is a call
 * `_jsxs(Recommendation, { id: "R", children: [...] })`; this wraps each in
 * `props.only === undefined || props.only === "R" ? … : null`, so `<Content only="R" />`
 * builds and renders that recommendation alone — the others' children are never even created.
 * Without `only` (an editorial page, the whole report) everything renders.
 *
 * The one expression in our compiled MDX, and it is ours: built as an estree from the id the gate
 * checked, never parsed from the file. The gate has refused every expression the file might hold.
 */
import type { CallExpression, ConditionalExpression, Expression, Node, Program } from 'estree';
import { SKIP, visit } from 'estree-util-visit';

const propsOnly: Expression = {
  type: 'MemberExpression',
  object: { type: 'Identifier', name: 'props' },
  property: { type: 'Identifier', name: 'only' },
  computed: false,
  optional: false,
};

/**
 * The id literal of a `_jsx(Recommendation, { id: "…", … })` call, else undefined. A
 * `Recommendation` call without one throws: it would show on every page that uses its file.
 */
function recommendationId(node: Node): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const [component, props] = node.arguments;
  if (component?.type !== 'Identifier' || component.name !== 'Recommendation') return undefined;
  if (props?.type === 'ObjectExpression') {
    for (const property of props.properties) {
      if (property.type === 'Property' && property.key.type === 'Identifier' && property.key.name === 'id' && property.value.type === 'Literal' && typeof property.value.value === 'string') {
        return property.value.value;
      }
    }
  }
  throw new Error('a compiled <Recommendation> has no literal id (the gate should have refused it)');
}

function onlyWhenChosen(call: CallExpression, id: string): ConditionalExpression {
  return {
    type: 'ConditionalExpression',
    test: {
      type: 'LogicalExpression',
      operator: '||',
      left: { type: 'BinaryExpression', operator: '===', left: propsOnly, right: { type: 'Identifier', name: 'undefined' } },
      right: { type: 'BinaryExpression', operator: '===', left: propsOnly, right: { type: 'Literal', value: id } },
    },
    consequent: call,
    alternate: { type: 'Literal', value: null },
  };
}

/** Line breaks between the file's sections: they would be left around a recommendation shown alone. */
const isBlankLiteral = (node: unknown): boolean => {
  const n = node as Node | null;
  return n?.type === 'Literal' && typeof n.value === 'string' && n.value.trim() === '';
};

export function recmaRecommendationOnly() {
  return (tree: Program): void => {
    const siblings = new Set<unknown[]>();
    visit(tree, (node, key, index, ancestors) => {
      const id = recommendationId(node as Node);
      const parent = ancestors.at(-1) as unknown as Record<string, unknown> | undefined;
      if (id === undefined || !parent || key === undefined) return undefined;
      const wrapped = onlyWhenChosen(node as CallExpression, id);
      if (index === undefined) {
        parent[key] = wrapped;
      } else {
        const list = parent[key] as unknown[];
        list[index] = wrapped;
        siblings.add(list);
      }
      return SKIP;
    });
    for (const list of siblings) {
      const kept = list.filter((element) => !isBlankLiteral(element));
      list.splice(0, list.length, ...kept);
    }
  };
}
