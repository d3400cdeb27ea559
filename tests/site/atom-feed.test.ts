/** The Atom feed, validated and read back by fast-xml-parser, compared with its input. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomFeed, type FeedMeta } from '../../src/site/atom-feed';
import { citableReport, type CitableReport } from '../../src/site/citable-report';
import { loadFixtureReport } from './write-fixture-content';

type Attrs = Record<string, string>;
interface TextNode extends Attrs {
  '#text': string;
}
interface Entry {
  '@_xml:lang'?: string;
  title: TextNode;
  link: Attrs[];
  id: string;
  published?: string;
  updated: string;
  author: { name: string };
  summary: TextNode;
}
interface Feed {
  '@_xmlns': string;
  '@_xml:lang': string;
  title: TextNode;
  link: Attrs[];
  id: string;
  updated: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  // Text stays text: a title "2025" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

/** Validates the document, then reads its feed and entries. */
function read(xml: string): { feed: Feed; entries: Entry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { feed: Feed & { entry?: Entry[] } };
  return { feed: doc.feed, entries: doc.feed.entry ?? [] };
}

const linkOf = (links: Attrs[], rel: string) => links.filter((l) => l['@_rel'] === rel);

const META: FeedMeta = { title: 'Verdragswijzer: nieuwe rapporten', url: '/', selfUrl: '/feed.xml', id: 'urn:verdragswijzer:feed:test' };

