/**
 * The Convention's chapters and articles (content/articles.json), validated once.
 */
import { z } from 'zod';
import raw from '../../content/articles.json';
import { ARTICLE_COUNT, articleNumberSchema } from '../schema/convention';

const chapterSchema = z.object({
  number: z.number().int().min(1),
  roman: z.string().regex(/^[IVXL]+$/),
  title_en: z.string().min(1),
  title_nl: z.string().min(1),
});

const articleSchema = z.object({
  number: articleNumberSchema,
  chapter: z.string().regex(/^[IVXL]+$/),
  title_en: z.string().min(1),
  title_nl: z.string().min(1),
});

const articleRegistrySchema = z
  .object({
    convention: z.object({
      name_en: z.string(),
      name_nl: z.string(),
      official_dutch_text: z.string().url(),
      source_of_titles: z.string(),
    }),
    chapters: z.array(chapterSchema).length(12),
    articles: z.array(articleSchema).length(ARTICLE_COUNT),
  })
  .superRefine((data, ctx) => {
    const romans = new Set(data.chapters.map((c) => c.roman));
    data.articles.forEach((a, i) => {
      if (a.number !== i + 1) ctx.addIssue({ code: 'custom', message: `article ${i + 1} out of order` });
      if (!romans.has(a.chapter)) ctx.addIssue({ code: 'custom', message: `article ${a.number}: unknown chapter ${a.chapter}` });
    });
  });

export type Chapter = z.infer<typeof chapterSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleRegistry = z.infer<typeof articleRegistrySchema>;

export const registry: ArticleRegistry = articleRegistrySchema.parse(raw);
export const convention = registry.convention;
export const chapters: readonly Chapter[] = registry.chapters;
export const articles: readonly Article[] = registry.articles;

export function getArticle(number: number): Article {
  const article = articles[number - 1];
  if (!article) throw new Error(`no article ${number} in the Convention`);
  return article;
}

export function getChapter(roman: string): Chapter {
  const chapter = chapters.find((c) => c.roman === roman);
  if (!chapter) throw new Error(`no chapter ${roman} in the Convention`);
  return chapter;
}

export function articlesInChapter(roman: string): Article[] {
  return articles.filter((a) => a.chapter === roman);
}
