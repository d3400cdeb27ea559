/**
 * The programme registry and every passage that mentions an entry, computed once per build and
 * shared by search filters, article side panels, programme pages and the matrix; and the dated
 * commitments, found once likewise.
 */
import type { Registry } from '../schema/programme';
import type { ParsedReport } from '../schema/report';
import { loadRegistry } from '../programmes/load-registry';
import { mentionsInReport, type Passage } from '../programmes/mentions-in-report';
import { siteCommitments, type SiteCommitment } from './commitments';

let registry: Registry | undefined;
const passagesByReport = new WeakMap<ParsedReport, Passage[]>();

export function getRegistry(): Registry {
  registry ??= loadRegistry();
  return registry;
}

export function reportPassages(report: ParsedReport): Passage[] {
  let passages = passagesByReport.get(report);
  if (!passages) {
    passages = mentionsInReport(report, getRegistry());
    passagesByReport.set(report, passages);
  }
  return passages;
}

/** Slugs of the entries a recommendation's text (GREVIO or response, not footnotes) mentions. */
export function programmesOfRecommendation(report: ParsedReport, recommendationId: string): string[] {
  const slugs = reportPassages(report)
    .filter((p) => p.recommendationId === recommendationId && p.part !== 'footnote')
    .map((p) => p.slug);
  return [...new Set(slugs)];
}

const commitmentsByReports = new WeakMap<readonly ParsedReport[], SiteCommitment[]>();

/** Every dated commitment in `reports` (the list getReports gives), found once per build. */
export function getCommitments(reports: readonly ParsedReport[]): SiteCommitment[] {
  let found = commitmentsByReports.get(reports);
  if (!found) {
    found = siteCommitments(reports, getRegistry());
    commitmentsByReports.set(reports, found);
  }
  return found;
}
