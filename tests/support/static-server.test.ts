import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '../fixtures/static-site');

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, base: '/vw' });
  });
  afterAll(() => server.close());

  const get = (pathname: string) => fetch(server.origin + pathname, { redirect: 'manual' });

  it('serves a directory index under the base path, with the _headers rules that match its full URL path', async () => {
    const response = await get('/vw/artikelen/3/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-section')).toBe('artikelen');
    expect(await response.text()).toContain('Artikel 3');
  });

  it('redirects a directory without its slash', async () => {
    const response = await get('/vw/artikelen/3?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/vw/artikelen/3/?x=1');
  });

  it('answers a missing path, or one outside the base, with 404.html and status 404', async () => {
    for (const pathname of ['/vw/bestaat-niet/', '/artikelen/3/', '/vw/../../etc/passwd', '/vw/%2e%2e/%2e%2e/package.json']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(await response.text()).toContain('Niet gevonden');
    }
  });

  it('gives WebAssembly and Pagefind index chunks their content types', async () => {
    expect((await get('/vw/pagefind/pagefind.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/vw/pagefind/index/nl_abc.pf_index')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('builds absolute URLs below the base path', () => {
    expect(server.url('artikelen/3/')).toBe(`${server.origin}/vw/artikelen/3/`);
    expect(server.url()).toBe(`${server.origin}/vw/`);
  });
});
