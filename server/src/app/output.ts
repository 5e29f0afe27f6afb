// What writing the documentation would do to each target: write it, leave it (same content), or refuse it (a person's file).
import { isGenerated, isGeneratedDocx, type OutputFile } from '../core';
import { textOfContent, type FileContent, type Workspace } from './workspace';

export interface OutputPlan {
  /** Files to write (new or changed). Empty when any target was refused: then nothing is written. */
  write: Array<{ uri: string; content: string | Uint8Array }>;
  /** Targets that already hold exactly this content. */
  unchanged: string[];
  /** Targets without the generated marker (a person wrote them), or that are no readable regular file: never overwritten. */
  refused: string[];
}

/**
 * Sorts every rendered file into write, unchanged or refused, reading what stands at its target through
 * the workspace. A target without the generated marker was written by a person: then nothing at all is
 * to be written, so a run never leaves half a documentation.
 */
export async function planOutput(workspace: Workspace, folderUri: string, files: readonly OutputFile[]): Promise<OutputPlan> {
  const plan: OutputPlan = { write: [], unchanged: [], refused: [] };
  for (const file of files) {
    const uri = `${folderUri}/${encodeURIComponent(file.fileName)}`;
    if (typeof file.content !== 'string') {
      sortBinary(plan, uri, file.content, await workspace.read(uri).catch(() => ({ error: 'unreadable' as const })));
      continue;
    }
    const existing = textOfContent(await workspace.read(uri).catch(() => ({ error: 'unreadable' as const })));
    // Only a target that is not there may be created; one that cannot be read (a folder, a link, a device,
    // binary or unreadable) cannot be proven to be ours, and is refused like a file a person wrote.
    if ('error' in existing && existing.error === 'missing') plan.write.push({ uri, content: file.content });
    else if (!('text' in existing)) plan.refused.push(uri);
    else if (existing.text === withoutBom(file.content)) plan.unchanged.push(uri);
    else if (!isGenerated(existing.text)) plan.refused.push(uri);
    else plan.write.push({ uri, content: file.content });
  }
  if (plan.refused.length > 0) plan.write = [];
  return plan;
}

/**
 * A Word file: its marker is a zip entry, not text at the top. Written when absent or ours and changed
 * (the same report packs to the same bytes); refused otherwise.
 */
function sortBinary(plan: OutputPlan, uri: string, content: Uint8Array, existing: FileContent): void {
  if ('error' in existing && existing.error === 'missing') plan.write.push({ uri, content });
  else if (!('bytes' in existing) || !isGeneratedDocx(existing.bytes)) plan.refused.push(uri);
  else if (sameBytes(existing.bytes, content)) plan.unchanged.push(uri);
  else plan.write.push({ uri, content });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Readers drop a BOM (the CSV has one), so contents are compared without it. */
function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/u, '');
}
