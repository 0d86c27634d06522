// Apply approved waivers to judged files. A finding whose rule and path match a waiver is marked
// `waived` and stops failing the run, unless the waiver has expired or the document's value is
// beyond the waiver's own bound: then it stays active and its message says why. Waivers that
// matched no finding are returned as stale (like ESLint's unused disable directives).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globToRegExp } from '../cli/files.js';
import { todayIso } from '../policy/effective.js';
import type { FileResult, Finding } from '../types.js';
import type { Waiver, WaiverSet } from './load.js';

export interface StaleWaiver {
  rule: string;
  files: string[];
  approvedBy: string;
  reason: string;
  expires: string | null;
  /** Where the waiver is written: `file:line:column`. */
  file: string;
  line: number;
  column: number;
}

/** Why a matching waiver does not hold for this finding, or null when it holds. */
export function waiverFailure(waiver: Waiver, finding: Finding, today: string): string | null {
  if (waiver.expires !== null && waiver.expires < today) return `waiver by ${waiver.approvedBy} expired on ${waiver.expires}`;
  const value = numericValue(finding);
  if (value === null) return null;
  if (waiver.max !== null && value > waiver.max) return `beyond the waived maximum ${waiver.max}`;
  if (waiver.min !== null && value < waiver.min) return `below the waived minimum ${waiver.min}`;
  return null;
}

function numericValue(finding: Finding): number | null {
  const value = finding.fact?.value;
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value.amount;
  return null;
}

/** The document's path relative to the waivers file's folder, with forward slashes. */
function pathFromWaivers(path: string, set: WaiverSet, cwd: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(set.dir, abs).split(sep).join('/');
}

/**
 * Mark waived findings in place (a waiver that does not hold appends its reason to the message)
 * and return the waivers that matched nothing. `today` is YYYY-MM-DD.
 */
export function applyWaivers(results: FileResult[], set: WaiverSet, cwd: string, today: string = todayIso()): StaleWaiver[] {
  const globs = set.waivers.map((w) => w.files.map((glob) => globToRegExp(glob.replace(/^\.\//, ''))));
  const used = new Set<Waiver>();
  for (const result of results) {
    if (result.status !== 'ok' || result.path === '<stdin>') continue;
    const rel = pathFromWaivers(result.path, set, cwd);
    const covering = set.waivers.filter((w, i) => globs[i].some((re) => re.test(rel)));
    if (covering.length === 0) continue;
    for (const finding of result.findings) {
      if (finding.waived) continue;
      const matching = covering.filter((w) => w.rule === finding.ruleId);
      if (matching.length === 0) continue;
      matching.forEach((w) => used.add(w));
      // Any waiver that holds is enough; otherwise the first one's reason is given.
      const holding = matching.find((w) => waiverFailure(w, finding, today) === null);
      if (holding) {
        finding.waived = { by: holding.approvedBy, reason: holding.reason, expires: holding.expires };
      } else {
        finding.message = withNote(finding.message, waiverFailure(matching[0], finding, today) as string);
      }
    }
  }
  return set.waivers
    .filter((w) => !used.has(w))
    .map((w) => ({
      rule: w.rule, files: [...w.files], approvedBy: w.approvedBy, reason: w.reason, expires: w.expires,
      file: set.file, line: w.line, column: w.column,
    }));
}

/** "…45." + note -> "…45 (note)." so the sentence still ends once. */
function withNote(message: string, note: string): string {
  return message.endsWith('.') ? `${message.slice(0, -1)} (${note}).` : `${message} (${note})`;
}

/** One stderr line per stale waiver, positioned like a diagnostic so editors can jump to it. */
export function staleWaiverLines(stale: StaleWaiver[]): string[] {
  return stale.map((w) =>
    `${w.file}:${w.line}:${w.column}: warning: stale waiver: '${w.rule}' for ${w.files.join(', ')} (approved by ${w.approvedBy}) matched no finding; remove it`);
}
