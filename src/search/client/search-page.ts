/**
 * The search page: reads the search from the URL, asks Pagefind, shows results, and writes the
 * search back to the URL (typing replaces the history entry; submitting or changing a filter
 * adds one, so the back button steps through searches).
 */
import { isEmpty, pagefindFilters, readState, writeState, PAGEFIND_FILTERS, type SearchState } from './search-state.ts';
import { passagesOf, type FragmentData } from './passages.ts';
import { renderResults, type PageResult } from './render-results.ts';
import { singularQuery } from './dutch-variants.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<FragmentData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = root.dataset.base ?? '/';

let pagefind: Promise<Pagefind> | undefined;
let generation = 0;
let shown: PageResult[] = [];
let pending: PagefindResult[] = [];

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // Set before the first search, so Pagefind starts without its Web Worker: one file (43 KB)
    // less per search, and this small index answers in well under a second on the main thread.
    await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    return pf;
  });
  return pagefind;
}

function formState(): SearchState {
  return readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const key of [...PAGEFIND_FILTERS, 'onderdeel'] as const) {
    const select = form.elements.namedItem(key) as HTMLSelectElement | null;
    if (select) select.value = (key === 'onderdeel' ? state.onderdeel : state.filters[key]) ?? '';
  }
}

function setUrl(state: SearchState, mode: 'push' | 'replace'): void {
  const query = writeState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  if (isEmpty(state)) {
    status.textContent = 'Typ een zoekterm of kies een filter.';
    renderResults(list, (shown = []), '');
    more.hidden = true;
    return;
  }
  status.textContent = 'Zoeken…';
  try {
    const pf = await loadPagefind();
    const found = await searchWithSingulars(pf, state);
    if (mine !== generation) return; // a newer search has started
    pending = found;
    shown = [];
    await showMore(state, mine);
  } catch {
    pagefind = undefined; // let the next search try to load the index again
    if (mine === generation) status.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw.';
  }
}

/** Results for the query and for its singular form, merged by page, best score first. */
async function searchWithSingulars(pf: Pagefind, state: SearchState): Promise<PagefindResult[]> {
  const filters = pagefindFilters(state);
  const singular = state.q ? singularQuery(state.q) : undefined;
  const queries = [state.q || null, ...(singular ? [singular] : [])];
  const found = await Promise.all(queries.map((q) => pf.search(q, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const result of found.flatMap((f) => f?.results ?? [])) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

async function showMore(state: SearchState, mine: number): Promise<void> {
  const batch = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== generation) return;
  for (const d of data) {
    const passages = passagesOf(d, state.onderdeel);
    if (state.onderdeel && passages.length === 0) continue;
    shown.push({ title: d.meta.title ?? d.url, url: d.url, passages });
  }
  renderResults(list, shown, state.q);
  more.hidden = pending.length === 0;
  status.textContent = summary(state, shown.length, pending.length);
}

function summary(state: SearchState, count: number, remaining: number): string {
  const what = state.q ? `voor “${state.q}”` : 'met deze filters';
  if (count === 0 && remaining === 0) return `Geen resultaten ${what}.`;
  const pages = count + remaining;
  return `${pages} ${pages === 1 ? 'pagina' : 'pagina’s'} met resultaten ${what}${remaining > 0 ? ` (${count} getoond)` : ''}.`;
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const state = formState();
    setUrl(state, 'replace');
    void run(state);
  }, 150);
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
more.addEventListener('click', () => void showMore(formState(), generation));
window.addEventListener('popstate', () => {
  const state = readState(new URLSearchParams(location.search));
  fillForm(state);
  void run(state);
});

// Arrow keys move between the field and the result links; Tab works as everywhere.
root.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
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
