// Renaming a person everywhere: a handle in every owner mention, or a name in every session, and the entry in barcamp.json.
import { addEdits, type TextEdit, type WorkspaceEditPlan } from './editing';
import { say } from './editingTexts';
import type { Language, Position, Range, SessionProtocol, SessionSummary } from '../model';
import { exactRanges, type PersonTarget, type PlanSource, type SessionTexts } from './navigation';
import { mentionsOf, personAt, type SessionMention } from '../event';
import { findPlanPersonEntry, renamePersonInPlan } from './planEdits';
import { slugify } from '../text';
import { requoteLike } from '../text';

/** What prepareRename answers: the range and text to rename, or why nothing can be renamed here. */
export type RenameCheck = { range: Range; placeholder: string } | { error: string };

export type RenameResult = { edit: WorkspaceEditPlan } | { error: string };

export interface RenameInput extends PlanSource {
  target: PersonTarget;
  newName: string;
  /** Every session of the event, this one included. */
  sessions: readonly SessionSummary[];
  /** Texts of the sessions that mention the person; names are only renamed where their text is known. */
  texts: SessionTexts;
  language: Language;
}

/** A handle as the owner syntax reads it: letters, digits, marks, `-`, `_`, `.`, not ending in a dot. */
const HANDLE = /^[\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}\p{M}_-]$/u;

/** The handle (without `@`) or name at `position`; an error message anywhere that is no person. */
export function prepareRename(protocol: SessionProtocol, text: string, position: Position, language: Language): RenameCheck {
  const named = personAt(protocol, text, position);
  return named ? { range: named.range, placeholder: named.text } : { error: say(language, 'rename.noPerson') };
}

/**
 * The workspace edit for renaming the target. On an `@handle` the new text is a handle: every owner
 * mention of the person changes, and their `id` in barcamp.json (added when it was derived from the
 * name). On a name it is a name: every participant, host and documenter mention and the `name` in
 * barcamp.json change — and, when no explicit `id` keeps the old handle valid, the owners' handles too.
 */
export function renamePerson(input: RenameInput): RenameResult {
  const { target, language } = input;
  const mentions = mentionsOf(target.identity, input.sessions);
  if (target.named.role === 'owner') {
    const handle = input.newName.trim().replace(/^@/u, '');
    if (!HANDLE.test(handle)) return { error: say(language, 'rename.invalidHandle', { value: input.newName }) };
    const plan = renameInPlan(input, { id: handle });
    return { edit: withOwners(plan, mentions, handle) };
  }
  const name = input.newName.trim();
  if (name === '' || /[\r\n]/u.test(name)) return { error: say(language, 'rename.invalidName') };
  const edit = renameInPlan(input, { name });
  const locate = exactRanges(input.texts);
  for (const m of mentions.filter((m) => m.mention.role !== 'owner')) {
    const text = input.texts[m.uri];
    if (text === undefined) continue;
    if (m.mention.role === 'participant') {
      const range = locate(m);
      if (range) addEdits(edit, m.uri, [{ range, newText: name }]);
    } else {
      // host and documenter: the whole YAML value, so quotes are kept or added as the new name needs.
      addEdits(edit, m.uri, [{ range: m.mention.range, newText: requoteLike(written(text, m.mention.range), name) }]);
    }
  }
  return { edit: handleFollowsName(input) ? withOwners(edit, mentions, slugify(name)) : edit };
}

/** The plan's edits for the person, as a fresh plan; none when barcamp.json does not list them. */
function renameInPlan(input: RenameInput, change: { id?: string; name?: string }): WorkspaceEditPlan {
  const plan: WorkspaceEditPlan = { changes: {} };
  const person = input.target.identity.person;
  if (!person || !input.plan || input.planText === undefined) return plan;
  return addEdits(plan, input.plan.uri, renamePersonInPlan(input.planText, person, change) ?? []);
}

/** Adds the edits that set every owner mention of the person to `@handle`. */
function withOwners(plan: WorkspaceEditPlan, mentions: SessionMention[], handle: string): WorkspaceEditPlan {
  for (const m of mentions.filter((m) => m.mention.role === 'owner')) {
    const { start, end } = m.mention.range;
    const range = { start: { line: start.line, character: start.character + 1 }, end };
    addEdits(plan, m.uri, [{ range, newText: handle } satisfies TextEdit]);
  }
  return plan;
}

/**
 * True when handles are derived from the name (nobody in barcamp.json, or an entry without `id`), so
 * they must follow a new name. Without the plan's text an `id` cannot be ruled out, and handles stay.
 */
function handleFollowsName(input: RenameInput): boolean {
  const person = input.target.identity.person;
  if (!person) return true;
  if (input.planText === undefined) return false;
  const entry = findPlanPersonEntry(input.planText, person);
  return entry !== undefined && entry.idRange === undefined;
}

function written(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/u);
  return range.start.line === range.end.line ? (lines[range.start.line] ?? '').slice(range.start.character, range.end.character) : '';
}
