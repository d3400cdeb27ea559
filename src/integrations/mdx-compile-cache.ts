/**
 * Keeps what @astrojs/mdx compiled from each generated MDX file between builds, so a rebuild
 * after adding one report compiles that report's file, not all of them. Neither Astro nor Vite
 * keeps compiled modules between builds (Astro caches rendered `.md` in its data store, not
 * `.mdx`; Vite has no persistent build cache), and compiling is most of a large build: ~0.5 s per
 * report (README, "Scale").
 *
 * It wraps the transform of @astrojs/mdx's Vite plugin (`@mdx-js/rollup`) for the files the gate
 * checks (every .mdx outside `src/`):
 * - The key is a digest of the file's exact text and path plus everything else its compiled
 *   module depends on: all of our code (the gate and plugins included), package-lock.json, the
 *   Node version and the config (`sourceDigest`, with astro.config.mjs and the MDX knobs). A hit
 *   means this exact text already passed this exact gate and compiled with this exact pipeline.
 * - Entries live in a signed store (`src/cache/signed-store.ts`): each carries an HMAC of its key
 *   and output made with the project's cache secret, kept outside the cache. An entry whose HMAC
 *   does not verify — damaged, edited, or restored from another machine's cache — is a miss: the
 *   file is gated and compiled afresh. Someone who can write the cache but not the project cannot
 *   make a build run code of theirs.
 * - The cache never fails a build (no secret, no cache). Entries not used by a build are removed
 *   at its end.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { openSignedStore, type SignedStore } from '../cache/signed-store';
import { sourceDigest } from '../cache/source-digest';
import { gatedMdx } from '../mdx/remark-mdx-gate';

const MDX_PLUGIN = '@mdx-js/rollup';

const outputSchema = z.object({ code: z.string(), map: z.unknown(), meta: z.unknown() });
type Output = z.infer<typeof outputSchema>;
type TransformResult = { code: string; map?: unknown; meta?: unknown };
type Transform = (this: unknown, code: string, id: string, options?: unknown) => Promise<TransformResult | undefined>;

export interface MdxCompileCacheOptions {
  /** Extra inputs of the compiled output besides the code (MDX options, knobs). */
  config: unknown;
}

export function mdxCompileCache(options: MdxCompileCacheOptions): AstroIntegration {
  let gated: (file: string) => boolean = () => false;
  let code = '';
  let store: SignedStore | undefined;
  const used = new Set<string>();
  const counts = { reused: 0, compiled: 0 };

  const read = (key: string): Output | undefined => {
    const text = store?.get(key);
    if (text === undefined) return undefined;
    try {
      return outputSchema.parse(JSON.parse(text));
    } catch {
      return undefined;
    }
  };
  const write = (key: string, result: TransformResult): void => {
    const output: Output = { code: result.code, map: result.map ?? null, meta: result.meta ?? null };
    store?.set(key, JSON.stringify(output));
  };

  const wrap = (plugin: Plugin): void => {
    const original = plugin.transform as Transform | undefined;
    if (!original || (original as { cached?: boolean }).cached) return;
    const cached: Transform = async function (this: unknown, source, id, transformOptions) {
      if (!gated(id)) return original.call(this, source, id, transformOptions);
      const key = createHash('sha256').update(code).update('\0').update(id).update('\0').update(source).digest('hex');
      used.add(key);
      const hit = read(key);
      if (hit) {
        counts.reused++;
        return { code: hit.code, map: hit.map ?? undefined, meta: hit.meta ?? undefined };
      }
      const result = await original.call(this, source, id, transformOptions);
      counts.compiled++;
      if (result) write(key, result);
      return result;
    };
    (cached as { cached?: boolean }).cached = true;
    plugin.transform = cached as Plugin['transform'];
  };

  return {
    name: 'verdragswijzer:mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        gated = gatedMdx(root);
        store = openSignedStore(path.join(fileURLToPath(config.cacheDir), 'verdragswijzer-mdx'), root);
        code = sourceDigest(root, { config: options.config, astroConfig: readFileSync(path.join(root, 'astro.config.mjs'), 'utf8') });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'verdragswijzer:mdx-compile-cache',
                configResolved(resolved) {
                  for (const plugin of resolved.plugins) if (plugin.name === MDX_PLUGIN) wrap(plugin as Plugin);
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${counts.compiled} MDX file(s) compiled, ${counts.reused} reused from the cache`);
        store?.keepOnly(used);
      },
    },
  };
}
