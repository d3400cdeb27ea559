/**
 * The programme registry (`content/programmes.json`): one hand-kept entry per named law, programme,
 * campaign, monitor, organisation or EU act that the reports mention. Issue #5.
 *
 * Inclusion rule — an entry is a *proper name* in a report (a capitalised title, an established
 * abbreviation, or a title set in quotes or followed by a year) for one specific, identifiable:
 *   wet            Dutch laws and other binding or guiding rules: Acts, AMvB's, besluiten, the
 *                  Grondwet, codes, OM-aanwijzingen and -richtlijnen, beleidskaders, the meldcode,
 *                  sentencing guidelines, standards, and named funding schemes (gemeentefonds).
 *   programma      programmes, action plans, plans of approach, agendas, nota's, named
 *                  approaches/working methods, initiatives and trainings.
 *   campagne       public campaigns and public information resources (campaign sites, platforms, guides).
 *   monitor        monitors, research programmes, studies and reports (and a monitor's web application).
 *   organisatie    organisations, networks, ministries, offices (regeringscommissaris), courts.
 *   eu-regelgeving EU directives and regulations.
 * Not entries, by rule (see src/programmes/excluded-names.ts for the ones a reader might expect):
 *   - the frame of every page: GREVIO, the Istanbul Convention, the Council of Europe, the
 *     government itself (kabinet, Rijksoverheid);
 *   - other treaties (ETS nr. 108, the VN-Verdrag Handicap as such): no kind for them;
 *   - sectors and generic categories written as common nouns (gemeenten, vrouwenopvang, GGZ);
 *   - internal units, roles and unnamed plans ("een mannenalliantie", "het wetsvoorstel …");
 *   - parliamentary papers cited as sources (Kamerstukken, Kamerbrief), events, places,
 *     curriculum subjects.
 * A compound built on an included name (CBS-databestanden, Veilig Thuis-centra, MfN-register)
 * counts as a mention of that entry, not as a separate entry.
 *
 * `name` is written as the report writes it; where the report only writes it in lowercase running
 * text, its first letter is capitalised for use as a title (campaign titles and web addresses keep
 * the report's case). `aliases` are other spellings and abbreviations found in the report — never
 * from outside it. `description` is one Dutch line written only from what the report says.
 */
import { z } from 'zod';

export const PROGRAMME_KINDS = ['wet', 'programma', 'campagne', 'monitor', 'organisatie', 'eu-regelgeving'] as const;
const programmeKindSchema = z.enum(PROGRAMME_KINDS);
export type ProgrammeKind = z.infer<typeof programmeKindSchema>;

/** Dutch labels for a kind, as a reader sees them. */
export const PROGRAMME_KIND_LABELS_NL: Record<ProgrammeKind, string> = {
  wet: 'Wet of regeling',
  programma: 'Programma of aanpak',
  campagne: 'Campagne of voorlichting',
  monitor: 'Monitor of onderzoek',
  organisatie: 'Organisatie',
  'eu-regelgeving': 'EU-regelgeving',
};

const programmeSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase-kebab');

const oneLine = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/[\r\n]/.test(s), 'must be one line without surrounding spaces');

const programmeSchema = z
  .object({
    /** Stable id used in URLs and cross-links; never change it once published. */
    slug: programmeSlugSchema,
    name: oneLine,
    kind: programmeKindSchema,
    aliases: z.array(oneLine),
    description: oneLine,
    /** Only where the report itself gives the address. */
    url: z.string().url().optional(),
    /** Set only for an entry that no report mentions yet. */
    notYetCited: z.literal(true).optional(),
  })
  .strict();
export type Programme = z.infer<typeof programmeSchema>;

export const registrySchema = z.array(programmeSchema).superRefine((entries, ctx) => {
  const seenSlugs = new Set<string>();
  entries.forEach((entry, index) => {
    if (seenSlugs.has(entry.slug)) ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug "${entry.slug}"` });
    seenSlugs.add(entry.slug);
    const names = [entry.name, ...entry.aliases];
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: [index, 'aliases'], message: `"${name}" is listed twice` });
    });
  });
});
export type Registry = z.infer<typeof registrySchema>;
