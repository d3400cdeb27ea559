/** Small timing helpers for the benchmark: it reports numbers, it never asserts them. */
import { spawnSync } from 'node:child_process';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time in ms of `runs` calls, after one warm-up call. */
export function timeMedian(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface CommandRun {
  ms: number;
  /** Peak resident memory of the child process tree's largest process, in MiB (GNU time). */
  peakMiB: number | null;
  ok: boolean;
  output: string;
}

/** Runs a command, timing it and (where /usr/bin/time exists) reading its peak memory. */
export function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): CommandRun {
  const useTime = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' }).status === 0;
  const start = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  return { ms, peakMiB: peak ? Number(peak[1]) / 1024 : null, ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
