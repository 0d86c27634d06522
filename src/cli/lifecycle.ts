// The policy-lifecycle stages of `termlint check`, kept out of check.ts: notices about the policy
// (future effective date, --verbose extends chain) and waivers (load before, apply after judging).
import { policyNotices } from '../policy/effective.js';
import type { FileResult, Policy } from '../types.js';
import { applyWaivers, loadWaiversFor, staleWaiverLines } from '../waivers/index.js';
import type { StaleWaiver, WaiverSet } from '../waivers/index.js';

/** Print policy notices on stderr and load the waivers (an invalid waivers file ends the run with 2). */
export function beforeCheck(policy: Policy, opts: { waivers?: string; verbose?: boolean }, cwd: string): WaiverSet | null {
  for (const line of policyNotices(policy, Boolean(opts.verbose), undefined, cwd)) process.stderr.write(`${line}\n`);
  const waivers = loadWaiversFor(opts.waivers, policy, cwd);
  if (waivers && opts.verbose) process.stderr.write(`termlint: waivers: ${waivers.file} (${waivers.waivers.length})\n`);
  return waivers;
}

/** Mark waived findings; warn about stale waivers on stderr. Null when no waivers file is in use. */
export function afterJudging(results: FileResult[], waivers: WaiverSet | null, cwd: string): StaleWaiver[] | null {
  if (waivers === null) return null;
  const stale = applyWaivers(results, waivers, cwd);
  for (const line of staleWaiverLines(stale)) process.stderr.write(`${line}\n`);
  return stale;
}
