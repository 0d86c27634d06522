// Load the policy for a command, printing every diagnostic (file:line:column) on failure.
import { PolicyError, UsageError } from '../errors.js';
import type { Policy } from '../types.js';

export async function loadPolicyOrExplain(path: string | undefined, cwd: string): Promise<Policy> {
  const { loadPolicy } = await import('../policy/load.js');
  try {
    return await loadPolicy(path ?? null, cwd);
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new UsageError(`invalid policy:\n${err.message}`);
    }
    throw err;
  }
}
