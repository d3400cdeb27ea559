/**
 * Renders one generated recommendation MDX file to HTML without compiling it to JavaScript:
 * parse (micromark MDX + GFM) → gate → mdast-util-to-hast → our rehype plugins → expand our
 * components → HTML. The MDX is read as data; no expression, import or component from the file
 * can run, because nothing from it is ever evaluated.
 *
 * Why not @astrojs/mdx: it makes every file a Vite module, and at 100 reports (2,000 modules) the
 * build needed over 2 GB. Rendering here lets the content loader cache the HTML between builds.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast, type Options as ToHastOptions } from 'mdast-util-to-hast';
import { unified } from 'unified';
import type { Programme } from '../schema/programme';
import { rehypeExpandComponents } from './expand-components';
import { readSafeMdx } from './mdx-gate';
import { rehypeArticleLinks } from './rehype-article-links';
import { rehypeFootnoteNumbers } from './rehype-footnote-numbers';
import { rehypeProgrammeLinks } from './rehype-programme-links';

export interface RenderOptions {
  /** The site's base path ("/" or "/sub/"). */
  base: string;
  /** Articles that have a page; references to others link to the article index. */
  articlesWithPages: ReadonlySet<number>;
  registry: readonly Programme[];
}

export interface RenderedRecommendation {
  frontmatter: Record<string, unknown>;
  html: string;
}

/** mdast → hast options: Dutch footnote labels; JSX nodes pass through to our own expansion. */
const TO_HAST: ToHastOptions = {
  passThrough: ['mdxJsxFlowElement'],
  footnoteLabel: 'Voetnoten',
  footnoteLabelTagName: 'h3',
  footnoteLabelProperties: { className: ['footnotes-title'] },
  footnoteBackLabel: 'Terug naar de tekst',
};

export function createRecommendationRenderer(options: RenderOptions) {
  const processor = unified()
    .use(rehypeFootnoteNumbers)
    .use(rehypeArticleLinks, { base: options.base, articlesWithPages: options.articlesWithPages })
    .use(rehypeProgrammeLinks, { base: options.base, registry: options.registry })
    .use(rehypeExpandComponents)
    .freeze();
  /** Throws `FILE:LINE: message` when the file fails the gate. */
  return (source: string, file: string): RenderedRecommendation => {
    const { frontmatter, tree } = readSafeMdx(source, file);
    const hast = processor.runSync(toHast(tree, TO_HAST) as HastRoot) as HastRoot;
    return { frontmatter, html: toHtml(hast, { characterReferences: { useNamedReferences: true } }) };
  };
}
