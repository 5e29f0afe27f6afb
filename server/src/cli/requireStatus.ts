// `aggregate --require <status>`: the sessions whose review status is below the one required, as the CLI names them.
import { join } from 'node:path';
import { REVIEW_STATUSES, type EventReport, type ReviewStatus } from '../core';
import type { CliTexts } from './messages';
import { displayPath } from './report';

/** The sessions of the organizers' report (every session of the event) below `required`, by file; none without a requirement. */
export function sessionsBelow(report: EventReport, required: ReviewStatus | undefined): Array<{ file: string; status: ReviewStatus }> {
  if (required === undefined) return [];
  const rank = (status: ReviewStatus) => REVIEW_STATUSES.indexOf(status);
  return report.sessions
    .filter((s) => rank(s.status) < rank(required))
    .map(({ file, status }) => ({ file, status }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The lines on stderr: what was required, then each session's path (from the working folder) and its status, in the CLI's language. */
export function belowRequiredLines(below: ReturnType<typeof sessionsBelow>, required: ReviewStatus, folder: string, cwd: string, texts: CliTexts): string[] {
  return [texts.belowRequired(below.length, texts.statusWord(required)), ...below.map((s) => `  ${displayPath(join(folder, ...s.file.split('/')), cwd)}: ${texts.statusWord(s.status)}`)];
}
