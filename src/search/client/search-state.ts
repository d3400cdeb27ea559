/**
 * The search lives in the URL (`/zoeken/?q=huisverbod&artikel=52&sorteer=artikel`), so a search
 * can be shared, bookmarked and restored with the back button. Pure: URLSearchParams in, state
 * out, and back.
 */
export const PAGEFIND_FILTERS = ['artikel', 'hoofdstuk', 'formulering', 'programma', 'toezegging', 'rapport', 'onderdeel'] as const;
export type PagefindFilter = (typeof PAGEFIND_FILTERS)[number];
/** The `toezegging` filter's value on every passage with a dated commitment, whatever its year. */
export const COMMITMENT_ANY = 'ja';
const PARTS = ['grevio', 'response', 'voetnoot'] as const;
export type Part = (typeof PARTS)[number];
/** Relevance is the default and is not written to the URL. */
const SORTS = ['relevantie', 'artikel', 'datum'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<PagefindFilter, string>>;
  sort: Sort;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of PAGEFIND_FILTERS) {
    const value = params.get(key)?.trim();
    if (value && (key !== 'onderdeel' || (PARTS as readonly string[]).includes(value))) filters[key] = value;
  }
  const sort = params.get('sorteer');
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevantie' };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of PAGEFIND_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevantie') params.set('sorteer', state.sort);
  return params;
}

export function isEmpty(state: SearchState): boolean {
  return state.q === '' && Object.keys(state.filters).length === 0;
}

/** Pagefind's filter object: one value per key, all keys combined (AND). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return { ...state.filters } as Record<string, string>;
}

function isSort(value: string | null): value is Sort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}
