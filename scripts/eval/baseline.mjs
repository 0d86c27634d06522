// A naive baseline: "Yes" when the raw text contains one of a few obvious keywords for the category.
// Written once, before looking at termlint's results, and not tuned since; it shows what termlint adds
// over a plain keyword search. Patterns are case-insensitive and run over the whole contract text.

export const BASELINE_KEYWORDS = {
  'Cap On Liability': [/limitation of liability/, /in no event shall .{0,80}liab/, /aggregate liability/],
  'Uncapped Liability': [/unlimited liability/, /shall not (?:apply to|limit) .{0,60}liability/],
  'Termination For Convenience': [/for convenience/, /without cause/, /for any reason or no reason/],
  'Anti-Assignment': [/may not assign/, /shall not assign/, /assignment/],
  'Audit Rights': [/\baudit/, /inspect .{0,40}(?:books|records)/],
  'Insurance': [/\binsurance\b/],
  'Liquidated Damages': [/liquidated damages/],
  'Exclusivity': [/exclusiv/],
  'Most Favored Nation': [/most favou?red/, /no less favou?rable/],
  'Non-Compete': [/non-?compet/, /shall not compete/],
  'Source Code Escrow': [/escrow/],
  'Change Of Control': [/change (?:of|in) control/],
  'Ip Ownership Assignment': [/hereby assigns?/, /work made for hire/],
  'Warranty Duration': [/warrant\w* .{0,80}\b(?:days|months|years)\b/],
  'Minimum Commitment': [/minimum (?:purchase|order|commitment|quantity|volume)/],
  'Third Party Beneficiary': [/third[- ]party beneficiar/],
  'Non-Disparagement': [/disparag/],
  'Covenant Not To Sue': [/covenant not to sue/, /not to (?:sue|challenge|contest)/],
  'Revenue/Profit Sharing': [/revenue shar/, /profit shar/, /royalt/],
  'Post-Termination Services': [/transition (?:services|assistance|period)/, /after (?:the )?(?:expiration|termination)/],
};

const COMPILED = Object.fromEntries(
  Object.entries(BASELINE_KEYWORDS).map(([cat, res]) => [cat, res.map((r) => new RegExp(r.source, 'is'))]),
);

/** The baseline's Yes/No for one category over a contract's raw text. */
export function baselineSays(category, text) {
  return (COMPILED[category] ?? []).some((re) => re.test(text));
}
