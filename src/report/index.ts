// The report formats `termlint check --format <name>` knows. Adding a format is one line here
// plus its module.
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, ReportInput } from './types.js';
export { summarise, type Summary } from './summary.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
  checkstyle: formatCheckstyle,
  html: formatHtml,
};

/** The formatter for a --format name, or null when there is none (a usage error for the caller). */
export function getFormatter(name: string): Formatter | null {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : null;
}

/** Known format names, for help text and "did you mean" messages. */
export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
