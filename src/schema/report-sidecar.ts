/**
 * The optional sidecar `seeds/<name>.json` next to `seeds/<name>.txt`: facts the report text does
 * not state (country, evaluation round, language, source URL, the GREVIO document it answers) and
 * overrides for what the cover states badly (title, date received). Every key is optional.
 */
import { z } from 'zod';
import { isoDateSchema, reportContextShape } from './report.ts';

export const reportSidecarSchema = z
  .object({
    ...reportContextShape,
    /** Replaces the title read from the cover. */
    title: z.string().min(1).optional(),
    /** Replaces the date read from "ontvangen op …" on the cover. */
    received: isoDateSchema.optional(),
  })
  .strict();
export type ReportSidecar = z.infer<typeof reportSidecarSchema>;
