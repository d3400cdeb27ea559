/**
 * Serializes an mdast tree to MDX with every escape the MDX and GFM syntaxes need. All
 * escaping lives here, in `mdast-util-to-markdown`'s unsafe tables plus two rules of our own.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';

/**
 * No extension escapes a line that starts with `import ` or `export `, which MDX would read as
 * ESM. These rules turn the first letter into a character reference (`&#x69;mport`).
 */
const ESM_LINE_UNSAFE: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport[ \\t]' },
  { atBreak: true, character: 'e', after: 'xport[ \\t]' },
];

/**
 * MDX decodes character references in JSX attribute values but the serializer only encodes the
 * quote, so a literal `&amp;` would come back as `&`. Encode `&` first (on a copy).
 */
function encodeAttributeAmpersands(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes as MdxJsxAttribute[]) {
      if (typeof attribute.value === 'string') attribute.value = attribute.value.replaceAll('&', '&#x26;');
    }
  });
  return copy;
}

export function serializeMdx(tree: Root): string {
  return toMarkdown(encodeAttributeAmpersands(tree), {
    extensions: [gfmToMarkdown(), mdxToMarkdown(), { unsafe: ESM_LINE_UNSAFE }],
    // Never `<https://…>` autolinks: MDX has no autolink syntax (`<` starts JSX).
    resourceLink: true,
    bullet: '-',
    emphasis: '_',
    fences: true,
  });
}

/**
 * YAML frontmatter with every value written as JSON (a subset of YAML), plus escapes for the
 * few characters YAML treats as line breaks or rejects but JSON leaves alone.
 */
export function serializeFrontmatter(data: Record<string, string | number | readonly (string | number)[]>): string {
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${yamlJson(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function yamlJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
