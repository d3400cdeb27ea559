/** The part of Pagefind's browser API (pagefind.js) the search page uses. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches in the record's content. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}
