/**
 * One search record per passage (paragraph, list item, footnote), at its canonical place: the
 * article page of its recommendation's first article. Pagefind indexes these records instead of
 * the pages, so a passage on articles 52 and 53 is found once and counted once; the entry names
 * the other articles. Built from the parsed reports, with the anchors, mentions and wordings
 * the pages use (anchor-ids.ts, mentionsInReport, the schema's wording labels).
 */
import { articleAnchorOf, articlePageAnchor } from '../../mdx/anchor-ids.ts';
import { mentionsInReport } from '../../programmes/mentions-in-report.ts';
import { reportTexts, type ReportText } from '../../programmes/report-texts.ts';
import type { Registry } from '../../schema/programme.ts';
import { STRENGTH_LABELS_NL, type ParsedReport, type Recommendation, type Strength } from '../../schema/report.ts';
import { findCommitments } from '../../commitments/find-commitments.ts';
import { timelineSlot } from '../../site/commitments.ts';
import { articlePath } from '../../site/routes.ts';
import { COMMITMENT_ANY, type PagefindFilter, type Part } from '../client/search-state.ts';
import { indexedText } from './indexed-text.ts';
import { tokens } from '../index-words.ts';
import type { CompoundSplitter } from './split-compounds.ts';

/**
 * What the browser reads from a record's fragment besides its content and filters (part and
 * report come from the filters). Pagefind indexes metadata values as words of the record, so
 * no words go here: the topic and articles are in PASSAGES_FILE. Kept short, because each
 * result the search page shows is one fragment file to fetch.
 */
export interface RecordMeta {
  pagina: string;
  /** A list item's printed label ("c."), a paragraph's number ("29."), a footnote's number. */
  label?: string;
  /** GREVIO's graded wording of this passage (`urges` …); GREVIO passages only. */
  formulering?: Strength;
  /** Offsets of the seams indexed-text.ts inserted, for the browser to remove ("12 40"). */
  naden?: string;
  /** Offsets in the shown text where a footnote marker stood ("120"). */
  noten?: string;
}

export interface SearchRecord {
  /** Site path without the base, with the passage anchor. */
  url: string;
  content: string;
  meta: RecordMeta;
  filters: Record<PagefindFilter | 'onderdeel', string[]>;
  /** Numeric ranks Pagefind sorts by: article order and newest report first. */
  sort: { artikel: string; datum: string };
  /** The recommendation's articles, the canonical one first, and its topic. */
  articles: number[];
  topic: string;
}

export interface RecordInput {
  reports: readonly ParsedReport[];
  registry: Registry;
  chapterOf: (article: number) => string;
  split: CompoundSplitter;
}

const PARTS: Record<ReportText['part'], Part> = { grevio: 'grevio', response: 'response', footnote: 'voetnoot' };

