/**
 * In-process static server for dist/, behaving like a static host: the site lives under its base
 * path, `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`, a missing path gets
 * `404.html` with status 404, and the rules of `_headers` (if the build has one) are applied.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/quality/headers-file.ts';
import { normaliseBase } from '../../src/quality/resolve-link.ts';
import { contentType } from './content-types.ts';

export interface StaticServer {
  origin: string;
  base: string;
  /** Absolute URL of a path below the base: `url('artikelen/3/')`. */
  url(pathBelowBase?: string): string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  base?: string;
  /** Apply `root/_headers` (default true). */
  applyHeadersFile?: boolean;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = normaliseBase(options.base ?? '/');
  const headersFile = path.join(root, '_headers');
  const rules: HeaderRule[] =
    options.applyHeadersFile !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`static server error: ${error.message}`);
    });
  });

  async function send(response: http.ServerResponse, status: number, file: string, urlPath: string, head: boolean) {
    const body = await readFile(file);
    const headers: Record<string, string | number> = { 'content-type': contentType(file), 'content-length': body.length, 'cache-control': 'no-store' };
    // As a host applies _headers: a rule's header replaces the default of the same name.
    for (const [name, value] of headersForPath(rules, urlPath)) headers[name.toLowerCase()] = value;
    response.writeHead(status, headers);
    response.end(head ? undefined : body);
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = (urlPath + '/').startsWith(base) ? locate(root, urlPath.slice(base.length)) : null;
    if (found?.redirect) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (found) return send(response, 200, found.file, urlPath, head);
    const notFound = path.join(root, '404.html');
    if (existsSync(notFound)) return send(response, 404, notFound, urlPath, head);
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404: no such file and no 404.html');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base,
    url: (pathBelowBase = '') => origin + base + pathBelowBase.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The file for a path below the base, refusing anything that escapes the root. */
function locate(root: string, relative: string): { file: string; redirect?: boolean } | null {
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  if (relative === '' || relative.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { file: index } : null;
  }
  if (isFile(target)) return { file: target };
  if (isFile(`${target}.html`)) return { file: `${target}.html` };
  if (isFile(path.join(target, 'index.html'))) return { file: target, redirect: true };
  return null;
}
