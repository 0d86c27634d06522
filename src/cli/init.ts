// `termlint init`: write the default playbook as a commented starter policy (and, if asked, a waivers file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeAtomic } from './output.js';

const WAIVERS_STARTER = `# yaml-language-server: $schema=./node_modules/termlint/schemas/waivers.schema.json
# Approved deviations from the policy. A waived finding is still reported, marked "waived",
# and does not fail the run. An expired waiver, or a value beyond its own bound, fails again.
termlint-waivers: 1
waivers: []
#  - rule: payment-terms                  # the rule id the waiver applies to
#    files: ["deals/globex-*.docx"]       # which documents (globs, relative to this file)
#    approved_by: Dana Ruiz (Finance)
#    reason: Strategic logo; Net 60 approved on the Q4 deal review
#    expires: 2027-03-31
#    max: 60                              # optional: holds only while the value stays within
`;

export async function runInit(opts: { force?: boolean; waivers?: boolean }, cwd = process.cwd()): Promise<number> {
  const { BUILTIN_POLICY_PATH } = await import('../policy/load.js');
  const target = join(cwd, 'termlint.policy.yaml');
  if (existsSync(target) && !opts.force) {
    throw new UsageError(`${target} already exists (use --force to overwrite)`);
  }
  const starter = readFileSync(BUILTIN_POLICY_PATH, 'utf8').replace(
    /\$schema=\S+/,
    '$schema=./node_modules/termlint/schemas/policy.schema.json',
  );
  writeAtomic(target, starter);
  process.stdout.write(`Wrote termlint.policy.yaml (the default playbook: edit the norms, owners and contacts).\n`);
  if (opts.waivers) {
    const wTarget = join(cwd, 'termlint.waivers.yaml');
    if (existsSync(wTarget) && !opts.force) throw new UsageError(`${wTarget} already exists (use --force to overwrite)`);
    writeAtomic(wTarget, WAIVERS_STARTER);
    process.stdout.write('Wrote termlint.waivers.yaml.\n');
  }
  process.stdout.write('Next: termlint policy validate && termlint policy test\n');
  return 0;
}
