import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports, recommendationsByArticle } from '../support/generated-reports.ts';
import { GENERATED_REPORTS_DIR } from '../support/paths.ts';

const site = builtSite();
const byArticle = recommendationsByArticle(await loadGeneratedReports());

const ARTICLE_LINKS = 'a[href*="artikelen/"]';

/** Visible links to `/artikelen/<n>/` on the page, as `nth` positions among ARTICLE_LINKS, for articles with recommendations. */
async function articleLinks(page: Page, withRecommendations: Set<number>): Promise<Array<{ nth: number; article: number }>> {
  const links = await page.locator(ARTICLE_LINKS).evaluateAll((anchors) =>
    anchors.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, visible: a.getClientRects().length > 0 })),
  );
  return links
    .map((link, nth) => ({ nth, visible: link.visible, article: Number(/\/artikelen\/(\d+)\/?$/.exec(link.path)?.[1]) }))
    .filter((link) => link.visible && withRecommendations.has(link.article))
    .map(({ nth, article }) => ({ nth, article }));
}

/** The first words of a text, up to the first footnote marker, for `getByText`. */
function opening(text: string): string {
  const before = text.split(/\[\^\d+\]/)[0]!.replace(/\s+/g, ' ').trim();
  return before.split(' ').slice(0, 8).join(' ');
}

describe('navigation', () => {
  const session = useBrowserSession(site);

  it('leads from the home page to an article page showing a recommendation with its page citation', async () => {
    expect(byArticle.size, `no recommendations in ${GENERATED_REPORTS_DIR}`).toBeGreaterThan(0);
    const withRecommendations = new Set(byArticle.keys());
    const { page, problems } = await session.open('');

    let links = await articleLinks(page, withRecommendations);
    if (links.length === 0) {
      // Not on the home page: go through the article index, by clicking its link.
      const index = page.locator(`a[href$="${site.base}artikelen/"], a[href="artikelen/"]`).first();
      expect(await index.count(), 'home page links neither to an article with recommendations nor to /artikelen/').toBe(1);
      await Promise.all([page.waitForURL(/\/artikelen\/$/), index.click()]);
      links = await articleLinks(page, withRecommendations);
    }
    expect(links.length, 'no link to an article page that has recommendations').toBeGreaterThan(0);
    const target = links[0]!;
    await Promise.all([page.waitForURL(new RegExp(`/artikelen/${target.article}/?$`)), page.locator(ARTICLE_LINKS).nth(target.nth).click()]);

    const recommendation = byArticle.get(target.article)![0]!;
    const first = recommendation.grevio[0]!;
    const text = first.kind === 'paragraph' ? first.text : first.items[0]!.text;
    await expect.poll(() => page.getByText(opening(text)).first().isVisible(), { timeout: 5000 }).toBe(true);
    const citation = page.getByText(new RegExp(`\\bp\\.\\s?${first.page}\\b`)).first();
    expect(await citation.isVisible(), `no visible page citation "p. ${first.page}" on /artikelen/${target.article}/`).toBe(true);
    const seen = await problems.all();
    expect(seen.join('\n'), `${seen.length} problems while navigating`).toBe('');
  });
});
