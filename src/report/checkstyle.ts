// `--format checkstyle`: Checkstyle XML, read by reviewdog, Jenkins warnings-ng, SonarQube and
// many code-review bots. Line attributes only where the document has lines (txt/md); the
// message names the clause and page for Word and PDF. Waived findings are left out; an
// unreadable document is one error with source termlint.read.<CODE>.
import type { FileResult, Finding } from '../types.js';
import { errorCode, errorText, whereLabel, xmlAttr } from './ci.js';
import { clauseLabel, displayPath } from './text.js';
import type { ReportInput } from './types.js';

export function formatCheckstyle(input: ReportInput): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of input.files) lines.push(...fileXml(file, input.cwd));
  lines.push('</checkstyle>', '');
  return lines.join('\n');
}

function fileXml(file: FileResult, cwd: string): string[] {
  const path = displayPath(file.path, cwd);
  const errors: string[] = [];
  if (file.status === 'error') {
    const code = errorCode(file);
    errors.push(`    <error severity="error" message="${xmlAttr(`${code}: ${errorText(file, path)}; the document was not checked`)}" source="termlint.read.${xmlAttr(code)}"/>`);
  }
  for (const f of file.findings) {
    if (f.waived) continue;
    const line = f.location?.line ?? null;
    const lineAttr = line !== null ? ` line="${line}"` : '';
    errors.push(`    <error${lineAttr} severity="${f.severity}" message="${xmlAttr(message(f, line !== null))}" source="termlint.${xmlAttr(f.ruleId)}"/>`);
  }
  if (errors.length === 0) return [`  <file name="${xmlAttr(path)}"/>`];
  return [`  <file name="${xmlAttr(path)}">`, ...errors, '  </file>'];
}

/** The finding's message, with the clause (and page/paragraph when there is no line), and the owner. */
function message(f: Finding, hasLine: boolean): string {
  const where = hasLine ? clauseLabel(f.clause) : whereLabel(f);
  const parts = [f.message];
  if (where) parts.push(`[${where}]`);
  if (f.owner) parts.push(`(consult ${f.owner.name})`);
  return parts.join(' ');
}
