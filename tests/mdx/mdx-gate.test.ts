import { describe, expect, it } from 'vitest';
import { assertSafeMdx, recommendationToMdx } from '../../src/mdx/write-recommendation-mdx';
import { makeReport } from './helpers';

const FRONTMATTER = '---\nid: "x-01"\ntopic: "T"\n---\n';
const PARA = (body: string) => `<Part kind="grevio" id="r-x-01-grevio">\n  <Para id="r-x-01-grevio-1" page="2">\n    ${body}\n  </Para>\n</Part>\n`;

/** The gate's message for `source`, or undefined when it passes. */
function gateError(source: string): string | undefined {
  try {
    assertSafeMdx(source, 'content/generated/recommendations/x-01.mdx');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('assertSafeMdx', () => {
  it('accepts what recommendationToMdx writes', () => {
    const { report, rec } = makeReport([{ kind: 'paragraph', text: 'GREVIO {x} <script>', page: 2 }]);
    expect(gateError(recommendationToMdx(rec, report))).toBeUndefined();
  });

  it('rejects an injected expression with file and line', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('{1+1}')}`)).toBe(
      'content/generated/recommendations/x-01.mdx:8: an MDX expression {…} is not allowed',
    );
  });

  it('rejects a flow expression', () => {
    expect(gateError(`${FRONTMATTER}\n{process.version}\n`)).toMatch(/x-01\.mdx:6: an MDX expression/);
  });

  it('rejects a <script> element', () => {
    expect(gateError(`${FRONTMATTER}\n<script>\n  alert(1)\n</script>\n`)).toMatch(/x-01\.mdx:6: JSX element <script> is not one of our components/);
  });

  it('rejects an inline <script> element', () => {
    expect(gateError(`${FRONTMATTER}\n<script>alert(1)</script>\n`)).toMatch(/x-01\.mdx:6: inline JSX is not allowed/);
  });

  it('rejects inline JSX', () => {
    expect(gateError(`${FRONTMATTER}\n${PARA('tekst <img src="x" onError="alert(1)" />')}`)).toMatch(/:8: inline JSX is not allowed/);
  });

  it('rejects an export', () => {
    expect(gateError(`${FRONTMATTER}\nexport const a = 1\n`)).toMatch(/x-01\.mdx:6: ESM \(import\/export\) is not allowed/);
  });

  it('rejects an import', () => {
    expect(gateError(`${FRONTMATTER}\nimport x from "y"\n`)).toMatch(/:6: ESM/);
  });

  it('rejects a known component with an expression attribute', () => {
    const source = `${FRONTMATTER}\n<Part kind="grevio" id={"r-x-01-grevio"}>\n</Part>\n`;
    expect(gateError(source)).toMatch(/:6: <Part id> is not a string literal/);
  });

  it('rejects a spread attribute and unknown attributes', () => {
    const source = `${FRONTMATTER}\n<Part kind="grevio" id="r-x-01-grevio" {...props} onClick="x">\n</Part>\n`;
    const message = gateError(source) ?? '';
    expect(message).toMatch(/<Part> has a spread/);
    expect(message).toMatch(/<Part> has unknown attribute onClick/);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('rejects an attribute named %s as unknown, with file and line', (name) => {
    const source = `${FRONTMATTER}\n<Part kind="grevio" id="r-x-01-grevio" ${name}="a">\n</Part>\n`;
    expect(gateError(source)).toBe(`content/generated/recommendations/x-01.mdx:6: <Part> has unknown attribute ${name}`);
  });

  it('rejects a component in the wrong place', () => {
    expect(gateError(`${FRONTMATTER}\n<Para id="r-x-01-grevio-1" page="2">\n</Para>\n`)).toMatch(/<Para> may not appear inside the document root/);
  });

  it('rejects a javascript: link and an image', () => {
    const message = gateError(`${FRONTMATTER}\n${PARA('[x](javascript:alert(1)) ![i](./x.png)')}`) ?? '';
    expect(message).toMatch(/link to "javascript:alert\(1\)" is not allowed/);
    expect(message).toMatch(/an image is not allowed/);
  });

  it('rejects structure our writer never emits', () => {
    expect(gateError(`${FRONTMATTER}\n# Kop\n`)).toMatch(/:6: unexpected heading node/);
  });

  it('rejects a layout key and non-JSON values in the frontmatter', () => {
    const message = gateError('---\nid: "x"\nlayout: "../../src/Evil.astro"\ntopic: bare words\n---\n') ?? '';
    expect(message).toMatch(/:3: frontmatter key layout is not allowed/);
    expect(message).toMatch(/:4: frontmatter value of topic is not JSON/);
  });

  it('rejects MDX that does not parse', () => {
    expect(gateError(`${FRONTMATTER}\n<Part kind="grevio"\n`)).toMatch(/x-01\.mdx:\d+: MDX does not parse/);
  });
});
