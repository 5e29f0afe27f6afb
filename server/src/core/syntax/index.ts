// The door of core/syntax: what the rest of the code may use of it.
export { isComment, listsItems, otherBlocks, plainText } from './items';
export { splitSections } from './toModel';
export { CANONICAL_HEADINGS, KNOWN_FIELDS, matchSectionKeyword, misspelledSectionKeyword } from './keywords';
export { readReviewStatus, STATUS_WORDS } from './reviewStatus';
export { cutPoints, parseMarkdown } from './markdown';
export { foldingRanges, outline } from './outline';
export { parseSession, parseSessionTree, parseSettingsFor, type ParsedSession, type ParseSettings } from './parse';
export { PieceCache } from './pieceCache';
export { searchSessions, sessionFacts, summarize } from './summary';
export { listMarkerEnd, splitLines } from './listMarker';
export { type LimitExceeded, type ParseLimits } from './limits';
export { limitedSession } from './parse';
export { replaceHandles } from './nextSteps';
