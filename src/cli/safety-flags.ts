// Flags that change how safely documents are read: resource limits and --debug. They are applied
// to the environment before a command runs, because worker threads inherit the environment and
// the readers run there as well as in the main thread.
import { UsageError } from '../errors.js';
import { LIMITS_ENV, limitsFromFlags } from '../read/limits.js';
import type { LimitFlags } from '../read/limits.js';

export interface SafetyFlags extends LimitFlags {
  debug?: boolean;
}

/** The env variable that turns on stack traces for internal errors (also honoured by bin/termlint.js). */
export const DEBUG_ENV = 'TERMLINT_DEBUG';

export function applySafetyFlags(flags: SafetyFlags, env: NodeJS.ProcessEnv = process.env): void {
  if (flags.debug) env[DEBUG_ENV] = '1';
  const parsed = limitsFromFlags(flags);
  if ('error' in parsed) throw new UsageError(parsed.error);
  if (Object.keys(parsed.limits).length > 0) env[LIMITS_ENV] = JSON.stringify(parsed.limits);
}
