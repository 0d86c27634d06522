// Find and load the policy a run is judged by: an explicit file, else the nearest
// termlint.policy.yaml / .termlint.yaml from the working folder up, else the built-in playbook.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PolicyError } from '../errors.js';
import type { Policy } from '../types.js';
import { BUILTIN_POLICY_PATH, BUILTIN_SOURCE } from './paths.js';
import { validatePolicyFile } from './validate.js';

export { BUILTIN_POLICY_PATH } from './paths.js';

export const POLICY_FILE_NAMES = ['termlint.policy.yaml', '.termlint.yaml'] as const;

export function findPolicyFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The merged policy. `path` null: the nearest policy file from `cwd` up, else the built-in
 * playbook. Throws PolicyError with every diagnostic (errors and warnings) when the policy is invalid.
 */
export async function loadPolicy(path: string | null, cwd: string = process.cwd()): Promise<Policy> {
  const chosen = path === null ? findPolicyFile(cwd) : resolve(cwd, path);
  const file = chosen ?? BUILTIN_POLICY_PATH;
  const { diagnostics, policy } = await validatePolicyFile(file);
  if (policy === null) {
    throw new PolicyError(diagnostics);
  }
  if (chosen === null) return { ...policy, builtin: true, source: BUILTIN_SOURCE };
  // Keep the path as the user gave it (reports show it), not the resolved one.
  return path === null ? policy : { ...policy, source: path };
}
