// Dates in policies and waivers: today's date (overridable for tests), calendar checks, and the
// notice for a policy whose norms do not apply yet.
import { isAbsolute, relative } from 'node:path';
import type { Policy } from '../types.js';
import { BUILTIN_EXTENDS_NAME, BUILTIN_POLICY_PATH } from './paths.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Today as YYYY-MM-DD in local time. `TERMLINT_TODAY=YYYY-MM-DD` overrides it so tests of
 * expiry and effective dates do not depend on the day they run; it is not meant for users.
 */
export function todayIso(env: NodeJS.ProcessEnv = process.env): string {
  const forced = env.TERMLINT_TODAY;
  if (forced !== undefined && forced !== '' && isCalendarDate(forced)) return forced;
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The warning for a policy whose `effective` date is still to come, or null. */
export function futureEffectiveWarning(effective: string | null, today: string = todayIso()): string | null {
  if (effective === null || !isCalendarDate(effective) || effective <= today) return null;
  return `effective date ${effective} is in the future (today is ${today}): these norms do not apply yet`;
}

/** Lines for stderr before a check: a future effective date always, the extends chain with --verbose. */
export function policyNotices(policy: Policy, verbose: boolean, today: string = todayIso(), cwd: string = process.cwd()): string[] {
  const lines: string[] = [];
  const future = futureEffectiveWarning(policy.effective, today);
  if (future) lines.push(`termlint: warning: policy "${policy.name}" ${policy.version}: ${future}`);
  if (verbose) {
    lines.push(`termlint: policy "${policy.name}" ${policy.version} (${policy.source}, sha256 ${policy.sha256.slice(0, 12)})`);
    const chain = policy.chain.length > 0 ? policy.chain : [policy.source];
    lines.push(`termlint: extends chain (base first): ${chain.map((file) => chainName(file, cwd)).join(' -> ')}`);
  }
  return lines;
}

function chainName(file: string, cwd: string): string {
  if (file === BUILTIN_POLICY_PATH) return BUILTIN_EXTENDS_NAME;
  return isAbsolute(file) ? relative(cwd, file) || file : file;
}
