// The editor features of the core (completion, hover, code actions, people navigation, rename, links, tokens), re-exported for core/index.ts.
export * from './editing';
export { complete, type CompletionInput } from './completion';
export { hover, type HoverInput } from './hover';
export { quickFixes, fixAll, needsPlanText, statusActions, STATUS_ACTION_KIND, type CodeActionInput } from './codeActions';
export { currentStatus, reviewStatusEdits, statusLanguage, type StatusLanguageInput } from './reviewStatus';
export { personTarget, personReferences, personDefinition, type PersonTarget, type PlanSource, type SessionTexts } from './navigation';
export { sessionsMentioning } from '../event';
export { prepareRename, renamePerson, type RenameCheck, type RenameInput, type RenameResult } from './rename';
export { documentLinks } from './links';
export { personTokens } from './semanticTokens';
export { say, type EditingTextKey } from './editingTexts';
export { EDITING_TEXTS } from './editingTexts';
export { appendToPlanList, findPlanPersonEntry, nameFromHandle, renamePersonInPlan } from './planEdits';
