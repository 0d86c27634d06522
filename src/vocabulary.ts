// The built-in vocabulary of topics and facts (../shared/spec/facts.md, vocabulary v1).
import type { FactType } from './types.js';

export interface FactSpec {
  name: string;
  topic: string;
  type: FactType;
  /** The function that usually owns decisions on this fact. */
  owner: string;
  meaning: string;
}

export const FACTS: readonly FactSpec[] = [
  { name: 'payment.net_days', topic: 'payment', type: 'days', owner: 'finance', meaning: 'days after invoice within which payment is due' },
  { name: 'payment.late_interest_percent_per_month', topic: 'payment', type: 'percent', owner: 'finance', meaning: 'late-payment interest, per month (1.5% per month; 18% per annum = 1.5)' },
  { name: 'pricing.increase_cap_percent', topic: 'pricing', type: 'percent', owner: 'finance', meaning: 'cap on a price increase at renewal or per year; absent if no cap stated' },
  { name: 'pricing.fixed_months', topic: 'pricing', type: 'months', owner: 'finance', meaning: 'prices locked/fixed for this long' },
  { name: 'term.initial_months', topic: 'term', type: 'months', owner: 'finance', meaning: 'initial term length' },
  { name: 'renewal.auto', topic: 'renewal', type: 'boolean', owner: 'finance', meaning: 'the agreement renews automatically' },
  { name: 'renewal.term_months', topic: 'renewal', type: 'months', owner: 'finance', meaning: 'length of each renewal term' },
  { name: 'renewal.notice_days', topic: 'renewal', type: 'days', owner: 'finance', meaning: 'notice of non-renewal needed before the term ends' },
  { name: 'termination.for_convenience', topic: 'termination', type: 'boolean', owner: 'legal', meaning: 'some party may terminate without cause' },
  { name: 'termination.for_convenience_notice_days', topic: 'termination', type: 'days', owner: 'legal', meaning: 'notice required for that' },
  { name: 'termination.cure_days', topic: 'termination', type: 'days', owner: 'legal', meaning: 'cure period after notice of material breach' },
  { name: 'termination.refund_prepaid', topic: 'termination', type: 'boolean', owner: 'finance', meaning: 'we must refund prepaid, unused fees on some termination (other than for the customer\'s breach)' },
  { name: 'liability.cap_multiple', topic: 'limitation-of-liability', type: 'multiple', owner: 'legal', meaning: 'cap as a multiple of fees' },
  { name: 'liability.cap_amount', topic: 'limitation-of-liability', type: 'money', owner: 'legal', meaning: 'cap as a fixed amount' },
  { name: 'liability.cap_lookback_months', topic: 'limitation-of-liability', type: 'months', owner: 'legal', meaning: 'the fee period the cap is measured over' },
  { name: 'liability.uncapped', topic: 'limitation-of-liability', type: 'boolean', owner: 'legal', meaning: 'a party\'s liability is expressly unlimited (in general or for a carve-out)' },
  { name: 'liability.uncapped_for', topic: 'limitation-of-liability', type: 'list', owner: 'legal', meaning: 'carve-outs wholly outside any cap: confidentiality, indemnification, data-breach, gross-negligence, wilful-misconduct, death-personal-injury, fraud, payment (a carve-out with its own higher cap is not uncapped)' },
  { name: 'liability.consequential_excluded', topic: 'limitation-of-liability', type: 'boolean', owner: 'legal', meaning: 'indirect/consequential damages are excluded' },
  { name: 'indemnity.scope', topic: 'indemnification', type: 'list', owner: 'legal', meaning: 'what we (the vendor) indemnify: ip-infringement, data-breach, breach-of-contract, bodily-injury, violation-of-law, third-party-claims (a general \'any third-party claim\' indemnity)' },
  { name: 'indemnity.uncapped', topic: 'indemnification', type: 'boolean', owner: 'legal', meaning: 'the indemnity is expressly outside the liability cap' },
  { name: 'warranty.period_days', topic: 'warranty', type: 'days', owner: 'product', meaning: 'warranty period' },
  { name: 'warranty.disclaimer', topic: 'warranty', type: 'boolean', owner: 'legal', meaning: 'implied warranties are disclaimed' },
  { name: 'sla.uptime_percent', topic: 'sla', type: 'percent', owner: 'support', meaning: 'committed availability' },
  { name: 'sla.credit_cap_percent', topic: 'sla', type: 'percent', owner: 'finance', meaning: 'maximum service credit, % of monthly fees' },
  { name: 'support.response_hours', topic: 'support', type: 'hours', owner: 'support', meaning: 'response time for the most severe incident' },
  { name: 'support.coverage', topic: 'support', type: 'list', owner: 'support', meaning: '24x7 or business-hours, for the most severe incidents' },
  { name: 'data.breach_notice_hours', topic: 'data-protection', type: 'hours', owner: 'security', meaning: 'notice to the customer after a security/data breach' },
  { name: 'data.residency', topic: 'data-protection', type: 'list', owner: 'security', meaning: 'required data locations, e.g. eu, us, uk' },
  { name: 'security.customer_audit', topic: 'security', type: 'boolean', owner: 'security', meaning: 'customer may audit or pen-test our security, systems, facilities or compliance' },
  { name: 'confidentiality.term_years', topic: 'confidentiality', type: 'years', owner: 'legal', meaning: 'how long obligations survive; perpetual is stored as 999' },
  { name: 'governing_law.jurisdiction', topic: 'governing-law', type: 'jurisdiction', owner: 'legal', meaning: 'law that governs the agreement' },
  { name: 'venue.jurisdiction', topic: 'venue', type: 'jurisdiction', owner: 'legal', meaning: 'courts/arbitration seat' },
  { name: 'assignment.consent_required', topic: 'assignment', type: 'boolean', owner: 'legal', meaning: 'our assignment of the contract needs the customer\'s consent' },
  { name: 'assignment.change_of_control_termination', topic: 'assignment', type: 'boolean', owner: 'legal', meaning: 'the customer may terminate on our change of control' },
  { name: 'insurance.general_liability', topic: 'insurance', type: 'money', owner: 'finance', meaning: 'required commercial general liability cover' },
  { name: 'insurance.cyber', topic: 'insurance', type: 'money', owner: 'security', meaning: 'required cyber/E&O cover' },
  { name: 'ip.assignment_to_customer', topic: 'ip', type: 'boolean', owner: 'product', meaning: 'we must assign IP in deliverables/work product to the customer' },
  { name: 'non_solicit.months', topic: 'non-solicit', type: 'months', owner: 'legal', meaning: 'non-solicitation period' },
  { name: 'exclusivity.present', topic: 'exclusivity', type: 'boolean', owner: 'legal', meaning: 'an exclusivity obligation binds us' },
  { name: 'mfn.present', topic: 'mfn', type: 'boolean', owner: 'finance', meaning: 'most-favoured-customer pricing obligation' },
  { name: 'publicity.logo_use', topic: 'publicity', type: 'boolean', owner: 'marketing', meaning: 'we may use the customer\'s name/logo' },
  { name: 'escrow.source_code', topic: 'escrow', type: 'boolean', owner: 'product', meaning: 'source-code escrow obligation' },
  { name: 'audit.financial_records', topic: 'audit', type: 'boolean', owner: 'finance', meaning: 'the customer may audit our books and records (fees, royalties)' },
  { name: 'force_majeure.present', topic: 'force-majeure', type: 'boolean', owner: 'legal', meaning: 'a force-majeure clause exists' },];

