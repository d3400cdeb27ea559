import { describe, expect, it } from 'vitest';
import { pageTypeOf, pageTypes } from './page-types.ts';

describe('pageTypeOf', () => {
  it('names the home page, the 404 page, section indexes and pages within a section', () => {
    expect(pageTypeOf('index.html')).toBe('home');
    expect(pageTypeOf('404.html')).toBe('404');
    expect(pageTypeOf('artikelen/index.html')).toBe('artikelen');
    expect(pageTypeOf('artikelen/12/index.html')).toBe('artikelen/*');
    expect(pageTypeOf('programma/2025/aanbeveling/index.html')).toBe('programma/*/*');
    expect(pageTypeOf('over.html')).toBe('over');
  });
});

describe('pageTypes', () => {
  it('picks the largest page of each type and ignores assets and the search index', () => {
    const types = pageTypes([
      { file: 'index.html', size: 10 },
      { file: 'artikelen/3/index.html', size: 500 },
      { file: 'artikelen/4/index.html', size: 900 },
      { file: 'artikelen/index.html', size: 50 },
      { file: 'pagefind/fragment.html', size: 1 },
      { file: '_astro/x.css', size: 1 },
    ]);
    expect(types).toEqual([
      { type: 'artikelen', file: 'artikelen/index.html', count: 1 },
      { type: 'artikelen/*', file: 'artikelen/4/index.html', count: 2 },
      { type: 'home', file: 'index.html', count: 1 },
    ]);
  });
});
