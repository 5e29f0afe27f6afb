// Completion: section headings, frontmatter keys and values from the event, `@` people, due dates after `bis`/`due`.
import { completionContext, type CompletionContext } from './completionContext';
import { dateStyleOf, dueDateSuggestions, inDateStyle } from '../event';
import type { CompletionEntry, TextEdit } from './editing';
import { say, type EditingTextKey } from './editingTexts';
import { CANONICAL_HEADINGS, KNOWN_FIELDS, STATUS_WORDS } from '../syntax';
import type { EventPlan, Language, Position, Range, SessionProtocol, SessionSummary } from '../model';
import { slugify } from '../text';
import { yamlFlowItem, yamlScalar } from '../text';

/** Everything completion looks at; `today` (`YYYY-MM-DD`) comes from the caller so the core stays pure. */
export interface CompletionInput {
  protocol: SessionProtocol;
  text: string;
  position: Position;
  plan?: EventPlan;
  /** The other sessions of the event (their tags, rooms and slots are proposed too). */
  others: readonly SessionSummary[];
  today: string;
  /** The language of labels and details (the editor's). */
  language: Language;
}

const SECTION_ORDER = ['participants', 'findings', 'nextSteps', 'openQuestions'] as const;

/** The proposals at the input's position; empty where there is nothing to propose. Never throws on odd input. */
export function complete(input: CompletionInput): CompletionEntry[] {
  const context = completionContext(input.protocol, input.text, input.position);
  if (!context) return [];
  switch (context.kind) {
    case 'heading':
      return headings(input, context);
    case 'fieldKey':
      return fieldKeys(input, context);
    case 'fieldValue':
      return fieldValues(input, context);
    case 'tag':
      return tags(input, context);
    case 'owner':
      return owners(input, context.range);
    case 'due':
      return dueDates(input, context.range);
  }
}

