// Go to definition and find references for people: the entry in barcamp.json, and every mention across the event's sessions.
import type { LocationRef } from './editing';
import { LineIndex } from '../text';
import type { EventPlan, Position, SessionProtocol, SessionSummary } from '../model';
import { identify, mentionRange, mentionsOf, personAt, type NamedPerson, type PersonIdentity, type SessionMention } from '../event';
import { findPlanPersonEntry } from './planEdits';

/** The person at the cursor and who that is in the event. */
export interface PersonTarget {
  named: NamedPerson;
  identity: PersonIdentity;
}

/** The texts of sessions by URI (open documents or files read from disk); missing ones fall back to the index's ranges. */
export type SessionTexts = Readonly<Record<string, string | undefined>>;

/** Where barcamp.json is and what it says, when the session belongs to one. */
export interface PlanSource {
  plan?: EventPlan;
  planText?: string;
}

/** The person at `position` and their identity, or undefined when no person is named there. */
export function personTarget(protocol: SessionProtocol, text: string, position: Position, plan: EventPlan | undefined): PersonTarget | undefined {
  const named = personAt(protocol, text, position);
  return named ? { named, identity: identify(named.key, plan) } : undefined;
}

/**
 * Every mention of the target person in `sessions` (owners, participants, host, documenter), with the
 * exact range of the name or handle where the session's text is known; with `includeDeclaration`, the
 * person's entry in barcamp.json first.
 */
export function personReferences(target: PersonTarget, sessions: readonly SessionSummary[], texts: SessionTexts, source: PlanSource, includeDeclaration: boolean): LocationRef[] {
  const result: LocationRef[] = [];
  const declaration = includeDeclaration ? planDeclaration(target, source) : undefined;
  if (declaration) result.push(declaration);
  const locate = exactRanges(texts);
  for (const m of mentionsOf(target.identity, sessions)) result.push({ uri: m.uri, range: locate(m) ?? m.mention.range });
  return result;
}

/**
 * Where the person is defined: their entry in barcamp.json; for someone barcamp.json does not list,
 * where this session (else any session) names them as participant, host or documenter.
 */
export function personDefinition(target: PersonTarget, uri: string, sessions: readonly SessionSummary[], texts: SessionTexts, source: PlanSource): LocationRef[] {
  const declaration = planDeclaration(target, source);
  if (declaration) return [declaration];
  const named = mentionsOf(target.identity, sessions).filter((m) => m.mention.role !== 'owner');
  const best = named.find((m) => m.uri === uri) ?? named[0];
  if (!best) return [];
  return [{ uri: best.uri, range: exactRanges(texts)(best) ?? best.mention.range }];
}

function planDeclaration(target: PersonTarget, source: PlanSource): LocationRef | undefined {
  const person = target.identity.person;
  if (!person || !source.plan || source.planText === undefined) return undefined;
  const entry = findPlanPersonEntry(source.planText, person);
  // The id (else the name) rather than the whole entry: the cursor lands on it, also when the entry spans several lines.
  return entry ? { uri: source.plan.uri, range: entry.idRange ?? entry.nameRange ?? entry.range } : undefined;
}

/** A function giving a mention's exact range in its session's text, with one line index per text. */
export function exactRanges(texts: SessionTexts): (m: SessionMention) => ReturnType<typeof mentionRange> {
  const indexes = new Map<string, LineIndex>();
  return ({ uri, mention }) => {
    const text = texts[uri];
    if (text === undefined) return undefined;
    let index = indexes.get(uri);
    if (!index) indexes.set(uri, (index = new LineIndex(text)));
    return mentionRange(index, mention);
  };
}
