/**
 * The files `npm run ingest` generates for a set of parsed reports: the report JSON and its MDX
 * — one file per report, or one per recommendation (`MdxLayout`) — each MDX file checked by the
 * safety gate before anything is written.
 */
import { loadRegistry } from '../programmes/load-registry.ts';
import { mentionsInReport } from '../programmes/mentions-in-report.ts';
import type { Registry } from '../schema/programme.ts';
import type { ParsedReport, Recommendation } from '../schema/report.ts';
import { assertSafeMdx, recommendationsToMdx } from '../mdx/write-recommendation-mdx.ts';
import type { GeneratedFile } from './write-generated.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';

/**
 * How the MDX is cut into Vite modules: `report` (one file per report, each recommendation a
 * `<Recommendation>` section; the default, see README, "Scale") or `recommendation` (one
 * file each). `VW_MDX_LAYOUT` selects the other for `npm run bench:scale`.
 */
export type MdxLayout = 'report' | 'recommendation';

export interface ContentOptions {
  /** content/programmes.json: its entries become `<ProgrammeLink>`s. */
  registry: Registry;
  layout: MdxLayout;
}

function mdxLayout(value = process.env.VW_MDX_LAYOUT): MdxLayout {
  if (value === undefined || value === '' || value === 'report') return 'report';
  if (value === 'recommendation') return value;
  throw new Error(`VW_MDX_LAYOUT must be "report" or "recommendation", not ${JSON.stringify(value)}`);
}

/** The registry from content/programmes.json and the layout from the environment. */
export function contentOptions(): ContentOptions {
  return { registry: loadRegistry(), layout: mdxLayout() };
}

/** Where a report's source text goes in the generated content (src/site/content-paths.ts reads it). */
export function sourceTextFile(slug: string): string {
  return `sources/${slug}.txt`;
}

export interface ReportFiles {
  /** The report JSON and every MDX file the gate accepts. */
  files: GeneratedFile[];
  /** One per recommendation the MDX writer or its gate refuses, at the recommendation's line. */
  problems: Diagnostic[];
}

/**
 * A report's files and what keeps any of them from being published, in one pass: each MDX text
 * is serialized and gated once, so `--check`/`--add` refuse exactly what the build would refuse.
 * When a whole report's file is refused, each recommendation is written alone to name the ones at fault.
 */
export function reportFiles(report: ParsedReport, options: ContentOptions): ReportFiles {
  const files: GeneratedFile[] = [{ path: `reports/${report.report.slug}.json`, contents: `${JSON.stringify(report, null, 2)}\n` }];
  const passages = mentionsInReport(report, options.registry);
  const problems: Diagnostic[] = [];
  /** `shown`: how the gate names the text in a refusal. */
  const write = (recs: readonly Recommendation[], name: string, shown = `recommendations/${name}.mdx`): GeneratedFile | Error => {
    try {
      const contents = recommendationsToMdx(recs, report, passages);
      assertSafeMdx(contents, shown);
      return { path: `recommendations/${name}.mdx`, contents };
    } catch (error) {
      return error as Error;
    }
  };
  const refuse = (rec: Recommendation, error: Error) =>
    problems.push({ line: rec.line, message: `recommendation "${rec.topic}" cannot be published: ${error.message}` });
  const writeEach = (): GeneratedFile[] =>
    report.recommendations.flatMap((rec) => {
      const file = write([rec], rec.id, options.layout === 'recommendation' ? undefined : `${rec.id} (written alone)`);
      if (file instanceof Error) refuse(rec, file);
      return file instanceof Error ? [] : [file];
    });
  if (report.recommendations.length === 0) return { files, problems };
  if (options.layout === 'recommendation') {
    files.push(...writeEach());
  } else {
    const whole = write(report.recommendations, report.report.slug);
    if (!(whole instanceof Error)) {
      files.push(whole);
    } else {
      writeEach();
      if (problems.length === 0) refuse(report.recommendations[0]!, whole);
    }
  }
  return problems.length > 0 ? { files: files.slice(0, 1), problems } : { files, problems };
}

export function contentProblems(report: ParsedReport, options: ContentOptions = contentOptions()): Diagnostic[] {
  return reportFiles(report, options).problems;
}
