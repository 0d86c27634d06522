// `--format stylish` (default): the report a sales rep reads before sending a redline.
// ESLint-stylish in spirit, but each finding also says where it is, what the text says, what to
// propose instead and whom to ask; a closing "Consult before sending" list groups them by owner.
// Layout is computed on plain text first (wrapping, padding) and coloured afterwards, so
// colour codes never disturb alignment.
import defaultChalk, { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding, Owner, Severity } from '../types.js';
import { summarise, type Summary } from './summary.js';
import {
  WIDTH,
  clauseLabel,
  displayPath,
  locationLabel,
  oneLine,
  padEnd,
  plural,
  shortDate,
  truncate,
  wrap,
} from './text.js';
import type { ReportInput } from './types.js';

/** Column where a finding's details start: two spaces, the severity word padded to 7, two spaces. */
const DETAIL_INDENT = ' '.repeat(11);
const SEVERITY_WIDTH = 7;
/** Excerpts longer than this are cut (at a word) so one clause can't flood the terminal. */
const MAX_EXCERPT = 400;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function formatStylish(input: ReportInput): string {
  const c = new Chalk({ level: input.color ? Math.max(defaultChalk.level, 1) as 1 | 2 | 3 : 0 });
  const summary = summarise(input.files);
  const lines: string[] = [];

  for (const file of input.files) {
    lines.push(...fileSection(file, input.cwd, c), '');
  }

  const consult = consultSection(input.files, input.owners, c);
  if (consult.length > 0) lines.push(...consult, '');

  lines.push(summaryLine(summary, c));
  lines.push(...footer(input, c));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- per file

function fileSection(file: FileResult, cwd: string, c: ChalkInstance): string[] {
  const path = displayPath(file.path, cwd);
  const lines: string[] = [];

  if (file.status === 'error') {
    const code = file.error?.code ?? 'INTERNAL';
    const message = withoutPathPrefix(file.error?.message ?? 'could not be read', [file.path, path]);
    lines.push(`${c.bold(path)}: ${c.red(code)} ${message}`);
    lines.push(...readerWarnings(file, c));
    return lines;
  }

  const active = file.findings.filter((f) => !f.waived);
  const counts = severityCounts(active);
  const header = [path, file.format ?? 'unknown format', counts || 'no deviations'].join(' · ');
  lines.push(c.bold.underline(header));
  lines.push(...readerWarnings(file, c));

  const ordered = sortFindings(file.findings);
  const fromRedline = ordered.filter((f) => f.change);
  const rest = ordered.filter((f) => !f.change);

  if (fromRedline.length > 0) {
    lines.push(c.bold('  Introduced by this redline'));
    for (const finding of fromRedline) lines.push(...findingBlock(finding, c), '');
    if (rest.length > 0) lines.push(c.bold('  Elsewhere in the document'));
  }
  for (const finding of rest) lines.push(...findingBlock(finding, c), '');
  // The section ends with one blank line, added by the caller.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** "x.pdf: no such file" -> "no such file", since the line already starts with the path. */
function withoutPathPrefix(message: string, paths: string[]): string {
  for (const p of paths) if (message.startsWith(`${p}: `)) return message.slice(p.length + 2);
  return message;
}

function readerWarnings(file: FileResult, c: ChalkInstance): string[] {
  return (file.warnings ?? []).flatMap((w) => wrap(`note: ${w}`, WIDTH, '  ', '        ').map((l) => c.dim(l)));
}

/** "2 errors, 1 warning"; empty when there is nothing. */
function severityCounts(findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.filter((f) => f.severity === 'info').length;
  const parts: string[] = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  if (infos) parts.push(plural(infos, 'info', 'infos'));
  return parts.join(', ');
}

/** Document order: waived last, then by page/paragraph/line (document-wide findings first), then severity. */
function sortFindings(findings: Finding[]): Finding[] {
  const key = (n: number | null | undefined) => (n === null || n === undefined ? -1 : n);
  return [...findings].sort(
    (a, b) =>
      Number(Boolean(a.waived)) - Number(Boolean(b.waived)) ||
      key(a.location?.page) - key(b.location?.page) ||
      key(a.location?.paragraph) - key(b.location?.paragraph) ||
      key(a.location?.line) - key(b.location?.line) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

function colourSeverity(severity: Severity, text: string, c: ChalkInstance): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.blue(text);
}

function findingBlock(f: Finding, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const where = [clauseLabel(f.clause), locationLabel(f.location)].filter((p) => p !== null).join(' · ') || 'whole document';

  // First line: severity word, where, rule id. Wrapped as plain text, then coloured piecewise.
  const severityWord = padEnd(f.severity, SEVERITY_WIDTH);
  const head = wrap(`${where} · ${f.ruleId}`, WIDTH, `  ${severityWord}  `, DETAIL_INDENT);
  const styledSeverity = f.waived ? c.dim(severityWord) : colourSeverity(f.severity, severityWord, c);
  lines.push(
    ...head.map((line, i) => {
      const body = i === 0 ? line.slice(2 + SEVERITY_WIDTH + 2) : line.slice(DETAIL_INDENT.length);
      const prefix = i === 0 ? `  ${styledSeverity}  ` : DETAIL_INDENT;
      return prefix + styleRuleId(body, f.ruleId, c);
    }),
  );

  lines.push(...wrap(f.message, WIDTH, DETAIL_INDENT));
  if (f.excerpt) {
    const quoted = `"${truncate(oneLine(f.excerpt), MAX_EXCERPT)}"`;
    lines.push(...wrap(quoted, WIDTH, DETAIL_INDENT, `${DETAIL_INDENT} `).map((l) => c.dim(l)));
  }
  if (f.fallback) lines.push(...wrap(`Fallback: ${f.fallback}`, WIDTH, DETAIL_INDENT, `${DETAIL_INDENT}  `));
  if (f.owner) lines.push(...wrap(`Owner: ${f.owner.name}`, WIDTH, DETAIL_INDENT));
  if (f.change) {
    const by = f.change.author ? ` by ${f.change.author}` : '';
    const when = f.change.date ? `, ${shortDate(f.change.date)}` : '';
    lines.push(...wrap(`Inserted${by}${when}`, WIDTH, DETAIL_INDENT).map((l) => c.dim(l)));
  }
  if (f.waived) {
    const until = f.waived.expires ? ` until ${f.waived.expires}` : '';
    lines.push(...wrap(`waived by ${f.waived.by}${until}: ${f.waived.reason}`, WIDTH, DETAIL_INDENT, `${DETAIL_INDENT}  `).map((l) => c.green(l)));
  }
  return lines;
}

/** Dims the rule id where it ends a line (it may have wrapped onto its own line). */
function styleRuleId(body: string, ruleId: string, c: ChalkInstance): string {
  return body.endsWith(ruleId) ? body.slice(0, body.length - ruleId.length) + c.dim(ruleId) : body;
}

// ---------------------------------------------------------------- consult list

interface OwnerTally {
  owner: Owner | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Rule id -> clause numbers it fired on, in report order. */
  rules: Map<string, string[]>;
}

function consultSection(files: FileResult[], owners: Record<string, Owner>, c: ChalkInstance): string[] {
  const tallies = new Map<string, OwnerTally>();
  for (const file of files) {
    for (const f of sortFindings(file.findings)) {
      if (f.waived) continue;
      // Findings whose rule names no owner are still listed, so nothing is silently dropped.
      const id = f.owner?.id ?? '';
      let tally = tallies.get(id);
      if (!tally) {
        const owner = f.owner ? (Object.hasOwn(owners, f.owner.id) ? owners[f.owner.id] : f.owner) : null;
        tally = { owner, errors: 0, warnings: 0, infos: 0, rules: new Map() };
        tallies.set(id, tally);
      }
      if (f.severity === 'error') tally.errors++;
      else if (f.severity === 'warning') tally.warnings++;
      else tally.infos++;
      const clauses = tally.rules.get(f.ruleId) ?? [];
      const number = f.clause?.number;
      if (number && !clauses.includes(number)) clauses.push(number);
      tally.rules.set(f.ruleId, clauses);
    }
  }
  if (tallies.size === 0) return [];

  // Most urgent owner first; owner-less findings last.
  const ordered = [...tallies.values()].sort(
    (a, b) =>
      Number(a.owner === null) - Number(b.owner === null) ||
      b.errors - a.errors ||
      b.warnings - a.warnings ||
      b.infos - a.infos ||
      (a.owner?.name ?? '').localeCompare(b.owner?.name ?? ''),
  );

  const lines = [c.bold('Consult before sending')];
  for (const tally of ordered) {
    const who = tally.owner
      ? `${tally.owner.name}${tally.owner.contact ? ` <${tally.owner.contact}>` : ''}`
      : 'No owner named in the policy';
    const counts = [
      tally.errors ? plural(tally.errors, 'error') : '',
      tally.warnings ? plural(tally.warnings, 'warning') : '',
      tally.infos ? plural(tally.infos, 'info', 'infos') : '',
    ].filter(Boolean).join(', ');
    const rules = [...tally.rules].map(([ruleId, clauses]) => (clauses.length ? `${ruleId} (${clauses.join(', ')})` : ruleId)).join(', ');
    const wrapped = wrap(`${who}: ${counts} — ${rules}`, WIDTH, '  ', '    ');
    // Bold the owner's name on the first line only; the rest stays plain.
    wrapped[0] = wrapped[0].startsWith(`  ${who}`) ? `  ${c.bold(who)}${wrapped[0].slice(2 + who.length)}` : wrapped[0];
    lines.push(...wrapped);
  }
  return lines;
}

// ---------------------------------------------------------------- totals and footer

function summaryLine(s: Summary, c: ChalkInstance): string {
  if (s.files === 0) return 'No documents were checked.';
  const problems = s.errors + s.warnings;
  const extras = [s.infos ? plural(s.infos, 'info', 'infos') : '', s.waived ? `${s.waived} waived` : ''].filter(Boolean).join(', ');
  const tail = extras ? ` · ${extras}` : '';

  if (problems === 0 && s.unreadable === 0) {
    // Infos are notes, not deviations from the norm; say so rather than hide them.
    const text = s.infos
      ? `✔ No errors or warnings in ${plural(s.files, 'file')}${tail}`
      : `✔ No deviations found in ${plural(s.files, 'file')}${tail}`;
    return c.green.bold(text);
  }

  const breakdown = problems > 0 ? ` (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')})` : '';
  // An unreadable file was not checked, so the run is never reported as clean.
  const unreadable = s.unreadable ? `, ${s.unreadable} unreadable` : '';
  const text = `✖ ${plural(problems, 'problem')}${breakdown} in ${plural(s.files, 'file')}${unreadable}${tail}`;
  return s.errors > 0 || s.unreadable > 0 ? c.red.bold(text) : c.yellow.bold(text);
}

function footer(input: ReportInput, c: ChalkInstance): string[] {
  const p = input.policy;
  const hash = p.sha256.slice(0, 12);
  const effective = p.effective ? `, effective ${p.effective}` : '';
  const origin = p.builtin
    ? `built-in default playbook (no termlint.policy.yaml found), sha256 ${hash}`
    : `${p.source}, sha256 ${hash}`;
  const policy = `Policy: ${p.name} ${p.version}${effective} (${origin})`;
  const tool = `${input.tool.name} ${input.tool.version}`;
  // Break only between the two parts, so the policy's identity stays on one greppable line.
  const lines = policy.length + 3 + tool.length <= WIDTH ? [`${policy} · ${tool}`] : [policy, tool];
  return lines.map((l) => c.dim(l));
}
