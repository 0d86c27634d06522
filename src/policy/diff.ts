// `termlint policy diff`: what a policy change does to the norms, rule by rule (by id).
// Each field change is judged tighter (more documents can fail), looser (fewer can) or neutral
// (wording, ownership), and a rule's label follows from its changes: tightened, loosened,
// tightened+loosened ("mixed") or changed. Pure: formatting is separate from comparing.
import { formatValue } from '../fact-values.js';
import type { FactValue, Policy, Rule, RuleSeverity } from '../types.js';

export type Direction = 'tighter' | 'looser' | 'neutral';
export type RuleChangeKind = 'added' | 'removed' | 'tightened' | 'loosened' | 'mixed' | 'changed';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
  direction: Direction;
  /** The change in words: "max 45 -> 30". */
  text: string;
}

export interface RuleChange {
  id: string;
  kind: RuleChangeKind;
  /** The rule as it reads after the change (before, for a removed rule), in one line. */
  summary: string;
  changes: FieldChange[];
}

export interface PolicyRef {
  name: string;
  version: string;
  source: string;
  sha256: string;
  effective: string | null;
}

export interface DefinitionChange {
  /** owner, topic or fact (custom definitions). */
  what: 'owner' | 'topic' | 'fact';
  name: string;
  kind: 'added' | 'removed' | 'changed';
  text: string;
}

export interface PolicyDiff {
  old: PolicyRef;
  new: PolicyRef;
  rules: RuleChange[];
  definitions: DefinitionChange[];
  unchanged: number;
  /** With --against: documents whose verdict or findings differ between the two policies. */
  against?: VerdictChanges;
}

export type Verdict = 'pass' | 'fail' | 'unreadable';

export interface DocumentVerdictChange {
  path: string;
  old: Verdict;
  new: Verdict;
  /** Findings (`rule-id (severity)`) only the new policy raises, and only the old one raised. */
  added: string[];
  removed: string[];
}

export interface VerdictChanges {
  folder: string;
  documents: number;
  changed: DocumentVerdictChange[];
}

const SEVERITY_RANK: Record<RuleSeverity, number> = { off: 0, info: 1, warning: 2, error: 3 };

export function policyRef(policy: Policy): PolicyRef {
  return { name: policy.name, version: policy.version, source: policy.source, sha256: policy.sha256, effective: policy.effective };
}

const show = (value: unknown): string =>
  value === undefined || value === null ? '(none)' : Array.isArray(value) ? `[${value.map((v) => formatValue(v as FactValue)).join(', ')}]` : formatValue(value as FactValue);

/** Numbers (money by amount) for max/min. */
function amount(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'amount' in value) return (value as { amount: number }).amount;
  return null;
}

const key = (value: FactValue): string => (typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value));

/** How a list changed as a set: 'same', 'shrank', 'grew' or 'both'. */
function setChange(from: FactValue[], to: FactValue[]): 'same' | 'shrank' | 'grew' | 'both' {
  const a = new Set(from.map(key));
  const b = new Set(to.map(key));
  const added = [...b].some((v) => !a.has(v));
  const removed = [...a].some((v) => !b.has(v));
  return added && removed ? 'both' : added ? 'grew' : removed ? 'shrank' : 'same';
}

function listDelta(from: FactValue[], to: FactValue[]): string {
  const a = new Set(from.map(key));
  const b = new Set(to.map(key));
  const plus = to.filter((v) => !a.has(key(v))).map((v) => `+${formatValue(v)}`);
  const minus = from.filter((v) => !b.has(key(v))).map((v) => `-${formatValue(v)}`);
  return [...plus, ...minus].join(' ');
}

type Comparator = (from: unknown, to: unknown) => Direction;

/** A bound: added tightens, removed loosens, moved by `lowerIsTighter`. */
const bound = (lowerIsTighter: boolean): Comparator => (from, to) => {
  if (from === undefined) return 'tighter';
  if (to === undefined) return 'looser';
  const a = amount(from);
  const b = amount(to);
  if (a === null || b === null || a === b) return 'neutral';
  return (b < a) === lowerIsTighter ? 'tighter' : 'looser';
};

