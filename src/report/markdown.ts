// `--format markdown`: a pull-request comment (GitHub/GitLab flavoured markdown). A heading
// with the counts, whom to consult, what could not be read, then a table per document
// (severity, clause, message, owner) with excerpts and fallback wording folded into
// <details> so the comment stays short. The policy and tool versions close it.
import type { FileResult, Finding, Owner } from '../types.js';
import { errorCode, errorText, policyLine, verdict } from './ci.js';
import { summarise, type Summary } from './summary.js';
import { clauseLabel, displayPath, locationLabel, oneLine, plural, truncate } from './text.js';
import type { ReportInput } from './types.js';

/** GitHub rejects comments over 65,536 characters; past this the excerpts are left out. */
export const MAX_COMMENT_CHARS = 60_000;
const MAX_EXCERPT = 500;
/** Room kept for the closing lines (clean files, notes, policy). */
const FOOTER_RESERVE = 4_000;

/**
 * Text safe inside markdown and a table cell: one line, HTML and markdown punctuation escaped,
 * so contract text ("*Confidential*", "<Customer>", "A | B") shows as written.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~|])/g, '\\$1');
}

/** A path or rule id in code style; backticks inside are replaced since they cannot be escaped there. */
function code(text: string): string {
  return `\`${oneLine(text).replace(/`/g, "'")}\``;
}

export function formatMarkdown(input: ReportInput): string {
  // Excerpts are the first thing to go when the whole report would not fit in one comment.
  const full = render(input, true);
  return full.leftOut === 0 ? full.text : render(input, false).text;
}

function render(input: ReportInput, withDetails: boolean): { text: string; leftOut: number } {
  const summary = summarise(input.files);
  const out: string[] = [`## ${statusMark(summary)} termlint: ${mdText(verdict(summary))}`, ''];

  const consult = consultList(input.files, input.owners);
  if (consult.length > 0) out.push('### Consult before sending', '', ...consult, '');

  const unreadable = input.files.filter((f) => f.status === 'error');
  if (unreadable.length > 0) {
    out.push('### Not checked (unreadable)', '');
    for (const file of unreadable) {
      const path = displayPath(file.path, input.cwd);
      out.push(`- ${code(errorCode(file))}: ${mdText(errorText(file, path))}`);
    }
    out.push('');
  }

  const clean: string[] = [];
  let size = out.join('\n').length;
  let leftOut = 0;
  for (const file of input.files) {
    if (file.status === 'error') continue;
    const path = displayPath(file.path, input.cwd);
    if (file.findings.length === 0) {
      clean.push(code(path));
      continue;
    }
    const section = [...fileSection(file, path, withDetails), ''];
    const length = section.join('\n').length + 1;
    // Even without excerpts a very large run can outgrow a comment: the rest is counted, not shown.
    if (leftOut > 0 || size + length > MAX_COMMENT_CHARS - FOOTER_RESERVE) {
      leftOut++;
      continue;
    }
    out.push(...section);
    size += length;
  }
  if (leftOut > 0) out.push(`_${plural(leftOut, 'more file')} with findings not shown here; run \`termlint check\` for the full report._`, '');
  if (clean.length > 0) out.push(`No deviations in ${clean.join(', ')}.`, '');
  if (!withDetails) out.push(`_Excerpts and fallback wording were left out to fit a comment; run \`termlint check\` for them._`, '');

  out.push(`<sub>${mdText(policyLine(input))} · ${mdText(`${input.tool.name} ${input.tool.version}`)}</sub>`);
  return { text: `${out.join('\n')}\n`, leftOut };
}

function statusMark(s: Summary): string {
  if (s.errors > 0 || s.unreadable > 0) return '❌';
  if (s.warnings > 0) return '⚠️';
  return '✅';
}

