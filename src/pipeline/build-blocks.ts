/** Block drafts → schema blocks: joined text, source page, GREVIO's wording per paragraph. */
import type { Block, Correction } from '../schema/report.ts';
import type { BlockDraft } from './segment-blocks.ts';
import { joinLines } from './join-lines.ts';
import { gradedWording } from './graded-wording.ts';
import type { TextLine } from './body-line.ts';

/** The page a text ends on, only when it runs on past the page it starts on (a citation gives "p. 19–20"). */
function endPage(lines: readonly TextLine[]): { endPage?: number } {
  const last = lines.at(-1)!.page;
  return last > lines[0]!.page ? { endPage: last } : {};
}

export function buildBlocks(drafts: BlockDraft[], section: 'grevio' | 'response', corrections: Correction[]): Block[] {
  return drafts.map((draft): Block => {
    if (draft.kind === 'list') {
      return {
        kind: 'list',
        style: draft.style,
        page: draft.items[0]!.lines[0]!.page,
        items: draft.items.map((item) => ({
          label: item.label,
          text: joinLines(item.lines, corrections),
          page: item.lines[0]!.page,
          ...endPage(item.lines),
          ...(item.links.length > 0 ? { links: item.links } : {}),
        })),
      };
    }
    const text = joinLines(draft.lines, corrections);
    const strength = section === 'grevio' ? gradedWording(text)[0] : undefined;
    return {
      kind: 'paragraph',
      ...(draft.label ? { label: draft.label } : {}),
      text,
      page: draft.lines[0]!.page,
      ...endPage(draft.lines),
      ...(strength ? { strength } : {}),
      ...(draft.links.length > 0 ? { links: draft.links } : {}),
    };
  });
}
