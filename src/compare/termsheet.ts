// `check --termsheet <file>`: the contract against the terms agreed for the deal. Every fact the
// term sheet states is compared with the fact the contract states: a different value is a
// `termsheet-mismatch` error at the contract's clause; an agreed fact the contract does not state
// is a warning. Facts the term sheet is silent on are not this check's business.
import { basename } from 'node:path';
import type { AnalysedDocument, FactHit, FactType, Finding, Policy } from '../types.js';
import { FACT_BY_NAME } from '../vocabulary.js';
import { resolveOwner } from '../judge.js';
import { factOwnerId } from './owners.js';
import { describeValue, sameFactValue } from '../fact-values.js';

export const TERMSHEET_RULE_ID = 'termsheet-mismatch';

function typeOf(name: string, policy: Policy): FactType | null {
  return FACT_BY_NAME.get(name)?.type ?? (Object.hasOwn(policy.facts, name) ? policy.facts[name].type : null);
}

function topicOf(name: string, policy: Policy): string | null {
  return FACT_BY_NAME.get(name)?.topic ?? (Object.hasOwn(policy.facts, name) ? policy.facts[name].topic ?? null : null);
}

/** Day and hour counts agree only when both count the same kind of days. */
function sameHit(agreed: FactHit, stated: FactHit, type: FactType | null): boolean {
  return sameFactValue(agreed.value, stated.value, type) && Boolean(agreed.business) === Boolean(stated.business);
}

/** Where the term sheet says it: "globex-termsheet.yaml line 7". */
function sheetPlace(sheet: AnalysedDocument, hit: FactHit): string {
  const line = hit.location.line;
  return `${basename(sheet.path)}${line !== null ? ` line ${line}` : ''}`;
}

/** Findings for each fact of `sheet` that `doc` states differently or not at all, in term-sheet order. */
export function compareWithTermSheet(doc: AnalysedDocument, sheet: AnalysedDocument, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const agreedFacts = Object.entries(sheet.facts)
    .filter((entry): entry is [string, FactHit] => entry[1] !== null)
    .sort((a, b) => (a[1].location.line ?? 0) - (b[1].location.line ?? 0));

  for (const [name, agreed] of agreedFacts) {
    const type = typeOf(name, policy);
    const stated = Object.hasOwn(doc.facts, name) ? doc.facts[name] : null;
    const agreedText = describeValue(agreed.value, type, agreed.business);
    const common = {
      ruleId: TERMSHEET_RULE_ID,
      owner: resolveOwner(factOwnerId(name, policy), policy),
      topic: topicOf(name, policy),
      waived: null,
    };
    if (stated === null) {
      findings.push({
        ...common,
        severity: 'warning',
        message: `${name}: ${agreedText} agreed in the term sheet but not stated in the contract`,
        fact: { name, value: null, expected: `= ${agreedText}` },
        clause: null,
        location: null,
        excerpt: `${sheetPlace(sheet, agreed)}: ${agreed.excerpt}`,
        fallback: `State the agreed term: ${agreedText} (${name}).`,
        change: null,
      });
      continue;
    }
    if (sameHit(agreed, stated, type)) continue;
    const statedText = describeValue(stated.value, type, stated.business);
    findings.push({
      ...common,
      severity: 'error',
      message: `Term sheet agrees ${agreedText}, the contract says ${statedText} (${name})`,
      fact: { name, value: stated.value, expected: `= ${agreedText}` },
      clause: stated.clause !== null || stated.heading !== null ? { number: stated.clause, heading: stated.heading } : null,
      location: stated.location,
      excerpt: stated.excerpt,
      fallback: `Change to the agreed term: ${agreedText} (${sheetPlace(sheet, agreed)}).`,
      change: stated.change ?? null,
    });
  }
  return findings;
}
