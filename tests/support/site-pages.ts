/** The page types present in dist/, and the URL to open for each. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listHtmlFiles } from '../../src/quality/list-files.ts';
import { pageTypes, type PageType } from '../../src/quality/page-types.ts';

/** Page types every build must have; the rest (programme, matrix, search, over…) are checked when present. */
export const CORE_PAGE_TYPES = ['home', 'artikelen', 'artikelen/*', 'rapporten/*', '404'];

/** A path that no build will ever have, to see the 404 page as a visitor does. */
export const MISSING_PATH = 'dit-adres-bestaat-niet/';

export async function sitePageTypes(dist: string): Promise<PageType[]> {
  const files = await listHtmlFiles(dist);
  const sized = await Promise.all(files.map(async (file) => ({ file, size: (await stat(path.join(dist, file))).size })));
  return pageTypes(sized);
}

/** The path below the base to open for a page type's representative page. */
export function pathFor(pageType: PageType): string {
  if (pageType.type === '404') return MISSING_PATH;
  return pageType.file.replace(/(^|\/)index\.html$/, '$1');
}

/** `artikelen/*` → `artikelen-item`, for file names. */
export function slugFor(pageType: PageType): string {
  return pageType.type.replaceAll('/*', '-item').replaceAll('/', '-');
}
