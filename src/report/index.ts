// The report formats `termlint check --format <name>` knows. Adding a format is one line here
// plus its module.
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, ReportInput } from './types.js';
export { summarise, type Summary } from './summary.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};

/** The formatter for a --format name, or null when there is none (a usage error for the caller). */
export function getFormatter(name: string): Formatter | null {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : null;
}

/** Known format names, for help text and "did you mean" messages. */
export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
