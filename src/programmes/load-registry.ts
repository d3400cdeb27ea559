/**
 * Reads and validates the hand-kept registry (`content/programmes.json`). The only I/O in
 * src/programmes; everything else takes a `Registry` value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registrySchema, type Registry } from '../schema/programme.ts';

const REGISTRY_PATH = fileURLToPath(new URL('../../content/programmes.json', import.meta.url));

/** Validates parsed JSON; throws one error listing every problem with its path. */
function parseRegistry(json: unknown, shownAs = 'content/programmes.json'): Registry {
  const checked = registrySchema.safeParse(json);
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map((issue) => `${shownAs}: [${issue.path.join('.')}] ${issue.message}`);
  throw new Error(problems.join('\n'));
}

export function loadRegistry(path = REGISTRY_PATH): Registry {
  return parseRegistry(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}