/** `## …` for every section kind the protocol lacks, in the document's language; `# title` when the heading is missing. */
function headings(input: CompletionInput, context: Extract<CompletionContext, { kind: 'heading' }>): CompletionEntry[] {
  const { protocol, plan, language } = input;
  const result: CompletionEntry[] = [];
  const title = protocol.meta.title?.value;
  if (title && !protocol.heading && !context.typed.startsWith('##')) {
    result.push(entry(`# ${title}`, 'topic', context.range, { detail: say(language, 'completion.topic'), sortText: '0' }));
  }
  if (/^# /u.test(context.typed)) return result;
  const headingsOf = CANONICAL_HEADINGS[protocol.language ?? plan?.language ?? language];
  const present = new Set(protocol.sections.map((s) => s.kind));
  SECTION_ORDER.filter((kind) => !present.has(kind)).forEach((kind, i) => {
    result.push(entry(`## ${headingsOf[kind]}`, 'section', context.range, { detail: say(language, 'completion.section'), sortText: `1${i}` }));
  });
  return result;
}

/** The known keys not yet written, as `key: `. */
function fieldKeys(input: CompletionInput, context: Extract<CompletionContext, { kind: 'fieldKey' }>): CompletionEntry[] {
  return KNOWN_FIELDS.filter((key) => !context.presentKeys.has(key)).map((key, i) =>
    entry(key, 'field', context.range, {
      newText: context.colonFollows ? key : `${key}: `,
      detail: say(input.language, `completion.field.${key}` as EditingTextKey),
      sortText: String(i).padStart(2, '0'),
    }),
  );
}

function fieldValues(input: CompletionInput, context: Extract<CompletionContext, { kind: 'fieldValue' }>): CompletionEntry[] {
  const { plan, protocol, language } = input;
  const quote = /^["']/u.exec(context.typed)?.[0];
  const value = (label: string, detail?: string, description?: string): CompletionEntry => {
    const written = quote ? `${quote}${label}${quote}` : yamlScalar(label);
    return entry(label, 'value', context.range, { newText: context.pad + written, filterText: quote ? written : label, detail, description });
  };
  switch (context.key) {
    case 'day':
      return (plan?.days ?? []).map((d) => value(String(d.day), d.date ? inDateStyle(d.date, 'german') : undefined));
    case 'date':
      return (plan?.days ?? []).flatMap((d) => (d.date ? [value(d.date, say(language, 'completion.day', { day: d.day }))] : []));
    case 'slot':
    case 'room':
      return eventValues(input, context.key).map(([v, detail]) => value(v, detail));
    case 'host':
    case 'documenter':
      return peopleOf(input).map((p) => value(p.name, undefined, p.org));
    case 'participants':
      return protocol.participants.length > 0 ? [value(String(protocol.participants.length), say(language, 'completion.participantsListed', { count: protocol.participants.length }))] : [];
    case 'title':
      return protocol.heading ? [value(protocol.heading.value)] : [];
    case 'status':
      // In the protocol's language: a German protocol says `geprüft`.
      return Object.values(STATUS_WORDS[protocol.language ?? plan?.language ?? language]).map((word) => value(word));
    case 'actionField':
      return (plan?.actionFields ?? []).map((f) => value(f.id, undefined, f.title));
    default:
      return [];
  }
}

/**
 * Rooms or slots: the plan's, in its order. Only without a plan list, those other sessions use, with how
 * often: a value the plan does not know would be born with unknown-room (another session's typo, say).
 */
function eventValues(input: CompletionInput, key: 'room' | 'slot'): Array<[string, string]> {
  const fromPlan = (key === 'room' ? input.plan?.rooms : input.plan?.slots) ?? [];
  const planned: Array<[string, string]> = fromPlan.map((v) => [v, say(input.language, 'completion.planValue')]);
  if (planned.length > 0) return planned;
  const used = countBy(input.others.map((s) => s[key]));
  return [...used].map(([v, count]) => [v, say(input.language, 'completion.usedValue', { count })]);
}

/** The event's tags not yet in this protocol, most used first. */
function tags(input: CompletionInput, context: Extract<CompletionContext, { kind: 'tag' }>): CompletionEntry[] {
  const present = new Set(input.protocol.meta.tags.map((t) => t.value));
  const used = [...countBy(input.others.flatMap((s) => s.tags))].filter(([t]) => !present.has(t)).sort((a, b) => b[1] - a[1]);
  return used.map(([tag, count], i) =>
    entry(tag, 'value', context.range, {
      newText: context.pad + (context.inList ? yamlFlowItem(tag) : yamlScalar(tag)),
      filterText: tag,
      detail: say(input.language, 'completion.usedValue', { count }),
      sortText: String(i).padStart(4, '0'),
    }),
  );
}

interface Candidate {
  handle: string;
  name: string;
  org?: string;
  inSession: boolean;
}

/** The session's own people first, then everyone else barcamp.json lists; one entry per handle. */
function peopleOf(input: CompletionInput): Candidate[] {
  const { protocol, plan } = input;
  const planPeople = plan?.people ?? [];
  const byKey = new Map<string, Candidate>();
  const sessionNames = [protocol.meta.host?.value, protocol.meta.documenter?.value, ...protocol.participants.map((p) => p.name)];
  const orgs = new Map(protocol.participants.map((p) => [slugify(p.name), p.org]));
  for (const name of sessionNames) {
    const key = slugify(name ?? '');
    const person = planPeople.find((p) => slugify(p.id) === key || slugify(p.name) === key);
    const handle = person?.id ?? key;
    if (!key || byKey.has(handle)) continue;
    const org = person?.org ?? orgs.get(key);
    byKey.set(handle, { handle, name: person?.name ?? String(name), ...(org ? { org } : {}), inSession: true });
  }
  for (const p of planPeople) {
    if (!byKey.has(p.id)) byKey.set(p.id, { handle: p.id, name: p.name, ...(p.org ? { org: p.org } : {}), inSession: false });
  }
  return [...byKey.values()];
}

/** `@handle` for every candidate; the edit replaces the `@` and whatever of the handle is typed. */
function owners(input: CompletionInput, range: Range): CompletionEntry[] {
  return peopleOf(input).map((p, i) =>
    entry(`@${p.handle}`, 'person', range, {
      detail: ` ${p.name}`,
      description: p.inSession ? [p.org, say(input.language, 'completion.personInSession')].filter(Boolean).join(' · ') : p.org,
      sortText: `${p.inSession ? 0 : 1}${String(i).padStart(4, '0')}`,
    }),
  );
}

const REASON_KEYS = { week: 'completion.date.week', twoWeeks: 'completion.date.twoWeeks', endOfMonth: 'completion.date.endOfMonth', eventDay: 'completion.date.eventDay' } as const;

/** Dates in the protocol's own date style. */
function dueDates(input: CompletionInput, range: Range): CompletionEntry[] {
  const style = dateStyleOf(input.protocol, input.protocol.language ?? input.plan?.language ?? input.language);
  return dueDateSuggestions(input.today, input.plan).map((s, i) => {
    const date = inDateStyle(s.iso, style);
    return entry(date, 'date', range, { detail: ` ${say(input.language, REASON_KEYS[s.reason], { day: s.day ?? '' })}`, sortText: String(i).padStart(2, '0') });
  });
}

function entry(label: string, kind: CompletionEntry['kind'], range: Range, extra: Partial<Omit<CompletionEntry, 'label' | 'kind' | 'edit'>> & { newText?: string } = {}): CompletionEntry {
  const { newText, ...rest } = extra;
  const edit: TextEdit = { range, newText: newText ?? label };
  const result: CompletionEntry = { label, kind, edit };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) (result as unknown as Record<string, unknown>)[key] = value;
  return result;
}

function countBy(values: ReadonlyArray<string | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
