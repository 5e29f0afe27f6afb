// Quick fixes that rewrite a value in place: did-you-mean replacements, title vs heading, removing a field, the participant count.
import type { Diagnostic } from '../../model';
import { foldName } from '../../diagnostics';
import { requoteLike } from '../../text';
import { deleteLines, localFix, textAt, type Fix, type FixContext } from './context';

/**
 * unknown-person, unknown-room, unknown-slot, unknown-action-field, unknown-field: replace the range with the diagnostic's
 * suggestion. Frontmatter values keep their quotes. Safe for "fix all" when only case or spacing
 * differ (`elbe` → `Elbe`), and for a field name whose intended field is not there yet.
 */
export function fixDidYouMean(d: Diagnostic, ctx: FixContext): Fix[] {
  const suggestion = d.suggestion;
  if (suggestion === undefined) return [];
  const written = textAt(ctx, d.range);
  switch (d.code) {
    case 'unknown-person':
      return [localFix(ctx, ctx.t('action.replaceHandle', { suggestion }), [{ range: d.range, newText: suggestion }], { preferred: true })];
    case 'unknown-room':
    case 'unknown-slot':
    case 'unknown-action-field': {
      const safe = foldName(unquote(written)) === foldName(suggestion);
      const newText = requoteLike(written, suggestion);
      return [localFix(ctx, ctx.t('action.replace', { suggestion }), [{ range: d.range, newText }], { preferred: true, safe })];
    }
    case 'unknown-field': {
      // Renaming onto a key that is already there would only trade this finding for a YAML duplicate-key error.
      if (ctx.protocol.frontmatter?.fields.some((f) => f.key === suggestion)) return [];
      return [localFix(ctx, ctx.t('action.replace', { suggestion }), [{ range: d.range, newText: suggestion }], { preferred: true, safe: true })];
    }
    default:
      return [];
  }
}

/** unknown-field: deleting the field's lines (a single-line or block value alike). */
export function fixRemoveField(d: Diagnostic, ctx: FixContext): Fix[] {
  const field = ctx.protocol.frontmatter?.fields.find((f) => f.keyRange.start.line === d.range.start.line && f.keyRange.start.character === d.range.start.character);
  if (!field) return [];
  const last = Math.max(field.keyRange.end.line, field.valueRange.end.line);
  return [localFix(ctx, ctx.t('action.removeField', { key: field.key }), [deleteLines(ctx, field.keyRange.start.line, last)])];
}

/** empty-section: the heading goes (nothing below it is lost: there is nothing). Not part of "fix all": maybe it was to be filled. */
export function fixEmptySection(d: Diagnostic, ctx: FixContext): Fix[] {
  const section = ctx.protocol.sections.find((s) => s.headingRange.start.line === d.range.start.line && s.markdown.trim() === '');
  if (!section) return [];
  return [localFix(ctx, ctx.t('action.removeEmptySection', { heading: section.heading }), [deleteLines(ctx, section.headingRange.start.line, section.headingRange.end.line)])];
}

/** topic-mismatch: the title as heading (its suggestion), or the heading as title. */
export function fixTopicMismatch(d: Diagnostic, ctx: FixContext): Fix[] {
  const { title } = ctx.protocol.meta;
  const heading = ctx.protocol.heading;
  const fixes: Fix[] = [];
  if (d.suggestion !== undefined) {
    fixes.push(localFix(ctx, ctx.t('action.useTitle', { title: d.suggestion }), [{ range: d.range, newText: d.suggestion }], { preferred: true }));
  }
  if (title && heading) {
    const newText = requoteLike(textAt(ctx, title.range), heading.value);
    fixes.push(localFix(ctx, ctx.t('action.useHeading', { heading: heading.value }), [{ range: title.range, newText }]));
  }
  return fixes;
}

/** participant-count-mismatch: the count set to the number of names listed. */
export function fixParticipantCount(d: Diagnostic, ctx: FixContext): Fix[] {
  const count = ctx.protocol.participants.length;
  return [localFix(ctx, ctx.t('action.setCount', { count }), [{ range: d.range, newText: String(count) }], { preferred: true })];
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/su.test(t) ? t.slice(1, -1) : t;
}

/** misspelled-section: the heading's words become the keyword it is read as (safe: the section is read so already). */
export function fixMisspelledSection(d: Diagnostic, ctx: FixContext): Fix[] {
  return suggestionFix(d, ctx, true);
}

/** due-before-event: the same day in the event's year (a guess, so not part of "fix all"). */
export function fixDueBeforeEvent(d: Diagnostic, ctx: FixContext): Fix[] {
  return suggestionFix(d, ctx, false);
}

/** invalid-field-value: the number the value was read as (`ca. 100` → 100; drops the "about", so not part of "fix all"). */
export function fixInvalidFieldValue(d: Diagnostic, ctx: FixContext): Fix[] {
  return suggestionFix(d, ctx, false);
}

function suggestionFix(d: Diagnostic, ctx: FixContext, safe: boolean): Fix[] {
  const suggestion = d.suggestion;
  if (suggestion === undefined) return [];
  return [localFix(ctx, ctx.t('action.replace', { suggestion }), [{ range: d.range, newText: suggestion }], { preferred: true, safe })];
}
