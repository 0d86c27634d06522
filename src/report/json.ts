// `--format json`: the machine-readable report of /work/shared/spec/report.md (contract v1),
// described by schemas/report.schema.json. Objects are built field by field so the key order
// is fixed and the output is byte-for-byte stable.
import type { Change, FactValue, FileResult, Finding, Location, Owner } from '../types.js';
import { summarise } from './summary.js';
import { displayPath } from './text.js';
import type { ReportInput } from './types.js';
import type { StaleWaiver } from '../waivers/apply.js';

export function formatJson(input: ReportInput): string {
  const summary = summarise(input.files);
  const report = {
    tool: { name: input.tool.name, version: input.tool.version },
    policy: {
      name: input.policy.name,
      version: input.policy.version,
      source: input.policy.source,
      sha256: input.policy.sha256,
      effective: input.policy.effective,
      builtin: input.policy.builtin,
    },
    files: input.files.map((file) => fileJson(file, input.cwd)),
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      unreadable: summary.unreadable,
      waived: summary.waived,
      byOwner: summary.byOwner,
    },
    ...(input.staleWaivers ? { staleWaivers: input.staleWaivers.map(staleWaiverJson) } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function fileJson(file: FileResult, cwd: string) {
  return {
    path: displayPath(file.path, cwd),
    format: file.format,
    status: file.status,
    error: file.error ? { code: file.error.code, message: file.error.message } : null,
    findings: file.findings.map(findingJson),
    warnings: [...(file.warnings ?? [])],
  };
}

export function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    owner: f.owner ? ownerJson(f.owner) : null,
    message: f.message,
    topic: f.topic,
    fact: f.fact ? { name: f.fact.name, value: valueJson(f.fact.value), expected: f.fact.expected } : null,
    clause: f.clause ? { number: f.clause.number, heading: f.clause.heading } : null,
    location: f.location ? locationJson(f.location) : null,
    excerpt: f.excerpt,
    fallback: f.fallback,
    waived: f.waived ? { by: f.waived.by, reason: f.waived.reason, expires: f.waived.expires } : null,
    change: f.change ? changeJson(f.change) : null,
  };
}

/** A waiver that matched nothing: where it is written and what it covered. */
function staleWaiverJson(w: StaleWaiver) {
  return {
    rule: w.rule, files: [...w.files], approvedBy: w.approvedBy, reason: w.reason, expires: w.expires,
    file: w.file, line: w.line, column: w.column,
  };
}

export function ownerJson(owner: Owner) {
  return { id: owner.id, name: owner.name, contact: owner.contact };
}

export function locationJson(location: Location) {
  return { page: location.page ?? null, paragraph: location.paragraph ?? null, line: location.line ?? null };
}

export function changeJson(change: Change) {
  return { type: change.type, author: change.author ?? null, date: change.date ?? null };
}

/** Copies a value with money's keys in a fixed order (amount, currency). */
export function valueJson(value: FactValue | null): FactValue | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object') return { amount: value.amount, currency: value.currency };
  return value;
}
