// Compact per-session summaries (kept for closed files) and the topic/tag search over them.
import type { NextStepSummary, PersonMention, Range, SessionFacts, SessionProtocol, SessionSummary } from '../model';
import { foldForSearch, slugify } from '../text';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A compact summary: the session's facts plus tags, host, documenter, review status, action field, people and next steps (see SessionSummary). */
export function summarize(protocol: SessionProtocol): SessionSummary {
  const { meta, topic } = protocol;
  const summary: SessionSummary = {
    ...factsOf(protocol),
    tags: meta.tags.map((t) => t.value),
    topicRange: topic?.range ?? ZERO,
    people: peopleOf(protocol),
    nextSteps: protocol.nextSteps.map(nextStepSummary),
  };
  if (meta.host) summary.host = meta.host.value;
  if (meta.documenter) summary.documenter = meta.documenter.value;
  if (meta.status) summary.status = meta.status.value;
  if (meta.actionField) summary.actionField = meta.actionField.value;
  return detached(summary);
}

/** The facts of a session the cross-file rules need, without the people and steps a summary also carries. */
export function sessionFacts(protocol: SessionProtocol): SessionFacts {
  return detached(factsOf(protocol));
}

/**
 * Where and when the session takes place and its topic. `anchor` is where a finding about this session
 * in another file points: the slot value, else the room value, else the topic, else the document start.
 */
function factsOf(protocol: SessionProtocol): SessionFacts {
  const { meta, topic } = protocol;
  const facts: SessionFacts = { uri: protocol.uri, anchor: meta.slot?.range ?? meta.room?.range ?? topic?.range ?? ZERO };
  if (topic) facts.topic = topic.value;
  if (meta.day) facts.day = meta.day.value;
  if (meta.date) facts.date = meta.date.value;
  if (meta.slot) facts.slot = meta.slot.value;
  if (meta.room) facts.room = meta.room.value;
  if (protocol.images.length > 0) facts.images = protocol.images;
  return facts;
}

/**
 * A copy whose strings no longer point into the source text. V8 keeps a substring as a slice of its
 * parent string, so a topic or a name would keep the whole file alive; an index of 10,000 summaries
 * held about 190 MB instead of about 40 MB (measured). A JSON round trip makes every string its own.
 */
function detached<T>(summary: T): T {
  return JSON.parse(JSON.stringify(summary)) as T;
}

/** Every person named in the protocol, in document order per role. */
function peopleOf(protocol: SessionProtocol): PersonMention[] {
  const { meta } = protocol;
  const mention = (text: string, role: PersonMention['role'], range: Range): PersonMention => ({ text, key: slugify(text), role, range });
  const people: PersonMention[] = [];
  if (meta.host) people.push(mention(meta.host.value, 'host', meta.host.range));
  if (meta.documenter) people.push(mention(meta.documenter.value, 'documenter', meta.documenter.range));
  for (const p of protocol.participants) people.push(mention(p.name, 'participant', p.range));
  for (const step of protocol.nextSteps) for (const o of step.owners) people.push(mention(o.handle, 'owner', o.range));
  return people;
}

function nextStepSummary(step: SessionProtocol['nextSteps'][number]): NextStepSummary {
  const summary: NextStepSummary = { text: step.text, owners: step.owners.map((o) => o.handle), done: step.done, range: step.range, checkable: step.checkable };
  if (step.due?.iso) summary.due = step.due.iso;
  if (step.due) summary.dueRaw = step.due.raw;
  if (step.checkboxRange) summary.checkboxRange = step.checkboxRange;
  return summary;
}

/**
 * Sessions whose topic or one of whose tags contains `query`, ignoring case and diacritics
 * ('mull' finds 'Müller'). An empty or blank query returns every session. Order is kept.
 */
export function searchSessions(summaries: SessionSummary[], query: string): SessionSummary[] {
  const q = foldForSearch(String(query ?? '').trim());
  if (q === '') return [...summaries];
  return summaries.filter((s) => foldForSearch(s.topic ?? '').includes(q) || s.tags.some((t) => foldForSearch(t).includes(q)));
}
