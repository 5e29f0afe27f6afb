// The façade of the pure core: adapters (LSP server, CLI, tests) import the core only from here.
export * from './model';
export { parseSession, parseSessionTree, summarizeText, type ParsedSession } from './parse';
export { PieceCache } from './pieceCache';
export { indexTexts } from './indexTexts';
export { parseEventPlan, type EventPlanResult } from './eventPlan';
export { nearestEventPlan } from './eventScope';
export { validateSession, localProblems, crossFileProblems, toDiagnostics, type LocalContext, type ValidationContext } from './validate';
export { formatMessage, resolveLanguage } from './messages';
export { outline, foldingRanges } from './outline';
export { sessionFacts, summarize, searchSessions } from './summary';
export { slugify } from './text';
export { SessionIndex, folderOf, type ContextOptions } from './sessionIndex';
export { decodeText, type DecodedText } from './decode';
export { DEFAULT_SEVERITIES, resolveSeverity } from './severity';
export * from './eventReport';
export * from './intelligence';
export * from './organizer';
