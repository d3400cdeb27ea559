/** `/feed.xml`: the Atom feed of reports, newest first. */
import type { APIRoute } from 'astro';
import { atomFeed } from '../site/atom-feed';
import { citableReports, FEED_PATH, FEED_TITLE } from '../site/report-citations';
import { HOME_PATH } from '../site/routes';
import { publicUrl } from '../site/url';

export const GET: APIRoute = async () => {
  const feed = atomFeed(
    {
      title: FEED_TITLE,
      url: publicUrl(HOME_PATH),
      selfUrl: publicUrl(FEED_PATH),
      // Not a URL, so moving the site (SITE_URL) does not make readers see a new feed.
      id: 'urn:verdragswijzer:feed:rapporten',
    },
    await citableReports(),
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
