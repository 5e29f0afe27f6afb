// The façade of the event documentation (aggregate → render): what adapters import; meant to be re-exported by core/index.ts.
export { referenceDate } from './reportSession';
export { aggregateEvent, prepareSession, reportLanguage, sessionIds, toReportSession, type AggregateInput, type PreparedSession, type SessionInput, type SessionItems } from './aggregate';
export { renderAll, renderAllPieces, type OutputPieces, parseFormats, outputFolderOf, EXPORT_FORMATS, EXPORT_FILE_NAMES, DEFAULT_OUTPUT_FOLDER, type ExportFormat, type OutputFile } from './export';
export { isGenerated, GENERATED_MARKER, MARKER_HEAD_LENGTH } from './generatedMarker';
export { readEventNotes } from './eventNotes';
export type * from './reportModel';
export { prepareRendered } from './export/renderAhead';
export { reportFileOfText, reportProblems, type ReportFile, type ReportFileSetup } from './reportFile';
export { renderSessionParts, type SessionParts } from './export/sessionParts';
export type { Piece, SessionSlot } from './export/pieces';
