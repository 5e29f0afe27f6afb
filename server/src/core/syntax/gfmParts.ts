// Tiny unified plugins that add only the GFM parts protocols use, task-list items and tables, to remark-parse.
import type { Processor } from 'unified';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * Registers task lists (`- [ ]`, `- [x]`) the way remark-gfm does, but without the rest of GFM: the
 * autolink-literal extension alone costs about half of the parse time on long protocols.
 */
export function remarkTaskLists(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

/** Registers GFM tables. A table needs a `|` in its delimiter row, so a text without one parses alike without it. */
export function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
