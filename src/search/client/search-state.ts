/**
 * The search lives in the URL (`/zoeken/?q=huisverbod&artikel=52`), so a search can be shared,
 * bookmarked and restored with the back button. Pure: URLSearchParams in, state out, and back.
 */
export const PAGEFIND_FILTERS = ['artikel', 'hoofdstuk', 'formulering', 'programma', 'rapport'] as const;
export type PagefindFilter = (typeof PAGEFIND_FILTERS)[number];
const PARTS = ['grevio', 'response'] as const;
export type Part = (typeof PARTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<PagefindFilter, string>>;
  /** Narrows passages to GREVIO's text or the response; applied to Pagefind's sub-results. */
  onderdeel?: Part;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of PAGEFIND_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const part = params.get('onderdeel');
  return { q: (params.get('q') ?? '').trim(), filters, ...(isPart(part) ? { onderdeel: part } : {}) };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of PAGEFIND_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.onderdeel) params.set('onderdeel', state.onderdeel);
  return params;
}

export function isEmpty(state: SearchState): boolean {
  return state.q === '' && Object.keys(state.filters).length === 0;
}

/** Pagefind's filter object: one value per key, all keys combined (AND). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return { ...state.filters } as Record<string, string>;
}

function isPart(value: string | null): value is Part {
  return value !== null && (PARTS as readonly string[]).includes(value);
}
