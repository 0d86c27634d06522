// Fact-level scoring of termlint's extract output against our own yardstick's truth files.

/** A truth entry may carry a business-day flag: `{ value: 10, business: true }`. */
export function truthValue(entry) {
  if (entry && typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry) {
    return { value: entry.value ?? null, business: entry.business === true };
  }
  return { value: entry ?? null, business: false };
}

const sameNumber = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9;
const key = (s) => String(s).trim().toLowerCase();

/** Whether an extracted value is the expected one for a fact of this type (lists as sets, money as amount+currency). */
export function valuesEqual(type, expected, got) {
  if (expected == null || got == null) return expected == null && got == null;
  switch (type) {
    case 'boolean':
      return expected === got;
    case 'list': {
      if (!Array.isArray(expected) || !Array.isArray(got)) return false;
      const a = new Set(expected.map(key));
      const b = new Set(got.map(key));
      return a.size === b.size && [...a].every((x) => b.has(x));
    }
    case 'money':
      return typeof got === 'object' && sameNumber(expected.amount, got.amount)
        && key(expected.currency) === key(got.currency ?? '');
    case 'jurisdiction':
      return typeof got === 'string' && key(expected) === key(got);
    default:
      return sameNumber(expected, got);
  }
}

/**
 * One (document, fact) judgement: 'right' | 'wrong' | 'missed' (stated, not read) | 'false-fact'
 * (absent, but reported) | 'true-absent'. A business-day truth also needs the hit's `business` flag.
 */
export function judgeFact(type, truthEntry, hit) {
  const { value: expected, business } = truthValue(truthEntry);
  const got = hit?.value ?? null;
  if (expected == null) return got == null ? 'true-absent' : 'false-fact';
  if (got == null) return 'missed';
  if (!valuesEqual(type, expected, got)) return 'wrong';
  if (business && hit.business !== true) return 'wrong';
  return 'right';
}

/** Problems with a truth file: facts of the vocabulary it leaves out, names it has that the vocabulary lacks. */
export function checkTruthFile(truthFacts, factNames) {
  const problems = [];
  for (const name of factNames) if (!(name in truthFacts)) problems.push(`missing fact ${name}`);
  for (const name of Object.keys(truthFacts)) if (!factNames.includes(name)) problems.push(`unknown fact ${name}`);
  return problems;
}

/**
 * Score cases of { doc, format, truth: {fact: entry}, facts: extract facts map } given fact types.
 * Returns totals, the rates the team's goals are set on, per-fact counts and every miss with evidence.
 */
export function scoreYardstick(cases, typeOf) {
  const totals = { stated: 0, right: 0, wrong: 0, missed: 0, absent: 0, falseFacts: 0 };
  const perFact = {};
  const misses = [];
  for (const c of cases) {
    for (const [fact, entry] of Object.entries(c.truth)) {
      const hit = c.facts?.[fact] ?? null;
      const verdict = judgeFact(typeOf(fact), entry, hit);
      const row = (perFact[fact] ??= { stated: 0, right: 0, absent: 0, falseFacts: 0 });
      if (verdict === 'true-absent' || verdict === 'false-fact') {
        totals.absent++; row.absent++;
        if (verdict === 'false-fact') { totals.falseFacts++; row.falseFacts++; }
      } else {
        totals.stated++; row.stated++;
        if (verdict === 'right') { totals.right++; row.right++; } else totals[verdict]++;
      }
      if (verdict !== 'right' && verdict !== 'true-absent') {
        misses.push({
          doc: c.doc, format: c.format, fact, verdict,
          expected: truthValue(entry).value, got: hit?.value ?? null, excerpt: hit?.excerpt ?? null,
        });
      }
    }
  }
  return {
    ...totals,
    accuracy: totals.stated === 0 ? 1 : totals.right / totals.stated,
    falseFactRate: totals.absent === 0 ? 0 : totals.falseFacts / totals.absent,
    perFact,
    misses,
  };
}
