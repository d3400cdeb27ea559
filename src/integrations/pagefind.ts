/**
 * Runs Pagefind through its Node API after `astro build`, so `dist/` is always searchable after
 * one command. Every response is checked; any error fails the build. Only regions marked
 * `data-pagefind-body` are indexed, in the language of `<html lang="nl">` (Dutch stemming).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function indexSite(dir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: dir });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('pagefind indexed no pages (is data-pagefind-body missing?)');
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
    check('writeFiles', written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'verdragswijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
