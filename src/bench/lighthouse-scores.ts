/**
 * Lighthouse (12.2.3: the last major that runs on Node 20) on one page, with Debian's Chromium.
 * Returns category scores and the audits that cost points, or null when Lighthouse is not installed.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

export interface LighthouseScores {
  scores: Record<string, number | null>;
  shortfalls: string[];
}

export async function lighthouseScores(url: string): Promise<LighthouseScores | null> {
  let lighthouse: typeof import('lighthouse').default;
  let launcher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch {
    return null;
  }
  const chrome = await launcher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!run) return null;
    const { categories, audits } = run.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, c.score]));
    const shortfalls = Object.values(categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id]!.score !== null && audits[ref.id]!.score! < 1)
        .map((ref) => `${c.id}: ${ref.id} ${audits[ref.id]!.displayValue ?? audits[ref.id]!.score}`),
    );
    return { scores, shortfalls };
  } finally {
    chrome.kill();
  }
}