/** An allow-list (`in`): shrinking is tighter; a list forbids (`not_in`, phrases): growing is tighter. */
const list = (growingIsTighter: boolean): Comparator => (from, to) => {
  if (from === undefined) return 'tighter';
  if (to === undefined) return 'looser';
  const change = setChange(from as FactValue[], to as FactValue[]);
  if (change === 'grew') return growingIsTighter ? 'tighter' : 'looser';
  if (change === 'shrank') return growingIsTighter ? 'looser' : 'tighter';
  return 'neutral';
};

const severity: Comparator = (from, to) => {
  const a = SEVERITY_RANK[(from ?? 'warning') as RuleSeverity] ?? 0;
  const b = SEVERITY_RANK[(to ?? 'warning') as RuleSeverity] ?? 0;
  return b > a ? 'tighter' : b < a ? 'looser' : 'neutral';
};

/** when_absent: reporting silence at all is tighter; then by severity. */
const whenAbsent: Comparator = (from, to) => {
  if (from === undefined) return 'tighter';
  if (to === undefined) return 'looser';
  return severity(from, to);
};

/** forbid_phrases' `topic`: a narrower scope (adding a topic) is looser. */
const scope: Comparator = (from, to) => (from === undefined ? 'looser' : to === undefined ? 'tighter' : 'neutral');
/** equals: adding a required value tightens, dropping it loosens, changing it is neither. */
const presence: Comparator = (from, to) => (from === undefined ? 'tighter' : to === undefined ? 'looser' : 'neutral');
const neutral: Comparator = () => 'neutral';

/** Field -> how a change to it is judged, in the order changes are listed. */
const FIELDS: Array<[keyof Rule, Comparator]> = [
  ['severity', severity],
  ['max', bound(true)],
  ['min', bound(false)],
  ['equals', presence],
  ['in', list(false)],
  ['not_in', list(true)],
  ['when_absent', whenAbsent],
  ['forbid_phrases', list(true)],
  ['topic', scope],
  ['owner', neutral],
  ['message', neutral],
  ['fallback', neutral],
  ['why', neutral],
  ['docs', neutral],
  ['examples', neutral],
];

/** Wording fields are long: say that they changed rather than quoting both versions. */
const PROSE = new Set<keyof Rule>(['message', 'fallback', 'why', 'docs', 'examples']);

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return setChange(a as FactValue[], b as FactValue[]) === 'same' && a.length === b.length;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the rule checks, in one line ("payment.net_days <= 45", "require limitation-of-liability"). */
export function checkSummary(rule: Rule): string {
  const sev = rule.severity;
  if (rule.fact) {
    const parts: string[] = [];
    if (rule.max !== undefined) parts.push(`<= ${show(rule.max)}`);
    if (rule.min !== undefined) parts.push(`>= ${show(rule.min)}`);
    if (rule.equals !== undefined) parts.push(`= ${show(rule.equals)}`);
    if (rule.in !== undefined) parts.push(`in ${show(rule.in)}`);
    if (rule.not_in !== undefined) parts.push(`not in ${show(rule.not_in)}`);
    if (rule.when_absent !== undefined) parts.push(`absent: ${rule.when_absent}`);
    return `${rule.fact} ${parts.join(', ')} (${sev})`;
  }
  if (rule.require) return `require ${rule.require} (${sev})`;
  if (rule.forbid) return `forbid ${rule.forbid} (${sev})`;
  if (rule.forbid_phrases) return `forbid phrases ${show(rule.forbid_phrases)}${rule.topic ? ` in ${rule.topic}` : ''} (${sev})`;
  return `(${sev})`;
}

function checkKind(rule: Rule): string {
  return rule.fact ? `fact ${rule.fact}` : rule.require ? `require ${rule.require}` : rule.forbid ? `forbid ${rule.forbid}` : rule.forbid_phrases ? 'forbid_phrases' : '';
}

