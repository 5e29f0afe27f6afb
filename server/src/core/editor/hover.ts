// Hover: a person's card (name, organisation, sessions, open next steps), what else runs in a room or slot, how to fix a finding.
import { inDateStyle } from '../event';
import { touches, type HoverResult } from './editing';
import { say } from './editingTexts';
import type { Diagnostic, EventPlan, Language, Position, Range, SessionProtocol, SessionSummary } from '../model';
import { identify, mentionsOf, personAt, type NamedPerson } from '../event';
import { ruleHelp, ruleTitle } from '../diagnostics';
import { foldName } from '../diagnostics';
import { collapseWhitespace, slugify } from '../text';

export interface HoverInput {
  protocol: SessionProtocol;
  text: string;
  position: Position;
  plan?: EventPlan;
  /** Every session of the event, this one included. */
  sessions: readonly SessionSummary[];
  /** This document's findings, for the explanation of the check under the cursor. */
  diagnostics: readonly Diagnostic[];
  language: Language;
}

/** The hover at the input's position, or undefined when there is nothing to say. */
export function hover(input: HoverInput): HoverResult | undefined {
  const parts: string[] = [];
  let range: Range | undefined;
  const person = personAt(input.protocol, input.text, input.position);
  if (person) {
    parts.push(personCard(input, person));
    range = person.range;
  }
  const { room, slot } = input.protocol.meta;
  if (room && touches(room.range, input.position)) {
    parts.push(roomCard(input, room.value));
    range = room.range;
  } else if (slot && touches(slot.range, input.position)) {
    parts.push(slotCard(input, slot.value));
    range = slot.range;
  }
  for (const d of input.diagnostics.filter((d) => touches(d.range, input.position))) {
    const help = ruleHelp(d.code, input.language);
    const title = ruleTitle(d.code, input.language);
    parts.push(
      `${say(input.language, 'hover.rule', { title, code: d.code, when: help.when })}\n\n${say(input.language, 'hover.fix', { fix: withSuggestion(help.fix, d.suggestion, input.language) })}`,
    );
    range ??= d.range;
  }
  return parts.length > 0 ? { markdown: parts.join('\n\n---\n\n'), ...(range ? { range } : {}) } : undefined;
}

/** Name, handle and organisation; the sessions naming the person with their roles; their open next steps. */
function personCard(input: HoverInput, named: NamedPerson): string {
  const { language, sessions } = input;
  const identity = identify(named.key, input.plan);
  const mentions = mentionsOf(identity, sessions);
  const name = identity.person?.name ?? mentions.find((m) => m.mention.role !== 'owner')?.mention.text ?? named.text;
  const handle = identity.person?.id ?? slugify(name);
  const head = [`**${md(name)}**`, `\`@${handle}\``, identity.person?.org ? md(identity.person.org) : undefined].filter(Boolean).join(' · ');
  const lines = [head];
  if (!identity.person && (input.plan?.people.length ?? 0) > 0) lines.push(`_${say(language, 'hover.notInPlan')}_`);
  const byUri = new Map<string, Set<string>>();
  for (const { uri, mention } of mentions) {
    const roles = byUri.get(uri) ?? new Set<string>();
    roles.add(say(language, `hover.role.${mention.role}`));
    byUri.set(uri, roles);
  }
  lines.push('', `**${say(language, 'hover.sessions')}**`);
  if (byUri.size === 0) lines.push(say(language, 'hover.noSessions'));
  for (const [uri, roles] of byUri)
    lines.push(
      `- ${md(
        topicOf(
          sessions.find((s) => s.uri === uri),
          language,
        ),
      )} — ${[...roles].join(', ')}`,
    );
  const steps = sessions.flatMap((s) => s.nextSteps.filter((step) => !step.done && step.owners.some((o) => identity.keys.has(slugify(o)))).map((step) => ({ session: s, step })));
  lines.push('', `**${say(language, 'hover.openSteps')}**`);
  if (steps.length === 0) lines.push(say(language, 'hover.noOpenSteps'));
  for (const { session, step } of steps) {
    const due = step.due ? ` — ${say(language, 'hover.due', { date: inDateStyle(step.due, language === 'de' ? 'german' : 'iso') })}` : '';
    lines.push(`- ${md(stepTitle(step.text))}${due} · _${md(topicOf(session, language))}_`);
  }
  return lines.join('\n');
}

