/**
 * The only JSX our MDX writer emits: component names, their attributes (always string
 * literals), where they may appear and whether they hold blocks or only text. The writer builds
 * from this table, the gate checks against it, and `src/components/mdx/index.ts` maps each name
 * to its Astro component, so the three cannot drift apart.
 */

const RECOMMENDATION_ID = /^[a-z0-9][a-z0-9-]*$/;
/** A report-local anchor (src/mdx/anchor-ids.ts): `a11-reactie-5`, `a3-grevio-2-b`. */
const ANCHOR = /^a[1-9][0-9]*(?:-[a-z0-9]+)*$/;
const PAGE = /^[1-9][0-9]{0,3}$/;
/** Printed markers and paragraph numbers: "29.", "a.", "-", "(1).", "(4)". */
const LABEL = /^[^\n]{1,16}$/;
/** A registry slug (lowercase-kebab, as the registry schema checks). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARTICLE = /^[1-9][0-9]?$/;

interface AttributeSpec {
  pattern: RegExp;
  required: boolean;
}

export interface ComponentSpec {
  attributes: Record<string, AttributeSpec>;
  /** Where it may appear: `root`, `footnote` (a footnote's text) or inside another component. */
  parents: readonly string[];
  /** `flow` components hold blocks (one per line); `text` components sit inside a paragraph and hold only text. */
  kind: 'flow' | 'text';
}

const req = (pattern: RegExp): AttributeSpec => ({ pattern, required: true });
const opt = (pattern: RegExp): AttributeSpec => ({ pattern, required: false });
/** Components whose paragraphs are report prose: where article and programme links may sit. */
const PROSE = ['Para', 'Item', 'footnote'] as const;

export const MDX_COMPONENTS = {
  /** One recommendation: its two parts; its footnotes are gathered under it when rendered. */
  Recommendation: {
    attributes: { id: req(RECOMMENDATION_ID) },
    parents: ['root'],
    kind: 'flow',
  },
  /** GREVIO's text or the government's response, with its heading. */
  Part: {
    attributes: { kind: req(/^(grevio|response)$/), id: req(ANCHOR), rec: req(RECOMMENDATION_ID) },
    parents: ['Recommendation'],
    kind: 'flow',
  },
  /** One paragraph block: anchor, source page, GREVIO's number and wording. */
  Para: {
    attributes: {
      id: req(ANCHOR),
      /** The recommendation's id: whose report the anchor is local to. */
      rec: req(RECOMMENDATION_ID),
      page: req(PAGE),
      /** Where the text ends, when it runs on to a later page. */
      endPage: opt(PAGE),
      label: opt(LABEL),
      strength: opt(/^(urges|strongly-encourages|encourages|invites)$/),
      newPage: opt(PAGE),
    },
    parents: ['Part'],
    kind: 'flow',
  },
  /** One list block as printed (lettered, dash or numbered). */
  List: {
    attributes: {
      id: req(ANCHOR),
      rec: req(RECOMMENDATION_ID),
      page: req(PAGE),
      style: req(/^(lettered|dash|numbered)$/),
      newPage: opt(PAGE),
    },
    parents: ['Part'],
    kind: 'flow',
  },
  /** One list item with its printed marker. */
  Item: {
    attributes: { id: req(ANCHOR), rec: req(RECOMMENDATION_ID), page: req(PAGE), endPage: opt(PAGE), label: req(LABEL), newPage: opt(PAGE) },
    parents: ['List'],
    kind: 'flow',
  },
  /** URLs the PDF printed at the page foot for a link in the paragraph. */
  SourceLinks: {
    attributes: {},
    parents: ['Para'],
    kind: 'flow',
  },
  /** A reference to a Convention article ("artikel 56 van het Verdrag van Istanbul"). */
  ArticleLink: {
    attributes: { article: req(ARTICLE) },
    parents: PROSE,
    kind: 'text',
  },
  /** The first mention in a passage of a programme, law or body of the registry. */
  ProgrammeLink: {
    attributes: { slug: req(SLUG) },
    parents: PROSE,
    kind: 'text',
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Where a node sits: the document root, a footnote's text, or inside a component. */
export type ComponentParent = 'root' | 'footnote' | MdxComponentName;

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}

/** A footnote label in our MDX is the report's own note number. */
export const FOOTNOTE_LABEL = /^[1-9][0-9]{0,3}$/;

/**
 * The `id` of a `<Recommendation>` element (as MDX parses it, in mdast or hast), else undefined:
 * the one reading of that attribute the gate and the footnote plugins share.
 */
export function recommendationIdOf(node: { type: string; name?: string | null; attributes?: readonly { type: string; name?: string; value?: unknown }[] }): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Recommendation') return undefined;
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof id?.value === 'string' ? id.value : undefined;
}
