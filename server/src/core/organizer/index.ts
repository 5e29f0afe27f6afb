// The façade of the organizer's views and commands (Sessions view, Next-steps view, New session, check off a step).
export {
  sessionsOverview,
  sessionState,
  dayLabel,
  actionFieldGroups,
  type SessionsOverview,
  type SessionsGrouping,
  type ActionFieldGroup,
  type OverviewSession,
  type OverviewDay,
  type SessionState,
  type CheckedSessionInput,
} from './sessionsOverview';
export { nextStepsOverview, NO_GROUP_KEY, type StepGroup, type OverviewStep, type StepGrouping, type StepsInput } from './nextStepsOverview';
export { stepDoneEdits, type StepChange, type StepEdit } from './stepDone';
export { sessionSkeleton, sessionFileStem, type SessionSkeleton, type SkeletonInput } from './sessionSkeleton';
export { preferredSessionFolder } from './sessionFolder';
export { eventPlanSkeleton, type PlanSkeletonInput } from './eventPlanSkeleton';
export { eventPlanFromForm, eventFormOf, parsePeopleLine, CONSENT_MARKER, type EventForm, type EventFormField, type EventFormProblem, type EventFormResult } from './eventPlanForm';
export { INDEX_TEXTS, indexTexts } from './indexTexts';
export { importPadNotes, type PadImport, type PadImportNote, type PadImportOptions } from './padImport';
