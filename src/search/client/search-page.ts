/**
 * The search page: reads the search from the URL, finds the passages (find-passages.ts), shows
 * them, and writes the search back to the URL (typing replaces the history entry; submitting or
 * changing a filter adds one, so the back button steps through searches).
 */
import { findPassages, orderHits, type Corpus, type Hit, type TermOutcome } from './find-passages.ts';
import type { Pagefind } from './pagefind-api.ts';
import { passageView } from './passage-view.ts';
import { queryTerms, type Term } from './query-terms.ts';
import { renderPassage } from './render-results.ts';
import { isEmpty, pagefindFilters, readState, writeState, PAGEFIND_FILTERS, type SearchState, type Sort } from './search-state.ts';
import { nearestWords } from './suggest.ts';
import { PASSAGES_FILE, VOCABULARY_DIR, vocabularyKey } from '../vocabulary-files.ts';

/**
 * Results shown at first, and per "Meer resultaten". The first batch is what one screen holds:
 * each result is a fragment file, and the first search stays under its 100 KB budget.
 */
const FIRST_BATCH = 3;
const PAGE_SIZE = 10;
/** Short enough that typing feels immediate, long enough not to search on every key of a word. */
const DEBOUNCE_MS = 40;

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const note = root.querySelector<HTMLElement>('[data-search-note]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const filterCount = root.querySelector<HTMLElement>('[data-filter-count]')!;
const base = root.dataset.base ?? '/';
/** Dutch labels from the build: report slug → "Rapport van …", wording code → "dringend". */
const labels = JSON.parse(root.dataset.labels ?? '{}') as { reports?: Record<string, string>; wording?: Record<string, string> };

let pagefind: Promise<Pagefind> | undefined;
const vocabularies = new Map<string, Promise<string[]>>();
const ranks = new Map<Sort, Promise<Map<string, number>>>();
let passageTable: Promise<{ topics: string[]; records: Array<[string, number, number]> }> | undefined;
let generation = 0;
interface Run {
  state: SearchState;
  terms: Term[];
  outcomes: TermOutcome[];
  total: number;
  /** Hits that match every term found in the index. */
  withAll: number;
  articles: number;
  infoOf: (id: string) => PassageInfo;
  /** Hits not shown yet, in order. */
  pending: Hit[];
  shown: number;
  dropped: number;
}
let current: Run | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Without the Web Worker: one file (43 KB) less, and this index answers in milliseconds.
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** The index words that share a word's first letter, most frequent first (vocabulary-files.ts). */
function vocabularyOf(word: string): Promise<string[]> {
  const key = vocabularyKey(word);
  let words = vocabularies.get(key);
  if (!words) {
    words = fetch(`${base}${VOCABULARY_DIR}${key}.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []), () => []);
    vocabularies.set(key, words);
  }
  return words;
}

/** Every record's place in an order Pagefind sorts by (the records' `sort` ranks). */
function rankOf(pf: Pagefind, sort: Exclude<Sort, 'relevantie'>): Promise<Map<string, number>> {
  let rank = ranks.get(sort);
  if (!rank) {
    rank = pf.search(null, { sort: { [sort]: 'asc' } }).then((r) => new Map((r?.results ?? []).map((x, i) => [x.id, i])));
    ranks.set(sort, rank);
  }
  return rank;
}

interface PassageInfo {
  articles: string[];
  topic: string;
}

/** Each record's articles (canonical first), topic and length, by its article rank (PASSAGES_FILE). */
async function passageInfo(pf: Pagefind): Promise<{ infoOf: (id: string) => PassageInfo; corpus: Corpus }> {
  passageTable ??= fetch(`${base}${PASSAGES_FILE}`).then((r) => (r.ok ? r.json() : { topics: [], records: [] }), () => ({ topics: [], records: [] }));
  const [rank, table] = await Promise.all([rankOf(pf, 'artikel'), passageTable]);
  const row = (id: string) => table.records[rank.get(id) ?? -1] ?? ['', -1, 0];
  const lengths = table.records.map((r) => r[2]);
  return {
    infoOf: (id) => {
      const [articles, topic] = row(id);
      return { articles: articles.split(' ').filter(Boolean), topic: table.topics[topic] ?? '' };
    },
    corpus: {
      passages: table.records.length,
      averageLength: lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1,
      lengthOf: (id) => row(id)[2],
    },
  };
}

function formState(): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const key of PAGEFIND_FILTERS) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (select) select.value = state.filters[key] ?? '';
  }
  const sort = form.elements.namedItem('sorteer') as HTMLSelectElement | null;
  if (sort) sort.value = state.sort;
  showFilterCount(state);
}

function showFilterCount(state: SearchState): void {
  const n = Object.keys(state.filters).length + (state.sort !== 'relevantie' ? 1 : 0);
  filterCount.textContent = n === 0 ? '' : `(${n} ingesteld)`;
}

function setUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const query = writeState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** `typed`: the field as typed (untrimmed), when the search comes from typing in it. */
async function run(state: SearchState, typed?: string): Promise<void> {
  const mine = ++generation;
  showFilterCount(state);
  more.hidden = true; // "Meer resultaten" belongs to the search being replaced
  if (isEmpty(state)) {
    status.textContent = 'Typ een zoekterm of kies een filter.';
    note.replaceChildren();
    list.replaceChildren();
    current = undefined;
    return;
  }
  try {
    const pf = await loadPagefind();
    const terms = queryTerms(typed ?? state.q, typed !== undefined);
    const filters = pagefindFilters(state);
    const info = passageInfo(pf);
    let hits: Hit[];
    let outcomes: TermOutcome[] = [];
    if (terms.length === 0) {
      const response = await pf.search(null, { filters, sort: { [state.sort === 'datum' ? 'datum' : 'artikel']: 'asc' } });
      hits = (response?.results ?? []).map((result, order) => ({ result, positions: new Map(), order }));
    } else {
      const found = await findPassages(pf, terms, vocabularyOf, filters);
      outcomes = found.terms;
      hits = orderHits(found.hits, outcomes, state.sort === 'relevantie' ? (await info).corpus : await rankOf(pf, state.sort));
    }
    const { infoOf } = await info;
    if (mine !== generation) return; // a newer search has started
    const foundTerms = outcomes.flatMap((o, t) => (o.count > 0 ? [t] : []));
    const withAll = hits.filter((h) => foundTerms.every((t) => h.positions.has(t))).length;
    const articleCount = new Set(hits.flatMap((h) => infoOf(h.result.id).articles)).size;
    const run: Run = { state, terms, outcomes, total: hits.length, withAll, articles: articleCount, infoOf, pending: hits, shown: 0, dropped: 0 };
    current = run;
    await showNotes(outcomes, mine);
    await showMore(run, { size: FIRST_BATCH, replace: true });
  } catch {
    pagefind = undefined; // let the next search try to load the index again
    if (mine === generation) status.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw.';
  }
}

/** Names the terms the index does not hold, and offers its nearest words when nothing was found. */
async function showNotes(outcomes: readonly TermOutcome[], mine: number): Promise<void> {
  const absent = outcomes.filter((o) => !o.inIndex);
  const parts: Node[] = [];
  // Say which word forms were searched when they are more than the words typed.
  const forms = outcomes.filter((o) => o.inIndex && !o.term.exact && o.lookups.some((w) => w !== o.term.words[0]));
  // While typing, a prefix may stand for dozens of words: name the first eight.
  const named = (words: string[]) => (words.length > 8 ? `${words.slice(0, 8).join(', ')} en ${words.length - 8} andere` : words.join(', '));
  if (forms.length > 0) parts.push(document.createTextNode(`Gezocht op ${forms.map((o) => named(o.lookups)).join('; ')}. `));
  if (absent.length > 0) {
    parts.push(document.createTextNode(`Niet gevonden: ${absent.map((o) => o.term.text).join(', ')}.`));
    if (absent.length < outcomes.length) parts.push(document.createTextNode(' Hieronder de resultaten voor de andere woorden.'));
    // Each suggestion replaces the word it is for.
    const suggestions: Array<{ absent: TermOutcome; word: string }> = [];
    for (const o of absent) if (!o.term.exact) for (const word of nearestWords(o.term.words[0]!, await vocabularyOf(o.term.words[0]!))) suggestions.push({ absent: o, word });
    if (suggestions.length > 0) {
      parts.push(document.createTextNode(' Bedoelde u: '));
      suggestions.slice(0, 3).forEach(({ absent: o, word }, i) => {
        if (i > 0) parts.push(document.createTextNode(', '));
        const a = document.createElement('a');
        a.href = `?${writeState({ ...formState(), q: replaceAbsent(outcomes, o, word) }).toString()}`;
        a.textContent = word;
        parts.push(a);
      });
      parts.push(document.createTextNode('?'));
    }
  }
  if (mine === generation) note.replaceChildren(...parts);
}

function replaceAbsent(outcomes: readonly TermOutcome[], absent: TermOutcome, word: string): string {
  return outcomes.map((o) => (o === absent ? word : o.term.exact ? `"${o.term.text}"` : o.term.text)).join(' ');
}

/**
 * Shows the next batch once its fragments are in: `replace` swaps the list at once (no empty
 * list between searches), `focusNew` moves focus to the first new result ("Meer resultaten").
 */
async function showMore(run: Run, { size = PAGE_SIZE, replace = false, focusNew = false } = {}): Promise<void> {
  const batch = run.pending.splice(0, size);
  more.disabled = true; // one batch at a time, so batches arrive in order
  const data = await Promise.all(batch.map((h) => h.result.data()));
  more.disabled = false;
  if (run !== current) return; // a newer search has replaced this one
  const found = run.outcomes.map((o, t) => ({ o, t })).filter(({ o }) => o.count > 0);
  const added: HTMLLIElement[] = [];
  batch.forEach((hit, i) => {
    const view = passageView(data[i]!, hit.positions);
    // A result whose matches are all false is dropped (by construction there are none).
    if (run.terms.length > 0 && view.marked.length === 0) {
      run.dropped++;
      return;
    }
    const missing = found.filter(({ t }) => !hit.positions.has(t)).map(({ o }) => o.term.text);
    added.push(renderPassage({ fragment: data[i]!, view, missing, ...run.infoOf(hit.result.id) }, labels));
  });
  if (replace) list.replaceChildren(...added);
  else list.append(...added);
  run.shown += added.length;
  more.hidden = run.pending.length === 0;
  more.textContent = `Meer resultaten (${Math.min(PAGE_SIZE, run.pending.length)} van de ${run.pending.length} overige)`;
  status.textContent = summary(run, run.pending.length);
  root.dataset.dropped = String(run.dropped);
  if (focusNew) (added[0]?.querySelector('a') ?? (more.hidden ? list.querySelector<HTMLAnchorElement>('li:last-child a') : more))?.focus();
  requestAnimationFrame(() => {
    root.dataset.painted = String(performance.now());
  });
}

function summary(run: Run, remaining: number): string {
  const what = run.state.q ? `voor “${run.state.q}”` : 'met deze filters';
  const total = run.total - run.dropped;
  if (total === 0) return `Geen resultaten ${what}.`;
  const passages = `${total} ${total === 1 ? 'passage' : 'passages'} in ${run.articles} ${run.articles === 1 ? 'artikel' : 'artikelen'} ${what}`;
  const found = run.outcomes.filter((o) => o.count > 0).length;
  return `${passages}${remaining > 0 ? ` (${run.shown} getoond)` : ''}.${found > 1 ? allTermsNote(run) : ''}`;
}

function allTermsNote(run: Run): string {
  const n = run.outcomes.filter((o) => o.count > 0).length;
  return ` ${run.withAll} ${run.withAll === 1 ? 'bevat' : 'bevatten'} alle ${n} zoekwoorden.`;
}

let typing: ReturnType<typeof setTimeout> | undefined;
// The search page is for searching: load Pagefind and the passage table as soon as the page is
// idle, so the first search does not wait for them.
const preload = () => void loadPagefind().then((pf) => passageInfo(pf)).catch(() => undefined);
if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 500 });
else setTimeout(preload, 0);
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const state = formState();
    setUrl(state, 'replace');
    void run(state, input.value);
  }, DEBOUNCE_MS);
});
form.addEventListener('change', (event) => {
  if (event.target === input) return;
  const state = formState();
  setUrl(state, 'push');
  void run(state);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  const state = formState();
  setUrl(state, 'push');
  void run(state);
});
more.addEventListener('click', () => {
  if (current && !more.disabled) void showMore(current, { focusNew: true });
});
window.addEventListener('popstate', () => {
  const state = readState(new URLSearchParams(location.search));
  fillForm(state);
  void run(state);
});

// Arrow keys move between the field and the result links; Tab works as everywhere.
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown') links[0]!.focus();
  else if (at >= 0) (event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input))?.focus();
  else return;
  event.preventDefault();
});

root.classList.add('search--ready');
const initial = readState(new URLSearchParams(location.search));
fillForm(initial);
void run(initial);
