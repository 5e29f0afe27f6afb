// The rule registry: exactly one rule per diagnostic code the parser does not report itself.
import { actionFieldWithoutActive, unknownActionField } from './actionFields';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { missingFindings } from './findings';
import { participantCountMismatch, unknownField } from './frontmatter';
import { dueBeforeEvent, missingNextSteps, nextStepWithoutDueDate, nextStepWithoutOwner } from './nextSteps';
import { unknownParticipant, unknownPerson } from './people';
import { unknownDay, unknownRoom, unknownSlot } from './planValues';
import { roomSlotConflict } from './roomSlotConflict';
import type { CrossFileCode, CrossFileRule, LocalRuleCode, Rule } from './rule';
import { missingTopic, topicMismatch } from './topic';

export type { CrossFileCode, CrossFileRule, LocalContext, LocalRuleCode, ParserCode, Rule, RuleCode, ValidationContext } from './rule';

/**
 * Every rule about one session by the code it reports. Keyed by code (not a list) so the compiler
 * notices a code without a rule, and so validation can skip a rule whose code is switched off.
 */
export const RULES: Readonly<Record<LocalRuleCode, Rule>> = {
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
  'duplicate-section': duplicateSection,
  'empty-section': emptySection,
  'unknown-field': unknownField,
  'participant-count-mismatch': participantCountMismatch,
  'due-before-event': dueBeforeEvent,
  'unknown-action-field': unknownActionField,
  'action-field-without-active': actionFieldWithoutActive,
  'unknown-participant': unknownParticipant,
};

/** Every rule that compares a session with the others of its event, by code. */
export const CROSS_FILE_RULES: Readonly<Record<CrossFileCode, CrossFileRule>> = {
  'room-slot-conflict': roomSlotConflict,
};