function compareRule(before: Rule, after: Rule): FieldChange[] {
  // A different check is a different norm: no field-by-field verdict makes sense.
  if (checkKind(before) !== checkKind(after)) {
    return [{ field: 'check', from: checkSummary(before), to: checkSummary(after), direction: 'neutral', text: `check ${checkSummary(before)} -> ${checkSummary(after)}` }];
  }
  const changes: FieldChange[] = [];
  for (const [field, judge] of FIELDS) {
    const from = before[field];
    const to = after[field];
    if (same(from, to)) continue;
    const direction = judge(from, to);
    let text: string;
    if (PROSE.has(field)) text = `${field} ${from === undefined ? 'added' : to === undefined ? 'removed' : 'changed'}`;
    else if (Array.isArray(from) && Array.isArray(to)) text = `${field} ${listDelta(from as FactValue[], to as FactValue[])}`;
    else text = `${field} ${show(from)} -> ${show(to)}`;
    changes.push({
      field, direction, text,
      from: from === undefined ? null : PROSE.has(field) ? null : show(from),
      to: to === undefined ? null : PROSE.has(field) ? null : show(to),
    });
  }
  return changes;
}

function kindOf(changes: FieldChange[]): RuleChangeKind {
  const tighter = changes.some((c) => c.direction === 'tighter');
  const looser = changes.some((c) => c.direction === 'looser');
  return tighter && looser ? 'mixed' : tighter ? 'tightened' : looser ? 'loosened' : 'changed';
}

function compareDefinitions<T>(what: DefinitionChange['what'], before: Record<string, T>, after: Record<string, T>, describe: (def: T) => string): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  for (const name of Object.keys(after)) {
    if (!(name in before)) out.push({ what, name, kind: 'added', text: describe(after[name]) });
    else if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) {
      out.push({ what, name, kind: 'changed', text: `${describe(before[name])} -> ${describe(after[name])}` });
    }
  }
  for (const name of Object.keys(before)) if (!(name in after)) out.push({ what, name, kind: 'removed', text: describe(before[name]) });
  return out;
}

export function diffPolicies(before: Policy, after: Policy): PolicyDiff {
  const rules: RuleChange[] = [];
  let unchanged = 0;
  const oldById = new Map(before.rules.map((r) => [r.id, r]));
  const newIds = new Set(after.rules.map((r) => r.id));
  for (const rule of after.rules) {
    const old = oldById.get(rule.id);
    if (old === undefined) {
      rules.push({ id: rule.id, kind: 'added', summary: checkSummary(rule), changes: [] });
      continue;
    }
    const changes = compareRule(old, rule);
    if (changes.length === 0) unchanged++;
    else rules.push({ id: rule.id, kind: kindOf(changes), summary: checkSummary(rule), changes });
  }
  for (const rule of before.rules) {
    if (!newIds.has(rule.id)) rules.push({ id: rule.id, kind: 'removed', summary: checkSummary(rule), changes: [] });
  }
  const definitions = [
    ...compareDefinitions('owner', before.owners, after.owners, (o) => `${o.name}${o.contact ? ` <${o.contact}>` : ''}`),
    ...compareDefinitions('topic', before.topics, after.topics, (t) => [...(t.headings ?? []), ...(t.patterns ?? [])].join(', ')),
    ...compareDefinitions('fact', before.facts, after.facts, (f) => `${f.type}: ${f.patterns.join(', ')}`),
  ];
  return { old: policyRef(before), new: policyRef(after), rules, definitions, unchanged };
}

// ---------------------------------------------------------------- formatting

/** Section order and titles; `mixed` rules changed in both directions. */
export const KIND_TITLES: Array<[RuleChangeKind, string]> = [
  ['tightened', 'Tightened'],
  ['loosened', 'Loosened'],
  ['mixed', 'Tightened and loosened'],
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['changed', 'Changed'],
];

function refLine(label: string, ref: PolicyRef): string {
  const effective = ref.effective ? `, effective ${ref.effective}` : '';
  return `${label} ${ref.name} ${ref.version}${effective} (${ref.source}, sha256 ${ref.sha256})`;
}

export function countsLine(diff: PolicyDiff): string {
  const parts = KIND_TITLES.map(([kind, title]) => [diff.rules.filter((r) => r.kind === kind).length, title.toLowerCase()] as const)
    .filter(([n]) => n > 0)
    .map(([n, title]) => `${n} ${title}`);
  parts.push(`${diff.unchanged} unchanged`);
  return parts.join(', ');
}

