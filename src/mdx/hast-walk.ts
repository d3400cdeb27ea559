/**
 * Depth-first walk over the elements of a hast tree (no dependency on unist-util-visit). It
 * also descends into MDX JSX nodes (`<Para>` …), whose children are hast elements too.
 */
import type { Element, Root } from 'hast';

interface Parent {
  children?: unknown[];
}

export function walkElements(node: Root | Element, visit: (element: Element) => void): void {
  const descend = (parent: Parent): void => {
    for (const child of parent.children ?? []) {
      const c = child as { type?: string } & Parent;
      if (c.type === 'element') visit(c as unknown as Element);
      if (Array.isArray(c.children)) descend(c);
    }
  };
  descend(node as Parent);
}
