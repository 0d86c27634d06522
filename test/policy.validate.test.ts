import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePolicyFile } from '../src/policy/validate.js';
import { brief, writeFiles } from './policy.helpers.js';

async function validate(text: string): Promise<string[]> {
  const dir = writeFiles({ 'p.yaml': text });
  const { diagnostics } = await validatePolicyFile(join(dir, 'p.yaml'));
  return brief(diagnostics);
}

const PLANTED = `termlint: 1
name: Planted
version: 1
owners:
  legal: { name: Legal }
rules:
  - id: pay
    fact: payment.net_dayz
    max: 45
    owner: legal
  - id: pay
    fact: governing_law.jurisdiction
    max: 3
    owner: legl
  - id: topic-typo
    require: limitation-of-liabilty
    severity: eror
  - id: nothing
    owner: legal
    colour: red
`;

describe('validatePolicyFile: every problem at once, at its line:column', () => {
  it('reports all planted errors in one run', async () => {
    const lines = await validate(PLANTED);
    expect(lines).toEqual([
      "8:11 error unknown fact 'payment.net_dayz' (did you mean 'payment.net_days'?)",
      "11:9 error duplicate rule id 'pay' (first defined at line 7)",
      "13:5 error 'max' needs a numeric fact; 'governing_law.jurisdiction' is a jurisdiction (use in or not_in)",
      "14:12 error unknown owner 'legl' (did you mean 'legal'?)",
      "16:14 error unknown topic 'limitation-of-liabilty' (did you mean 'limitation-of-liability'?)",
      "17:15 error 'severity' must be one of: error, warning, info, off (did you mean 'error'?)",
      "18:9 error rule 'nothing' has no check: give it fact (with max, min, equals, in, not_in or when_absent), require, forbid or forbid_phrases",
      "20:5 error unknown key 'colour'",
    ]);
  });

  it.each([
    [
      'boolean fact with in',
      'rules:\n  - id: r\n    fact: renewal.auto\n    in: [true]\n',
      "7:5 error 'renewal.auto' is a boolean fact: use equals: true or equals: false",
    ],
    [
      'boolean fact compared with a string',
      'rules:\n  - id: r\n    fact: renewal.auto\n    equals: "yes"\n',
      "7:13 error 'renewal.auto' is a boolean fact: the value must be true or false",
    ],
    [
      'misspelt jurisdiction in a list only warns',
      'rules:\n  - id: r\n    fact: governing_law.jurisdiction\n    in: [Delaware, Delware]\n',
      "7:20 warning 'Delware' is not a known jurisdiction (did you mean 'Delaware'?)",
    ],
    [
      'unknown member of a closed list',
      'rules:\n  - id: r\n    fact: indemnity.scope\n    not_in: [breach-of-contrat]\n',
      "7:14 error 'breach-of-contrat' is not a value of indemnity.scope (did you mean 'breach-of-contract'?); allowed: ip-infringement, data-breach, breach-of-contract, bodily-injury, violation-of-law, third-party-claims",
    ],
    [
      // Found by the property test below (fast-check seed 2128709491): the jurisdiction spelling pass crashed on it.
      'a jurisdiction list that is not a list',
      'rules:\n  - id: r\n    fact: governing_law.jurisdiction\n    not_in: false\n',
      "7:13 error 'not_in' must be a list",
    ],
    [
      'numeric fact compared with text',
      'rules:\n  - id: r\n    fact: payment.net_days\n    in: [30, "forty"]\n',
      "7:14 error 'payment.net_days' is a days fact: the value must be a number",
    ],
    [
      'max below min',
      'rules:\n  - id: r\n    fact: payment.net_days\n    max: 10\n    min: 30\n',
      '7:10 error max 10 is below min 30: no value can pass',
    ],
    [
      'fact without an operator',
      'rules:\n  - id: r\n    fact: payment.net_days\n',
      "6:11 error rule 'r' names fact 'payment.net_days' but checks nothing: add max, min, equals, in, not_in or when_absent",
    ],
    [
      'two checks in one rule',
      'rules:\n  - id: r\n    require: payment\n    forbid: mfn\n',
      "7:5 error rule 'r' mixes checks (require, forbid); give each check its own rule",
    ],
    [
      'topic without forbid_phrases',
      'rules:\n  - id: r\n    require: payment\n    topic: payment\n',
      "7:5 error 'topic' only narrows forbid_phrases; use require or forbid to test a topic",
    ],
    [
      'when_absent on a topic rule',
      'rules:\n  - id: r\n    require: payment\n    when_absent: error\n',
      "7:5 error 'when_absent' only applies to fact rules",
    ],
    [
      'unknown message placeholder',
      'rules:\n  - id: r\n    fact: payment.net_days\n    max: 45\n    message: "{vale} days"\n',
      '8:14 warning unknown placeholder {vale} in message (did you mean \'value\'?); known: {value} {max} {min} {expected} {fact} {clause}',
    ],
    [
      'owner referenced with no owners defined',
      'rules:\n  - id: r\n    require: payment\n    owner: legal\n',
      "7:12 error unknown owner 'legal' (no owners are defined under owners:)",
    ],
    [
      'a wrong type from the schema',
      'rules:\n  - id: r\n    fact: payment.net_days\n    max: "45"\n',
      "7:10 error 'max' must be a number",
    ],
    [
      'equals with a mapping that is not money',
      'rules:\n  - id: r\n    fact: liability.cap_amount\n    equals: { amount: 5 }\n',
      "7:13 error 'equals' must be a number, a boolean, a string, a list or {amount, currency}",
    ],
    [
      'bad rule id',
      'rules:\n  - id: "my rule"\n    require: payment\n',
      "5:9 error 'id' may use letters, digits, '.', '_' and '-' (starting with a letter or digit)",
    ],
    [
      'bad effective date',
      'effective: next year\nrules: []\n',
      "4:12 error 'effective' must be a date written YYYY-MM-DD",
    ],
    [
      'duplicate YAML key',
      'rules:\n  - id: r\n    require: payment\n    require: mfn\n',
      "7:5 error duplicate key 'require'",
    ],
    [
      'custom YAML tag',
      'rules:\n  - id: r\n    require: !topic payment\n',
      '6:14 error custom YAML tags are not allowed (Unresolved tag: !topic)',
    ],
  ])('%s', async (_name, body, expected) => {
    const lines = await validate(`termlint: 1\nname: T\nversion: 1\n${body}`);
    expect(lines).toContain(expected);
  });

  it('reports a missing required key of the file at 1:1', async () => {
    expect(await validate('termlint: 1\nname: T\n')).toEqual(["1:1 error the file is missing required key 'version'"]);
  });

  it('reports a wrong format version', async () => {
    expect(await validate('termlint: 2\nname: T\nversion: 1\n')).toEqual(["1:11 error 'termlint' must be 1"]);
  });

  it('reports a YAML syntax error with its position and stops there', async () => {
    const lines = await validate('termlint: 1\nname: [T\nversion: 1\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d+:\d+ error /);
  });

  it('returns the policy only when there is no error (warnings allowed)', async () => {
    const dir = writeFiles({
      'ok.yaml': 'termlint: 1\nname: T\nversion: 2026.1\nrules:\n  - id: law\n    fact: governing_law.jurisdiction\n    in: [Delware, state of new york]\n',
    });
    const { diagnostics, policy } = await validatePolicyFile(join(dir, 'ok.yaml'));
    expect(brief(diagnostics)).toEqual(["7:10 warning 'Delware' is not a known jurisdiction (did you mean 'Delaware'?)"]);
    expect(policy?.version).toBe('2026.1');
    // Jurisdictions take their normal spelling so judges compare like with like.
    expect(policy?.rules[0].in).toEqual(['Delware', 'New York']);
    expect(policy?.rules[0].severity).toBe('warning');
  });

  it('reports a missing policy file', async () => {
    const { diagnostics, policy } = await validatePolicyFile('/nonexistent/termlint.policy.yaml');
    expect(policy).toBeNull();
    expect(brief(diagnostics)).toEqual(['1:1 error policy file not found']);
  });
});

describe('custom topics and facts', () => {
  it.each([
    ['pattern that re2 cannot compile', 'topics:\n  t:\n    patterns: ["(unclosed"]\n', '6:16 error pattern does not compile: missing closing ): `(unclosed`'],
    ['look-ahead (not RE2)', 'topics:\n  t:\n    patterns: ["a(?=b)"]\n', '6:16 error pattern does not compile: invalid or unsupported Perl syntax: `(?=`'],
    ['unknown typed hole', 'facts:\n  fees.setup:\n    type: money\n    patterns: ["setup fee of {mony}"]\n', "7:16 error unknown typed hole {mony} (did you mean {money}?); known: {days} {months} {years} {hours} {percent} {money} {number} {jurisdiction}"],
    ['hole that does not fit the type', 'facts:\n  fees.setup:\n    type: money\n    patterns: ["setup within {days}"]\n', '7:16 error the first hole {days} does not fit a money fact; use {money}'],
    ['value fact without a hole', 'facts:\n  fees.setup:\n    type: money\n    patterns: ["setup fee"]\n', '7:16 error pattern has no typed hole: a money fact needs {money}'],
    ['custom fact named like a built-in one', 'facts:\n  payment.net_days:\n    type: days\n    patterns: ["net {days}"]\n', "5:3 error 'payment.net_days' is a built-in fact; give the custom fact a name of its own"],
    ['custom fact in an unknown topic', 'facts:\n  fees.setup:\n    type: money\n    topic: paymnt\n    patterns: ["fee of {money}"]\n', "7:12 error unknown topic 'paymnt' (did you mean 'payment'?)"],
    ['topic with nothing to detect it', 'topics:\n  t: {}\n', "5:3 error topic 't' needs headings or patterns to be detected"],
    ['pattern matching empty text', 'topics:\n  t:\n    patterns: ["x*"]\n', '6:16 warning pattern matches empty text, so it matches everywhere'],
    ['invalid topic name', 'topics:\n  My Topic:\n    headings: [x]\n', "5:3 error 'My Topic' is not a valid name: topic names use lowercase letters, digits and '-' (kebab-case)"],
  ])('%s', async (_name, body, expected) => {
    const lines = await validate(`termlint: 1\nname: T\nversion: 1\n${body}`);
    expect(lines).toContain(expected);
  });

  it('lets rules use the policy\'s own topics and facts', async () => {
    const lines = await validate(`termlint: 1
name: T
version: 1
topics:
  escrow-agent:
    headings: [escrow]
facts:
  fees.setup:
    type: money
    topic: payment
    patterns: ["set-?up fee of {money}"]
rules:
  - id: setup
    fact: fees.setup
    max: 10000
  - id: escrow
    forbid: escrow-agent
`);
    expect(lines).toEqual([]);
  });
});

describe('robustness', () => {
  it('keeps a numeric version as written', async () => {
    const dir = writeFiles({ 'p.yaml': 'termlint: 1\nname: T\nversion: 1.10\n' });
    const { policy } = await validatePolicyFile(join(dir, 'p.yaml'));
    expect(policy?.version).toBe('1.10');
  });

  it('never throws on arbitrary rule contents: problems become diagnostics', async () => {
    const { stringify } = await import('yaml');
    const fc = await import('fast-check');
    const keys = ['id', 'fact', 'max', 'min', 'equals', 'in', 'not_in', 'when_absent', 'require', 'forbid', 'topic', 'forbid_phrases', 'severity', 'owner', 'message', 'examples'];
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()), { maxLength: 3 }),
      fc.constantFrom('payment.net_days', 'renewal.auto', 'indemnity.scope', 'governing_law.jurisdiction', 'liability.cap_amount', 'payment', 'error', 'off'),
    );
    const rule = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 });
    const dir = writeFiles({});
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { maxLength: 3 }), async (rules) => {
        const path = join(dir, 'fuzz.yaml');
        const { writeFileSync } = await import('node:fs');
        writeFileSync(path, stringify({ termlint: 1, name: 'F', version: 1, rules }));
        const { diagnostics, policy } = await validatePolicyFile(path);
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
        expect(policy === null).toBe(diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 150 },
    );
  });
});
