import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { findCspProblems } from './find-csp-problems.ts';

const policy = "default-src 'self'";
const expected = { policy, forbidInlineStyles: true };
const page = (head: string, body = '') =>
  fromHtml(`<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`);
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

describe('findCspProblems', () => {
  it('accepts a page whose policy comes first and whose scripts and styles are files', () => {
    const tree = page(`<meta charset="utf-8">${meta}<link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script>`,
      '<script type="application/ld+json">{"@type":"WebSite"}</script>');
    expect(findCspProblems(tree, expected)).toEqual([]);
  });

  it('reports a missing policy and a wrong one', () => {
    expect(findCspProblems(page(''), expected)).toEqual(['no <meta http-equiv="Content-Security-Policy">']);
    expect(findCspProblems(page(`<meta http-equiv="content-security-policy" content="default-src *">`), expected)).toEqual([
      `CSP <meta> content is "default-src *", want "default-src 'self'"`,
    ]);
  });

  it('reports a stylesheet or icon loaded before the policy, but not a canonical link', () => {
    expect(findCspProblems(page(`<link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg">${meta}`), expected)).toEqual([
      '<link> before the CSP <meta> escapes the policy',
      '<link> before the CSP <meta> escapes the policy',
    ]);
    expect(findCspProblems(page(`<link rel="canonical" href="https://x.example/">${meta}`), expected)).toEqual([]);
  });

  it('reports inline scripts, event handlers and javascript URLs', () => {
    const tree = page(meta, '<script>alert(1)</script><button onclick="go()">x</button><a href="javascript:go()">y</a>');
    expect(findCspProblems(tree, expected)).toEqual([
      'inline <script>: alert(1)',
      'inline event handler onclick on <button>',
      'javascript: URL on <a>',
    ]);
  });

  it('reports inline styles only when the policy forbids them', () => {
    const tree = page(`${meta}<style>p{color:red}</style>`, '<p style="color: red">x</p>');
    expect(findCspProblems(tree, expected)).toEqual(['inline <style>: p{color:red}', 'style="color: red" on <p>']);
    expect(findCspProblems(tree, { ...expected, forbidInlineStyles: false })).toEqual([]);
  });
});
