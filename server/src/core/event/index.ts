// The door of core/event: what the rest of the code may use of it.
export { dateStyleOf, dueDateSuggestions, inDateStyle, likeWritten } from './dueDates';
export { type EventPlanResult, MAX_FILE_SIZE_MB, parseEventPlan, planProblems } from './eventPlan';
export { nearestEventPlan } from './eventScope';
export { ASSETS_FOLDER, imageTarget, type ImageRefusal, type ImageTarget } from './images';
export { findPlanPerson, identify, knownKeys, mentionRange, mentionsOf, namedPeople, type NamedPerson, personAt, type PersonIdentity, type SessionMention, sessionsMentioning } from './people';
