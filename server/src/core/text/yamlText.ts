// Writing values into the frontmatter: quote a value only when plain YAML would misread it, keep the user's quotes.
import { parse } from 'yaml';

/**
 * `value` as a YAML scalar for `key: value`: plain when the `yaml` library (the parser that reads the
 * frontmatter) reads it back as the same text, else in double quotes (a JSON string is valid YAML, line
 * breaks escaped). So `10.30` (a number to YAML), `true`, `- a` or a value over two lines get quotes.
 * Times are always quoted (`"10:30"`), as docs/markup.md recommends.
 */
export function yamlScalar(value: string): string {
  return value !== '' && !/[\r\n:]/u.test(value) && readsBackAs(value) ? value : JSON.stringify(value);
}

function readsBackAs(value: string): boolean {
  try {
    // `logLevel: 'error'`: a value that reads as a tag (`!x`) would otherwise print a YAMLWarning on stderr.
    return parse(value, { logLevel: 'error' }) === value;
  } catch {
    return false;
  }
}

/** `value` as an element of a flow list `[a, b]`, where commas and brackets also need quotes. */
export function yamlFlowItem(value: string): string {
  return /[,[\]{}]/u.test(value) ? JSON.stringify(value) : yamlScalar(value);
}

/**
 * `value` written the way `original` was: in the same quotes when it was quoted (`"10.30"` → `"10:30"`),
 * else as {@link yamlScalar} decides.
 */
export function requoteLike(original: string, value: string): string {
  const quote = original.trim()[0];
  if (quote === '"') return JSON.stringify(value);
  if (quote === "'") return `'${value.replace(/'/gu, "''")}'`;
  return yamlScalar(value);
}
