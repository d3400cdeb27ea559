// @ts-check
import { defineConfig } from 'astro/config';
import { headersFile } from './src/integrations/headers-file.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deployment: SITE_URL (absolute origin, e.g. https://example.org) and BASE_PATH (sub-path,
// default "/"). Tests: VW_CONTENT_DIR (generated content), VW_OUT_DIR, VW_CACHE_DIR.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;

/**
 * Report text never goes through Astro's Markdown or MDX compilers: the recommendation loader
 * (src/mdx/recommendation-loader.ts) renders the generated MDX itself, evaluating nothing. This
 * only guards any Markdown page added later: quotes stay as written (no smartypants).
 */
const markdownOptions = { smartypants: false, syntaxHighlight: false };

export default defineConfig({
  site,
  base,
  outDir: process.env.VW_OUT_DIR || './dist',
  cacheDir: process.env.VW_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  // Every stylesheet and script is a file, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  markdown: /** @type {any} */ (markdownOptions),
  integrations: [headersFile(), pagefindIndex()],
});
