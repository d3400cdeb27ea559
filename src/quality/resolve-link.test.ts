import { describe, expect, it } from 'vitest';
import { candidateFiles, normaliseBase, pageUrlPath, resolveLink } from './resolve-link.ts';

describe('resolveLink', () => {
  const page = { page: 'artikelen/3/index.html', base: '/vw' };

  it('resolves a relative link against the page URL under the base path', () => {
    expect(resolveLink('../4/#aanbeveling-2', page)).toEqual({
      kind: 'internal',
      path: '/artikelen/4/',
      fragment: 'aanbeveling-2',
    });
  });

  it('treats a bare fragment as a link into the page itself', () => {
    expect(resolveLink('#voetnoot-1', page)).toEqual({ kind: 'internal', path: '/artikelen/3/', fragment: 'voetnoot-1' });
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('/vw/over/#bron%20tekst', page)).toEqual({ kind: 'internal', path: '/over/', fragment: 'bron tekst' });
  });

  it('flags a root-relative link that misses the base path', () => {
    expect(resolveLink('/artikelen/', page)).toEqual({ kind: 'outside-base', path: '/artikelen/' });
  });

  it('calls other hosts and mailto external, and ignores data and javascript URLs', () => {
    expect(resolveLink('https://wetten.overheid.nl/', page).kind).toBe('external');
    expect(resolveLink('mailto:a@b.nl', page).kind).toBe('external');
    expect(resolveLink('data:image/png;base64,AA==', page)).toEqual({ kind: 'ignored', scheme: 'data' });
    expect(resolveLink('javascript:void(0)', page)).toEqual({ kind: 'ignored', scheme: 'javascript' });
  });

  it('treats absolute links to the deployed origin as internal', () => {
    expect(resolveLink('https://site.example/vw/', { ...page, origin: 'https://site.example' })).toEqual({
      kind: 'internal',
      path: '/',
      fragment: null,
    });
  });
});

describe('paths', () => {
  it('normalises a base path to leading and trailing slashes', () => {
    expect([normaliseBase(''), normaliseBase('/'), normaliseBase('vw'), normaliseBase('/vw/')]).toEqual(['/', '/', '/vw/', '/vw/']);
  });

  it('serves index.html at its directory URL', () => {
    expect(pageUrlPath('artikelen/index.html', '/')).toBe('/artikelen/');
    expect(pageUrlPath('404.html', '/vw/')).toBe('/vw/404.html');
  });

  it('tries the file, the .html file and the directory index for a path without a slash', () => {
    expect(candidateFiles('/over')).toEqual(['over', 'over.html', 'over/index.html']);
    expect(candidateFiles('/')).toEqual(['index.html']);
  });
});
