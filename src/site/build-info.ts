/**
 * The version and date of a build, as the open data states them. Two builds of the same commit
 * must give the same bytes (tests/quality/determinism.test.ts), so the date is never the clock's:
 * it is `SOURCE_DATE_EPOCH` when set (https://reproducible-builds.org/specs/source-date-epoch/),
 * else the date of the last git commit, else the newest report's date received.
 */
import { execFileSync } from 'node:child_process';
import packageJson from '../../package.json';

/** What the fallback needs of a report (a `ParsedReport` is one). */
export interface DatedReport {
  report: { received: string | null };
}

export interface BuildInfo {
  /** package.json `version`. */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface BuildDateSources {
  /** The `SOURCE_DATE_EPOCH` variable: seconds since 1970 (UTC). */
  sourceDateEpoch?: string | undefined;
  /** The last commit's date as `git log -1 --format=%cs` prints it; undefined without git. */
  gitDate: () => string | undefined;
  /** The reports, whose newest date received is the last resort. */
  reports: readonly DatedReport[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function resolveBuildDate({ sourceDateEpoch, gitDate, reports }: BuildDateSources): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not ${JSON.stringify(sourceDateEpoch)}`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  }
  const fromGit = gitDate()?.trim();
  if (fromGit && ISO_DATE.test(fromGit)) return fromGit;
  const newest = reports
    .map((r) => r.report.received)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (newest) return newest;
  throw new Error('no build date: set SOURCE_DATE_EPOCH, build from a git checkout, or ingest a report with a date received');
}

let lastCommitDate: { date: string | undefined } | undefined;

/** The committer date of HEAD in the working directory (the project root in a build), read once. */
function gitCommitDate(): string | undefined {
  lastCommitDate ??= {
    date: (() => {
      try {
        return execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: process.cwd(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
      } catch {
        return undefined;
      }
    })(),
  };
  return lastCommitDate.date;
}

/** `reports` only matter when neither `SOURCE_DATE_EPOCH` nor git gives a date. */
export function buildInfo(reports: readonly DatedReport[] = []): BuildInfo {
  return {
    version: packageJson.version,
    date: resolveBuildDate({ sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, gitDate: gitCommitDate, reports }),
  };
}
