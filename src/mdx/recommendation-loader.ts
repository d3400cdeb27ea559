/**
 * Astro content loader for the generated recommendation MDX: every file goes through the gate
 * and is rendered to HTML here (render-recommendation-html.ts), and the HTML is kept in Astro's
 * data store. The store persists in the cache dir between builds, so a rebuild renders only files
 * whose text changed, or whose article links now point elsewhere (an article it cites got or
 * lost its page) — or all of them when the base path, the programme registry or the renderer's
 * own code or dependencies changed. A file that fails the gate fails the build with `FILE:LINE: message`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sourceDigest } from '../cache/source-digest';
import { parseRegistry } from '../programmes/load-registry';
import { articlesWithPages } from '../site/articles-with-pages';
import { createRecommendationRenderer } from './render-recommendation-html';

export interface RecommendationLoaderOptions {
  /** Directory of `<id>.mdx` files. */
  dir: string;
  /** Directory of the parsed report JSON (which articles get a page). */
  reportsDir: string;
  /** content/programmes.json */
  registryFile: string;
}

/**
 * Every `/artikelen/<n>/` in a file: the writer's article links, plus anything else that looks
 * like one (a superset is safe; it can only cause an extra render, never a stale one).
 */
const ARTICLE_LINK = /\/artikelen\/(\d+)\//g;

export function recommendationLoader(options: RecommendationLoaderOptions): Loader {
  const loadAll = async ({ store, logger, config, parseData, generateDigest }: LoaderContext): Promise<void> => {
    const registryJson: unknown = JSON.parse(fs.readFileSync(options.registryFile, 'utf8'));
    const registry = parseRegistry(registryJson);
    const withPages = articlesWithPages(options.reportsDir);
    // Every input of the HTML shared by all files: the project's code, the base path, the registry.
    const context = sourceDigest(fileURLToPath(config.root), { base: config.base, registry: registryJson });
    const render = createRecommendationRenderer({ base: config.base, articlesWithPages: withPages, registry });

    const names = fs.existsSync(options.dir) ? fs.readdirSync(options.dir).filter((n) => n.endsWith('.mdx')).sort() : [];
    const ids = new Set<string>();
    let rendered = 0;
    for (const name of names) {
      const id = name.slice(0, -'.mdx'.length);
      const file = path.join(options.dir, name);
      const source = fs.readFileSync(file, 'utf8');
      // The store keeps an entry whose digest is unchanged, so the digest holds every input of
      // its HTML: the shared context, the file, and which of the articles it links have a page.
      const linked = [...new Set([...source.matchAll(ARTICLE_LINK)].map((m) => Number(m[1])))].sort((a, b) => a - b);
      const digest = generateDigest(JSON.stringify([context, source, linked.map((n) => [n, withPages.has(n)])]));
      ids.add(id);
      if (store.get(id)?.digest === digest) continue;
      const { frontmatter, html } = render(source, file);
      const data = await parseData({ id, data: frontmatter });
      store.set({ id, data, digest, rendered: { html } });
      rendered++;
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    logger.info(`${rendered} rendered, ${ids.size - rendered} reused from the cache`);
  };

  let watching = false;
  return {
    name: 'verdragswijzer:recommendations',
    load: async (context) => {
      await loadAll(context);
      // `astro dev`: load again when ingest rewrites the generated content or the registry
      // changes (the digests keep that cheap). A build has no watcher.
      const { watcher, logger } = context;
      if (!watcher || watching) return;
      watching = true;
      const inputs = [options.dir, options.reportsDir, options.registryFile];
      watcher.add(inputs);
      watcher.on('all', (_event: string, changed: string) => {
        if (!inputs.some((input) => changed === input || changed.startsWith(`${input}${path.sep}`))) return;
        loadAll(context).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