/** The other sessions in the same room, by day and slot. */
function roomCard(input: HoverInput, room: string): string {
  const others = othersWhere(input, (s) => s.room !== undefined && foldName(s.room) === foldName(room)).sort(byDayAndSlot);
  const lines = [`**${md(say(input.language, 'hover.room', { room }))}**`, ''];
  if (others.length === 0) lines.push(say(input.language, 'hover.room.none'));
  else lines.push(say(input.language, 'hover.room.others'), ...others.map((s) => `- ${whenOf(s, input.language)} — ${md(topicOf(s, input.language))}`));
  return lines.join('\n');
}

/** The other sessions in the same slot on the same day, with their rooms. */
function slotCard(input: HoverInput, slot: string): string {
  const { day, date } = input.protocol.meta;
  const sameDay = (s: SessionSummary) => (day && s.day !== undefined ? s.day === day.value : date && s.date !== undefined ? s.date === date.value : true);
  const others = othersWhere(input, (s) => s.slot !== undefined && foldName(s.slot) === foldName(slot) && sameDay(s));
  const lines = [`**${md(say(input.language, 'hover.slot', { slot }))}**`, ''];
  if (others.length === 0) lines.push(say(input.language, 'hover.slot.none'));
  else lines.push(say(input.language, 'hover.slot.others'), ...others.map((s) => `- ${md(s.room ?? '?')} — ${md(topicOf(s, input.language))}`));
  return lines.join('\n');
}

function othersWhere(input: HoverInput, keep: (s: SessionSummary) => boolean): SessionSummary[] {
  return input.sessions.filter((s) => s.uri !== input.protocol.uri && keep(s));
}

function whenOf(s: SessionSummary, language: Language): string {
  const day = s.day !== undefined ? say(language, 'hover.day', { day: s.day }) : s.date ? inDateStyle(s.date, language === 'de' ? 'german' : 'iso') : undefined;
  return [day, s.slot].filter(Boolean).join(', ') || '?';
}

function byDayAndSlot(a: SessionSummary, b: SessionSummary): number {
  const key = (s: SessionSummary) => `${String(s.day ?? 99).padStart(3, '0')}|${s.date ?? ''}|${s.slot ?? ''}`;
  return key(a).localeCompare(key(b));
}

function topicOf(summary: SessionSummary | undefined, language: Language): string {
  return summary?.topic ?? say(language, 'hover.untitled');
}

/** A step's text without its owners and due date, which the card shows on its own. */
function stepTitle(text: string): string {
  const stripped = text
    .replace(/(?<![\p{L}\p{N}\p{M}_.+\-@/])@[\p{L}\p{N}\p{M}_.-]+/gu, '')
    .replace(/(?<![\p{L}\p{N}_])(?:bis|due|until)[ \t]*:?[ \t]*(?:zum[ \t]+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})|\u{1F4C5}[ \t]*\d{4}-\d{2}-\d{2}/giu, '');
  return collapseWhitespace(stripped) || text;
}

/** Escapes the characters that would turn a topic or name into Markdown markup. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/gu, (ch) => `\\${ch}`);
}

/** "(siehe Vorschlag)" / "(see suggestion)" names the suggestion itself, and goes when there is none. */
function withSuggestion(fix: string, suggestion: string | undefined, language: Language): string {
  const see = language === 'de' ? ' (siehe Vorschlag)' : ' (see suggestion)';
  if (!fix.includes(see)) return fix;
  return fix.replace(see, suggestion ? (language === 'de' ? ` („${suggestion}“)` : ` ("${suggestion}")`) : '');
}
