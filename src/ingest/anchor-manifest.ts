/**
 * The anchors manifest (`content/anchors.json`, committed): for every report-local anchor a
 * citation may name (`#a11-reactie-5`), a fingerprint of the text it points at. A rebuild that
 * would make an anchor point at other text, or drop it, is refused with the anchor named: a
 * changed repair rule or paragraph break must never silently change what a citation quotes.
 * New anchors are added; changing one takes `--update-anchors`, on purpose. Entries of reports
 * that are no longer in `seeds/` are kept, so their anchors cannot return with other text.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { reportAnchorTargets } from '../mdx/anchor-ids.ts';
import type { ParsedReport } from '../schema/report.ts';

/**
 * The manifest for `seedsDir`: the project's `content/anchors.json` for its own `seeds/`, else
 * `anchors.json` beside the seeds folder, so a run on other seeds (tests, the benchmark) keeps
 * its own and never touches the project's.
 */
export function defaultAnchorsFile(root: string, seedsDir: string): string {
  return resolve(seedsDir) === resolve(root, 'seeds') ? resolve(root, 'content', 'anchors.json') : resolve(dirname(resolve(seedsDir)), 'anchors.json');
}

/** slug → anchor → `"<hash> <first words>"`. */
type Manifest = Map<string, Map<string, string>>;

const HASH_LENGTH = 16;
const EXCERPT_LENGTH = 60;

/** `"3f2a9c1d4e5b6a7c Met verwijzing naar de bevindingen in het…"`: the hash decides, the words help a reader. */
export function fingerprint(text: string): string {
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
  const flat = text.replace(/\s+/gu, ' ').trim();
  const excerpt = flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
  return `${hash} ${excerpt}`;
}

const hashOf = (entry: string) => entry.slice(0, HASH_LENGTH);
const excerptOf = (entry: string) => entry.slice(HASH_LENGTH + 1);

interface ParsedManifest {
  manifest: Manifest;
  /** `slug#anchor` → its line in the file. */
  lines: Map<string, number>;
}

/** Reads the file as JSON, and each entry's line from the layout `serialize` writes. */
function parseManifest(text: string, file: string): ParsedManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestError([`${file}:1: not valid JSON (${(error as Error).message})`]);
  }
  const manifest: Manifest = new Map();
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ManifestError([`${file}:1: expected an object of reports`]);
  for (const [slug, anchors] of Object.entries(data)) {
    if (typeof anchors !== 'object' || anchors === null || Array.isArray(anchors)) {
      problems.push(`${file}:1: "${slug}" must map anchors to fingerprints`);
      continue;
    }
    const entries = new Map<string, string>();
    for (const [anchor, entry] of Object.entries(anchors)) {
      if (typeof entry !== 'string' || !/^[0-9a-f]{16} /.test(entry)) problems.push(`${file}:1: "${slug}" → "${anchor}" is not "<16 hex digits> <words>"`);
      else entries.set(anchor, entry);
    }
    manifest.set(slug, entries);
  }
  if (problems.length > 0) throw new ManifestError(problems);
  const lines = new Map<string, number>();
  let slug: string | undefined;
  text.split('\n').forEach((line, i) => {
    const report = /^ {2}("(?:[^"\\]|\\.)*"): \{/.exec(line);
    if (report) slug = JSON.parse(report[1]!) as string;
    const entry = /^ {4}("(?:[^"\\]|\\.)*"): "/.exec(line);
    if (entry && slug !== undefined) lines.set(`${slug}#${JSON.parse(entry[1]!) as string}`, i + 1);
  });
  return { manifest, lines };
}

/** One anchor per line, reports and anchors in the order given: stable diffs, and lines to name. */
function serialize(manifest: Manifest): string {
  const reports = [...manifest].map(([slug, anchors]) => {
    const entries = [...anchors].map(([anchor, entry]) => `    ${JSON.stringify(anchor)}: ${JSON.stringify(entry)}`);
    return `  ${JSON.stringify(slug)}: {\n${entries.join(',\n')}\n  }`;
  });
  return `{\n${reports.join(',\n')}\n}\n`;
}

export class ManifestError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface AnchorCheck {
  /** `FILE:LINE: …` for every anchor that would change or vanish (empty when none, or when updating). */
  errors: string[];
  /** The manifest to write, or undefined when the file already says exactly this. */
  next?: string;
  added: number;
  updated: number;
}

/**
 * Checks `reports` against the manifest `text` (undefined: no file yet) named `file` in
 * messages. With `update`, changed and vanished anchors are rewritten instead of refused.
 */
export function checkAnchors(text: string | undefined, file: string, reports: readonly ParsedReport[], options: { update?: boolean } = {}): AnchorCheck {
  const { manifest, lines } = text === undefined ? { manifest: new Map() as Manifest, lines: new Map<string, number>() } : parseManifest(text, file);
  const errors: string[] = [];
  let added = 0;
  let updated = 0;
  for (const parsed of reports) {
    const slug = parsed.report.slug;
    const known = manifest.get(slug) ?? new Map<string, string>();
    const targets = reportAnchorTargets(parsed);
    const now = new Map(targets.map((t) => [t.anchor, fingerprint(t.text)]));
    // Two passages under one anchor would make a citation ambiguous: a bug in anchor-ids.ts, not in the report.
    if (now.size !== targets.length) throw new Error(`report ${slug} gives two passages the same anchor`);
    const line = (anchor: string) => lines.get(`${slug}#${anchor}`) ?? 1;
    for (const [anchor, entry] of known) {
      const current = now.get(anchor);
      if (current !== undefined && hashOf(current) === hashOf(entry)) continue;
      if (options.update) {
        updated++;
        continue;
      }
      errors.push(
        current === undefined
          ? `${file}:${line(anchor)}: anchor ${slug}#${anchor} would no longer exist; it cited "${excerptOf(entry)}"`
          : `${file}:${line(anchor)}: anchor ${slug}#${anchor} would point at different text: it cited "${excerptOf(entry)}", it would now cite "${excerptOf(current)}"`,
      );
    }
    for (const anchor of now.keys()) if (!known.has(anchor)) added++;
    // The report's anchors in page order; with `update`, only what exists now.
    const merged = new Map(now);
    if (!options.update) for (const [anchor, entry] of known) if (!merged.has(anchor)) merged.set(anchor, entry);
    manifest.set(slug, merged);
  }
  if (errors.length > 0) {
    errors.push(
      `${file}: a citation of these anchors would now quote other text. If the change is intended, run npm run ingest -- --update-anchors and commit ${file}; otherwise undo the change to the report or to the repair rules.`,
    );
    return { errors, added: 0, updated: 0 };
  }
  const next = serialize(manifest);
  return { errors, added, updated, ...(next === text ? {} : { next }) };
}
