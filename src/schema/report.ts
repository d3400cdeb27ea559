/**
 * The contract between ingest and everything downstream (pages, search, exports, tests).
 * One parsed report = one `ParsedReport`. Shape fixed by issue #2; optional fields are additions.
 */
import { z } from 'zod';
import { articleNumberSchema } from './convention.ts';

export const STRENGTHS = ['urges', 'strongly-encourages', 'encourages', 'invites'] as const;
export const strengthSchema = z.enum(STRENGTHS);
export type Strength = z.infer<typeof strengthSchema>;

/** Dutch labels for GREVIO's graded wording, strongest first. */
export const STRENGTH_LABELS_NL: Record<Strength, string> = {
  urges: 'dringend',
  'strongly-encourages': 'sterk aangemoedigd',
  encourages: 'aangemoedigd',
  invites: 'uitgenodigd',
};

const page = z.number().int().positive();

const paragraphBlockSchema = z
  .object({
    kind: z.literal('paragraph'),
    /** GREVIO's own paragraph number where one leads the text ("29."). */
    label: z.string().optional(),
    /** Verbatim text after repairs; footnote references written as `[^N]`. */
    text: z.string().min(1),
    page,
    /** The page its text ends on, when that is a later page (it runs on across a page break). */
    endPage: page.optional(),
    strength: strengthSchema.optional(),
    /** URLs the PDF printed at the foot of the page for a link in this block (duplicates removed). */
    links: z.array(z.string().url()).optional(),
  })
  .strict();

const listItemSchema = z
  .object({
    /** The marker as printed: "a.", "-", "(1).", "(4)". */
    label: z.string().min(1),
    text: z.string().min(1),
    page,
    endPage: page.optional(),
    links: z.array(z.string().url()).optional(),
  })
  .strict();

const listBlockSchema = z
  .object({
    kind: z.literal('list'),
    /** lettered `a.`, dash `-`, numbered `(1).` */
    style: z.enum(['lettered', 'dash', 'numbered']),
    page,
    items: z.array(listItemSchema).min(1),
  })
  .strict();

const blockSchema = z.discriminatedUnion('kind', [paragraphBlockSchema, listBlockSchema]);
export type Block = z.infer<typeof blockSchema>;

const recommendationSchema = z
  .object({
    /** `<report slug>-<nn>`: unique across reports, stable while the report's order holds. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    topic: z.string().min(1),
    articles: z.array(articleNumberSchema).min(1),
    pages: z.tuple([page, page]),
    /** Every level GREVIO used in this recommendation, strongest first. */
    strength: z.array(strengthSchema),
    grevio: z.array(blockSchema).min(1),
    response: z.array(blockSchema).min(1),
    /** Source line of the `Onderwerp aanbeveling:` line. */
    line: z.number().int().positive(),
  })
  .strict();
export type Recommendation = z.infer<typeof recommendationSchema>;

const footnoteSchema = z
  .object({
    number: z.number().int().positive(),
    text: z.string().min(1),
    page,
    recommendation: z.string(),
  })
  .strict();
export type Footnote = z.infer<typeof footnoteSchema>;

const correctionSchema = z
  .object({
    line: z.number().int().positive(),
    before: z.string(),
    after: z.string(),
    rule: z.string(),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  // Only a well-formed date is checked against the calendar, so a malformed one gets one message.
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDate(v), 'not a date that exists in the calendar');
const webUrlSchema = z.string().url().regex(/^https?:\/\//, 'expected an http(s) URL');

/** Facts about a report that its text does not state; from the sidecar `seeds/<name>.json`. */
export const reportContextShape = {
  /** Who wrote the report, as a citation names its author: "Nederlandse overheid". */
  author: z.string().min(1).optional(),
  /** The country that answers, in Dutch: "Nederland". */
  country: z.string().min(1).optional(),
  /** GREVIO's evaluation round this answers: "eerste thematische evaluatie". */
  round: z.string().min(1).optional(),
  /** Language of the report text (BCP 47): "nl". */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language code such as "nl"').optional(),
  /** Where the published PDF can be downloaded. */
  sourceUrl: webUrlSchema.optional(),
  /** The GREVIO report this answers. */
  grevioDocument: z.object({ title: z.string().min(1), url: webUrlSchema.optional() }).strict().optional(),
};

const reportSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    received: isoDateSchema.nullable(),
    pages: page,
    source: z.string(),
    /** Cover paragraphs (page 1) and the heading before the first recommendation, verbatim. */
    cover: z.array(z.object({ text: z.string(), page }).strict()),
    ...reportContextShape,
  })
  .strict();
export type ReportMeta = z.infer<typeof reportSchema>;

export const parsedReportSchema = z
  .object({
    report: reportSchema,
    recommendations: z.array(recommendationSchema).min(1),
    footnotes: z.array(footnoteSchema),
    corrections: z.array(correctionSchema),
  })
  .strict();
export type ParsedReport = z.infer<typeof parsedReportSchema>;
