/**
 * Static CSP check of one built page: the policy `<meta>` must come first in `<head>` with the
 * expected content, and nothing inline may need `'unsafe-inline'`.
 */
import type { Root } from 'hast';
import { attribute, elements } from './read-html.ts';

export interface CspExpectation {
  /** The exact `content` of `<meta http-equiv="Content-Security-Policy">`. */
  policy: string;
  /** When style-src has no `'unsafe-inline'` (ours), `<style>` and `style=""` are violations. */
  forbidInlineStyles: boolean;
}

export function findCspProblems(tree: Root, expected: CspExpectation): string[] {
  const problems: string[] = [];
  const all = [...elements(tree)];
  const metas = all.filter((el) => el.tagName === 'meta' && attribute(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length === 0) problems.push('no <meta http-equiv="Content-Security-Policy">');
  if (metas.length > 1) problems.push(`${metas.length} CSP <meta> elements (want one)`);
  for (const meta of metas) {
    const content = attribute(meta, 'content');
    if (content !== expected.policy) problems.push(`CSP <meta> content is ${JSON.stringify(content)}, want ${JSON.stringify(expected.policy)}`);
  }

  // A meta policy only governs what comes after it.
  const first = metas[0];
  const firstIndex = first ? all.indexOf(first) : -1;
  for (const [index, el] of all.entries()) {
    const loads = el.tagName === 'script' || el.tagName === 'style' || (el.tagName === 'link' && fetches(attribute(el, 'rel')));
    if (first && loads && index < firstIndex) problems.push(`<${el.tagName}> before the CSP <meta> escapes the policy`);
  }

  for (const el of all) {
    const type = attribute(el, 'type');
    // `application/ld+json` and friends are data blocks: never executed, so not the policy's business.
    const isData = type !== undefined && type !== '' && type !== 'module' && !/javascript|ecmascript|importmap|speculationrules/i.test(type);
    if (el.tagName === 'script' && attribute(el, 'src') === undefined && !isData) {
      problems.push(`inline <script>: ${snippet(el)}`);
    }
    for (const key of Object.keys(el.properties)) {
      if (/^on[A-Z]/.test(key)) problems.push(`inline event handler ${key.toLowerCase()} on <${el.tagName}>`);
    }
    const href = attribute(el, 'href') ?? attribute(el, 'src');
    if (href?.trim().toLowerCase().startsWith('javascript:')) problems.push(`javascript: URL on <${el.tagName}>`);
    if (expected.forbidInlineStyles) {
      if (el.tagName === 'style') problems.push(`inline <style>: ${snippet(el)}`);
      const style = attribute(el, 'style');
      if (style !== undefined) problems.push(`style="${style}" on <${el.tagName}>`);
    }
  }
  return problems;
}

/** `<link rel>` values that only describe the page (fetch nothing): harmless before the policy. */
const DESCRIPTIVE_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'search', 'help']);

function fetches(rel: string | undefined): boolean {
  const rels = (rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rels.length === 0 || rels.some((value) => !DESCRIPTIVE_RELS.has(value));
}

function snippet(el: { children: unknown[] }): string {
  const text = el.children
    .map((child) => (typeof child === 'object' && child && 'value' in child ? String(child.value) : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text || '(empty)';
}