function fileSection(file: FileResult, path: string, withDetails: boolean): string[] {
  const active = file.findings.filter((f) => !f.waived);
  const counts = [
    ['error', 'errors'],
    ['warning', 'warnings'],
    ['info', 'infos'],
  ]
    .map(([one, many]) => {
      const n = active.filter((f) => f.severity === one).length;
      return n > 0 ? plural(n, one, many) : '';
    })
    .filter(Boolean);
  const waived = file.findings.length - active.length;
  if (waived > 0) counts.push(`${waived} waived`);

  const lines = [
    `### ${code(path)} · ${file.format ?? 'unknown format'} · ${counts.join(', ')}`,
    '',
    ...(file.warnings ?? []).map((w) => `> note: ${mdText(w)}`),
    ...((file.warnings ?? []).length > 0 ? [''] : []),
    '| Severity | Clause | Message | Owner |',
    '|---|---|---|---|',
  ];
  for (const f of file.findings) {
    const severity = f.waived ? `~~${f.severity}~~ waived` : f.severity === 'error' ? '**error**' : f.severity;
    lines.push(`| ${severity} | ${mdText(where(f))} | ${mdText(f.message)} | ${f.owner ? mdText(f.owner.name) : '–'} |`);
  }

  const detailed = file.findings.filter((f) => f.excerpt || f.fallback || f.waived || f.change);
  if (withDetails && detailed.length > 0) {
    lines.push('', `<details><summary>Excerpts and fallback wording (${detailed.length})</summary>`, '');
    for (const f of detailed) {
      lines.push(`**${code(f.ruleId)}** · ${mdText(where(f))}`, '');
      if (f.excerpt) lines.push(`> ${mdText(truncate(oneLine(f.excerpt), MAX_EXCERPT))}`, '');
      if (f.fallback) lines.push(`Fallback: ${mdText(f.fallback)}`, '');
      if (f.change) lines.push(`Inserted by a tracked change${f.change.author ? ` (${mdText(f.change.author)})` : ''}.`, '');
      if (f.waived) {
        lines.push(`Waived by ${mdText(f.waived.by)}${f.waived.expires ? ` until ${mdText(f.waived.expires)}` : ''}: ${mdText(f.waived.reason)}`, '');
      }
    }
    lines.push('</details>');
  }
  return lines;
}

/** "4.2 Payment, p. 3, ¶ 41", or "whole document". */
function where(f: Finding): string {
  return [clauseLabel(f.clause), locationLabel(f.location)].filter(Boolean).join(', ') || 'whole document';
}

// ---------------------------------------------------------------- consult list

interface OwnerTally {
  owner: Owner | null;
  counts: { error: number; warning: number; info: number };
  /** Rule id -> clause numbers it fired on, in report order. */
  rules: Map<string, string[]>;
}

/** One bullet per owner, most urgent first, owner-less findings last. */
function consultList(files: FileResult[], owners: Record<string, Owner>): string[] {
  const tallies = new Map<string, OwnerTally>();
  for (const f of files.flatMap((file) => file.findings)) {
    if (f.waived) continue;
    const id = f.owner?.id ?? '';
    let tally = tallies.get(id);
    if (!tally) {
      const owner = f.owner ? (Object.hasOwn(owners, f.owner.id) ? owners[f.owner.id] : f.owner) : null;
      tally = { owner, counts: { error: 0, warning: 0, info: 0 }, rules: new Map() };
      tallies.set(id, tally);
    }
    tally.counts[f.severity]++;
    const clauses = tally.rules.get(f.ruleId) ?? [];
    if (f.clause?.number && !clauses.includes(f.clause.number)) clauses.push(f.clause.number);
    tally.rules.set(f.ruleId, clauses);
  }
  const ordered = [...tallies.values()].sort(
    (a, b) =>
      Number(a.owner === null) - Number(b.owner === null) ||
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      b.counts.info - a.counts.info ||
      (a.owner?.name ?? '').localeCompare(b.owner?.name ?? ''),
  );
  return ordered.map((t) => {
    const who = t.owner ? `**${mdText(t.owner.name)}**${t.owner.contact ? ` (${mdText(t.owner.contact)})` : ''}` : '**No owner named in the policy**';
    const counts = [
      t.counts.error ? plural(t.counts.error, 'error') : '',
      t.counts.warning ? plural(t.counts.warning, 'warning') : '',
      t.counts.info ? plural(t.counts.info, 'info', 'infos') : '',
    ].filter(Boolean).join(', ');
    const rules = [...t.rules].map(([id, clauses]) => (clauses.length > 0 ? `${code(id)} (${mdText(clauses.join(', '))})` : code(id))).join(', ');
    return `- ${who}: ${counts} — ${rules}`;
  });
}