function report(slug: string, received: string | null, extra: Partial<CitableReport> = {}): CitableReport {
  return {
    slug,
    title: `Rapport ${slug}`,
    author: 'Nederlandse overheid',
    received,
    pages: 3,
    language: 'nl',
    url: `/rapporten/${slug}/`,
    textUrl: `/rapporten/${slug}/bron.txt`,
    summary: `Samenvatting van ${slug}.`,
    ...extra,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('atomFeed', () => {
  const shuffled = [
    report('b-oud', '2024-01-01'),
    report('z-ongedateerd', null),
    report('c-nieuw', '2025-03-01', { pdfUrl: 'https://example.org/c.pdf' }),
    report('a-nieuw', '2025-03-01'),
  ];

  it('is valid Atom 1.0 in Dutch with the feed metadata', () => {
    const xml = atomFeed(META, shuffled);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    const { feed } = read(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('nl');
    expect(feed.title['#text']).toBe(META.title);
    expect(feed.id).toBe(META.id);
    expect(linkOf(feed.link, 'self')[0]?.['@_href']).toBe(META.selfUrl);
    expect(linkOf(feed.link, 'alternate')[0]?.['@_href']).toBe(META.url);
    // The newest date of receipt, not the time of the build.
    expect(feed.updated).toBe('2025-03-01T00:00:00Z');
  });

  it('has one entry per report, newest first, then by slug, undated last', () => {
    const { entries } = read(atomFeed(META, shuffled));
    expect(entries.map((e) => e.title['#text'])).toEqual(['Rapport a-nieuw', 'Rapport c-nieuw', 'Rapport b-oud', 'Rapport z-ongedateerd']);
  });

  it('gives each entry its page, PDF, stable id, dates, author and summary', () => {
    const { entries } = read(atomFeed(META, shuffled));
    const bySlug = new Map(shuffled.map((r) => [`urn:verdragswijzer:rapport:${r.slug}`, r]));
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(bySlug.keys()));
    for (const e of entries) {
      const r = bySlug.get(e.id)!;
      expect(linkOf(e.link, 'alternate').map((l) => l['@_href'])).toEqual([r.url]);
      const enclosures = linkOf(e.link, 'enclosure');
      if (r.pdfUrl) expect(enclosures).toEqual([expect.objectContaining({ '@_href': r.pdfUrl, '@_type': 'application/pdf' })]);
      else expect(enclosures).toEqual([]);
      expect(e.author.name).toBe(r.author);
      expect(e.summary['#text']).toBe(r.summary);
      if (r.received) {
        expect(e.published).toBe(`${r.received}T00:00:00Z`);
        expect(e.updated).toBe(`${r.received}T00:00:00Z`);
      } else {
        expect(e.published).toBeUndefined();
        // Atom requires `updated`; it must still be a date, and not today's.
        expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
        expect(e.updated.slice(0, 4)).not.toBe(String(new Date().getUTCFullYear()));
      }
    }
  });

  it('keeps ids when the site moves and gives the same bytes whatever the order or clock', () => {
    const moved = shuffled.map((r) => ({ ...r, url: `https://elders.example${r.url}` }));
    const ids = (xml: string) => read(xml).entries.map((e) => e.id);
    expect(ids(atomFeed(META, moved))).toEqual(ids(atomFeed(META, shuffled)));

    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const first = atomFeed(META, shuffled);
    const emptyFirst = atomFeed(META, []);
    vi.setSystemTime(new Date('2099-12-31T23:59:59Z'));
    expect(atomFeed(META, [...shuffled].reverse())).toBe(first);
    expect(atomFeed(META, [])).toBe(emptyFirst);
  });

  it('is valid with no reports, and then has a fixed updated date', () => {
    const { feed, entries } = read(atomFeed(META, []));
    expect(entries).toEqual([]);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  });

  it('marks an entry in another language', () => {
    const { entries } = read(atomFeed(META, [report('en', '2025-01-01', { language: 'en' }), report('nl', '2024-01-01')]));
    expect(entries.map((e) => e['@_xml:lang'])).toEqual(['en', undefined]);
  });
});

describe('XML specials and forbidden characters', () => {
  const hostile = report('vijandig', '2025-05-05', {
    title: 'Tom & Jerry <script>alert("x")</script> ]]> \'q\' "d" &amp; <![CDATA[x]]>',
    author: 'Justitie & Veiligheid <JenV> "quoted"',
    url: '/rapporten/vijandig/?a=1&b="2"&c=\'3\'<>',
    pdfUrl: 'https://example.org/a.pdf?x=1&y=2',
    summary: 'Regel een\nregel twee & <b>vet</b>',
  });

  it('round-trips every text and attribute', () => {
    const feedMeta = { ...META, title: 'Feed & <co> "x"', selfUrl: '/feed.xml?a=1&b=2' };
    const { feed, entries } = read(atomFeed(feedMeta, [hostile]));
    expect(feed.title['#text']).toBe(feedMeta.title);
    expect(linkOf(feed.link, 'self')[0]?.['@_href']).toBe(feedMeta.selfUrl);
    const [e] = entries;
    expect(e?.title['#text']).toBe(hostile.title);
    expect(e?.author.name).toBe(hostile.author);
    expect(e?.summary['#text']).toBe(hostile.summary);
    expect(linkOf(e!.link, 'alternate')[0]?.['@_href']).toBe(hostile.url);
    expect(linkOf(e!.link, 'enclosure')[0]?.['@_href']).toBe(hostile.pdfUrl);
  });

  it('drops the characters XML 1.0 forbids and keeps tab', () => {
    const xml = atomFeed(META, [report('ctl', '2025-01-01', { title: 'a\u0000b\u0001c\u001fd\ufffee\tf', summary: 'lone \ud800 surrogate' })]);
    const { entries } = read(xml);
    expect(entries[0]?.title['#text']).toBe('abcde\tf');
    expect(entries[0]?.summary['#text']).toBe('lone  surrogate');
  });
});

describe('reports built by citableReport()', () => {
  const reports = (['sample-report', 'hostile-report'] as const).map((name) => {
    const parsed = loadFixtureReport(name);
    const page = `https://example.org/rapporten/${parsed.report.slug}/`;
    return citableReport(parsed, { page, text: `${page}bron.txt` });
  });

  it('are all in the feed with their titles and links', () => {
    const { feed, entries } = read(atomFeed(META, reports));
    expect(entries).toHaveLength(reports.length);
    const newest = [...reports].sort((a, b) => (b.received ?? '').localeCompare(a.received ?? ''))[0]!;
    expect(feed.updated).toBe(`${newest.received}T00:00:00Z`);
    for (const r of reports) {
      const e = entries.find((x) => x.id === `urn:verdragswijzer:rapport:${r.slug}`);
      expect(e?.title['#text']).toBe(r.title);
      expect(linkOf(e!.link, 'alternate')[0]?.['@_href']).toBe(r.url);
      expect(e?.summary['#text']).toBe(r.summary);
    }
  });
});
