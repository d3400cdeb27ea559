import { describe, expect, it } from 'vitest';
import { assertSafeMdx } from '../../src/mdx/mdx-gate';
import { attr, findJsx, makeReport, parseMdx, REC_ID, textOf, writeMdx } from './helpers';
import { HOSTILE } from './hostile-strings';


describe('report text in MDX', () => {
  it.each(HOSTILE)('keeps %j as literal paragraph text', (text) => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text, page: 2 }]);
    const mdx = writeMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const [para] = findJsx(parseMdx(mdx), 'Para');
    expect(para?.children).toHaveLength(1);
    expect(para?.children[0]?.type).toBe('paragraph');
    expect(textOf(para!)).toBe(text);
  });

  it.each(HOSTILE)('keeps %j as literal list item text', (text) => {
    const { report, rec } = makeReport([
      { kind: 'list', style: 'lettered', page: 2, items: [{ label: 'a.', text, page: 2 }] },
    ]);
    const mdx = writeMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const [item] = findJsx(parseMdx(mdx), 'Item');
    expect(textOf(item!)).toBe(text);
  });

  it('keeps hostile footnote text literal', () => {
    const text = HOSTILE.join(' ');
    const { report, rec } = makeReport(
      [{ kind: 'paragraph', text: 'Zie voetnoot[^6].', page: 2 }],
      undefined,
      [{ number: 6, text: text.replaceAll('\n', ' '), page: 2, recommendation: REC_ID }],
    );
    const mdx = writeMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'hostile.mdx')).not.toThrow();
    const tree = parseMdx(mdx);
    const definition = tree.children.find((n) => n.type === 'footnoteDefinition');
    expect(definition && textOf(definition)).toBe(text.replaceAll('\n', ' '));
  });

  it('keeps hostile printed labels literal in attributes', () => {
    const labels = ['&amp;', '"a"', "{b}", '<c>', '(1).'];
    const { report, rec } = makeReport([
      { kind: 'paragraph', label: '&amp; "29."', text: 'Tekst.', page: 2 },
      { kind: 'list', style: 'numbered', page: 2, items: labels.map((label) => ({ label, text: 'x', page: 2 })) },
    ]);
    const mdx = writeMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'labels.mdx')).not.toThrow();
    const tree = parseMdx(mdx);
    expect(attr(findJsx(tree, 'Para')[0]!, 'label')).toBe('&amp; "29."');
    expect(findJsx(tree, 'Item').map((i) => attr(i, 'label'))).toEqual(labels);
  });

  it('writes the frontmatter as lines of JSON, with only the report and its recommendation ids', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'x', page: 2 }]);
    rec.topic = 'Kop {process.version} <script>\n---\nlayout: "./x.astro"\u2028';
    const mdx = writeMdx(rec, report);
    const lines = mdx.split('\n');
    const close = lines.indexOf('---', 1);
    const values = Object.fromEntries(lines.slice(1, close).map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 2))]));
    expect(values).toEqual({ report: report.report.slug, recommendations: [rec.id] });
    expect(mdx).not.toContain('process.version');
    expect(() => assertSafeMdx(mdx, 'frontmatter.mdx')).not.toThrow();
  });

  it('keeps only http(s) source links', () => {
    const { report, rec } = makeReport([
      { kind: 'paragraph', text: 'Tekst.', page: 2, links: ['javascript:alert(1)', 'https://example.org/a_(b)?c=1&d=2'] },
    ]);
    const mdx = writeMdx(rec, report);
    expect(() => assertSafeMdx(mdx, 'links.mdx')).not.toThrow();
    const [links] = findJsx(parseMdx(mdx), 'SourceLinks');
    const urls = JSON.stringify(links).match(/"url":"([^"]+)"/g);
    expect(urls).toEqual(['"url":"https://example.org/a_(b)?c=1&d=2"']);
  });
});
