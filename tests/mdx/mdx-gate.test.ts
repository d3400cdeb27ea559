import { describe, expect, it } from 'vitest';
import { assertSafeMdx } from '../../src/mdx/mdx-gate';
import { makeReport, writeMdx } from './helpers';

const FRONTMATTER = '---\nreport: "x"\nrecommendations: ["x-01"]\n---\n';
/** A file whose one paragraph holds `body`, on line 9. */
const PARA = (body: string) =>
  `<Recommendation id="x-01">\n  <Part kind="grevio" id="a1-grevio" rec="x-01">\n    <Para id="a1-grevio-1" rec="x-01" page="2">\n      ${body}\n    </Para>\n  </Part>\n</Recommendation>\n`;
const FILE = 'content/generated/recommendations/x.mdx';

/** The gate's message for `source`, or undefined when it passes. */
function gateError(source: string): string | undefined {
  try {
    assertSafeMdx(source, FILE);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('assertSafeMdx', () => {
  it('accepts what the writer writes', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'GREVIO {x} <script>', page: 2 }]);
    expect(gateError(writeMdx(rec, report))).toBeUndefined();
  });

  it('accepts the file PARA builds, so the cases below fail for their one change', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('tekst')}`)).toBeUndefined();
  });

  it('rejects an injected expression with file and line', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('{1+1}')}`)).toContain(`${FILE}:9: an MDX expression {…} is not allowed`);
  });

  it('rejects a flow expression', () => {
    expect(gateError(`${FRONTMATTER}\n{process.version}\n`)).toContain(`${FILE}:6: an MDX expression {…} is not allowed`);
  });

  it('rejects a <script> element, on its own line or inline', () => {
    expect(gateError(`${FRONTMATTER}\n<script>\n  alert(1)\n</script>\n`)).toContain(`${FILE}:6: JSX element <script> is not one of our components`);
    expect(gateError(`${FRONTMATTER}\n${PARA('tekst <script>alert(1)</script>')}`)).toContain(`${FILE}:9: JSX element <script> is not one of our components`);
  });

  it('rejects an unknown inline element', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('tekst <img src="x" onError="alert(1)" />')}`)).toContain(`${FILE}:9: JSX element <img> is not one of our components`);
  });

  it('rejects an export and an import', () => {
    expect(gateError(`${FRONTMATTER}\nexport const a = 1\n`)).toContain(`${FILE}:6: ESM (import/export) is not allowed`);
    expect(gateError(`${FRONTMATTER}\nimport x from "y"\n`)).toContain(`${FILE}:6: ESM (import/export) is not allowed`);
  });

  it('rejects a known component with an expression attribute', () => {
    const source = `${FRONTMATTER}\n<Recommendation id={"x-01"}>\n</Recommendation>\n`;
    expect(gateError(source)).toContain(`${FILE}:6: <Recommendation id> is not a string literal`);
  });

  it('rejects a spread attribute and unknown attributes', () => {
    const message = gateError(`${FRONTMATTER}\n<Recommendation id="x-01" {...props} onClick="x">\n</Recommendation>\n`) ?? '';
    expect(message).toContain(`${FILE}:6: <Recommendation> has a spread {…} attribute`);
    expect(message).toContain(`${FILE}:6: <Recommendation> has unknown attribute onClick`);
  });

  it('rejects `only`, the attribute the build adds itself', () => {
    expect(gateError(`${FRONTMATTER}\n<Recommendation id="x-01" only="x-02">\n</Recommendation>\n`)).toContain(`${FILE}:6: <Recommendation> has unknown attribute only`);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('rejects an attribute named %s as unknown, with file and line', (name) => {
    const source = `${FRONTMATTER}\n<Recommendation id="x-01" ${name}="a">\n</Recommendation>\n`;
    expect(gateError(source)).toContain(`${FILE}:6: <Recommendation> has unknown attribute ${name}`);
  });

  it('rejects a component in the wrong place, and text outside a recommendation', () => {
    expect(gateError(`${FRONTMATTER}\n<Para id="a1-grevio-1" rec="x-01" page="2">\n</Para>\n`)).toContain(`${FILE}:6: <Para> may not appear inside the document root`);
    expect(gateError(`${FRONTMATTER}\nlosse tekst\n`)).toContain(`${FILE}:6: text may not appear inside the document root`);
  });

  it('rejects a programme link holding more than text, and invalid article numbers and slugs', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('<ProgrammeLink slug="wmo">**Wmo**</ProgrammeLink> x')}`)).toContain(`${FILE}:9: <ProgrammeLink> may hold only text`);
    expect(gateError(`${FRONTMATTER}\n${PARA('<ArticleLink article="100">x</ArticleLink> y')}`)).toContain(`${FILE}:9: <ArticleLink article> has an invalid value "100"`);
    expect(gateError(`${FRONTMATTER}\n${PARA('<ProgrammeLink slug="../x">x</ProgrammeLink> y')}`)).toContain(`${FILE}:9: <ProgrammeLink slug> has an invalid value "../x"`);
  });

  it('rejects a javascript: link and an image', () => {
    const message = gateError(`${FRONTMATTER}\n${PARA('[x](javascript:alert(1)) ![i](./x.png)')}`) ?? '';
    expect(message).toContain(`${FILE}:9: link to "javascript:alert(1)" is not allowed`);
    expect(message).toContain(`${FILE}:9: an image is not allowed`);
  });

  it('rejects footnote labels that are not note numbers', () => {
    const message = gateError(`${FRONTMATTER}\n${PARA('tekst[^x]')}\n[^x]: noot\n`) ?? '';
    expect(message).toContain(`${FILE}:9: footnote reference [^x] is not a note number`);
    expect(message).toContain(`${FILE}:14: footnote [^x] is not a note number`);
  });

  it('rejects structure our writer never emits', () => {
    expect(gateError(`${FRONTMATTER}\n# Kop\n`)).toContain(`${FILE}:6: unexpected heading node (escaping failed?)`);
  });

  it('rejects a layout key and non-JSON values in the frontmatter', () => {
    const message = gateError('---\nreport: "x"\nlayout: "../../src/Evil.astro"\nrecommendations: bare words\n---\n') ?? '';
    expect(message).toContain(`${FILE}:3: frontmatter key layout is not allowed`);
    expect(message).toContain(`${FILE}:4: frontmatter value of recommendations is not JSON`);
  });

  it('rejects MDX that does not parse', () => {
    expect(gateError(`${FRONTMATTER}\n<Recommendation id="x-01"\n`)).toMatch(/x\.mdx:\d+: MDX does not parse/);
  });

  it('rejects a body that does not hold the recommendations the frontmatter lists, or holds one twice', () => {
    const rec = (id: string) => `<Recommendation id="${id}">\n</Recommendation>\n`;
    expect(gateError(`${FRONTMATTER}\n${rec('x-02')}`)).toBe(`${FILE}:1: frontmatter recommendations ["x-01"] are not the body's ["x-02"]`);
    expect(gateError(`${FRONTMATTER}\n${rec('x-01')}\n${rec('x-01')}`)).toContain(`${FILE}:9: recommendation x-01 appears twice`);
  });

  it('rejects a footnote defined twice', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('tekst[^1]')}\n[^1]: een\n\n[^1]: twee\n`)).toContain(`${FILE}:16: footnote [^1] is defined twice`);
  });
});
