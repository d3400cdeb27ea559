/**
 * Inputs the parser must refuse: tests/fixtures/pipeline-errors/<case>/input.txt → the
 * diagnostics in expected.txt (`LINE: message`, one a line). Each holds source text that no
 * record could carry, which would otherwise vanish from the site without a trace.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/pipeline/parse-report.ts';
import { ReportError } from '../../src/pipeline/diagnostics.ts';
import { segmentBlocks } from '../../src/pipeline/segment-blocks.ts';
import type { BodyLine } from '../../src/pipeline/body-line.ts';
import { ERROR_FIXTURES, errorCases, expectedDiagnostics } from './error-fixtures.ts';

function diagnostics(input: Buffer): string[] {
  try {
    parseReport(input, { slug: 'x', source: 'x' });
  } catch (error) {
    if (error instanceof ReportError) return error.diagnostics.map((d) => `${d.line}: ${d.message}`);
    throw error;
  }
  return [];
}

describe('pipeline error fixtures', () => {
  for (const name of errorCases()) {
    it(`refuses the "${name}" fixture with the expected diagnostics`, () => {
      expect(diagnostics(readFileSync(`${ERROR_FIXTURES}${name}/input.txt`))).toEqual(expectedDiagnostics(name));
    });
  }
});

describe('page-foot URLs in a section', () => {
  const text = (no: number, t: string): BodyLine => ({ kind: 'text', no, page: 1, text: t });
  const link = (no: number, url: string): BodyLine => ({ kind: 'link', no, page: 1, url });

  it('go with the block open when the foot arrives', () => {
    const { blocks, errors } = segmentBlocks([text(1, 'Eerste zin.'), { kind: 'break', no: 2, page: 1 }, link(3, 'https://example.org/a')], 'response');
    expect(errors).toEqual([]);
    expect(blocks).toEqual([{ kind: 'paragraph', lines: [text(1, 'Eerste zin.')], links: ['https://example.org/a'] }]);
  });

  it('go with the block before the section when they come before its first block and that block has text on their page', () => {
    const before = { links: [] as string[], page: 1 };
    const { blocks, errors, open } = segmentBlocks([link(1, 'https://example.org/a'), text(2, 'Eerste zin.')], 'response', before);
    expect(errors).toEqual([]);
    expect(before.links).toEqual(['https://example.org/a']);
    expect(blocks).toEqual([{ kind: 'paragraph', lines: [text(2, 'Eerste zin.')], links: [] }]);
    expect(open).toEqual({ links: [], page: 1 });
  });

  it('are an error, never dropped or moved onto a later block, when no text before them is on their page', () => {
    for (const before of [undefined, { links: [] as string[], page: 0 }]) {
      const { blocks, errors } = segmentBlocks([link(1, 'https://example.org/a'), text(2, 'Eerste zin.')], 'grevio', before);
      expect(errors).toEqual([{ line: 1, message: 'page-foot URL https://example.org/a comes before any text under "Omschrijving", and no text before it is on page 1' }]);
      expect(blocks).toEqual([{ kind: 'paragraph', lines: [text(2, 'Eerste zin.')], links: [] }]);
      expect(before?.links ?? []).toEqual([]);
    }
  });

  it('are an error in a section without any text', () => {
    expect(segmentBlocks([link(1, 'https://example.org/a')], 'response').errors).toHaveLength(1);
  });
});
