// What can be wrong with a command line: a key the CLI's messages word in the user's language, and the value at fault.

export interface UsageProblem {
  key:
    | 'unknownCommand'
    | 'unknownOption'
    | 'badFormat'
    | 'badLanguage'
    | 'noPaths'
    | 'noFolder'
    | 'tooManyFolders'
    | 'missingValue'
    | 'badExportFormat'
    | 'badDate'
    | 'badStatus'
    | 'badMaxWarnings'
    | 'fixTogether';
  value?: string;
}
