/**
 * The safety gate: re-parses generated MDX and rejects anything our writer would not emit on
 * purpose — ESM, `{expressions}`, JSX outside the component table, attributes that are not
 * string literals, raw HTML, images, links with other protocols, or unexpected frontmatter.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { ARTICLE_PATH_PATTERN } from '../site/routes';
import { MDX_COMPONENTS, isMdxComponentName } from './components';

export interface GateProblem {
  /** 1-based line in the checked source. */
  line: number;
  message: string;
}

/** Frontmatter keys the writer emits; `layout` in particular would make Astro import a file. */
export const FRONTMATTER_KEYS = ['id', 'report', 'topic', 'articles', 'pages', 'strength'] as const;

const ALLOWED_NODE_TYPES = new Set([
  'root',
  'paragraph',
  'text',
  'link',
  'footnoteReference',
  'footnoteDefinition',
  'mdxJsxFlowElement',
]);

const DESCRIPTIONS: Record<string, string> = {
  mdxjsEsm: 'ESM (import/export) is not allowed',
  mdxFlowExpression: 'an MDX expression {…} is not allowed',
  mdxTextExpression: 'an MDX expression {…} is not allowed',
  mdxJsxTextElement: 'inline JSX is not allowed',
  html: 'raw HTML is not allowed',
  image: 'an image is not allowed',
};

export function parseMdxBody(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

function isAllowedUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url) || ARTICLE_PATH_PATTERN.test(url);
}

/** Every problem in an mdast tree (as parsed from MDX); lines are shifted by `lineOffset`. */
function findUnsafeNodes(tree: Root, lineOffset = 0): GateProblem[] {
  const problems: GateProblem[] = [];
  const walk = (node: Nodes, parent: string): void => {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    const report = (message: string) => problems.push({ line, message });
    if (!ALLOWED_NODE_TYPES.has(node.type)) {
      report(DESCRIPTIONS[node.type] ?? `unexpected ${node.type} node (escaping failed?)`);
      return;
    }
    if (node.type === 'link' && !isAllowedUrl(node.url)) report(`link to ${JSON.stringify(node.url)} is not allowed`);
    let name = parent;
    if (node.type === 'mdxJsxFlowElement') {
      checkJsx(node.name, node.attributes, parent, report);
      name = node.name ?? '<>';
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, name);
  };
  walk(tree, 'root');
  return problems;
}

function checkJsx(
  name: string | null,
  attributes: readonly { type: string; name?: string; value?: unknown }[],
  parent: string,
  report: (message: string) => void,
): void {
  if (name === null || !isMdxComponentName(name)) {
    report(`JSX element <${name ?? ''}> is not one of our components`);
    return;
  }
  const spec = MDX_COMPONENTS[name];
  if (!(spec.parents as readonly string[]).includes(parent)) report(`<${name}> may not appear inside ${parent === 'root' ? 'the document root' : `<${parent}>`}`);
  const seen = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      report(`<${name}> has a spread {…} attribute`);
      continue;
    }
    // Own keys only: `constructor` or `__proto__` must read as unknown, not as Object's own.
    const specs = spec.attributes as Record<string, { pattern: RegExp } | undefined>;
    const attrSpec = Object.hasOwn(specs, attribute.name) ? specs[attribute.name] : undefined;
    if (!attrSpec) report(`<${name}> has unknown attribute ${attribute.name}`);
    else if (typeof attribute.value !== 'string') report(`<${name} ${attribute.name}> is not a string literal`);
    else if (!attrSpec.pattern.test(attribute.value)) report(`<${name} ${attribute.name}> has an invalid value ${JSON.stringify(attribute.value)}`);
    if (seen.has(attribute.name)) report(`<${name}> repeats attribute ${attribute.name}`);
    seen.add(attribute.name);
  }
  for (const [attrName, attrSpec] of Object.entries(spec.attributes as Record<string, { required: boolean }>)) {
    if (attrSpec.required && !seen.has(attrName)) report(`<${name}> lacks attribute ${attrName}`);
  }
}

interface FrontmatterSplit {
  body: string;
  bodyLine: number;
  /** The values, parsed as JSON (what the writer emits; every JSON value is valid YAML). */
  data: Record<string, unknown>;
  problems: GateProblem[];
}

/** Splits `---\n…\n---\n` frontmatter off and checks each line is `key: <JSON>` with a known key. */
function splitFrontmatter(source: string): FrontmatterSplit {
  const problems: GateProblem[] = [];
  const data: Record<string, unknown> = {};
  const lines = source.split('\n');
  const close = lines.indexOf('---', 1);
  if (lines[0] !== '---' || close === -1) {
    return { body: source, bodyLine: 1, data, problems: [{ line: 1, message: 'missing frontmatter' }] };
  }
  for (let i = 1; i < close; i++) {
    const line = lines[i] ?? '';
    const match = /^([a-z]+): (.+)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      problems.push({ line: i + 1, message: 'frontmatter line is not `key: value`' });
      continue;
    }
    const key = match[1];
    if (!(FRONTMATTER_KEYS as readonly string[]).includes(key)) problems.push({ line: i + 1, message: `frontmatter key ${key} is not allowed` });
    if (Object.hasOwn(data, key)) problems.push({ line: i + 1, message: `frontmatter key ${key} repeats` });
    try {
      data[key] = JSON.parse(match[2]);
    } catch {
      data[key] = undefined;
      problems.push({ line: i + 1, message: `frontmatter value of ${key} is not JSON` });
    }
  }
  return { body: lines.slice(close + 1).join('\n'), bodyLine: close + 2, data, problems };
}

export interface SafeMdx {
  /** Frontmatter values (shape not checked here: the content schema does that). */
  frontmatter: Record<string, unknown>;
  /** The body's mdast, positions relative to the body. */
  tree: Root;
}

function readMdx(source: string): { mdx?: SafeMdx; problems: GateProblem[] } {
  const { body, bodyLine, data, problems } = splitFrontmatter(source);
  let tree: Root;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const line = (place.line ?? 1) + bodyLine - 1;
    return { problems: [...problems, { line, message: `MDX does not parse: ${place.reason ?? place.message ?? String(error)}` }] };
  }
  return { mdx: { frontmatter: data, tree }, problems: [...problems, ...findUnsafeNodes(tree, bodyLine - 1)] };
}

/**
 * Parses a generated MDX file for rendering, through the gate: throws `FILE:LINE: message` (all
 * problems, one per line) unless every node is one our writer emits on purpose.
 */
export function readSafeMdx(source: string, file: string): SafeMdx {
  const { mdx, problems } = readMdx(source);
  if (problems.length > 0 || !mdx) throw new Error(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
  return mdx;
}

/** Throws `FILE:LINE: message` (all problems, one per line) when the MDX is not safe. */
export function assertSafeMdx(source: string, file: string): void {
  readSafeMdx(source, file);
}
