// Waivers for a check run: `--waivers <file>`, else the nearest termlint.waivers.yaml, else none.
import { relative } from 'node:path';
import { formatDiagnostic, UsageError } from '../errors.js';
import type { Policy } from '../types.js';
import { findWaiversFile, validateWaiversFile } from './load.js';
import type { WaiverSet } from './load.js';

export { applyWaivers, staleWaiverLines, waiverFailure } from './apply.js';
export type { StaleWaiver } from './apply.js';
export { findWaiversFile, validateWaiversFile, WAIVERS_FILE_NAME } from './load.js';
export type { Waiver, WaiverSet } from './load.js';

/**
 * The waivers to apply, or null when there is no waivers file. An invalid file is a usage error
 * (exit 2) listing every problem; warnings go to stderr.
 */
export function loadWaiversFor(explicit: string | undefined, policy: Policy, cwd: string = process.cwd()): WaiverSet | null {
  const found = explicit === undefined ? findWaiversFile(cwd) : null;
  if (explicit === undefined && found === null) return null;
  // Messages show the found file relative to where termlint runs, as a user would type it.
  const file = explicit ?? relative(cwd, found as string);
  const { diagnostics, set } = validateWaiversFile(file, policy, cwd);
  if (set === null) throw new UsageError(`invalid waivers:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return set;
}
