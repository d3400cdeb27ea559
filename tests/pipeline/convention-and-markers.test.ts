/** The shared definitions of the Convention's article range and of the `[^N]` footnote marker. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_COUNT, FIRST_ARTICLE, LAST_ARTICLE, articleNumberSchema, isArticleNumber } from '../../src/schema/convention.ts';
import { footnoteMarker, footnoteMarkers, splitAtFootnoteMarkers, withoutFootnoteMarkers } from '../../src/schema/footnote-marker.ts';
import { articles } from '../../src/site/article-registry.ts';

describe('the Convention’s articles', () => {
  it('run from 1 to 81, as content/articles.json lists them', () => {
    expect([FIRST_ARTICLE, LAST_ARTICLE, ARTICLE_COUNT]).toEqual([1, 81, 81]);
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: ARTICLE_COUNT }, (_, i) => FIRST_ARTICLE + i));
  });

  it('accept exactly the whole numbers 1–81, in the check and in the schema', () => {
    for (const n of [1, 52, 81]) {
      expect(isArticleNumber(n)).toBe(true);
      expect(articleNumberSchema.safeParse(n).success).toBe(true);
    }
    for (const n of [0, 82, -3, 3.5, Number.NaN]) {
      expect(isArticleNumber(n)).toBe(false);
      expect(articleNumberSchema.safeParse(n).success).toBe(false);
    }
  });
});

describe('the footnote marker', () => {
  const text = 'huiselijk geweld[^1] (hierna: EU-richtlijn) en 2025-2028[^12]. Slot';

  it('is written as [^N] and read back with its number', () => {
    expect(footnoteMarker(7)).toBe('[^7]');
    expect([...text.matchAll(footnoteMarkers())].map((m) => Number(m[1]))).toEqual([1, 12]);
    expect([...footnoteMarker(3).matchAll(footnoteMarkers())].map((m) => m[1])).toEqual(['3']);
  });

  it('comes as a fresh RegExp each time, so no lastIndex is shared between callers', () => {
    const first = footnoteMarkers();
    expect(first.global).toBe(true);
    expect(first.exec(text)).not.toBeNull();
    expect(first.lastIndex).toBeGreaterThan(0);
    const second = footnoteMarkers();
    expect(second).not.toBe(first);
    expect(second.lastIndex).toBe(0);
    expect(second.exec(text)?.[1]).toBe('1');
  });

  it('is removed, or split at, leaving every other character', () => {
    expect(withoutFootnoteMarkers(text)).toBe('huiselijk geweld (hierna: EU-richtlijn) en 2025-2028. Slot');
    expect(splitAtFootnoteMarkers(text)).toEqual(text.split(/\[\^\d+\]/));
    expect(splitAtFootnoteMarkers('[^1]a[^2]')).toEqual(['', 'a', '']);
    expect(splitAtFootnoteMarkers('geen voetnoot, wel [^x] en [1]')).toEqual(['geen voetnoot, wel [^x] en [1]']);
  });
});
