/**
 * Resolves the `/artikelen/<n>/` links our MDX writer made from Convention article references:
 * to the article's page when it has one, else to its entry in the index; always with the base.
 */
import type { Root } from 'hast';
import { walkElements } from './hast-walk';
import { ARTICLE_PATH_PATTERN, articleTarget } from '../site/routes';
import { withBase } from '../site/url';

export interface ArticleLinkOptions {
  base: string;
  articlesWithPages: ReadonlySet<number>;
}


export function rehypeArticleLinks(options: ArticleLinkOptions) {
  return (tree: Root): void => {
    walkElements(tree, (el) => {
      if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return;
      const match = ARTICLE_PATH_PATTERN.exec(el.properties.href);
      if (!match) return;
      el.properties.href = withBase(options.base, articleTarget(Number(match[1]), options.articlesWithPages));
      el.properties.className = ['article-ref'];
    });
  };
}
