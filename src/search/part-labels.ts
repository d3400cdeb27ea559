/** The Dutch names of a passage's part, for the search page's filter and its results. */
import type { Part } from './client/search-state.ts';

export const PART_LABELS: Record<Part, string> = {
  grevio: 'Aanbeveling van GREVIO',
  response: 'Reactie van de regering',
  voetnoot: 'Voetnoot',
};