/** Topics that carry no fact but are detected so a policy can require or forbid them. */
export const FACTLESS_TOPICS: readonly string[] = [
  'notices', 'entire-agreement', 'severability', 'definitions', 'non-compete',
  'third-party-beneficiary', 'liquidated-damages', 'minimum-commitment',
  'right-of-first-refusal', 'change-of-control', 'ip-assignment', 'license-grant',
  'revenue-sharing', 'non-disparagement', 'covenant-not-to-sue', 'post-termination-services',
];

export const TOPICS: readonly string[] = [
  ...new Set([...FACTS.map((f) => f.topic), ...FACTLESS_TOPICS]),
];

export const FACT_BY_NAME: ReadonlyMap<string, FactSpec> = new Map(FACTS.map((f) => [f.name, f]));

/** Allowed members of list-typed facts, in the order facts.md gives them. */
export const LIST_VALUES: Readonly<Record<string, readonly string[]>> = {
  'liability.uncapped_for': [
    'confidentiality', 'indemnification', 'data-breach', 'gross-negligence',
    'wilful-misconduct', 'death-personal-injury', 'fraud', 'payment',
  ],
  'indemnity.scope': [
    'ip-infringement', 'data-breach', 'breach-of-contract', 'bodily-injury',
    'violation-of-law', 'third-party-claims',
  ],
  'support.coverage': ['24x7', 'business-hours'],
  'data.residency': ['eu', 'us', 'uk', 'eea', 'ca', 'au', 'ch', 'jp', 'in', 'sg', 'br'],
};

/** Fact types whose values are ordered numbers, so max/min make sense. */
export const NUMERIC_TYPES: ReadonlySet<FactType> = new Set([
  'days', 'months', 'years', 'hours', 'percent', 'multiple', 'number', 'money',
]);

/** Stored value for "perpetual" confidentiality (facts.md). */
export const PERPETUAL_YEARS = 999;
