/**
 * A passage whose whole text is one link (a footnote that is only "(EU) 2024/1385", linked to
 * its registry entry) is written `<ProgrammeLink …>(EU) 2024/1385</ProgrammeLink>` on a line of
 * its own, which MDX parses as a flow element, not as a paragraph holding the link. This puts
 * such an `<ArticleLink>` / `<ProgrammeLink>` back inside a paragraph, as the writer built it,
 * so it renders like any other passage (`<p><a …>…</a></p>`). Runs after the gate, which
 * checked the element holds only text.
 */
import type { Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, isMdxComponentName } from './components';
import { textOfInline } from './mdx-gate';

export function remarkInlineComponents() {
  return (tree: Root): void => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
      if (!parent || index === undefined || !node.name || !isMdxComponentName(node.name) || MDX_COMPONENTS[node.name].kind !== 'text') return;
      const text = textOfInline(node) ?? [];
      const inline: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: node.name, attributes: node.attributes, children: text, position: node.position };
      const paragraph: Paragraph = { type: 'paragraph', children: [inline], position: node.position };
      parent.children.splice(index, 1, paragraph as never);
    });
  };
}
