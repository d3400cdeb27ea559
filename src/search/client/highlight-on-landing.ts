/**
 * On a page opened from a search result (`?markeer=term`), mark the term with Pagefind's
 * highlight script. Pages opened any other way load nothing more.
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

const term = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
if (term) {
  const base = document.documentElement.dataset.base ?? '/';
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    // The browser scrolled to the passage before marks existed; keep the passage in view.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  });
}
