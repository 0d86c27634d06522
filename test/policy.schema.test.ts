import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_POLICY_PATH } from '../src/policy/load.js';
import { POLICY_SCHEMA_PATH, TERMSHEET_SCHEMA_PATH } from '../src/policy/paths.js';
import { validatePolicyFile } from '../src/policy/validate.js';
import { FACTS, TOPICS } from '../src/vocabulary.js';

const policySchema = JSON.parse(readFileSync(POLICY_SCHEMA_PATH, 'utf8'));
const termsheetSchema = JSON.parse(readFileSync(TERMSHEET_SCHEMA_PATH, 'utf8'));

describe('schemas stay in step with the vocabulary', () => {
  it('policy schema: fact-name enum equals the built-in facts', () => {
    expect(policySchema.definitions.builtinFactName.enum).toEqual(FACTS.map((f) => f.name));
  });

  it('policy schema: topic-name enum equals the built-in topics', () => {
    expect(policySchema.definitions.builtinTopicName.enum).toEqual([...TOPICS]);
  });

  it('policy schema: severities and fact types', () => {
    expect(policySchema.definitions.severity.enum).toEqual(['error', 'warning', 'info', 'off']);
    expect([...policySchema.definitions.factDef.properties.type.enum].sort()).toEqual(
      ['boolean', 'days', 'hours', 'jurisdiction', 'list', 'money', 'months', 'multiple', 'number', 'percent', 'years'],
    );
    expect(new Set(FACTS.map((f) => f.type)).size).toBeGreaterThan(0);
    for (const f of FACTS) expect(policySchema.definitions.factDef.properties.type.enum).toContain(f.type);
  });

  it('term-sheet schema: one property per built-in fact, described', () => {
    const terms = termsheetSchema.properties.terms.properties as Record<string, { description?: string }>;
    expect(Object.keys(terms)).toEqual(FACTS.map((f) => f.name));
    for (const f of FACTS) expect(terms[f.name].description).toContain(f.meaning);
  });

  it('every rule property carries a description for editors', () => {
    const props = policySchema.definitions.rule.properties as Record<string, { description?: string; $ref?: string }>;
    const undocumented = Object.entries(props).filter(([, p]) => !p.description).map(([k]) => k);
    // fact/equals take theirs from the referenced definition.
    expect(undocumented.sort()).toEqual(['equals', 'fact']);
    expect(policySchema.definitions.factName.description).toBeTruthy();
    expect(policySchema.definitions.factValue.description).toBeTruthy();
  });
});

describe('the built-in default playbook', () => {
  const text = readFileSync(BUILTIN_POLICY_PATH, 'utf8');
  const raw = parse(text) as { rules: Array<Record<string, unknown>> };

  it('validates with zero diagnostics', async () => {
    const { diagnostics, policy } = await validatePolicyFile(BUILTIN_POLICY_PATH);
    expect(diagnostics).toEqual([]);
    expect(policy?.builtin).toBe(true);
  });

  it('starts with the schema line editors use', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/policy.schema.json');
  });

  it('has a rule for every fact of the vocabulary', () => {
    const covered = new Set(raw.rules.map((r) => r.fact).filter(Boolean));
    expect(FACTS.map((f) => f.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('gives every rule an owner, message, why, fallback and one pass and one fail example', () => {
    for (const rule of raw.rules) {
      const examples = rule.examples as { pass?: string[]; fail?: string[] } | undefined;
      const missing = ['owner', 'message', 'why', 'fallback'].filter((k) => typeof rule[k] !== 'string' || rule[k] === '');
      expect({ id: rule.id, missing }).toEqual({ id: rule.id, missing: [] });
      expect(examples?.pass?.length, `${String(rule.id)} pass`).toBeGreaterThanOrEqual(1);
      expect(examples?.fail?.length, `${String(rule.id)} fail`).toBeGreaterThanOrEqual(1);
    }
  });

  it('includes forbid and forbid_phrases rules and uses all six owners', () => {
    expect(raw.rules.some((r) => r.forbid === 'liquidated-damages')).toBe(true);
    expect(raw.rules.some((r) => r.forbid === 'non-compete')).toBe(true);
    expect(raw.rules.some((r) => Array.isArray(r.forbid_phrases))).toBe(true);
    expect(new Set(raw.rules.map((r) => r.owner))).toEqual(new Set(['finance', 'legal', 'security', 'support', 'product', 'marketing']));
  });
});
