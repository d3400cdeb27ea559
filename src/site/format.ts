/** Dutch formatting for dates, page ranges and counts. */

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

/** `2025-07-10` → `10 juli 2025`. */
export function formatDutchDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** `[3, 4]` → `p. 3–4`; `[3, 3]` → `p. 3`. */
export function formatPages([from, to]: readonly [number, number]): string {
  return from === to ? `p. ${from}` : `p. ${from}–${to}`;
}

/** `1, aanbeveling, aanbevelingen` → `1 aanbeveling`. */
export function countNoun(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? singular : plural}`;
}

/** `[52, 53]` → `52 en 53`; `[1, 2, 3]` → `1, 2 en 3`. */
export function listDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export const SITE_NAME = 'Verdragswijzer';
const MAX_TITLE = 70;

/** `<title>`: "Page · Verdragswijzer", without the suffix or shortened at a word when too long. */
export function documentTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.;:·–-]+$/, '')}…`;
}
