// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { headersFile } from './src/integrations/headers-file.ts';
import { mdxCompileCache } from './src/integrations/mdx-compile-cache.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypeRecommendationFootnotes } from './src/mdx/rehype-recommendation-footnotes.ts';
import { recmaRecommendationOnly } from './src/mdx/recma-recommendation-only.ts';
import { remarkInlineComponents } from './src/mdx/remark-inline-components.ts';
import { remarkMdxGate } from './src/mdx/remark-mdx-gate.ts';
import { remarkRecommendationFootnotes } from './src/mdx/remark-recommendation-footnotes.ts';

// Deployment: SITE_URL (absolute origin, e.g. https://example.org) and BASE_PATH (sub-path,
// default "/"). Tests: VW_CONTENT_DIR (generated content), VW_OUT_DIR, VW_CACHE_DIR.
// Benchmark: VW_MDX_OPTIMIZE=0 turns @astrojs/mdx's `optimize` off (README, "Scale").
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
const optimize = process.env.VW_MDX_OPTIMIZE !== '0';
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Text stays verbatim (no smartypants); GFM only through remark-gfm; Dutch footnote labels.
 * The gate is the first remark plugin: a file it refuses never reaches the compiler. It checks
 * every .mdx outside src/ (the generated content, wherever VW_CONTENT_DIR puts it).
 */
const markdownOptions = {
  smartypants: false,
  gfm: false,
  syntaxHighlight: false,
  remarkPlugins: [[remarkMdxGate, { root }], remarkGfm, remarkInlineComponents, remarkRecommendationFootnotes],
  rehypePlugins: [rehypeRecommendationFootnotes],
  recmaPlugins: [recmaRecommendationOnly],
  remarkRehype: {
    footnoteLabel: 'Voetnoten',
    footnoteLabelTagName: 'h3',
    footnoteLabelProperties: { className: ['footnotes-title'] },
    footnoteBackLabel: 'Terug naar de tekst',
  },
};

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
  integrations: [
    headersFile(),
    pagefindIndex(),
    mdx(/** @type {any} */ ({ ...markdownOptions, extendMarkdownConfig: false, optimize })),
    // What @astrojs/mdx compiled from each gated file, kept between builds (keyed by its text and our code).
    mdxCompileCache({ config: { optimize, benchmark: process.env.ASTRO_PERFORMANCE_BENCHMARK ?? null } }),
  ],
});
