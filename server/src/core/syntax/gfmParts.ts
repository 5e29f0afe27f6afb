// A tiny unified plugin that adds only the GFM parts protocols use, task-list items and tables, to remark-parse.
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * Registers task lists (`- [ ]`, `- [x]`) and tables the way remark-gfm does, but without the rest of
 * GFM: the autolink-literal extension alone costs about half of the parse time on long protocols, while
 * tables cost a few percent (measured on a 5,000-line protocol) and documenters write them.
 */
export function remarkGfmParts(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem(), gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown(), gfmTableFromMarkdown());
}
