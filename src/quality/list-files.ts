/** Every file under a directory, as sorted POSIX paths relative to it. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function listHtmlFiles(root: string): Promise<string[]> {
  return (await listFiles(root)).filter((file) => file.endsWith('.html'));
}
