/**
 * Body lines → the cover and one raw record per recommendation. A recommendation is
 * `Onderwerp aanbeveling: <topic>` (wrapping onto further lines), `Artikel Verdrag van
 * Istanbul: <articles>`, `Omschrijving` (GREVIO's text), `Beleidsreactie` (the response).
 * A page-foot URL belongs to the text above it on its page; on the cover or before
 * `Omschrijving` no record can carry it, so it is an error rather than a silent loss.
 */
import type { BodyLine, TextLine } from './body-line.ts';
import type { Diagnostic } from './diagnostics.ts';
import { FIRST_ARTICLE, LAST_ARTICLE, isArticleNumber } from '../schema/convention.ts';

export interface RawRecommendation {
  line: number;
  page: number;
  topicLines: TextLine[];
  articles: number[];
  grevio: BodyLine[];
  response: BodyLine[];
}

const TOPIC = /^Onderwerp aanbeveling:\s*(.*)$/;
const ARTICLES = /^Artikel Verdrag van Istanbul:\s*(.*)$/;
const GREVIO = /^Omschrijving\s*$/;
const RESPONSE = /^Beleidsreactie\s*$/;

function parseArticleList(text: string): number[] | undefined {
  const cleaned = text.trim();
  if (!/^\d+(?:\s*(?:,|en|&)\s*\d+)*$/.test(cleaned)) return undefined;
  return cleaned.split(/\s*(?:,|en|&)\s*/).map(Number);
}

export function splitRecommendations(body: BodyLine[]): { cover: BodyLine[]; recommendations: RawRecommendation[]; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const recommendations: RawRecommendation[] = [];
  const cover: BodyLine[] = [];
  type Stage = 'cover' | 'topic' | 'before-grevio' | 'grevio' | 'response';
  let stage: Stage = 'cover';
  let current: RawRecommendation | undefined;
  let topicText = '';

  const close = () => {
    if (!current) return;
    const name = topicText || '(zonder onderwerp)';
    if (stage === 'topic') errors.push({ line: current.line, message: `recommendation "${name}" has no "Artikel Verdrag van Istanbul:" line` });
    else if (stage === 'before-grevio') errors.push({ line: current.line, message: `recommendation "${name}" has no "Omschrijving" (GREVIO's text)` });
    else if (stage === 'grevio') errors.push({ line: current.line, message: `recommendation "${name}" has no "Beleidsreactie" (the government's response)` });
    else if (!current.grevio.some((l) => l.kind === 'text')) errors.push({ line: current.line, message: `recommendation "${name}" has an empty "Omschrijving"` });
    else if (!current.response.some((l) => l.kind === 'text')) errors.push({ line: current.line, message: `recommendation "${name}" has an empty "Beleidsreactie"` });
    else recommendations.push(current);
    current = undefined;
  };

  for (const line of body) {
    const text = line.kind === 'text' ? line.text : '';
    const topic = TOPIC.exec(text);
    if (topic) {
      close();
      current = { line: line.no, page: line.page, topicLines: [], articles: [], grevio: [], response: [] };
      if (topic[1]) current.topicLines.push({ ...(line as TextLine), text: topic[1] });
      topicText = topic[1] ?? '';
      stage = 'topic';
      continue;
    }
    if (!current) {
      if (line.kind === 'text' && (ARTICLES.test(text) || GREVIO.test(text) || RESPONSE.test(text))) {
        errors.push({ line: line.no, message: `"${text}" before any "Onderwerp aanbeveling:" line` });
      }
      if (line.kind === 'link') errors.push({ line: line.no, message: `page-foot URL ${line.url} is on the cover (before the first "Onderwerp aanbeveling:"), where no record can carry it` });
      cover.push(line);
      continue;
    }
    if (line.kind === 'link' && (stage === 'topic' || stage === 'before-grevio')) {
      errors.push({ line: line.no, message: `page-foot URL ${line.url} stands between the topic of recommendation "${topicText}" and its "Omschrijving", where no record can carry it` });
      continue;
    }
    const articles = ARTICLES.exec(text);
    if (stage === 'topic') {
      if (articles) {
        const list = parseArticleList(articles[1]!);
        if (!list) errors.push({ line: line.no, message: `cannot read article numbers from "${articles[1]}" (expected forms like "3", "49, 50" or "52 en 53")` });
        for (const n of list ?? []) {
          if (!isArticleNumber(n)) errors.push({ line: line.no, message: `article ${n} is outside the Istanbul Convention's articles ${FIRST_ARTICLE}–${LAST_ARTICLE}` });
        }
        current.articles = list ?? [];
        stage = 'before-grevio';
      } else if (GREVIO.test(text) || RESPONSE.test(text)) {
        errors.push({ line: current.line, message: `recommendation "${topicText}" has no "Artikel Verdrag van Istanbul:" line` });
        stage = GREVIO.test(text) ? 'grevio' : 'response';
      } else if (line.kind === 'text') {
        current.topicLines.push(line);
        topicText += ` ${text}`;
      }
      continue;
    }
    if (stage === 'before-grevio') {
      if (GREVIO.test(text)) stage = 'grevio';
      else if (line.kind === 'text') errors.push({ line: line.no, message: `unexpected text before "Omschrijving": "${text}"` });
      continue;
    }
    if (stage === 'grevio' && RESPONSE.test(text)) {
      stage = 'response';
      continue;
    }
    if (articles || GREVIO.test(text) || (stage === 'response' && RESPONSE.test(text))) {
      errors.push({ line: line.no, message: `unexpected "${text}" inside recommendation "${topicText}" (missing "Onderwerp aanbeveling:" line?)` });
      continue;
    }
    (stage === 'grevio' ? current.grevio : current.response).push(line);
  }
  close();
  return { cover, recommendations, errors };
}
