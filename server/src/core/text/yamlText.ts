// Writing values into the frontmatter: quote a value only when plain YAML would misread it, keep the user's quotes.

/** Characters that change the meaning of a plain YAML scalar when it starts with them. */
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`]/u;

/**
 * `value` as a YAML scalar for `key: value`: plain when YAML reads it back as the same text, else in
 * double quotes. Times are always quoted (`"10:30"`), as docs/markup.md recommends.
 */
export function yamlScalar(value: string): string {
  const plain = value !== '' && value === value.trim() && !SPECIAL_START.test(value) && !value.includes(':') && !value.includes(' #') && !/^(?:true|false|null|yes|no|on|off|~)$/iu.test(value);
  return plain ? value : JSON.stringify(value);
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
