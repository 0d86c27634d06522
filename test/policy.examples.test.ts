// The built-in playbook's examples run through the real pipeline (as `termlint policy test` does):
// each fail sentence must raise its rule and each pass sentence must not.
import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../src/cli/policy.js';
import { BUILTIN_POLICY_PATH, loadPolicy } from '../src/policy/load.js';

describe('built-in playbook examples', async () => {
  const policy = await loadPolicy(BUILTIN_POLICY_PATH);
  it.each(policy.rules.map((rule) => [rule.id, rule] as const))('%s', async (_id, rule) => {
    const results = await runRuleExamples(rule, policy);
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.filter((r) => !r.ok).map((r) => `${r.kind}: ${r.detail}: ${r.text}`)).toEqual([]);
  });
});
