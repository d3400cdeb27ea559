/** Parse an HTML file into a hast tree, and walk its elements. */
import { readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export async function readHtml(file: string): Promise<Root> {
  return fromHtml(await readFile(file, 'utf8'));
}

/** Every element in document order (including those inside `<template>` content). */
export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (node.content) yield* elements(node.content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** An attribute as the page wrote it: hast stores `class` as a list and booleans as `true`. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[propertyName(name)];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(name === 'class' ? ' ' : ', ');
  return value === true ? '' : String(value);
}

function propertyName(name: string): string {
  if (name === 'class') return 'className';
  if (name === 'for') return 'htmlFor';
  if (name === 'http-equiv') return 'httpEquiv';
  if (name.startsWith('data-') || name.startsWith('aria-')) {
    return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  }
  return name.toLowerCase() === 'srcset' ? 'srcSet' : name;
}