function ruleDetail(rule: RuleChange): string {
  if (rule.kind === 'added' || rule.kind === 'removed') return rule.summary;
  return rule.changes.map((c) => `${c.text}${c.direction === 'neutral' ? '' : ` (${c.direction})`}`).join('; ');
}

export function formatDiffText(diff: PolicyDiff): string {
  const lines = [refLine('--- old:', diff.old), refLine('+++ new:', diff.new), ''];
  const width = Math.max(4, ...diff.rules.map((r) => r.id.length));
  for (const [kind, title] of KIND_TITLES) {
    const group = diff.rules.filter((r) => r.kind === kind);
    if (group.length === 0) continue;
    lines.push(`${title} (${group.length})`);
    for (const rule of group) lines.push(`  ${rule.id.padEnd(width)}  ${ruleDetail(rule)}`);
    lines.push('');
  }
  if (diff.definitions.length > 0) {
    lines.push(`Owners, topics and facts (${diff.definitions.length})`);
    for (const d of diff.definitions) lines.push(`  ${d.kind.padEnd(7)} ${d.what} ${d.name}: ${d.text}`);
    lines.push('');
  }
  if (diff.rules.length === 0 && diff.definitions.length === 0) lines.push('No rule changes.', '');
  if (diff.against) {
    const { folder, documents, changed } = diff.against;
    lines.push(`Documents in ${folder} whose result changes (${changed.length} of ${documents})`);
    const pathWidth = Math.max(4, ...changed.map((d) => d.path.length));
    for (const d of changed) {
      const verdict = d.old === d.new ? `${d.old} (same verdict)` : `${d.old} -> ${d.new.toUpperCase()}`;
      lines.push(`  ${d.path.padEnd(pathWidth)}  ${verdict}  ${findingDelta(d)}`);
    }
    if (changed.length === 0) lines.push('  none: every document keeps its verdict and findings');
    lines.push('');
  }
  lines.push(countsLine(diff));
  return `${lines.join('\n')}\n`;
}

function findingDelta(d: DocumentVerdictChange): string {
  return [...d.added.map((f) => `+${f}`), ...d.removed.map((f) => `-${f}`)].join(', ');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatDiffMarkdown(diff: PolicyDiff): string {
  const lines = [
    `### Policy diff: ${cell(diff.old.name)} ${cell(diff.old.version)} → ${cell(diff.new.name)} ${cell(diff.new.version)}`,
    '',
    '| | policy | version | file | sha256 |',
    '|---|---|---|---|---|',
    `| old | ${cell(diff.old.name)} | ${cell(diff.old.version)} | \`${cell(diff.old.source)}\` | \`${diff.old.sha256.slice(0, 12)}\` |`,
    `| new | ${cell(diff.new.name)} | ${cell(diff.new.version)} | \`${cell(diff.new.source)}\` | \`${diff.new.sha256.slice(0, 12)}\` |`,
    '',
  ];
  if (diff.rules.length > 0) {
    lines.push('| change | rule | details |', '|---|---|---|');
    for (const [kind, title] of KIND_TITLES) {
      for (const rule of diff.rules.filter((r) => r.kind === kind)) {
        lines.push(`| **${title.toLowerCase()}** | \`${cell(rule.id)}\` | ${cell(ruleDetail(rule))} |`);
      }
    }
    lines.push('');
  }
  if (diff.definitions.length > 0) {
    lines.push('| change | definition | details |', '|---|---|---|');
    for (const d of diff.definitions) lines.push(`| ${d.kind} | ${d.what} \`${cell(d.name)}\` | ${cell(d.text)} |`);
    lines.push('');
  }
  if (diff.against) {
    const { folder, documents, changed } = diff.against;
    lines.push(`**Documents in \`${cell(folder)}\` whose result changes: ${changed.length} of ${documents}**`, '');
    if (changed.length > 0) {
      lines.push('| document | old | new | findings |', '|---|---|---|---|');
      for (const d of changed) lines.push(`| \`${cell(d.path)}\` | ${d.old} | ${d.old === d.new ? d.new : `**${d.new}**`} | ${cell(findingDelta(d))} |`);
      lines.push('');
    }
  }
  lines.push(`_${countsLine(diff)}_`);
  return `${lines.join('\n')}\n`;
}
