/**
 * The deployed base path and origin, from astro.config.mjs (which reads BASE_PATH and SITE_URL).
 * If the config cannot be loaded outside Astro, the same environment variables are used.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseBase } from '../../src/quality/resolve-link.ts';

export interface SiteConfig {
  base: string;
  origin?: string;
  /** Why the config file was not used, if it wasn't. */
  warning?: string;
}

export async function readSiteConfig(root: string): Promise<SiteConfig> {
  const file = path.join(root, 'astro.config.mjs');
  let config: { base?: string; site?: string } = { base: process.env.BASE_PATH, site: process.env.SITE_URL };
  let warning: string | undefined;
  if (existsSync(file)) {
    try {
      config = ((await import(pathToFileURL(file).href)) as { default: typeof config }).default;
    } catch (error) {
      warning = `could not load astro.config.mjs (${(error as Error).message}); using BASE_PATH/SITE_URL`;
    }
  }
  return {
    base: normaliseBase(config.base || '/'),
    origin: config.site ? new URL(config.site).origin : undefined,
    warning,
  };
}
