/** The build the globalSetup made, for a site test file. Throws, quoting the build log, if there is none. */
import { inject } from 'vitest';
import { tail } from './run-build.ts';

export interface BuiltSiteInfo {
  ok: boolean;
  dist: string;
  log: string;
  seconds: number;
  /** Normalised: `/` or `/verdragswijzer/`. */
  base: string;
  origin?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: BuiltSiteInfo;
  }
}

export function builtSite(): BuiltSiteInfo {
  const site = inject('builtSite');
  if (!site) throw new Error('No build: built-site tests must run in the vitest "site" project (tests/e2e, tests/quality).');
  if (!site.ok) throw new Error(`npm run build failed, so dist/ cannot be checked. Build output (tail):\n${tail(site.log, 120)}`);
  return site;
}
