// Scoring termlint's extract output against CUAD labels (facts.md, "Evaluation against CUAD").

const isStated = (facts, name) => facts?.[name] != null;
const isTrue = (facts, name) => facts?.[name]?.value === true;
const hasTopic = (clauses, topic) => (clauses ?? []).some((c) => (c.topics ?? []).includes(topic));

/** The 20 presence categories and when termlint's extract says "Yes" for each. */
export const CATEGORIES = [
  { name: 'Cap On Liability', says: (f) => isStated(f.facts, 'liability.cap_multiple') || isStated(f.facts, 'liability.cap_amount') },
  { name: 'Uncapped Liability', says: (f) => isTrue(f.facts, 'liability.uncapped') },
  { name: 'Termination For Convenience', says: (f) => isTrue(f.facts, 'termination.for_convenience') },
  { name: 'Anti-Assignment', says: (f) => hasTopic(f.clauses, 'assignment') },
  { name: 'Audit Rights', says: (f) => isTrue(f.facts, 'audit.financial_records') || isTrue(f.facts, 'security.customer_audit') },
  { name: 'Insurance', says: (f) => hasTopic(f.clauses, 'insurance') },
  { name: 'Liquidated Damages', says: (f) => hasTopic(f.clauses, 'liquidated-damages') },
  { name: 'Exclusivity', says: (f) => hasTopic(f.clauses, 'exclusivity') },
  { name: 'Most Favored Nation', says: (f) => hasTopic(f.clauses, 'mfn') },
  { name: 'Non-Compete', says: (f) => hasTopic(f.clauses, 'non-compete') },
  { name: 'Source Code Escrow', says: (f) => hasTopic(f.clauses, 'escrow') },
  { name: 'Change Of Control', says: (f) => hasTopic(f.clauses, 'change-of-control') },
  { name: 'Ip Ownership Assignment', says: (f) => hasTopic(f.clauses, 'ip-assignment') },
  { name: 'Warranty Duration', says: (f) => isStated(f.facts, 'warranty.period_days') },
  { name: 'Minimum Commitment', says: (f) => hasTopic(f.clauses, 'minimum-commitment') },
  { name: 'Third Party Beneficiary', says: (f) => hasTopic(f.clauses, 'third-party-beneficiary') },
  { name: 'Non-Disparagement', says: (f) => hasTopic(f.clauses, 'non-disparagement') },
  { name: 'Covenant Not To Sue', says: (f) => hasTopic(f.clauses, 'covenant-not-to-sue') },
  { name: 'Revenue/Profit Sharing', says: (f) => hasTopic(f.clauses, 'revenue-sharing') },
  { name: 'Post-Termination Services', says: (f) => hasTopic(f.clauses, 'post-termination-services') },
];

/** Counts to precision, recall and F1 (0 when undefined, except F1 of a category with no positives and no predictions = 1). */
export function metrics({ tp, fp, fn, tn }) {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

/** Add one (predicted, labelled) pair to a confusion count. */
export function tally(counts, predicted, labelled) {
  if (predicted && labelled) counts.tp++;
  else if (predicted) counts.fp++;
  else if (labelled) counts.fn++;
  else counts.tn++;
  return counts;
}

export const macroF1 = (rows) => (rows.length === 0 ? 0 : rows.reduce((s, r) => s + r.f1, 0) / rows.length);

// ---- Governing law ----

const JURISDICTION_ALIASES = {
  'england': 'england and wales', 'wales': 'england and wales', 'england & wales': 'england and wales',
  'united kingdom': 'england and wales', 'uk': 'england and wales',
  "people's republic of china": 'china', 'prc': 'china',
  'united states': 'usa', 'united states of america': 'usa', 'us': 'usa',
  'hong kong sar': 'hong kong',
};

/** One jurisdiction spelling to a comparable key: "State of Delaware", "Delaware, USA", "delaware" -> "delaware". */
export function normaliseJurisdiction(raw) {
  if (raw == null) return null;
  let s = String(raw).toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  s = s.replace(/^the\s+/, '')
    .replace(/^(state|commonwealth|province|republic|kingdom|laws?) of (the )?/, '')
    .replace(/,?\s*(u\.?s\.?a?\.?|united states( of america)?|canada|australia)$/, '')
    .replace(/[.,;]+$/, '').trim();
  return JURISDICTION_ALIASES[s] ?? s;
}

/** A CUAD governing-law label ("Illinois; New York", "England; Wales") to the set of keys that count as right. */
export function governingLawLabelKeys(label) {
  const text = (label ?? '').trim();
  if (!text || /^\[.*\]$/.test(text)) return [];
  const keys = [];
  for (const part of text.split(/;|\/|\band\b(?! wales)/i)) {
    const key = normaliseJurisdiction(part);
    if (!key) continue;
    // "Virginia, Texas" names two places; "Ontario, Canada" names one (the country suffix is dropped above).
    if (key.includes(',')) keys.push(...key.split(',').map((p) => normaliseJurisdiction(p)).filter(Boolean));
    else keys.push(key);
  }
  return [...new Set(keys)];
}

export function governingLawMatches(label, value) {
  const keys = governingLawLabelKeys(label);
  return value != null && keys.includes(normaliseJurisdiction(value));
}

// ---- Durations ----

const NUMBER_WORDS = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
};

/** Each "<number> <unit>" in a label, e.g. "successive 1 year; 6 months" -> [[1,'year'],[6,'month']]. */
function durations(label) {
  const out = [];
  const re = /(\d+(?:\.\d+)?|[a-z]+)\)?\s*(?:\(\s*\d+(?:\.\d+)?\s*\)\s*)?(day|week|month|year)s?\b/gi;
  for (const m of String(label ?? '').matchAll(re)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (n !== undefined) out.push([n, m[2].toLowerCase()]);
  }
  return out;
}

/** A renewal-term label to the month counts that count as right; [] when it is not a fixed term (perpetual, blank, "[]"). */
export function renewalTermMonths(label) {
  if (/perpetual/i.test(label ?? '')) return [];
  const perUnit = { day: 1 / 30, week: 7 / 30, month: 1, year: 12 };
  return [...new Set(durations(label).map(([n, unit]) => Math.round(n * perUnit[unit] * 100) / 100))];
}

/** A notice-period label to the day counts that count as right ("6 months" -> 180, "1 year" -> 365). */
export function noticeDays(label) {
  const perUnit = { day: 1, week: 7, month: 30, year: 365 };
  return [...new Set(durations(label).map(([n, unit]) => n * perUnit[unit]))];
}

/** A CUAD presence label: "Yes"/"No" (anything else is treated as unlabelled). */
export function presenceLabel(answer) {
  const a = (answer ?? '').trim().toLowerCase();
  return a === 'yes' ? true : a === 'no' ? false : null;
}
