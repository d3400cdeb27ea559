/**
 * How a footnote reference is written in report text: `[^N]` at the place the PDF printed the
 * raised number (`geweld[^1]`). The parser writes it; pages, search, exports and checks read it.
 */

/** `3` → `[^3]`. */
export function footnoteMarker(n: number): string {
  return `[^${n}]`;
}

/**
 * A new global RegExp for every `[^N]` marker, group 1 the number. New on each call because a
 * global RegExp keeps `lastIndex` between `exec`/`test` calls, so a shared one would skip matches.
 */
export function footnoteMarkers(): RegExp {
  return /\[\^(\d+)\]/g;
}

/** The text without its markers: `geweld[^1] (hierna…` → `geweld (hierna…`. */
export function withoutFootnoteMarkers(text: string): string {
  return text.replace(footnoteMarkers(), '');
}

/** The text between the markers, in order; `a[^1]b` → `['a', 'b']` (as `split` without the numbers). */
export function splitAtFootnoteMarkers(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(footnoteMarkers())) {
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * The text as a reader copies it from a page, footnote numbers in brackets: `geweld[^1] (hierna`
 * → `geweld[1] (hierna` (the pages hide the brackets on screen, around the raised number).
 */
export function quotedText(text: string): string {
  return text.replace(footnoteMarkers(), '[$1]');
}
