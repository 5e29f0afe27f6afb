// Plain result types of the editor features (edits, completions, hovers, code actions, links, tokens) and range helpers.
import type { Diagnostic, Range } from '../model';

// The range helpers live in core/text; editor features have always found them here.
export { comparePositions, intersects, overlaps, samePosition, sameRange, touches } from '../text';

/** Replace `range` by `newText`; an empty range inserts. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits across files, keyed by URI; the LSP seam turns it into a WorkspaceEdit. */
export interface WorkspaceEditPlan {
  changes: Record<string, TextEdit[]>;
}

export type CompletionKind = 'section' | 'topic' | 'field' | 'value' | 'person' | 'date';

/** One completion proposal; `edit` covers the text it replaces, so `@` or a typed quote is part of it. */
export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  edit: TextEdit;
  /** Shown right after the label (for example the person's name next to `@handle`). */
  detail?: string;
  /** Shown on the right side of the list (for example the organisation). */
  description?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  filterText?: string;
  sortText?: string;
}

/** Markdown for a hover, and the range it is about. */
export interface HoverResult {
  markdown: string;
  range?: Range;
}

export type CodeActionKind = 'quickfix' | 'source.fixAll.barcamp' | 'refactor.rewrite';

/** A code action before conversion: what it fixes and the edit that does it. */
export interface CodeActionPlan {
  title: string;
  kind: CodeActionKind;
  diagnostics: Diagnostic[];
  edit: WorkspaceEditPlan;
  preferred?: boolean;
  /** Fix all only: how many headings it puts into the event's language (edits no finding asked for). */
  headingsNormalized?: number;
}

export interface LocationRef {
  uri: string;
  range: Range;
}

export interface DocumentLinkEntry {
  range: Range;
  target: string;
}

/** The custom semantic token types and modifiers; the LSP legend lists them in this order. */
export const SEMANTIC_TOKEN_TYPES = ['person'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['unknown'] as const;

/** A semantic token on one line. */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: (typeof SEMANTIC_TOKEN_TYPES)[number];
  modifiers: Array<(typeof SEMANTIC_TOKEN_MODIFIERS)[number]>;
}

/** Adds `edits` for `uri` to a plan (mutating it), and returns the plan for chaining. */
export function addEdits(plan: WorkspaceEditPlan, uri: string, edits: TextEdit[]): WorkspaceEditPlan {
  if (edits.length > 0) (plan.changes[uri] ??= []).push(...edits);
  return plan;
}

/** A plan with the edits of one file. */
export function editsFor(uri: string, edits: TextEdit[]): WorkspaceEditPlan {
  return addEdits({ changes: {} }, uri, edits);
}
