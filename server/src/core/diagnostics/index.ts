// The door of core/diagnostics: what the rest of the code may use of it.
export { formatMessage, MESSAGE_TABLES, resolveLanguage, type MessageSource } from './messages';
export { RULE_HELP, ruleHelp } from './ruleHelp';
export { RULE_TITLES, ruleTitle } from './ruleTitles';
export { isAbsoluteUrl, RULE_DOCS_PATH, ruleDocPage, ruleDocPages, ruleDocUrl } from './ruleDocs';
export { foldName } from './rules/rule';
export { type ContextOptions, folderOf, SessionIndex } from './sessionIndex';
export { DEFAULT_SEVERITIES, normalizeRuleSetting, resolveSeverity } from './severity';
export { crossFileProblems, type LocalContext, localProblems, rateProblems, toDiagnostics, validateSession, type ValidationContext } from './validate';
export { imageProblems, type ImageState } from './images';
