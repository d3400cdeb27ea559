/**
 * Run `npm run build` (ingest, then astro build) as its own process group, capturing everything
 * it prints, so a failure can be shown whole and a hung build can be killed with its children.
 */
import { spawn } from 'node:child_process';

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr, interleaved as printed. */
  log: string;
  seconds: number;
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Variables Vitest puts into process.env for its own `import.meta.env`. Inherited by a build they
 * change it: Vite reads BASE_URL (links lose the base path), MODE, DEV, PROD, SSR; NODE_ENV=test.
 */
const VITEST_ENV = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** The environment a build would get from a plain shell: ours minus Vitest's additions. */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

export function runBuild(cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = TEN_MINUTES): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd,
      detached: true,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    const finish = (ok: boolean, extra = '') => {
      clearTimeout(timer);
      const log = Buffer.concat(chunks).toString('utf8') + extra;
      resolve({ ok, log, seconds: Math.round((performance.now() - started) / 100) / 10 });
    };
    child.on('error', (error) => finish(false, `\ncould not start npm: ${error.message}\n`));
    child.on('close', (code, signal) =>
      finish(code === 0 && !timedOut, timedOut ? `\nbuild killed after ${timeoutMs / 1000} s\n` : code === 0 ? '' : `\nexit ${code ?? signal}\n`),
    );
  });
}

/** The last `lines` lines of a log, for error messages. */
export function tail(log: string, lines = 80): string {
  return log.trimEnd().split('\n').slice(-lines).join('\n');
}
