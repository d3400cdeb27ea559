/** The query parameter that carries the search term to a result page (`?markeer=huisverbod`). */
export const HIGHLIGHT_PARAM = 'markeer';
