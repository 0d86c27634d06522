// `--format github`: GitHub Actions workflow commands, one annotation per finding, shown on
// the pull request's "Files changed" tab and the run summary:
//   ::error file=deals/msa.md,line=19,title=payment-terms (finance)::Payment is due in 90 days…
// warning -> ::warning, info -> ::notice. Word and PDF documents have no line to point at, so
// the annotation is file-level and its message names the clause and page. Waived findings are
// not annotated (they are counted in the closing summary line).
import type { FileResult, Finding } from '../types.js';
import { errorCode, errorText, policyLine, verdict } from './ci.js';
import { summarise } from './summary.js';
import { clauseLabel, displayPath, locationLabel, oneLine } from './text.js';
import type { ReportInput } from './types.js';

const COMMAND: Record<string, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Message text of a workflow command (actions/toolkit escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (actions/toolkit escapeProperty): also ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: string, props: Array<[string, string | number]>, message: string): string {
  const list = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

export function formatGithub(input: ReportInput): string {
  const lines: string[] = [];
  for (const file of input.files) lines.push(...fileCommands(file, input.cwd));
  lines.push(`termlint: ${verdict(summarise(input.files))}`);
  lines.push(`${policyLine(input)} · ${input.tool.name} ${input.tool.version}`);
  return `${lines.join('\n')}\n`;
}

function fileCommands(file: FileResult, cwd: string): string[] {
  const path = displayPath(file.path, cwd);
  if (file.status === 'error') {
    const code = errorCode(file);
    return [command('error', [['file', path], ['title', code]], `${code}: ${errorText(file, path)}\nThe document was not checked.`)];
  }
  return file.findings.filter((f) => !f.waived).map((f) => {
    const props: Array<[string, string | number]> = [['file', path]];
    if (f.location?.line !== null && f.location?.line !== undefined) props.push(['line', f.location.line]);
    props.push(['title', f.owner ? `${f.ruleId} (${f.owner.id})` : f.ruleId]);
    return command(COMMAND[f.severity], props, annotationText(f));
  });
}

/** The message, then where, the excerpt, the fallback wording and whom to ask, one per line. */
function annotationText(f: Finding): string {
  const lines = [f.message];
  const hasLine = f.location?.line !== null && f.location?.line !== undefined;
  // The line is in the annotation's position already; page and paragraph are not.
  const where = [clauseLabel(f.clause), hasLine ? null : locationLabel(f.location)].filter(Boolean).join(', ');
  // A finding with a line but no clause (a term sheet key) needs no "Where".
  if (where || !hasLine) lines.push(`Where: ${where || 'whole document'}`);
  if (f.excerpt) lines.push(`Text: "${oneLine(f.excerpt)}"`);
  if (f.fallback) lines.push(`Fallback: ${oneLine(f.fallback)}`);
  if (f.owner) lines.push(`Consult: ${f.owner.name}${f.owner.contact ? ` <${f.owner.contact}>` : ''}`);
  return lines.join('\n');
}
