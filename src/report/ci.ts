// Helpers shared by the CI formats (sarif, junit, github, markdown, checkstyle): the catalogue
// of rules a run checked, where a finding sits in words, the run's one-line verdict, XML escaping.
import type { FileResult, Finding } from '../types.js';
import type { Summary } from './summary.js';
import { clauseLabel, locationLabel, plural } from './text.js';
import type { ReportInput, ReportRule } from './types.js';

/**
 * Every rule the run checked, in policy order, then any rule id that only findings name (e.g.
 * `template-deviation`, or every rule when the caller passed no catalogue), sorted by id, so a
 * finding always has a rule to point at.
 */
export function ruleCatalog(input: ReportInput): ReportRule[] {
  const rules = [...(input.rules ?? [])];
  const known = new Set(rules.map((r) => r.id));
  const extra = new Map<string, ReportRule>();
  for (const file of input.files) {
    for (const f of file.findings) {
      if (known.has(f.ruleId) || extra.has(f.ruleId)) continue;
      extra.set(f.ruleId, { id: f.ruleId, severity: f.severity, owner: f.owner?.id ?? null, fallback: f.fallback ?? undefined });
    }
  }
  return [...rules, ...[...extra.values()].sort((a, b) => a.id.localeCompare(b.id))];
}

/** "4.2 Payment, p. 3, ¶ 41"; null for a finding about the whole document. */
export function whereLabel(f: Finding): string | null {
  const parts = [clauseLabel(f.clause), locationLabel(f.location)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Why a file could not be read, naming the file once: reader messages usually start with or
 * mention the path ("x.txt is empty"); those that don't get it put in front.
 */
export function errorText(file: FileResult, shownPath: string): string {
  const message = (file.error?.message ?? 'could not be read').split(file.path).join(shownPath);
  return message.includes(shownPath) ? message : `${shownPath}: ${message}`;
}

/** The error code of an unreadable file (INTERNAL when the reader gave none). */
export function errorCode(file: FileResult): string {
  return file.error?.code ?? 'INTERNAL';
}

/** "3 problems (1 error, 2 warnings) in 2 files, 1 unreadable · 1 info, 1 waived": one plain line. */
export function verdict(s: Summary): string {
  if (s.files === 0) return 'No documents were checked.';
  const problems = s.errors + s.warnings;
  const extras = [s.infos ? plural(s.infos, 'info', 'infos') : '', s.waived ? `${s.waived} waived` : ''].filter(Boolean).join(', ');
  const tail = extras ? ` · ${extras}` : '';
  const unreadable = s.unreadable ? `, ${s.unreadable} unreadable` : '';
  if (problems === 0) {
    // An unreadable file was not checked, so such a run is never called clean.
    const head = s.unreadable ? `No errors or warnings in the readable files of ${plural(s.files, 'file')}` : `No deviations found in ${plural(s.files, 'file')}`;
    return `${head}${unreadable}${tail}`;
  }
  return `${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}) in ${plural(s.files, 'file')}${unreadable}${tail}`;
}

/** "Policy: Acme SaaS playbook 2026.3.0 (termlint.policy.yaml, sha256 0123456789ab)". */
export function policyLine(input: ReportInput): string {
  const p = input.policy;
  const effective = p.effective ? `, effective ${p.effective}` : '';
  const origin = p.builtin ? 'built-in default playbook' : p.source;
  return `Policy: ${p.name} ${p.version}${effective} (${origin}, sha256 ${p.sha256.slice(0, 12)})`;
}

// Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR; lone
// surrogates; U+FFFE/U+FFFF). Contract text from PDFs does contain stray control bytes.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content for XML: &, <, > escaped, characters XML cannot carry replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value for XML (double-quoted): line breaks and tabs kept as character references, since parsers turn literal ones into spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
