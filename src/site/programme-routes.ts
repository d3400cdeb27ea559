/** URLs of the programme pages, root-relative and without base (pass results through `href()`). */

export const PROGRAMMES_PATH = '/programmas/';
const MATRIX_SEGMENT = 'matrix';
export const PROGRAMME_MATRIX_PATH = `${PROGRAMMES_PATH}${MATRIX_SEGMENT}/`;

/** `/programmas/<slug>/`; a registry slug may never be `matrix` (the matrix page). */
export function programmePath(slug: string): string {
  if (slug === MATRIX_SEGMENT) throw new Error(`programme slug "${slug}" is taken by ${PROGRAMME_MATRIX_PATH}`);
  return `${PROGRAMMES_PATH}${slug}/`;
}

/** Id of the section for one Convention article on a programme page (`#artikel-3`). */
export function programmeArticleId(article: number): string {
  return `artikel-${article}`;
}

/** A programme page scrolled to what it says about one article. */
export function programmeArticlePath(slug: string, article: number): string {
  return `${programmePath(slug)}#${programmeArticleId(article)}`;
}

/** Id of the group of entries of one kind on the index and matrix pages (`#soort-wet`). */
export function programmeKindId(kind: string): string {
  return `soort-${kind}`;
}
