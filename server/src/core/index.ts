// The façade of the pure core: adapters (LSP server, CLI, tests) import the core only from here.
export * from './model';
export { parseSettingsFor, limitedSession, parseSession, parseSessionTree, type LimitExceeded, type ParsedSession, type ParseLimits, type ParseSettings } from './syntax';
export { PieceCache } from './syntax';
export { indexTexts } from './organizer';
export { MAX_FILE_SIZE_MB, parseEventPlan, type EventPlanResult } from './event';
export { nearestEventPlan } from './event';
export { validateSession, localProblems, crossFileProblems, rateProblems, toDiagnostics, type LocalContext, type ValidationContext } from './diagnostics';
export { formatMessage, resolveLanguage } from './diagnostics';
export { outline, foldingRanges } from './syntax';
export { sessionFacts, summarize, searchSessions } from './syntax';
export { slugify } from './text';
export { SessionIndex, folderOf, type ContextOptions } from './diagnostics';
export { decodeText, type DecodedText } from './text';
export { DEFAULT_SEVERITIES, resolveSeverity } from './diagnostics';
export * from './report';
export * from './editor';
export * from './organizer';
