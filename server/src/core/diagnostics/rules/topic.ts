// Rules about the session's topic: there must be one, and title and `#` heading must agree.
import { firstLine, foldName, problem, type Rule } from './rule';

/** missing-topic: neither a frontmatter `title` nor a `#` heading names the session. */
export const missingTopic: Rule = (protocol) => (protocol.topic ? [] : [problem('missing-topic', firstLine(protocol))]);

/**
 * topic-mismatch: frontmatter `title` and `#` heading both exist and say different things.
 * Case and whitespace are ignored on purpose: "Datenschutz als Bremse?" vs "Datenschutz als bremse?"
 * is a matter of style, not a second topic, and flagging it would only teach people to ignore the rule.
 */
export const topicMismatch: Rule = (protocol) => {
  const { title } = protocol.meta;
  const heading = protocol.heading;
  if (!title || !heading || foldName(title.value) === foldName(heading.value)) return [];
  const args = { title: title.value.trim(), heading: heading.value.trim() };
  // The heading's range covers its text only (not `# `), so the title can replace it as a quick fix.
  return [problem('topic-mismatch', heading.range, args, { suggestion: args.title, related: [{ uri: protocol.uri, range: title.range }] })];
};
