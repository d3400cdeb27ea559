/**
 * The safety gate: checks a parsed generated MDX file and rejects anything our writer would not
 * emit on purpose — ESM, `{expressions}`, JSX outside the component table, attributes that are
 * not checked string literals, raw HTML, images, links with other protocols, footnote labels
 * that are not note numbers, text outside a recommendation, or unexpected frontmatter.
 *
 * It runs in ingest before a file is written (`assertSafeMdx`, parsing with the same micromark
 * extensions MDX uses) and again in the build, as the first remark plugin of the MDX pipeline
 * (`remark-mdx-gate.ts`), before anything of the file is compiled.
 */
import type { Nodes, Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { FOOTNOTE_LABEL, MDX_COMPONENTS, isMdxComponentName, recommendationIdOf, type ComponentParent } from './components';

export interface GateProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Frontmatter keys the writer emits; `layout` in particular would make Astro import a file. */
const FRONTMATTER_KEYS = ['report', 'recommendations'] as const;

const DESCRIPTIONS: Record<string, string> = {
  mdxjsEsm: 'ESM (import/export) is not allowed',
  mdxFlowExpression: 'an MDX expression {…} is not allowed',
  mdxTextExpression: 'an MDX expression {…} is not allowed',
  html: 'raw HTML is not allowed',
  image: 'an image is not allowed',
  imageReference: 'an image is not allowed',
  definition: 'a link definition is not allowed',
};

/** Where each node type may sit: its nearest component (or `root`, or `footnote`). */
const PARAGRAPH_PARENTS: readonly ComponentParent[] = ['Para', 'Item', 'SourceLinks', 'footnote'];

function isAllowedUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url);
}

/** Nearest enclosing component or footnote definition of a node, from its ancestors. */
function context(ancestors: readonly Nodes[]): ComponentParent {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (node.type === 'footnoteDefinition') return 'footnote';
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isMdxComponentName(node.name)) return node.name;
  }
  return 'root';
}

function describeParent(parent: ComponentParent): string {
  return parent === 'root' ? 'the document root' : parent === 'footnote' ? 'a footnote' : `<${parent}>`;
}

/** Every problem in an mdast tree as parsed from MDX (lines as in the tree's positions). */
export function findUnsafeNodes(tree: Root): GateProblem[] {
  const problems: GateProblem[] = [];
  const defined = new Set<string>();
  visitParents(tree, (node: Nodes, ancestors: Nodes[]) => {
    const line = node.position?.start.line ?? 1;
    const report = (message: string) => problems.push({ line, message });
    const parent = context(ancestors);
    switch (node.type) {
      case 'root':
        return;
      case 'paragraph':
        if (!PARAGRAPH_PARENTS.includes(parent)) report(`text may not appear inside ${describeParent(parent)}`);
        return;
      case 'text':
        return;
      case 'link':
        if (!isAllowedUrl(node.url)) report(`link to ${JSON.stringify(node.url)} is not allowed`);
        if (node.title) report('a link title is not allowed');
        return;
      case 'footnoteReference':
        if (!FOOTNOTE_LABEL.test(node.label ?? node.identifier)) report(`footnote reference [^${node.label ?? node.identifier}] is not a note number`);
        return;
      case 'footnoteDefinition':
        if (!FOOTNOTE_LABEL.test(node.label ?? node.identifier)) report(`footnote [^${node.label ?? node.identifier}] is not a note number`);
        if (ancestors.length !== 1) report('a footnote may only be defined at the document root');
        if (defined.has(node.identifier)) report(`footnote [^${node.identifier}] is defined twice`);
        defined.add(node.identifier);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkJsx(node, parent, report);
      default:
        report(DESCRIPTIONS[node.type] ?? `unexpected ${node.type} node (escaping failed?)`);
        return SKIP;
    }
  });
  return problems;
}

/** The text nodes a text component holds, or undefined when it holds anything else. */
export function textOfInline(node: JsxNode): Text[] | undefined {
  const children: Nodes[] = node.type === 'mdxJsxFlowElement' && node.children.length === 1 && node.children[0]!.type === 'paragraph' ? node.children[0]!.children : node.children;
  return children.every((child) => child.type === 'text') ? (children as Text[]) : undefined;
}

