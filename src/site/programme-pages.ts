/**
 * Everything the programme pages, the matrix and the article side panel read, computed once per
 * build from the reports and the registry (Astro runs the pages in one process).
 */
import type { Programme, Registry } from '../schema/programme';
import type { ParsedReport } from '../schema/report';
import { buildArticleIndex } from './article-index';
import { getRegistry, reportPassages } from './programme-mentions';
import { locatedPassagesBySlug, type LocatedPassage } from './programme-passages';
import { getReports } from './reports';

export interface ProgrammeSiteData {
  registry: Registry;
  reports: ParsedReport[];
  passagesBySlug: Map<string, LocatedPassage[]>;
  /** Articles that have a page. */
  withPages: Set<number>;
  bySlug: Map<string, Programme>;
}

let data: Promise<ProgrammeSiteData> | undefined;

async function load(): Promise<ProgrammeSiteData> {
  const reports = await getReports();
  const registry = getRegistry();
  return {
    registry,
    reports,
    passagesBySlug: locatedPassagesBySlug(reports, reportPassages),
    withPages: new Set(buildArticleIndex(reports).keys()),
    bySlug: new Map(registry.map((p) => [p.slug, p])),
  };
}

export function programmeSiteData(): Promise<ProgrammeSiteData> {
  data ??= load();
  return data;
}
