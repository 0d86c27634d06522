// docs/writing-policies.md's worked example is a real policy: it is kept byte-for-byte in the test
// inputs, validates, and every example in it passes `policy test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const GUIDE_DIR = join(ROOT, 'test', 'golden', 'lifecycle', 'inputs', 'guide');

describe('docs/writing-policies.md worked example', () => {
  it('is the file the tests run', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'writing-policies.md'), 'utf8');
    const example = readFileSync(join(GUIDE_DIR, 'termlint.policy.yaml'), 'utf8');
    expect(guide).toContain(`## A worked example`);
    expect(guide).toContain(`\`\`\`yaml\n${example}\`\`\``);
  });

  it('validates and passes its own examples, one rule of each kind', () => {
    const env = { TERMLINT_TODAY: '2026-11-28' };
    const validate = runCli(['policy', 'validate'], { cwd: GUIDE_DIR, env });
    expect(validate.stdout).toContain('✔ termlint.policy.yaml: valid policy "Acme SaaS sales playbook" 2026.3.0');
    expect(validate.code).toBe(0);
    const test = runCli(['policy', 'test'], { cwd: GUIDE_DIR, env });
    for (const id of ['payment-terms', 'uptime-floor', 'no-auto-renewal', 'governing-law', 'no-texas-venue', 'liability-cap-required', 'no-benchmark-publication', 'exclusive-language', 'setup-fee-cap', 'early-payment-discount']) {
      expect(test.stdout).toMatch(new RegExp(`\\n  ${id} +1/1 +1/1 +ok\\n`));
    }
    expect(test.code).toBe(0);
  });
});
