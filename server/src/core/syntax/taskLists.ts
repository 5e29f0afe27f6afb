// A tiny unified plugin that adds only GFM task-list items (`- [ ]`, `- [x]`) to remark-parse.
import type { Processor } from 'unified';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * Registers the task-list syntax the way remark-gfm does, but without the rest of GFM:
 * the autolink-literal extension alone costs about half of the parse time on long protocols.
 */
export function remarkTaskLists(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}
