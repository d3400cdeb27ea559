/** Byte-for-byte comparison of two directory trees (for the build determinism check). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './list-files.ts';

export interface DirDifference {
  file: string;
  /** `only in first`, `only in second`, or where the bytes first differ. */
  difference: string;
}

export async function compareDirs(first: string, second: string): Promise<DirDifference[]> {
  const [a, b] = await Promise.all([listFiles(first), listFiles(second)]);
  const inB = new Set(b);
  const inA = new Set(a);
  const differences: DirDifference[] = [
    ...a.filter((file) => !inB.has(file)).map((file) => ({ file, difference: 'only in first' })),
    ...b.filter((file) => !inA.has(file)).map((file) => ({ file, difference: 'only in second' })),
  ];
  for (const file of a.filter((name) => inB.has(name))) {
    const [x, y] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
    if (x.equals(y)) continue;
    differences.push({ file, difference: describeDifference(x, y) });
  }
  return differences.sort((p, q) => p.file.localeCompare(q.file));
}

function describeDifference(x: Buffer, y: Buffer): string {
  let at = 0;
  while (at < x.length && at < y.length && x[at] === y[at]) at += 1;
  const context = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  return `${x.length} vs ${y.length} bytes, first difference at byte ${at}: ${context(x)} vs ${context(y)}`;
}
