// Semantic highlighting of people: every owner, participant, host and documenter, marked `unknown` when the event does not know them.
import type { SemanticToken } from './editing';
import type { EventPlan, SessionProtocol } from '../model';
import { knownKeys, namedPeople } from '../event';

/**
 * One `person` token per mention (owners with their `@`), in document order. The `unknown` modifier
 * follows the unknown-person rule's reference: barcamp.json's people when it lists any, else the
 * session's own people; with no reference at all nobody is marked unknown. The grammar cannot tell
 * these apart, and a participant not in barcamp.json gets no diagnostic, so this is the only hint.
 */
export function personTokens(protocol: SessionProtocol, text: string, plan: EventPlan | undefined): SemanticToken[] {
  const known = knownKeys(protocol, plan);
  return namedPeople(protocol, text)
    .filter((p) => p.range.start.line === p.range.end.line)
    .map((p): SemanticToken => {
      const start = p.role === 'owner' ? p.range.start.character - 1 : p.range.start.character;
      const modifiers: SemanticToken['modifiers'] = known && !known.has(p.key) ? ['unknown'] : [];
      return { line: p.range.start.line, character: start, length: p.range.end.character - start, type: 'person', modifiers };
    })
    .sort((a, b) => a.line - b.line || a.character - b.character);
}
