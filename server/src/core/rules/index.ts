// The rule registry: exactly one rule per diagnostic code the parser does not report itself.
import { duplicateSection } from './duplicateSection';
import { missingFindings } from './findings';
import { participantCountMismatch, unknownField } from './frontmatter';
import { missingNextSteps, nextStepWithoutDueDate, nextStepWithoutOwner } from './nextSteps';
import { unknownPerson } from './people';
import { unknownDay, unknownRoom, unknownSlot } from './planValues';
import { roomSlotConflict } from './roomSlotConflict';
import type { Rule, RuleCode } from './rule';
import { missingTopic, topicMismatch } from './topic';

export type { ParserCode, Rule, RuleCode, ValidationContext } from './rule';

/**
 * Every rule by the code it reports. Keyed by code (not a list) so the compiler notices a code
 * without a rule, and so validation can skip a rule whose code is switched off.
 */
export const RULES: Readonly<Record<RuleCode, Rule>> = {
  'missing-topic': missingTopic,
  'topic-mismatch': topicMismatch,
  'missing-findings': missingFindings,
  'missing-next-steps': missingNextSteps,
  'next-step-without-owner': nextStepWithoutOwner,
  'next-step-without-due-date': nextStepWithoutDueDate,
  'unknown-person': unknownPerson,
  'unknown-room': unknownRoom,
  'unknown-slot': unknownSlot,
  'unknown-day': unknownDay,
  'room-slot-conflict': roomSlotConflict,
  'duplicate-section': duplicateSection,
  'unknown-field': unknownField,
  'participant-count-mismatch': participantCountMismatch,
};
