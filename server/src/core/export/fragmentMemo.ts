// Item renderings computed ahead of time (by the CLI's worker threads, while parsing), which the renderers look up by source text.

/** One item's Markdown and what the two renderers make of it; equal by construction to rendering it again. */
export type RenderedFragment = [markdown: string, neutralized: string, inlineHtml: string];

let current: Map<string, RenderedFragment> | undefined;

/**
 * Runs `render` (synchronously) with `fragments` as ready answers for neutralizeMarkdown and
 * inlineMarkdownToHtml, then forgets them. Output is the same as without; only the parsing is saved.
 */
export function withFragments<T>(fragments: Iterable<RenderedFragment>, render: () => T): T {
  const outer = current;
  current = new Map();
  for (const fragment of fragments) current.set(fragment[0], fragment);
  try {
    return render();
  } finally {
    current = outer;
  }
}

/** The ready rendering of `markdown`, when a surrounding withFragments has one. */
export function readyFragment(markdown: string): RenderedFragment | undefined {
  return current?.get(markdown);
}
