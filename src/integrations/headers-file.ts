/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) after the build. A `_`-prefixed page file
 * cannot do this: Astro ignores such files in src/pages.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { renderHeadersFile } from '../quality/headers-file.ts';

export function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'verdragswijzer:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), renderHeadersFile(undefined, base));
      },
    },
  };
}
