import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../../src/mdx/mdx-gate';
import { assertSafeMdx, recommendationToMdx } from '../../src/mdx/write-recommendation-mdx';
import { attr, bodyOf, findJsx, makeReport, REC_ID, textOf } from './helpers';

/** Report text that MDX or Markdown would otherwise read as code, markup or structure. */
export const HOSTILE = [
  '{process.version}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'import x from "y"',
  'export const a = 1',
  '# kop',
  '> quote',
  '| a | b |',
  '| a | b |\n| - | - |\n| c | d |',
  '---',
  'tekst\n---',
  'tekst\n===',
  '```',
  '```js\ncode\n```',
  '~~~',
  '*emph*',
  '_emph_ en __sterk__',
  '~~doorgehaald~~',
  '[x](javascript:alert(1))',
  '![img](x.png)',
  '[x]: https://example.org',
  '&amp;',
  '&#x3C;script&#x3E;',
  '1. item',
  '29. GREVIO',
  '- streepje',
  '+ plus',
  '    ingesprongen',
  '  spaties voor en na  ',
  'regel\nimport x from "y"\nexport default 1',
  'harde  \nregelovergang',
  'backslash \\ en \\{',
  '<!-- commentaar -->',
  '<>fragment</>',
  '{/* commentaar */}',
  'a < b > c { d } e',
  '[ ] taak',
  'Aanhalingstekens ‘enkel’ “dubbel” "recht" -- en ... puntjes',
];

describe('report text in MDX', () => {
  it.each(HOSTILE)('keeps %j as literal paragraph text', (text) => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text, page: 2 }]);
    const mdx = recommendationToMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const [para] = findJsx(parseMdxBody(bodyOf(mdx)), 'Para');
    expect(para?.children).toHaveLength(1);
    expect(para?.children[0]?.type).toBe('paragraph');
    expect(textOf(para!)).toBe(text);
  });

  it.each(HOSTILE)('keeps %j as literal list item text', (text) => {
    const { report, rec } = makeReport([
      { kind: 'list', style: 'lettered', page: 2, items: [{ label: 'a.', text, page: 2 }] },
    ]);
    const mdx = recommendationToMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const [item] = findJsx(parseMdxBody(bodyOf(mdx)), 'Item');
    expect(textOf(item!)).toBe(text);
  });

  it('keeps hostile footnote text literal', () => {
    const text = HOSTILE.join(' ');
    const { report, rec } = makeReport(
      [{ kind: 'paragraph', text: 'Zie voetnoot[^6].', page: 2 }],
      undefined,
      [{ number: 6, text: text.replaceAll('\n', ' '), page: 2, recommendation: REC_ID }],
    );
    const mdx = recommendationToMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const tree = parseMdxBody(bodyOf(mdx));
    const definition = tree.children.find((n) => n.type === 'footnoteDefinition');
    expect(definition && textOf(definition)).toBe(text.replaceAll('\n', ' '));
  });

  it('keeps hostile printed labels literal in attributes', () => {
    const labels = ['&amp;', '"a"', "{b}", '<c>', '(1).'];
    const { report, rec } = makeReport([
      { kind: 'paragraph', label: '&amp; "29."', text: 'Tekst.', page: 2 },
      { kind: 'list', style: 'numbered', page: 2, items: labels.map((label) => ({ label, text: 'x', page: 2 })) },
    ]);
    const mdx = recommendationToMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'labels.mdx')).not.toThrow();
    const tree = parseMdxBody(bodyOf(mdx));
    expect(attr(findJsx(tree, 'Para')[0]!, 'label')).toBe('&amp; "29."');
    expect(findJsx(tree, 'Item').map((i) => attr(i, 'label'))).toEqual(labels);
  });

  it('writes every frontmatter value as one line of JSON', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'x', page: 2 }]);
    rec.topic = 'Kop {process.version} <script>\n---\nlayout: "./x.astro"\u2028';
    const mdx = recommendationToMdx(rec, report);
    const lines = mdx.split('\n');
    const close = lines.indexOf('---', 1);
    expect(close).toBe(7);
    const values = Object.fromEntries(
      lines.slice(1, close).map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 2))]),
    );
    expect(values.topic).toBe(rec.topic);
    expect(Object.keys(values)).toEqual(['id', 'report', 'topic', 'articles', 'pages', 'strength']);
    expect(() => assertSafeMdx(mdx, 'frontmatter.mdx')).not.toThrow();
  });

  it('keeps only http(s) source links', () => {
    const { report, rec } = makeReport([
      { kind: 'paragraph', text: 'Tekst.', page: 2, links: ['javascript:alert(1)', 'https://example.org/a_(b)?c=1&d=2'] },
    ]);
    const mdx = recommendationToMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'links.mdx')).not.toThrow();
    const [links] = findJsx(parseMdxBody(bodyOf(mdx)), 'SourceLinks');
    const urls = JSON.stringify(links).match(/"url":"([^"]+)"/g);
    expect(urls).toEqual(['"url":"https://example.org/a_(b)?c=1&d=2"']);
  });
});
