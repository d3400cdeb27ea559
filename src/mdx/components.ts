/**
 * The only JSX our MDX writer emits: component names, their attributes (always string
 * literals) and where they may appear. The writer builds from this table and the safety gate
 * checks against it, so the two cannot drift apart.
 */

const ANCHOR = /^r-[a-z0-9-]+$/;
const PAGE = /^[1-9][0-9]{0,3}$/;
/** Printed markers and paragraph numbers: "29.", "a.", "-", "(1).", "(4)". */
const LABEL = /^[^\n]{1,16}$/;

interface AttributeSpec {
  pattern: RegExp;
  required: boolean;
}

export interface ComponentSpec {
  attributes: Record<string, AttributeSpec>;
  /** Allowed parent: `root` or another component name. */
  parents: readonly string[];
}

const req = (pattern: RegExp): AttributeSpec => ({ pattern, required: true });
const opt = (pattern: RegExp): AttributeSpec => ({ pattern, required: false });

export const MDX_COMPONENTS = {
  /** GREVIO's text or the government's response, with its heading. */
  Part: {
    attributes: { kind: req(/^(grevio|response)$/), id: req(ANCHOR) },
    parents: ['root'],
  },
  /** One paragraph block: anchor, source page, GREVIO's number and wording. */
  Para: {
    attributes: {
      id: req(ANCHOR),
      page: req(PAGE),
      label: opt(LABEL),
      strength: opt(/^(urges|strongly-encourages|encourages|invites)$/),
      newPage: opt(PAGE),
    },
    parents: ['Part'],
  },
  /** One list block as printed (lettered, dash or numbered). */
  List: {
    attributes: {
      id: req(ANCHOR),
      page: req(PAGE),
      style: req(/^(lettered|dash|numbered)$/),
      newPage: opt(PAGE),
    },
    parents: ['Part'],
  },
  /** One list item with its printed marker. */
  Item: {
    attributes: { id: req(ANCHOR), page: req(PAGE), label: req(LABEL), newPage: opt(PAGE) },
    parents: ['List'],
  },
  /** URLs the PDF printed at the page foot for a link in the paragraph. */
  SourceLinks: {
    attributes: {},
    parents: ['Para'],
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}
