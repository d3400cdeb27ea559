/**
 * The dated commitments on the built site (issue #15): /toezeggingen/ and its filter pages list
 * each commitment once, quote it as found and link to the passage it stands in; every article
 * page lists its own; the open data carries the same ones. Counted against the commitments
 * found in the generated reports, so a page that drops or repeats one fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/programmes/load-registry.ts';
import { attribute, elements, readHtml } from '../../src/quality/read-html.ts';
import { actorKey, siteCommitments } from '../../src/site/commitments.ts';
import { builtSite } from '../support/built-site.ts';
import { loadGeneratedReports } from '../support/generated-reports.ts';

const site = builtSite();
const reports = (await loadGeneratedReports()).map((r) => r.parsed).sort((a, b) => (b.report.received ?? '').localeCompare(a.report.received ?? ''));
const commitments = siteCommitments(reports, loadRegistry());
const page = (below: string): Promise<Root> => readHtml(path.join(site.dist, below, 'index.html'));
const hasClass = (el: Element, name: string) => (attribute(el, 'class') ?? '').split(' ').includes(name);
const items = (tree: Root) => [...elements(tree)].filter((el) => el.tagName === 'li' && hasClass(el, 'commitment'));
const idOf = (el: Element) => String(el.properties.id);
const expectedIds = (list: typeof commitments) => list.map((c) => `toezegging-${c.id}`).sort();

describe('toezeggingen on the built site', () => {
  it('has commitments to check, among them the EU directive deadline on article 3', () => {
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.some((c) => c.expression.matched === 'uiterlijk 14 juni 2027' && c.articles.includes(3) && c.page === 3)).toBe(true);
  });

  it('lists every commitment once on /toezeggingen/, quoted verbatim, with a link to its passage', async () => {
    const tree = await page('toezeggingen');
    const shown = items(tree);
    expect(shown.map(idOf).sort()).toEqual(expectedIds(commitments));
    for (const el of shown) {
      const c = commitments.find((x) => `toezegging-${x.id}` === idOf(el))!;
      const quote = [...elements(el as unknown as Root)].find((e) => e.tagName === 'blockquote')!;
      expect(toText(quote).trim()).toBe(c.sentence);
      const mark = [...elements(quote as unknown as Root)].find((e) => e.tagName === 'mark')!;
      expect(toText(mark)).toBe(c.expression.matched);
      const passage = [...elements(el as unknown as Root)].find((e) => e.tagName === 'a' && toText(e) === 'naar de passage')!;
      const [target, hash] = String(attribute(passage, 'href')).slice(site.base.length).split('#');
      const report = await page(target!.replace(/\/$/, ''));
      const anchor = [...elements(report)].find((e) => e.properties.id === hash);
      expect(anchor, `${c.id}: #${hash} on ${target}`).toBeDefined();
      // The sentence is the passage's own text (its footnote numbers aside).
      const body = toText(anchor!).replace(/\s+/g, ' ');
      for (const piece of c.sentence.split(/\s+/).slice(0, 6)) expect(body, c.id).toContain(piece);
    }
  });

  it('filters by article and by actor on pages of their own, each holding exactly its commitments', async () => {
    for (const n of new Set(commitments.flatMap((c) => c.articles))) {
      expect(items(await page(`toezeggingen/artikel/${n}`)).map(idOf).sort(), `artikel ${n}`).toEqual(expectedIds(commitments.filter((c) => c.articles.includes(n))));
    }
    for (const key of new Set(commitments.flatMap((c) => c.actors.map(actorKey)))) {
      expect(items(await page(`toezeggingen/door/${key}`)).map(idOf).sort(), key).toEqual(expectedIds(commitments.filter((c) => c.actors.some((a) => actorKey(a) === key))));
    }
  });

  it('lists on each article page the commitments of its recommendations, linking to the passage on that page', async () => {
    for (let n = 1; n <= 81; n++) {
      const tree = await page(`artikelen/${n}`);
      const own = commitments.filter((c) => c.articles.includes(n));
      const shown = items(tree);
      expect(shown.map(idOf).sort(), `artikel ${n}`).toEqual(expectedIds(own));
      const ids = new Set([...elements(tree)].map((e) => e.properties.id).filter(Boolean));
      for (const el of shown) {
        const link = [...elements(el as unknown as Root)].find((e) => e.tagName === 'a' && toText(e) === 'naar de passage')!;
        const href = String(attribute(link, 'href'));
        expect(href.startsWith('#'), href).toBe(true);
        expect(ids.has(href.slice(1)), `artikel ${n}: ${href}`).toBe(true);
      }
    }
  });

  it('carries the same commitments in the open data, JSON and CSV', () => {
    const json = JSON.parse(readFileSync(path.join(site.dist, 'data/aanbevelingen.json'), 'utf8')) as { reports: { recommendations: { commitments: { id: string; sentence: string; period: { start: string; end: string } }[] }[] }[] };
    const inJson = json.reports.flatMap((r) => r.recommendations.flatMap((rec) => rec.commitments));
    expect(inJson.map((c) => c.id)).toEqual(commitments.map((c) => c.id));
    expect(inJson.map((c) => c.sentence)).toEqual(commitments.map((c) => c.sentence));
    const rows = parse(readFileSync(path.join(site.dist, 'data/toezeggingen.csv'), 'utf8'), { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows.map((r) => [r.zin, r.begin, r.eind])).toEqual(commitments.map((c) => [c.sentence.replace(/^([=+\-@\t\r])/, "'$1"), c.expression.period.start, c.expression.period.end]));
  });
});
