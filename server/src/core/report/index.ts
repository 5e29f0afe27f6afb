// The door of core/report: sessions → event report (plain, language-neutral data) → one renderer per format.
export { aggregateEvent, reportLanguage, sessionIds, type AggregateInput, type LanguageSource } from './aggregate';
export { prepareSession, referenceDate, toReportSession, fileStem, relativeFile, withoutStepMeta, nameAndOrg, splitNames, type PreparedSession, type SessionInput } from './reportSession';
export { isPublished, publishLevel } from './audience';
export {
  renderAll,
  renderDocuments,
  internalFolderOf,
  parseFormats,
  outputFolderOf,
  DOCX_MAX_SESSIONS,
  EXPORT_FORMATS,
  EXPORT_FILE_NAMES,
  ORGANIZER_FILE_NAMES,
  DEFAULT_OUTPUT_FOLDER,
  type ExportFormat,
  type OutputFile,
} from './export';
export { renderDocx } from './export/docx';
export { DOCX_MARKER_PART, isGeneratedDocx } from './export/docxPackage';
export { isGenerated, GENERATED_MARKER, MARKER_HEAD_LENGTH } from './generatedMarker';
export { readEventNotes } from './eventNotes';
export { prepareRendered } from './export/renderAhead';
export type * from './reportModel';
export { csvCell, renderCsv } from './export/csv';
export { renderHtml, renderSessionHtml } from './export/html';
export { previewSession, type SessionPreview } from './sessionPreview';
export { renderJson } from './export/json';
export { renderMarkdown } from './export/markdown';
export { inlineMarkdownToHtml, markdownToHtml } from './export/markdownHtml';
export { neutralizeMarkdown } from './export/neutralizeMarkdown';
export { escapeHtml, isPlainLine, markdownTree, safeUrl } from './export/safeMarkdown';
export { compareText, scheduleOrder } from './reportIndexes';
export { formatDate, reportTexts } from './reportTexts';
