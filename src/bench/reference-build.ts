/**
 * A reference build in the same run, so our figures can be read as ratios on a noisy machine:
 * the same number of pages as plain Markdown, with a bare Astro config (no MDX, no integrations).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '../schema/report.ts';
import { withoutFootnoteMarkers } from '../schema/footnote-marker.ts';
import { runCommand, type CommandRun } from './measure.ts';

/** Plain Markdown pages carrying the report's recommendation texts, `count` of them. */
export function referencePages(report: ParsedReport, count: number): string[] {
  const texts = report.recommendations.map((rec) =>
    [`# ${rec.topic}`, '', ...[...rec.grevio, ...rec.response].flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items.map((i) => `- ${i.text}`))).flatMap((t) => [withoutFootnoteMarkers(t), ''])].join('\n'),
  );
  return Array.from({ length: count }, (_, i) => texts[i % texts.length]!);
}

export function referenceBuild(root: string, workDir: string, pages: string[]): CommandRun {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  writeFileSync(join(workDir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(workDir, 'astro.config.mjs'), 'export default {};\n');
  pages.forEach((page, i) => writeFileSync(join(workDir, `src/pages/p${i}.md`), page));
  return runCommand(join(root, 'node_modules/.bin/astro'), ['build', '--root', workDir], workDir);
}
