/** The site's URL scheme, root-relative and without base (pass results through `href()`). */

export const HOME_PATH = '/';
export const ARTICLES_PATH = '/artikelen/';
export const ABOUT_PATH = '/over/';
export const SEARCH_PATH = '/zoeken/';
export const REPORTS_PATH = '/rapporten/';
/** Every recommendation, grouped by its strongest wording. */
export const RECOMMENDATIONS_PATH = '/aanbevelingen/';
export const DATA_JSON_PATH = '/data/aanbevelingen.json';
export const DATA_CSV_PATH = '/data/aanbevelingen.csv';

export function articlePath(article: number): string {
  return `/artikelen/${article}/`;
}

export function articleIndexId(article: number): string {
  return `artikel-${article}`;
}

/** A chapter's heading in the article index: `hoofdstuk-iii`. */
export function chapterIndexId(roman: string): string {
  return `hoofdstuk-${roman.toLowerCase()}`;
}

/** A chapter's place in the article index: `/artikelen/#hoofdstuk-iii`. */
export function chapterIndexPath(roman: string): string {
  return `${ARTICLES_PATH}#${chapterIndexId(roman)}`;
}

export function reportPath(slug: string): string {
  return `/rapporten/${slug}/`;
}

/** `/data/`: what the open data files hold, their fields, licence and how to cite them. */
export const DATA_PAGE_PATH = '/data/';
/** One row per passage, `;`-separated for Dutch Excel. */
export const DATA_PASSAGES_CSV_PATH = '/data/passages.csv';
/** The same rows, comma-separated (RFC 4180). */
export const DATA_PASSAGES_COMMA_CSV_PATH = '/data/passages-komma.csv';
/** The same rows as an Excel workbook. */
export const DATA_PASSAGES_XLSX_PATH = '/data/passages.xlsx';
/** The JSON Schema of `DATA_JSON_PATH`. */
export const DATA_SCHEMA_PATH = '/data/schema.json';

/** Where /over/ explains one of GREVIO's graded wordings: `/over/#formulering-urges`. */
export function strengthMeaningId(strength: string): string {
  return `formulering-${strength}`;
}

/** A group on the recommendations page: `/aanbevelingen/#sterkste-urges`, `#sterkste-none`. */
export function wordingGroupId(group: string): string {
  return `sterkste-${group}`;
}

/** `/toezeggingen/`: every dated commitment in the responses, as a timeline. */
export const COMMITMENTS_PATH = '/toezeggingen/';

/** The timeline of one article's commitments: `/toezeggingen/artikel/16/`. */
export function commitmentsOfArticlePath(article: number): string {
  return `${COMMITMENTS_PATH}artikel/${article}/`;
}

/** The timeline of one actor's commitments: `/toezeggingen/door/wodc/`. */
export function commitmentsOfActorPath(actorKey: string): string {
  return `${COMMITMENTS_PATH}door/${actorKey}/`;
}

/** Id of a commitment on a timeline and on its article page: `toezegging-<id>`. */
export function commitmentId(id: string): string {
  return `toezegging-${id}`;
}

/** One row per dated commitment, `;`-separated for Dutch Excel. */
export const DATA_COMMITMENTS_CSV_PATH = '/data/toezeggingen.csv';