type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkJsx(node: JsxNode, parent: ComponentParent, report: (message: string) => void): typeof SKIP | undefined {
  const name = node.name;
  if (name === null || !isMdxComponentName(name)) {
    report(`JSX element <${name ?? ''}> is not one of our components`);
    return SKIP;
  }
  const spec = MDX_COMPONENTS[name];
  if (spec.kind === 'flow' && node.type !== 'mdxJsxFlowElement') report(`<${name}> must be on lines of its own`);
  if (!(spec.parents as readonly ComponentParent[]).includes(parent)) report(`<${name}> may not appear inside ${describeParent(parent)}`);
  // A text component that is a passage's whole text parses as a flow element holding one
  // paragraph (remark-inline-components.ts puts it back inside a paragraph).
  if (spec.kind === 'text' && textOfInline(node) === undefined) report(`<${name}> may hold only text`);
  const seen = new Set<string>();
  // Own keys only: `constructor` or `__proto__` must read as unknown, not as Object's own.
  const specs = spec.attributes as Record<string, { pattern: RegExp; required: boolean } | undefined>;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(`<${name}> has a spread {…} attribute`);
      continue;
    }
    const attrSpec = Object.hasOwn(specs, attribute.name) ? specs[attribute.name] : undefined;
    if (!attrSpec) report(`<${name}> has unknown attribute ${attribute.name}`);
    else if (typeof attribute.value !== 'string') report(`<${name} ${attribute.name}> is not a string literal`);
    else if (!attrSpec.pattern.test(attribute.value)) report(`<${name} ${attribute.name}> has an invalid value ${JSON.stringify(attribute.value)}`);
    if (seen.has(attribute.name)) report(`<${name}> repeats attribute ${attribute.name}`);
    seen.add(attribute.name);
  }
  for (const [attrName, attrSpec] of Object.entries(specs)) {
    if (attrSpec?.required && !seen.has(attrName)) report(`<${name}> lacks attribute ${attrName}`);
  }
  return undefined;
}

/**
 * Checks the frontmatter (`---\n…\n---\n`): each line `key: <JSON>` with a known key, as the
 * writer emits it (every JSON value is valid YAML). Returns where the body starts.
 */
export function frontmatterProblems(source: string): { problems: GateProblem[]; bodyLine: number; data: Record<string, unknown> } {
  const problems: GateProblem[] = [];
  const lines = source.split('\n');
  const close = lines.indexOf('---', 1);
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (lines[0] !== '---' || close === -1) return { problems: [{ line: 1, message: 'missing frontmatter' }], bodyLine: 1, data };
  const seen = new Set<string>();
  for (let i = 1; i < close; i++) {
    const match = /^([a-z]+): (.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) {
      problems.push({ line: i + 1, message: 'frontmatter line is not `key: value`' });
      continue;
    }
    const key = match[1];
    if (!(FRONTMATTER_KEYS as readonly string[]).includes(key)) problems.push({ line: i + 1, message: `frontmatter key ${key} is not allowed` });
    if (seen.has(key)) problems.push({ line: i + 1, message: `frontmatter key ${key} repeats` });
    seen.add(key);
    try {
      data[key] = JSON.parse(match[2]) as unknown;
    } catch {
      problems.push({ line: i + 1, message: `frontmatter value of ${key} is not JSON` });
    }
  }
  return { problems, bodyLine: close + 2, data };
}

/**
 * The frontmatter names the recommendations the body holds: the same ids, in order, each once
 * (a page finds a recommendation's file by this list, and shows it by its id).
 */
function consistencyProblems(frontmatter: Record<string, unknown>, tree: Root): GateProblem[] {
  const body = tree.children.flatMap((node) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Recommendation') return [];
    return [{ id: recommendationIdOf(node) ?? '', line: node.position?.start.line ?? 1 }];
  });
  const problems: GateProblem[] = [];
  const seen = new Set<string>();
  for (const { id, line } of body) {
    if (seen.has(id)) problems.push({ line, message: `recommendation ${id} appears twice` });
    seen.add(id);
  }
  const listed = frontmatter.recommendations;
  if (typeof frontmatter.report !== 'string') problems.push({ line: 1, message: 'frontmatter lacks report' });
  if (!Array.isArray(listed) || JSON.stringify(listed) !== JSON.stringify(body.map((b) => b.id))) {
    problems.push({ line: 1, message: `frontmatter recommendations ${JSON.stringify(listed ?? null)} are not the body's ${JSON.stringify(body.map((b) => b.id))}` });
  }
  return problems;
}

type Frontmatter = ReturnType<typeof frontmatterProblems>;

/** Every problem of a file: its frontmatter (as `frontmatterProblems` read it) and its parsed body `tree`. */
export function gateProblems(front: Frontmatter, tree: Root): GateProblem[] {
  return [...front.problems, ...findUnsafeNodes(tree), ...consistencyProblems(front.data, tree)];
}

export function formatProblems(file: string, problems: readonly GateProblem[]): string {
  return problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
}

/**
 * Ingest's gate: parses a generated MDX file as MDX does (micromark MDX + GFM, frontmatter
 * blanked so lines stay the file's) and throws `FILE:LINE: message`, one line per problem,
 * unless every node is one our writer emits on purpose.
 */
export function assertSafeMdx(source: string, file: string): void {
  const front = frontmatterProblems(source);
  const lines = source.split('\n');
  const body = [...lines.slice(0, front.bodyLine - 1).map(() => ''), ...lines.slice(front.bodyLine - 1)].join('\n');
  let problems: GateProblem[];
  try {
    problems = gateProblems(front, fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }));
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    problems = [...front.problems, { line: place.line ?? 1, message: `MDX does not parse: ${place.reason ?? place.message ?? String(error)}` }];
  }
  if (problems.length > 0) throw new Error(formatProblems(file, problems));
}
