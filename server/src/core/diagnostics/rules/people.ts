// Rule unknown-person: an @owner who is not a known person of the event (or, without a barcamp.json, of the session).
import type { Owner, Range, SessionProtocol } from '../../model';
import { closestMatch } from '../../text';
import { slugify } from '../../text';
import { problem, type LocalContext, type Rule } from './rule';

/** Who counts as known, and where that list came from (it decides the message). */
interface KnownPeople {
  source: 'plan' | 'session';
  /** Comparison keys (slugs) of everyone known. */
  keys: Set<string>;
  /** Handles to suggest, in the order people are listed. */
  handles: string[];
}

/**
 * unknown-person: with a barcamp.json that lists `people`, an owner must match a person's `id` or the
 * slug of their `name`. Without one, the session's own participants (plus host and documenter) are
 * the reference — but only when it lists participants; otherwise there is nobody to compare against.
 */
export const unknownPerson: Rule = (protocol, ctx) => {
  const known = knownPeople(protocol, ctx);
  if (!known) return [];
  const variant = known.source;
  return protocol.nextSteps
    .flatMap((step) => step.owners)
    .filter((owner) => !known.keys.has(slugify(owner.handle)))
    .map((owner) =>
      problem(
        'unknown-person',
        handleRange(owner),
        { handle: owner.handle, variant },
        {
          suggestion: closestMatch(owner.handle, known.handles),
        },
      ),
    );
};

/** The reference list of people, or undefined when there is none to check against. */
function knownPeople(protocol: SessionProtocol, ctx: LocalContext): KnownPeople | undefined {
  const people = ctx.plan?.people ?? [];
  if (people.length > 0) {
    const handles = people.map((p) => p.id || slugify(p.name));
    const keys = people.flatMap((p) => [slugify(p.id ?? ''), slugify(p.name ?? '')]);
    return { source: 'plan', keys: new Set(keys.filter(Boolean)), handles };
  }
  if (protocol.participants.length === 0) return undefined;
  const names = [...protocol.participants.map((p) => p.name), protocol.meta.host?.value, protocol.meta.documenter?.value];
  const handles = names.map((n) => slugify(String(n ?? '').replace(/^@/u, ''))).filter(Boolean);
  return { source: 'session', keys: new Set(handles), handles };
}

/**
 * The handle without its `@`: the suggestion replaces exactly this range, so a quick fix
 * can apply `suggestion` as the new text without knowing about the `@`.
 */
function handleRange(owner: Owner): Range {
  const { start, end } = owner.range;
  const startsWithAt = end.line === start.line && end.character > start.character;
  return startsWithAt ? { start: { line: start.line, character: start.character + 1 }, end } : owner.range;
}

/**
 * unknown-participant (information): with a barcamp.json that lists people, a person listed under
 * Teilnehmende, Aktive or Interessenten whom the plan does not know (by the slug of the name or id). The
 * plan is where consent and the organisation are kept, so the fix adds them there.
 */
export const unknownParticipant: Rule = (protocol, ctx) => {
  const people = ctx.plan?.people ?? [];
  if (people.length === 0) return [];
  const keys = new Set(people.flatMap((p) => [slugify(p.id), slugify(p.name)]).filter(Boolean));
  return [...protocol.participants, ...protocol.active, ...protocol.interested]
    .filter((p) => {
      const key = slugify(p.name.replace(/^@/u, ''));
      return key !== '' && !keys.has(key);
    })
    .map((p) => problem('unknown-participant', p.range, p.org ? { name: p.name.trim(), org: p.org } : { name: p.name.trim() }));
};
