import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp.ts';
import { headersForPath, parseHeadersFile, renderHeadersFile } from './headers-file.ts';

describe('the content security policy', () => {
  it('allows no inline code and lets Pagefind compile WebAssembly', () => {
    expect(CSP_HEADER).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_HEADER).not.toContain('unsafe-inline');
  });

  it('leaves frame-ancestors out of the meta policy, where browsers ignore it', () => {
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });
});

describe('the _headers file', () => {
  it('round-trips through render and parse and applies the policy to every path', () => {
    const rules = parseHeadersFile(renderHeadersFile());
    expect(headersForPath(rules, '/artikelen/3/')).toContainEqual(['Content-Security-Policy', CSP_HEADER]);
  });

  it('matches splats and placeholders, and skips comments', () => {
    const rules = parseHeadersFile('# cache\n/_astro/*\n  Cache-Control: immutable\n/rapporten/:slug/\n  X-Report: yes\n');
    expect(headersForPath(rules, '/_astro/a.css')).toEqual([['Cache-Control', 'immutable']]);
    expect(headersForPath(rules, '/rapporten/x/')).toEqual([['X-Report', 'yes']]);
    expect(headersForPath(rules, '/rapporten/x/y/')).toEqual([]);
  });

  it('rejects a header line outside any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow('_headers line 1');
  });
});
