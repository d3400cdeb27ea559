/**
 * Keeps what @astrojs/mdx compiled from each generated MDX file between builds, so a rebuild
 * after adding one report compiles that report's file, not all of them. Neither Astro nor Vite
 * keeps compiled modules between builds (Astro caches rendered `.md` in its data store, not
 * `.mdx`; Vite has no persistent build cache), and compiling is most of a large build: ~0.5 s per
 * report (README, "Build cost").
 *
 * It wraps the transform of @astrojs/mdx's Vite plugin (`@mdx-js/rollup`) for files under the
 * generated content directory only:
 * - The key is a digest of the file's exact text and path plus everything else its compiled
 *   module depends on: all of our code (the gate and plugins included), package-lock.json, the
 *   Node version and the config (`sourceDigest`, with astro.config.mjs and the MDX knobs). A hit
 *   means this exact text already passed this exact gate and compiled with this exact pipeline.
 * - An entry is stored with the digest of its own output and used only if the output still has
 *   it; anything else (a damaged or edited entry) is a miss and is compiled, and gated, afresh.
 * - Entries are written atomically; the cache never fails a build. Files not used by a build are
 *   removed at its end.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { sourceDigest } from '../cache/source-digest';

const MDX_PLUGIN = '@mdx-js/rollup';

const entrySchema = z.object({ digest: z.string(), code: z.string(), map: z.unknown(), meta: z.unknown() });
type Entry = z.infer<typeof entrySchema>;
type TransformResult = { code: string; map?: unknown; meta?: unknown };
type Transform = (this: unknown, code: string, id: string, options?: unknown) => Promise<TransformResult | undefined>;

const outputDigest = (result: Omit<Entry, 'digest'>) => createHash('sha256').update(JSON.stringify([result.code, result.map ?? null, result.meta ?? null])).digest('hex');

export interface MdxCompileCacheOptions {
  /** Only MDX files under this directory are cached (the generated content). */
  contentDir: string;
  /** Extra inputs of the compiled output besides the code (config text, MDX options). */
  config: unknown;
}

export function mdxCompileCache(options: MdxCompileCacheOptions): AstroIntegration {
  const contentDir = path.resolve(options.contentDir) + path.sep;
  let dir = '';
  let code = '';
  const used = new Set<string>();
  const counts = { reused: 0, compiled: 0 };

  const read = (key: string): Entry | undefined => {
    try {
      const entry = entrySchema.parse(JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')));
      return outputDigest(entry) === entry.digest ? entry : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string, result: TransformResult): void => {
    const file = path.join(dir, `${key}.json`);
    const staging = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      const body = { code: result.code, map: result.map ?? null, meta: result.meta ?? null };
      writeFileSync(staging, JSON.stringify({ ...body, digest: outputDigest(body) }));
      renameSync(staging, file);
    } catch {
      rmSync(staging, { force: true });
    }
  };

  const wrap = (plugin: Plugin): void => {
    const original = plugin.transform as Transform | undefined;
    if (!original || (original as { cached?: boolean }).cached) return;
    const cached: Transform = async function (this: unknown, source, id, transformOptions) {
      if (!id.endsWith('.mdx') || !path.resolve(id).startsWith(contentDir)) return original.call(this, source, id, transformOptions);
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
        dir = path.join(fileURLToPath(config.cacheDir), 'verdragswijzer-mdx');
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
        let names: string[];
        try {
          names = readdirSync(dir);
        } catch {
          return;
        }
        for (const name of names) if (name.endsWith('.json') && !used.has(name.slice(0, -'.json'.length))) rmSync(path.join(dir, name), { force: true });
      },
    },
  };
}
