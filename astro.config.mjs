// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeArticleLinks } from './src/mdx/rehype-article-links.ts';
import { rehypeFootnoteNumbers } from './src/mdx/rehype-footnote-numbers.ts';
import { rehypeProgrammeLinks } from './src/mdx/rehype-programme-links.ts';
import { loadRegistry } from './src/programmes/load-registry.ts';
import { remarkMdxGate } from './src/mdx/remark-mdx-gate.ts';
import { articlesWithPages } from './src/site/articles-with-pages.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { generatedDir, reportsDir } from './src/site/content-paths.ts';

// Deployment: SITE_URL (absolute origin, e.g. https://example.org) and BASE_PATH (sub-path,
// default "/"). Tests: VW_CONTENT_DIR (generated content), VW_OUT_DIR, VW_CACHE_DIR.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
const contentDir = generatedDir();

/** Text stays verbatim (no smartypants); GFM only through remark-gfm; Dutch footnote labels. */
const markdownOptions = {
  smartypants: false,
  gfm: false,
  syntaxHighlight: false,
  remarkPlugins: [remarkGfm, [remarkMdxGate, { dir: contentDir }]],
  rehypePlugins: [
    rehypeFootnoteNumbers,
    [rehypeArticleLinks, { base, articlesWithPages: articlesWithPages(reportsDir(contentDir)) }],
    [rehypeProgrammeLinks, { base, registry: loadRegistry() }],
  ],
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
  integrations: [headersFile(), pagefindIndex(), mdx(/** @type {any} */ ({ ...markdownOptions, extendMarkdownConfig: false, optimize: false }))],
});