export function searchRecords(input: RecordInput): SearchRecord[] {
  const draft: Array<Omit<SearchRecord, 'sort'> & { article: number; received: string; order: number }> = [];
  for (const report of input.reports) {
    const byId = new Map(report.recommendations.map((r) => [r.id, r]));
    const programmes = new Map<string, Set<string>>();
    for (const p of mentionsInReport(report, input.registry)) {
      const key = articleAnchorOf(byId.get(p.recommendationId)!, p);
      programmes.set(key, (programmes.get(key) ?? new Set()).add(p.slug));
    }
    // A response passage with a dated commitment: `ja`, and the year each one is placed in.
    const commitments = new Map<string, Set<string>>();
    if (report.report.received) {
      for (const c of findCommitments(report, input.registry)) {
        const key = articlePageAnchor(c.recommendationId, c.anchor);
        commitments.set(key, (commitments.get(key) ?? new Set([COMMITMENT_ANY])).add(String(timelineSlot(c.expression).year)));
      }
    }
    for (const text of reportTexts(report)) {
      const rec = byId.get(text.recommendationId)!;
      const anchor = articleAnchorOf(rec, text);
      const indexed = indexedText(text.text, input.split);
      const wording = text.part === 'grevio' ? passageWording(rec, text) : undefined;
      const label = labelOf(rec, text);
      const meta: RecordMeta = {
        pagina: String(text.page),
        ...(label ? { label } : {}),
        ...(wording ? { formulering: wording } : {}),
        ...(indexed.seams.length ? { naden: indexed.seams.join(' ') } : {}),
        ...(indexed.noteBreaks.length ? { noten: indexed.noteBreaks.join(' ') } : {}),
      };
      draft.push({
        url: `${articlePath(rec.articles[0]!)}#${anchor}`,
        content: indexed.content,
        meta,
        filters: {
          artikel: unique(rec.articles.map(String)),
          hoofdstuk: unique(rec.articles.map(input.chapterOf)),
          // A GREVIO passage: its own graded wording. A response or footnote: the wordings of the
          // recommendation it answers, so `dringend` also finds the answers to urgent ones.
          formulering: unique((text.part === 'grevio' ? (wording ? [wording] : []) : rec.strength).map((s) => STRENGTH_LABELS_NL[s])),
          programma: unique([...(programmes.get(anchor) ?? [])]),
          toezegging: unique([...(commitments.get(anchor) ?? [])]),
          rapport: [report.report.slug],
          onderdeel: [PARTS[text.part]],
        },
        article: rec.articles[0]!,
        articles: [...new Set(rec.articles)],
        topic: rec.topic,
        received: report.report.received ?? '',
        order: draft.length,
      });
    }
  }
  // ISO dates compare as strings; plain comparison, as localeCompare costs seconds at 18,000 records.
  const newer = (a: string, b: string) => (a === b ? 0 : a < b ? 1 : -1);
  const byArticle = [...draft].sort((a, b) => a.article - b.article || newer(a.received, b.received) || a.order - b.order);
  const byDate = [...draft].sort((a, b) => newer(a.received, b.received) || a.article - b.article || a.order - b.order);
  const articleRank = new Map(byArticle.map((d, i) => [d, i]));
  const dateRank = new Map(byDate.map((d, i) => [d, i]));
  return draft.map((d) => ({
    url: d.url,
    content: d.content,
    meta: d.meta,
    filters: d.filters,
    sort: { artikel: String(articleRank.get(d)), datum: String(dateRank.get(d)) },
    articles: d.articles,
    topic: d.topic,
  }));
}

/** What PASSAGES_FILE holds: each record's articles, topic and length, in article-sort order. */
export interface PassageTable {
  topics: string[];
  /** By article rank: [articles "52 53", index into topics, words (for BM25's length term)]. */
  records: Array<[string, number, number]>;
}

export function passageTable(records: readonly SearchRecord[]): PassageTable {
  const topics: string[] = [];
  const index = new Map<string, number>();
  const rows: Array<[string, number, number]> = [];
  for (const r of records) {
    if (!index.has(r.topic)) index.set(r.topic, topics.push(r.topic) - 1);
    rows[Number(r.sort.artikel)] = [r.articles.join(' '), index.get(r.topic)!, tokens(r.content).length];
  }
  return { topics, records: rows };
}

/**
 * A GREVIO paragraph's own wording (none if it has none); a list item takes the wording of the
 * paragraph that leads into its list.
 */
function passageWording(rec: Recommendation, text: ReportText): Strength | undefined {
  if (text.part !== 'grevio') return undefined;
  const block = rec.grevio[text.blockIndex]!;
  if (block.kind === 'paragraph') return block.strength;
  for (let i = text.blockIndex - 1; i >= 0; i--) {
    const before = rec.grevio[i]!;
    if (before.kind === 'paragraph') return before.strength;
  }
  return undefined;
}

function labelOf(rec: Recommendation, text: ReportText): string | undefined {
  if (text.part === 'footnote') return String(text.footnote);
  const block = rec[text.part][text.blockIndex]!;
  if (block.kind === 'paragraph') return block.label;
  return text.itemIndex === undefined ? undefined : block.items[text.itemIndex]?.label;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
