// English diagnostic messages: the same findings and arguments as the German table.
import type { MessageTable } from './messageTable';

export const MESSAGES_EN: MessageTable = {
  messages: {
    'missing-topic': 'The session has no topic: add "title:" to the frontmatter or start with a heading "# Topic".',
    'missing-findings': 'No findings: record what the session came up with in a section "## {section}".',
    'missing-findings/empty': 'The section "{heading}" is empty: record what the session came up with.',
    'missing-next-steps': 'No next steps: add a section "## {section}" – or write "{none}" there if nothing was agreed.',
    'missing-next-steps/empty': 'The section "{heading}" is empty: list the agreed steps – or write "{none}" if nothing was agreed.',
    'next-step-without-owner': 'Nobody is responsible for this step: add who takes care of it, e.g. "@first-last".',
    'next-step-without-due-date': 'This step has no due date: add one, e.g. "due YYYY-MM-DD".',
    'invalid-date': 'The date "{date}" does not exist: check day and month.',
    'unknown-person': '@{handle} is not among the participants of this session.',
    'unknown-person/plan': '@{handle} is not listed as a person in barcamp.json.',
    'unknown-room': 'barcamp.json lists no room "{room}" (known: {known}).',
    'unknown-slot': 'barcamp.json lists no slot "{slot}" (known: {known}).',
    'unknown-day': 'barcamp.json lists no day {day} (known: {known}).',
    'unknown-day/date': '{date} is not a day of the event in barcamp.json; the nearest is {nearest} (event days: {known}).',
    'room-slot-conflict': 'Room "{room}" is double-booked in slot "{slot}": "{topic}" takes place there too ({file}).',
    'duplicate-section': 'The section "{heading}" appears twice (first on line {firstLine}): merge the two.',
    'frontmatter-syntax': 'The frontmatter (YAML) is invalid: {message}',
    'frontmatter-syntax/unclosed': 'The frontmatter is not closed: end it with a line "---".',
    'frontmatter-syntax/not-fields': 'The frontmatter must consist of "name: value" fields, e.g. "title: Topic".',
    'unknown-field': 'The field "{key}" is unknown and is ignored.',
    'participant-count-mismatch': '{count} participants are stated, but {listed} are listed: adjust the number.',
    'topic-mismatch': 'The heading "{heading}" differs from the frontmatter title "{title}"; the title is the topic.',
    'too-large': 'This file is too large to check ({size} MB, at most {limit} MB): split the protocol. Until then it is not read.',
    'empty-section': 'Nothing stands under "{heading}": fill in the section or remove the heading.',
    'missing-image': 'The image "{path}" does not exist; the documentation lacks it.',
    'missing-image/unreadable': 'The image "{path}" cannot be read (no regular file, or larger than 16 MB); the documentation lacks it.',
    'missing-image/outside': 'The image "{path}" lies outside the event folder and is not carried into the documentation.',
    'missing-image/type': 'The image "{path}" is no PNG, JPEG, GIF, WebP or AVIF and is not carried into the documentation.',
    'invalid-field-value': '"{value}" is no number for `{field}`; the value is not counted.',
    'invalid-field-value/read': '"{value}" is no number for `{field}`; it is read as {count}.',
    'invalid-field-value/status': '"{value}" is no review status; the session counts as a draft. Possible are `draft`, `reviewed` and `approved`.',
    'due-before-event': 'The due date {due} lies before the first day of the event ({first}) – most likely a slip of the year.',
    'misspelled-section': 'The heading "{heading}" is no known section; it is read as "{keyword}". Write "{keyword}" if that is what it means.',
    'too-complex/nesting':
      'Line {line} nests more than {limit} lists or quotes in each other, which is too costly to check. Flatten the structure – until then only the frontmatter and headings are read.',
    'too-complex/emphasis':
      'The paragraph up to line {line} holds more than {limit} emphasis marks (* or _), which is too costly to check. Simplify it – until then only the frontmatter and headings are read.',
    'too-complex/list-items':
      'The protocol has more than {limit} list items (the last one counted on line {line}), which is too costly to check. Split it – until then only the frontmatter and headings are read.',
    'too-complex/time': 'Checking this protocol took longer than {limit} seconds and was stopped; it is not read. Simplify or split it.',
    'too-complex': 'The protocol is too costly to check (line {line}); only the frontmatter and headings are read.',
  },
  suggestions: {
    // The message already quotes the title, so the quick fix needs no extra sentence.
    'misspelled-section': '',
    'topic-mismatch': '',
    'unknown-day': '',
    'invalid-field-value': '',
    default: 'Did you mean "{suggestion}"?',
    'unknown-person': 'Did you mean @{suggestion}?',
  },
};
