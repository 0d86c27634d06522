// Fact extraction, table by table: each row is one clause (heading + text) and the facts it must (or must not) yield.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract/facts.js';
import { classifyClauses } from '../src/extract/topics.js';
import { FACTS } from '../src/vocabulary.js';
import type { Clause, FactMap } from '../src/types.js';
import { clause, factsOf, runFactTable as runTable } from './helpers/clauses.js';

describe('payment', () => {
  runTable([
    ['Payment', 'Customer shall pay each invoice within thirty (30) days of the invoice date.', 'payment.net_days', 30],
    ['Fees', 'All fees are payable Net 45.', 'payment.net_days', 45],
    ['Order Form', 'Payment Terms | Net 60', 'payment.net_days', 60],
    ['Payment', 'Invoices are due sixty (60) days after receipt by Customer.', 'payment.net_days', 60],
    ['Payment', 'Customer shall pay all undisputed amounts within one month of invoice.', 'payment.net_days', 30],
    ['Payment', 'Customer shall pay each invoice within ten (10) business days of receipt.', 'payment.net_days', 10],
    ['Payment', 'Customer shall pay within thirty (45) days of the invoice date.', 'payment.net_days', 45],
    // Traps: a dispute window, a suspension trigger and a notice period are not the payment term.
    ['Payment', 'Customer may dispute an invoice within fifteen (15) days of receipt.', 'payment.net_days', null],
    ['Suspension', 'If any amount is more than thirty (30) days overdue, we may suspend the Services.', 'payment.net_days', null],
    ['Notices', 'Either party may change its address for notices by giving ten (10) days notice to the other party.', 'payment.net_days', null],
    ['Payment', 'Late payments bear interest at 1.5% per month or the maximum rate permitted by law, if less.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'Overdue amounts accrue interest at eighteen percent (18%) per annum.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'Interest on late payments accrues at 4% over the Bank of England base rate.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'No interest shall be charged on late payments.', 'payment.late_interest_percent_per_month', 0],
    // The supplier's invoicing window is not the customer's payment term; credits paid to the customer are not either.
    ['Payment', 'Provider shall invoice quarterly within fifteen (15) days after the end of each quarter. Customer shall pay each invoice within sixty (60) days after it receives it.', 'payment.net_days', 60],
    ['Service Credits', 'Unused credits are refunded on the next invoice or paid to Customer within forty-five (45) days after expiry.', 'payment.net_days', null],
    ['Late Payment', 'Customer shall not be liable for any interest or late charge on overdue amounts.', 'payment.late_interest_percent_per_month', 0],
  ]);

  it('marks business days and words/digits conflicts on the hit', () => {
    const business = factsOf(clause('4', 'Payment', 'Customer shall pay each invoice within ten (10) business days of receipt.'));
    expect(business['payment.net_days']?.business).toBe(true);
    const conflict = factsOf(clause('4', 'Payment', 'Customer shall pay within thirty (45) days of the invoice date.'));
    expect(conflict['payment.net_days']?.conflict).toBeTruthy();
  });
});

describe('pricing', () => {
  runTable([
    ['Fees', 'Provider may increase the fees at renewal by no more than five percent (5%) per year.', 'pricing.increase_cap_percent', 5],
    ['Price Adjustments', 'Any price increase shall not exceed 3% over the prior year.', 'pricing.increase_cap_percent', 3],
    ['Fees', 'Provider may increase its fees on renewal in line with CPI.', 'pricing.increase_cap_percent', null],
    ['Fees', 'Provider may change the fees for a renewal term on notice, but the new fees shall not exceed the fees for the prior term by more than four percent (4%).', 'pricing.increase_cap_percent', 4],
    ['Fees', 'The prices in the Order Form shall remain fixed for the first twenty-four (24) months.', 'pricing.fixed_months', 24],
    // Issue #3: cap wordings as different drafters write them (US, UK, Commonwealth; ALL CAPS; words and digits).
    ['Fees', 'Licensor may adjust the Fees annually by up to 5%.', 'pricing.increase_cap_percent', 5],
    ['Fees', 'Fee increases on renewal are limited to the lesser of CPI or 4%.', 'pricing.increase_cap_percent', 4],
    ['Charges', 'The Supplier shall not make any increase to the Charges exceeding five per cent (5%) in any Contract Year.', 'pricing.increase_cap_percent', 5],
    ['Fees', 'No increase in the Subscription Fees shall exceed five per cent (5%) per annum.', 'pricing.increase_cap_percent', 5],
    ['Price Changes', 'Vendor may increase the prices set out in Schedule 2 once in each 12-month period, provided that each such increase does not exceed three percent (3%).', 'pricing.increase_cap_percent', 3],
    ['Fee Review', 'The Company may, on each anniversary of the Commencement Date, increase the Fees by an amount not exceeding the percentage increase in CPI over the preceding 12 months or 3%, whichever is lower.', 'pricing.increase_cap_percent', 3],
    ['FEES', 'ANY INCREASE IN FEES FOR A RENEWAL TERM SHALL BE CAPPED AT SEVEN PERCENT (7%) OVER THE FEES FOR THE PRIOR TERM.', 'pricing.increase_cap_percent', 7],
    ['Pricing', 'Renewal pricing will not increase by more than 6% year over year.', 'pricing.increase_cap_percent', 6],
    ['Pricing', 'Pricing for each Renewal Term may be uplifted by a maximum of 4 per cent.', 'pricing.increase_cap_percent', 4],
    ['Fees', 'The Fees will be adjusted annually in line with CPI, subject to a ceiling of 5%.', 'pricing.increase_cap_percent', 5],
    ['Rates', 'Client agrees that Supplier may raise its rates each year, but not by more than 3.5 percent.', 'pricing.increase_cap_percent', 3.5],
    ['Renewal Fees', 'Customer\'s fees for any renewal term shall be the fees for the prior term plus no more than 5%.', 'pricing.increase_cap_percent', 5],
    ['Charges', 'The Charges may be reviewed annually, provided that any increase shall not be greater than the Retail Price Index plus two per cent (2%), and in any event no more than 6%.', 'pricing.increase_cap_percent', 6],
    ['Fees', 'Vendor may increase the Fees by a percentage not exceeding 4% upon each renewal.', 'pricing.increase_cap_percent', 4],
    ['Price Adjustment', 'The annual price escalation shall be the lower of (a) CPI and (b) three percent (3%).', 'pricing.increase_cap_percent', 3],
    // Traps: a quantity increase, a trigger, a discount, an exchange-rate threshold, a cap read as a price freeze.
    ['Fees', 'There shall be no increase exceeding five per cent (5%) in the Fees in any twelve-month period.', 'pricing.fixed_months', null],
    ['Fees', 'Supplier may adjust the Fees to reflect changes in exchange rates of more than 5%.', 'pricing.increase_cap_percent', null],
    ['Subscription', 'Customer may increase the number of Users by up to 10% without additional fees.', 'pricing.increase_cap_percent', null],
    ['Fees', 'If Provider increases the Fees by more than 8%, Customer may terminate this Agreement.', 'pricing.increase_cap_percent', null],
    ['Fees', 'Customer shall receive a discount of up to 15% on the fees for any additional licences purchased during the term.', 'pricing.increase_cap_percent', null],
    ['Fees', 'In no event shall the aggregate distribution fees payable exceed 8% of the gross offering proceeds.', 'pricing.increase_cap_percent', null],
  ]);
});

describe('term and renewal', () => {
  runTable([
    ['Term', 'The initial term of this Agreement is three (3) years from the Effective Date.', 'term.initial_months', 36],
    ['Term', 'This Agreement shall commence on the Effective Date and continue for a period of twelve (12) months.', 'term.initial_months', 12],
    ['Term', 'This Agreement shall automatically extend for successive one-year periods unless either party gives 60 days\' notice.', 'renewal.auto', true],
    ['Term', 'This Agreement shall automatically extend for successive one-year periods unless either party gives 60 days\' notice.', 'renewal.term_months', 12],
    ['Term', 'This Agreement shall automatically extend for successive one-year periods unless either party gives 60 days\' notice.', 'renewal.notice_days', 60],
    ['Renewal', 'Thereafter this Agreement renews automatically for additional terms of two (2) years unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.', 'renewal.notice_days', 90],
    ['Renewal', 'Thereafter this Agreement renews automatically for additional terms of two (2) years unless either party gives written notice of non-renewal at least ninety (90) days prior to the end of the then-current term.', 'renewal.term_months', 24],
    ['Renewal', 'This Agreement will not renew automatically; any renewal requires a signed order form.', 'renewal.auto', false],
    ['Term', 'The initial term is thirty-six (36) months, and the parties may renew it by mutual written agreement.', 'renewal.auto', false],
    ['Term', 'Either party may terminate on ninety (90) days\' notice.', 'term.initial_months', null],
    // Issue #3: renewal and term wordings as different drafters write them (US, UK, Commonwealth; ALL CAPS).
    ['Term', 'Following the Initial Term, this Agreement shall thereafter continue from year to year unless either party gives the other not less than sixty (60) days\' written notice of termination prior to the end of the then-current term.', 'renewal.auto', true],
    ['Term', 'Following the Initial Term, this Agreement shall thereafter continue from year to year unless either party gives the other not less than sixty (60) days\' written notice of termination prior to the end of the then-current term.', 'renewal.term_months', 12],
    ['Term', 'Following the Initial Term, this Agreement shall thereafter continue from year to year unless either party gives the other not less than sixty (60) days\' written notice of termination prior to the end of the then-current term.', 'renewal.notice_days', 60],
    ['Subscription Term', 'Upon expiry of the Initial Term, the Subscription will roll over for further 12-month periods unless the Customer notifies the Supplier in writing at least 30 days before the renewal date.', 'renewal.auto', true],
    ['Subscription Term', 'Upon expiry of the Initial Term, the Subscription will roll over for further 12-month periods unless the Customer notifies the Supplier in writing at least 30 days before the renewal date.', 'renewal.term_months', 12],
    ['Subscription Term', 'Upon expiry of the Initial Term, the Subscription will roll over for further 12-month periods unless the Customer notifies the Supplier in writing at least 30 days before the renewal date.', 'renewal.notice_days', 30],
    ['Subscription Term', 'Upon expiry of the Initial Term, the Subscription will roll over for further 12-month periods unless the Customer notifies the Supplier in writing at least 30 days before the renewal date.', 'term.initial_months', null],
    ['Term', 'Either party may elect not to extend this Agreement by notice at least 60 days before the end of the then-current term; otherwise it will be extended for a further period of one year.', 'renewal.auto', true],
    ['Term', 'Either party may elect not to extend this Agreement by notice at least 60 days before the end of the then-current term; otherwise it will be extended for a further period of one year.', 'renewal.term_months', 12],
    ['Term', 'Either party may elect not to extend this Agreement by notice at least 60 days before the end of the then-current term; otherwise it will be extended for a further period of one year.', 'renewal.notice_days', 60],
    ['Term', 'The Agreement shall renew for successive one-year terms unless terminated by either party upon ninety (90) days\' written notice prior to expiry.', 'renewal.auto', true],
    ['Term', 'The Agreement shall renew for successive one-year terms unless terminated by either party upon ninety (90) days\' written notice prior to expiry.', 'renewal.term_months', 12],
    ['Term', 'The Agreement shall renew for successive one-year terms unless terminated by either party upon ninety (90) days\' written notice prior to expiry.', 'renewal.notice_days', 90],
    ['Renewal', 'At the end of each Term, this Agreement renews for the same period unless either party gives at least 3 months\' notice of non-renewal.', 'renewal.auto', true],
    ['Renewal', 'At the end of each Term, this Agreement renews for the same period unless either party gives at least 3 months\' notice of non-renewal.', 'renewal.notice_days', 90],
    ['Duration', 'The Licence shall continue for an Initial Period of 36 months and thereafter shall continue for successive periods of 12 months until terminated by either party giving not less than three months\' written notice to expire at the end of the Initial Period or any anniversary thereof.', 'term.initial_months', 36],
    ['Duration', 'The Licence shall continue for an Initial Period of 36 months and thereafter shall continue for successive periods of 12 months until terminated by either party giving not less than three months\' written notice to expire at the end of the Initial Period or any anniversary thereof.', 'renewal.auto', true],
    ['Duration', 'The Licence shall continue for an Initial Period of 36 months and thereafter shall continue for successive periods of 12 months until terminated by either party giving not less than three months\' written notice to expire at the end of the Initial Period or any anniversary thereof.', 'renewal.term_months', 12],
    ['Duration', 'The Licence shall continue for an Initial Period of 36 months and thereafter shall continue for successive periods of 12 months until terminated by either party giving not less than three months\' written notice to expire at the end of the Initial Period or any anniversary thereof.', 'renewal.notice_days', 90],
    ['TERM AND RENEWAL', 'THIS AGREEMENT SHALL AUTOMATICALLY RENEW FOR ADDITIONAL TERMS OF ONE (1) YEAR EACH UNLESS CUSTOMER NOTIFIES VENDOR OF ITS INTENT NOT TO RENEW AT LEAST THIRTY (30) DAYS PRIOR TO THE EXPIRATION OF THE THEN-CURRENT TERM.', 'renewal.auto', true],
    ['TERM AND RENEWAL', 'THIS AGREEMENT SHALL AUTOMATICALLY RENEW FOR ADDITIONAL TERMS OF ONE (1) YEAR EACH UNLESS CUSTOMER NOTIFIES VENDOR OF ITS INTENT NOT TO RENEW AT LEAST THIRTY (30) DAYS PRIOR TO THE EXPIRATION OF THE THEN-CURRENT TERM.', 'renewal.term_months', 12],
    ['TERM AND RENEWAL', 'THIS AGREEMENT SHALL AUTOMATICALLY RENEW FOR ADDITIONAL TERMS OF ONE (1) YEAR EACH UNLESS CUSTOMER NOTIFIES VENDOR OF ITS INTENT NOT TO RENEW AT LEAST THIRTY (30) DAYS PRIOR TO THE EXPIRATION OF THE THEN-CURRENT TERM.', 'renewal.notice_days', 30],
    ['Term', 'This Agreement shall be renewed automatically for consecutive renewal terms of twelve (12) months each, unless the Licensee gives the Licensor written notice of its intention not to renew no later than forty-five (45) days before the expiry of the then current term.', 'renewal.auto', true],
    ['Term', 'This Agreement shall be renewed automatically for consecutive renewal terms of twelve (12) months each, unless the Licensee gives the Licensor written notice of its intention not to renew no later than forty-five (45) days before the expiry of the then current term.', 'renewal.term_months', 12],
    ['Term', 'This Agreement shall be renewed automatically for consecutive renewal terms of twelve (12) months each, unless the Licensee gives the Licensor written notice of its intention not to renew no later than forty-five (45) days before the expiry of the then current term.', 'renewal.notice_days', 45],
    ['Term', 'Unless either party gives written notice to the other at least 60 days before the end of the Initial Term that it does not wish to renew, this Agreement will be extended for a Further Term of 12 months.', 'renewal.auto', true],
    ['Term', 'Unless either party gives written notice to the other at least 60 days before the end of the Initial Term that it does not wish to renew, this Agreement will be extended for a Further Term of 12 months.', 'renewal.term_months', 12],
    ['Term', 'Unless either party gives written notice to the other at least 60 days before the end of the Initial Term that it does not wish to renew, this Agreement will be extended for a Further Term of 12 months.', 'renewal.notice_days', 60],
    ['Term', 'The term of this Agreement is two (2) years from the Commencement Date (the "Initial Term"), after which it will continue on a month-to-month basis until terminated by either party on thirty (30) days\' notice.', 'term.initial_months', 24],
    ['Term', 'The term of this Agreement is two (2) years from the Commencement Date (the "Initial Term"), after which it will continue on a month-to-month basis until terminated by either party on thirty (30) days\' notice.', 'renewal.auto', true],
    ['Term', 'The term of this Agreement is two (2) years from the Commencement Date (the "Initial Term"), after which it will continue on a month-to-month basis until terminated by either party on thirty (30) days\' notice.', 'renewal.term_months', 1],
    ['Subscription Term', 'Subscriptions shall automatically renew for periods equal to the expiring subscription term unless either party gives notice of non-renewal at least thirty days before the end of the relevant subscription term.', 'renewal.auto', true],
    ['Subscription Term', 'Subscriptions shall automatically renew for periods equal to the expiring subscription term unless either party gives notice of non-renewal at least thirty days before the end of the relevant subscription term.', 'renewal.notice_days', 30],
    ['Term', 'This Agreement commences on the Effective Date and, unless terminated earlier, remains in force for a period of five (5) years.', 'term.initial_months', 60],
    ['Minimum Term', 'The Services will be provided for a minimum term of 24 months from the Go-Live Date (the "Minimum Term").', 'term.initial_months', 24],
    ['Commencement', 'This Agreement shall come into force on the Commencement Date and shall continue for an initial period of three (3) years.', 'term.initial_months', 36],
    ['Duration', 'The Agreement has a duration of thirty-six (36) months from the date of signature.', 'term.initial_months', 36],
    ['Term', 'On expiry of the Initial Term the Agreement will roll over automatically for successive periods of one (1) year, unless the Client gives the Company ninety (90) days\' notice in writing.', 'renewal.auto', true],
    ['Term', 'On expiry of the Initial Term the Agreement will roll over automatically for successive periods of one (1) year, unless the Client gives the Company ninety (90) days\' notice in writing.', 'renewal.term_months', 12],
    ['Term', 'On expiry of the Initial Term the Agreement will roll over automatically for successive periods of one (1) year, unless the Client gives the Company ninety (90) days\' notice in writing.', 'renewal.notice_days', 90],
    ['Renewal', 'The Customer may cancel the automatic renewal by giving the Supplier not less than two (2) months\' written notice before the anniversary date; failing which the Agreement renews for a further twelve months.', 'renewal.auto', true],
    ['Renewal', 'The Customer may cancel the automatic renewal by giving the Supplier not less than two (2) months\' written notice before the anniversary date; failing which the Agreement renews for a further twelve months.', 'renewal.term_months', 12],
    ['Renewal', 'The Customer may cancel the automatic renewal by giving the Supplier not less than two (2) months\' written notice before the anniversary date; failing which the Agreement renews for a further twelve months.', 'renewal.notice_days', 60],
    ['Term', 'This Contract is renewable annually; it shall be deemed renewed for another year unless either party advises the other in writing at least ninety (90) days before the anniversary date.', 'renewal.auto', true],
    ['Term', 'This Contract is renewable annually; it shall be deemed renewed for another year unless either party advises the other in writing at least ninety (90) days before the anniversary date.', 'renewal.term_months', 12],
    ['Term', 'This Contract is renewable annually; it shall be deemed renewed for another year unless either party advises the other in writing at least ninety (90) days before the anniversary date.', 'renewal.notice_days', 90],
    ['Term', 'Each party may terminate this Agreement with effect from the end of the Initial Term or any Renewal Period by giving not less than six (6) months\' notice; otherwise the Agreement continues for further periods of two (2) years.', 'renewal.auto', true],
    ['Term', 'Each party may terminate this Agreement with effect from the end of the Initial Term or any Renewal Period by giving not less than six (6) months\' notice; otherwise the Agreement continues for further periods of two (2) years.', 'renewal.term_months', 24],
    ['Term', 'Each party may terminate this Agreement with effect from the end of the Initial Term or any Renewal Period by giving not less than six (6) months\' notice; otherwise the Agreement continues for further periods of two (2) years.', 'renewal.notice_days', 180],
    // Traps: a termination notice, a price-change notice, an optional renewal, a severability clause, a cap that does not "extend to".
    ['Term', 'Either party may terminate this Agreement on sixty (60) days\' written notice.', 'renewal.notice_days', null],
    ['Term', 'Either party may terminate this Agreement on sixty (60) days\' written notice.', 'renewal.auto', null],
    ['Renewal', 'Supplier will give Customer at least ninety (90) days\' notice of any price increase taking effect on renewal.', 'renewal.notice_days', null],
    ['Renewal', 'Customer may renew the Subscription for an additional one-year term by giving written notice at least 30 days before expiry.', 'renewal.auto', null],
    ['Severability', 'If any provision is held invalid, the remaining provisions shall otherwise continue in full force and effect.', 'renewal.auto', null],
    ['Limitation of Liability', 'The limitations in this Section 11 shall not extend to Customer\'s payment obligations.', 'renewal.auto', null],
    ['Force Majeure', 'The time for performance of the affected obligation shall be deemed extended by a period equal to the delay.', 'renewal.auto', null],
    ['Warrants', 'Each Warrant shall have a term of ten (10) years from its issue date.', 'term.initial_months', null],
    ['Survival', 'This Article survives and remains in effect until three years after the term of this Agreement.', 'term.initial_months', null],
    ['Term', 'This Agreement shall have a term of four (4) years from the Effective Date.', 'term.initial_months', 48],
  ]);
});

describe('termination', () => {
  runTable([
    ['Termination', 'Customer may terminate this Agreement for convenience upon thirty (30) days\' prior written notice to Provider.', 'termination.for_convenience', true],
    ['Termination', 'Customer may terminate this Agreement for convenience upon thirty (30) days\' prior written notice to Provider.', 'termination.for_convenience_notice_days', 30],
    ['Termination', 'Either party may terminate this Agreement at any time by giving the other party three (3) months\' written notice.', 'termination.for_convenience_notice_days', 90],
    ['Termination', 'Neither party may terminate this Agreement for convenience.', 'termination.for_convenience', false],
    ['Termination', 'There is no termination for convenience under this Agreement.', 'termination.for_convenience', false],
    ['Termination', 'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after receiving written notice.', 'termination.for_convenience', null],
    ['Termination', 'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after receiving written notice.', 'termination.cure_days', 30],
    ['Termination', 'A party may terminate if the other fails to remedy a material breach within ten (10) days for non-payment or thirty (30) days for any other breach after notice.', 'termination.cure_days', 30],
    ['Termination', 'Upon any termination other than for Customer\'s breach, Provider shall refund any prepaid fees for the unused remainder of the term.', 'termination.refund_prepaid', true],
    ['Fees', 'Except as expressly provided herein, all fees are non-refundable.', 'termination.refund_prepaid', false],
    ['Termination', 'On termination Customer shall not be entitled to a refund of any prepaid fees.', 'termination.refund_prepaid', false],
    // Short wordings from CUAD contracts (CUAD, CC BY 4.0): who may terminate, on notice alone, and when a ground is set.
    ['Termination', 'The Contractor will have the ability to terminate this Agreement by giving 90 days\' prior written notice to the Company.', 'termination.for_convenience', true],
    ['Termination', 'The Appointment may be terminated by either party giving the other at least 12 months\' notice in writing.', 'termination.for_convenience', true],
    ['Termination', 'This Agreement may be terminated by (a) the written agreement of the Parties or (b) by either Party upon 5 days written notice to the other Party.', 'termination.for_convenience', true],
    ['Termination', 'So long as no default exists, either party may terminate this Agreement at any time upon thirty (30) days written notice to the other party.', 'termination.for_convenience', true],
    ['Termination', 'Company may terminate this Agreement and the license granted herein, for any reason, upon giving JHU sixty (60) days written notice under Paragraph 8.1.', 'termination.for_convenience', true],
    ['Term', 'This Agreement shall continue in effect until either Party informs the other Party with thirty (30) day prior written notice of termination of this Agreement.', 'termination.for_convenience', true],
    ['Termination', 'This Agreement may be terminated at any time by agreement in writing executed by the parties.', 'termination.for_convenience', null],
    ['Termination', 'This Agreement may be terminated by either party at the expiration of its term or any renewal term upon thirty (30) days written notice to the other party.', 'termination.for_convenience', null],
    ['Termination', 'Either party may, at its option, terminate this Agreement upon notice to the other party if the other party materially fails to comply with any of the material terms of this Agreement.', 'termination.for_convenience', null],
    ['Fees', 'Should the Offering be terminated for any reason not attributable to the action or inaction of the Agent, the Agent shall be entitled to be paid fees accruing through the stage at which the termination occurred.', 'termination.for_convenience', null],
  ]);
});

describe('limitation of liability', () => {
  runTable([
    ['Limitation of Liability', 'Each party\'s total liability shall not exceed the fees paid or payable by Customer in the twelve (12) months preceding the claim.', 'liability.cap_multiple', 1],
    ['Limitation of Liability', 'Each party\'s total liability shall not exceed the fees paid or payable by Customer in the twelve (12) months preceding the claim.', 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', 'In no event shall Provider\'s aggregate liability exceed two times (2x) the annual fees.', 'liability.cap_multiple', 2],
    ['Limitation of Liability', 'In no event shall either party\'s liability exceed one million dollars ($1,000,000).', 'liability.cap_amount', { amount: 1_000_000, currency: 'USD' }],
    ['Liability', 'Provider\'s liability under this Agreement shall be unlimited.', 'liability.uncapped', true],
    ['Limitation of Liability', 'The foregoing limitations shall not apply to (a) breach of confidentiality, (b) indemnification obligations, or (c) gross negligence or wilful misconduct.', 'liability.uncapped_for', ['confidentiality', 'indemnification', 'gross-negligence', 'wilful-misconduct']],
    ['Limitation of Liability', 'The foregoing limitations shall not apply to (a) breach of confidentiality, (b) indemnification obligations, or (c) gross negligence or wilful misconduct.', 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Nothing in this Agreement limits or excludes liability for death or personal injury caused by negligence, or for fraud.', 'liability.uncapped_for', ['death-personal-injury', 'fraud']],
    // A carve-out with its own, higher cap is not uncapped.
    ['Limitation of Liability', 'Provider\'s liability for data breaches is subject to a super cap of three times (3x) the fees paid in the prior 12 months.', 'liability.uncapped', null],
    ['Limitation of Liability', 'The foregoing cap shall not apply to breaches of confidentiality; provided that liability for data breach shall not exceed 3x the annual fees.', 'liability.uncapped_for', ['confidentiality']],
    ['Limitation of Liability', 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES.', 'liability.cap_multiple', null],
    ['Insurance', 'Provider shall maintain general liability insurance with limits not less than $2,000,000 per occurrence.', 'liability.cap_amount', null],
    // "Sections 9.1 and 9.2 do not apply to ...": a carve-out by section numbers, plural.
    ['Limitation of Liability', 'SECTIONS 9.1 AND 9.2 DO NOT APPLY TO CUSTOMER\'S OBLIGATION TO PAY FEES OR TO A PARTY\'S LIABILITY FOR FRAUD.', 'liability.uncapped_for', ['fraud', 'payment']],
    ['Limitation of Liability', 'Each party\'s aggregate liability in each contract year shall not exceed the charges paid in that contract year.', 'liability.cap_lookback_months', 12],
    // Carve-outs from an exclusion of consequential damages, short CUAD wordings (CUAD, CC BY 4.0).
    ['Limitation of Liability', 'EXCEPT (A) FOR FRAUD, WILLFUL MISCONDUCT OR GROSS NEGLIGENCE, NEITHER PARTY NOR ANY OF ITS AFFILIATES SHALL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES.', 'liability.uncapped', true],
    ['Limitation of Liability', 'NEITHER PARTY SHALL BE ENTITLED TO RECOVER FROM THE OTHER PARTY ANY SPECIAL, INCIDENTAL, CONSEQUENTIAL OR PUNITIVE DAMAGES; provided however, that this Section 10.5 shall not be construed to limit either Party\'s indemnification rights or obligations under Article 11.', 'liability.uncapped_for', ['indemnification']],
    ['Limitation of Liability', 'NO PARTY SHALL BE LIABLE FOR CONSEQUENTIAL DAMAGES; PROVIDED, HOWEVER, THAT THIS LIMITATION SHALL NOT LIMIT A PARTY\'S RIGHT TO RECOVERY FOR SUCH DAMAGES IN CONNECTION WITH A MATTER FOR WHICH SUCH PARTY IS OTHERWISE ENTITLED TO INDEMNIFICATION HEREUNDER.', 'liability.uncapped_for', ['indemnification']],
    ['Limitation of Liability', 'Neither Party shall be liable to the other Party for any special, consequential, incidental or punitive damages, except to the extent such damages are payable by such Party pursuant to its indemnification obligations.', 'liability.uncapped', true],
    // An exculpation with an exception is not a cap carve-out.
    ['Warranty', 'Neither party shall be liable for any loss except to the extent caused by its gross negligence.', 'liability.uncapped', null],
    // Issue #3: carve-outs from the cap as different drafters write them.
    ['Limitation of Liability', 'The cap in clause 9.2 does not limit either party\'s liability for breach of clause 12 (Confidentiality) or for fraud.', 'liability.uncapped_for', ['confidentiality', 'fraud']],
    ['Limitation of Liability', 'Clause 9.2 shall not apply in respect of the Supplier\'s indemnity obligations under clause 10 or liability arising from the Supplier\'s wilful default.', 'liability.uncapped_for', ['indemnification', 'wilful-misconduct']],
    ['Limitation of Liability', 'Clause 9.2 shall not apply in respect of the Supplier\'s indemnity obligations under clause 10 or liability arising from the Supplier\'s wilful default.', 'indemnity.uncapped', true],
    ['LIMITATION OF LIABILITY', 'EXCLUDED FROM THE FOREGOING LIMITATIONS ARE CLAIMS ARISING FROM A PARTY\'S GROSS NEGLIGENCE, WILLFUL MISCONDUCT OR FRAUD.', 'liability.uncapped', true],
    ['LIMITATION OF LIABILITY', 'EXCLUDED FROM THE FOREGOING LIMITATIONS ARE CLAIMS ARISING FROM A PARTY\'S GROSS NEGLIGENCE, WILLFUL MISCONDUCT OR FRAUD.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'fraud']],
    ['Liability', 'Nothing in this clause limits liability for death or personal injury caused by negligence.', 'liability.uncapped_for', ['death-personal-injury']],
    ['Limitation of Liability', 'Customer\'s liability for payment of the Fees shall be uncapped.', 'liability.uncapped', true],
    ['Limitation of Liability', 'Customer\'s liability for payment of the Fees shall be uncapped.', 'liability.uncapped_for', ['payment']],
    ['Limitation of Liability', 'The limitations set out in this Section 11 do not extend to the Vendor\'s obligations under Section 12 (Indemnification).', 'liability.uncapped_for', ['indemnification']],
    ['Limitation of Liability', 'The limitations set out in this Section 11 do not extend to the Vendor\'s obligations under Section 12 (Indemnification).', 'indemnity.uncapped', true],
    ['Limitation of Liability', 'The limitations set out in this Section 11 do not extend to the Vendor\'s obligations under Section 12 (Indemnification).', 'renewal.auto', null],
    ['Limitation of Liability', 'The Supplier\'s liability in respect of data protection breaches shall not be subject to any limit.', 'liability.uncapped_for', ['data-breach']],
    ['Limitation of Liability', 'Notwithstanding anything to the contrary, there shall be no cap on Company\'s liability for fraud or fraudulent misrepresentation.', 'liability.uncapped_for', ['fraud']],
    ['Limits of Liability', 'The limits of liability in Clause 14.1 shall not extend to losses arising from death or personal injury.', 'liability.uncapped_for', ['death-personal-injury']],
    ['Limits of Liability', 'The limits of liability in Clause 14.1 shall not extend to losses arising from death or personal injury.', 'renewal.auto', null],
    ['LIMITATION OF LIABILITY', 'THE FOREGOING CAP SHALL NOT APPLY TO (I) A PARTY\'S INDEMNIFICATION OBLIGATIONS; (II) BREACH OF SECTION 7 (CONFIDENTIALITY); OR (III) A PARTY\'S GROSS NEGLIGENCE OR WILFUL MISCONDUCT.', 'liability.uncapped_for', ['confidentiality', 'indemnification', 'gross-negligence', 'wilful-misconduct']],
    ['Limitation of Liability', 'The Vendor\'s liability for infringement indemnities under Article 10 is not limited by this Article 11.', 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Liability for breach of confidentiality obligations is excluded from the aggregate cap.', 'liability.uncapped_for', ['confidentiality']],
    ['Limitation of Liability', 'There is no limit on the Customer\'s liability to pay the Fees.', 'liability.uncapped_for', ['payment']],
    ['Limitation of Liability', 'Clause 9.2 will not operate to limit the Licensor\'s liability for fraud or wilful misconduct.', 'liability.uncapped_for', ['wilful-misconduct', 'fraud']],
    ['Limitation of Liability', 'Liability arising under the indemnities in clause 10 sits outside the liability cap.', 'liability.uncapped_for', ['indemnification']],
    ['Limitation of Liability', 'The exclusions and limitations in this clause 9 shall not apply to any liability of the Licensee for breach of the licence restrictions or of its payment obligations.', 'liability.uncapped_for', ['payment']],
    // Traps: a carve-out with its own cap, a plain cap, a "no limit" that is not about liability.
    ['Limitation of Liability', 'The cap in clause 9.2 does not limit Supplier\'s liability for data breaches, which shall instead not exceed three times (3x) the annual Fees.', 'liability.uncapped', null],
    ['Limitation of Liability', 'The cap in clause 9.2 does not limit Supplier\'s liability for data breaches, which shall instead not exceed three times (3x) the annual Fees.', 'liability.uncapped_for', null],
    ['Limitation of Liability', 'Clause 9.2 shall not apply to liability for breach of confidentiality, which is capped at five million pounds (£5,000,000).', 'liability.uncapped_for', null],
    ['Limitation of Liability', 'Customer\'s aggregate liability is limited to the fees paid in the twelve months before the claim.', 'liability.uncapped', null],
    ['Limitation of Liability', 'There is no limit on the number of claims Customer may bring, but Provider\'s aggregate liability shall not exceed the fees paid in the prior twelve months.', 'liability.uncapped', null],
  ]);
});

describe('indemnity', () => {
  runTable([
    ['Indemnification', 'Provider shall defend, indemnify and hold harmless Customer from any third-party claim alleging that the Services infringe any patent, copyright or trademark.', 'indemnity.scope', ['ip-infringement']],
    ['Indemnification', 'Provider shall indemnify Customer against all losses arising from bodily injury or death caused by Provider, or Provider\'s violation of applicable law.', 'indemnity.scope', ['bodily-injury', 'violation-of-law']],
    // The customer's indemnity is not ours.
    ['Indemnification', 'Customer shall indemnify Provider against any claim alleging that Customer Data infringes the rights of a third party.', 'indemnity.scope', null],
    ['Indemnification', 'Provider\'s indemnification obligations are subject to the limitations in Section 9 (Limitation of Liability).', 'indemnity.uncapped', false],
  ]);
});

describe('warranty', () => {
  runTable([
    ['Warranty', 'Provider warrants that the Software will perform materially in accordance with the Documentation for ninety (90) days from delivery.', 'warranty.period_days', 90],
    ['Warranty', 'The warranty period is twelve (12) months following acceptance.', 'warranty.period_days', 360],
    ['Warranty', 'Customer must notify Provider of a warranty claim with ten (10) days\' prior written notice.', 'warranty.period_days', null],
    ['Disclaimer', 'EXCEPT AS EXPRESSLY STATED, PROVIDER DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.', 'warranty.disclaimer', true],
    ['Warranties', 'All conditions, warranties and other terms implied by statute are, to the extent permitted by law, excluded.', 'warranty.disclaimer', true],
    ['Warranties', 'These warranties add to the warranties implied by law, none of which Provider disclaims.', 'warranty.disclaimer', false],
    ['Warranty', 'The Services are provided "as is" without warranty of any kind.', 'warranty.disclaimer', true],
  ]);
});

describe('sla and support', () => {
  runTable([
    ['Service Levels', 'Provider will make the Service available 99.9% of the time in each calendar month.', 'sla.uptime_percent', 99.9],
    ['Service Levels', 'If Monthly Uptime falls below 99.5%, Customer receives a 10% service credit.', 'sla.uptime_percent', 99.5],
    ['Service Credits', 'Service credits shall not exceed thirty percent (30%) of the monthly fees.', 'sla.credit_cap_percent', 30],
    ['Support', 'Provider shall respond to Severity 1 incidents within one (1) hour and Severity 2 incidents within four (4) hours.', 'support.response_hours', 1],
    ['Support', 'Support is available 24x7 for Severity 1 incidents.', 'support.coverage', ['24x7']],
    ['Support', 'Support is provided around the clock by telephone.', 'support.coverage', ['24x7']],
    ['Support', 'Technical support is available during business hours, Monday through Friday.', 'support.coverage', ['business-hours']],
    ['Support', 'Provider will respond within two (2) business days; resolution within 10 days is targeted.', 'support.response_hours', 48],
  ]);

  it('takes the smallest response time across a response table', () => {
    const facts = factsOf(
      clause('6.1', 'Support', 'Severity 2: Provider will respond within 4 hours.'),
      clause('6.2', 'Support', 'Severity 1: Provider will respond within 30 minutes.'),
    );
    expect(facts['support.response_hours']?.value).toBe(0.5);
  });
});

describe('data protection, security and confidentiality', () => {
  runTable([
    ['Security Incidents', 'Provider shall notify Customer of any Security Breach without undue delay and in any event within seventy-two (72) hours.', 'data.breach_notice_hours', 72],
    ['Data Protection', 'Provider shall notify Customer of a personal data breach within two (2) days.', 'data.breach_notice_hours', 48],
    ['Data Location', 'Customer Data shall be stored in the European Economic Area.', 'data.residency', ['eu']],
    ['Data Location', 'Provider shall host Customer Data only in data centres located in the UK.', 'data.residency', ['uk']],
    ['Security', 'Customer may, once per year on thirty (30) days\' notice, audit Provider\'s security controls and facilities.', 'security.customer_audit', true],
    ['Security', 'Customer shall not conduct penetration tests of the Service.', 'security.customer_audit', false],
    ['Confidentiality', 'The obligations in this Section survive for five (5) years after termination of this Agreement.', 'confidentiality.term_years', 5],
    ['Confidentiality', 'These confidentiality obligations shall survive termination and continue in perpetuity.', 'confidentiality.term_years', 999],
    ['Confidentiality', 'The receiving party shall return Confidential Information within ten (10) days of request.', 'confidentiality.term_years', null],
  ]);
});

describe('governing law and venue', () => {
  runTable([
    ['Governing Law', 'This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.', 'governing_law.jurisdiction', 'Delaware'],
    ['Governing Law', 'This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.', 'venue.jurisdiction', null],
    ['Jurisdiction', 'The parties submit to the exclusive jurisdiction of the courts located in New York County.', 'venue.jurisdiction', 'New York'],
    ['Jurisdiction', 'The parties submit to the exclusive jurisdiction of the courts located in New York County.', 'governing_law.jurisdiction', null],
    ['Disputes', 'Any dispute shall be finally resolved by arbitration seated in London under the LCIA Rules.', 'venue.jurisdiction', 'England and Wales'],
    ['Governing Law', 'This Agreement shall be governed by English law and the courts of England shall have exclusive jurisdiction.', 'governing_law.jurisdiction', 'England and Wales'],
    ['Governing Law', 'This Agreement shall be governed by the laws of California, and the parties consent to the exclusive jurisdiction of the state and federal courts in Santa Clara County, California.', 'venue.jurisdiction', 'California'],
  ]);
});

describe('assignment, insurance, ip and other commitments', () => {
  runTable([
    ['Assignment', 'Neither party may assign this Agreement without the prior written consent of the other party.', 'assignment.consent_required', true],
    ['Assignment', 'Provider may assign this Agreement without Customer\'s consent.', 'assignment.consent_required', false],
    ['Assignment', 'Customer may not assign this Agreement without Provider\'s prior written consent.', 'assignment.consent_required', null],
    ['Assignment', 'Customer may terminate this Agreement upon a change of control of Provider.', 'assignment.change_of_control_termination', true],
    ['Assignment', 'Neither party may assign this MSA without the prior written consent of the other party.', 'assignment.consent_required', true],
    ['Insurance', 'Provider shall hold technology errors and omissions and cyber liability insurance of at least USD 3,000,000 per claim.', 'insurance.cyber', { amount: 3_000_000, currency: 'USD' }],
    ['Insurance', 'Errors and Omissions / Cyber | $4,000,000 per claim', 'insurance.cyber', { amount: 4_000_000, currency: 'USD' }],
    ['Ownership', 'Provider owns all right, title and interest in the Deliverables. Nothing in this Agreement assigns any of those rights to Customer.', 'ip.assignment_to_customer', false],
    ['Non-Solicitation', 'Neither party shall, during the term and for nine (9) months after it ends, entice away any person employed by the other party.', 'non_solicit.months', 9],
    ['Non-Solicitation', 'Neither party shall, during the term and for nine (9) months after it ends, entice away any person employed by the other party.', 'term.initial_months', null],
    ['Data', 'Provider may process Customer Data in the United States and in any other country where it has facilities.', 'data.residency', null],
    ['Order Form', 'Hosting Region | United States', 'data.residency', ['us']],
    ['Insurance', 'Provider shall maintain commercial general liability insurance of at least $2,000,000 per occurrence and cyber liability insurance of $5,000,000.', 'insurance.general_liability', { amount: 2_000_000, currency: 'USD' }],
    ['Insurance', 'Provider shall maintain commercial general liability insurance of at least $2,000,000 per occurrence and cyber liability insurance of $5,000,000.', 'insurance.cyber', { amount: 5_000_000, currency: 'USD' }],
    ['Insurance', 'Supplier shall maintain professional indemnity insurance of not less than £1,000,000.', 'insurance.cyber', { amount: 1_000_000, currency: 'GBP' }],
    ['Ownership', 'Provider hereby assigns to Customer all right, title and interest in the Deliverables.', 'ip.assignment_to_customer', true],
    ['Ownership', 'All Deliverables shall be the sole and exclusive property of Customer.', 'ip.assignment_to_customer', true],
    ['Ownership', 'Provider retains all right, title and interest in the Deliverables, and grants Customer a licence to use them.', 'ip.assignment_to_customer', false],
    ['Non-Solicitation', 'During the term and for twelve (12) months thereafter, neither party shall solicit the employees of the other party.', 'non_solicit.months', 12],
    ['Exclusivity', 'Provider shall not provide substantially similar services to any other company in the Territory.', 'exclusivity.present', true],
    ['Relationship', 'This Agreement is non-exclusive, and nothing in this Agreement restricts Provider from providing services to others.', 'exclusivity.present', false],
    ['Pricing', 'Provider shall offer Customer prices no less favourable than those offered to any other customer for comparable volumes.', 'mfn.present', true],
    ['Publicity', 'Provider may use Customer\'s name and logo in its customer lists and marketing materials.', 'publicity.logo_use', true],
    ['Publicity', 'Neither party shall use the other party\'s name or logo in publicity without prior written consent.', 'publicity.logo_use', false],
    ['Escrow', 'Provider shall deposit the Source Code of the Software with an escrow agent.', 'escrow.source_code', true],
    ['Audit', 'Customer may audit Provider\'s books and records relating to the fees once per year.', 'audit.financial_records', true],
    ['Audit', 'Provider may audit Customer\'s books and records relating to royalties.', 'audit.financial_records', null],
    ['Force Majeure', 'Neither party is liable for any failure to perform caused by events beyond its reasonable control, including acts of God.', 'force_majeure.present', true],
  ]);
});

describe('cross-references and tables', () => {
  it('reads a carve-out by section number as the subject of that section (its heading)', () => {
    const facts = factsOf(
      clause('6', 'Indemnification', 'Provider shall defend Customer against third-party infringement claims.'),
      clause('8', 'Limitation of Liability', 'Each party\'s total liability shall not exceed the fees paid in the prior twelve (12) months. The limits in this Section 8 shall not apply to a party\'s obligations under Section 6 or to its gross negligence.'),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['indemnification', 'gross-negligence']);
    expect(facts['indemnity.uncapped']?.value).toBe(true);
  });

  it('reads "obligations under Section 6.1 are subject to the limitations" as a capped indemnity', () => {
    const facts = factsOf(
      clause('6', 'Indemnities', 'Provider shall defend Customer against third-party infringement claims.'),
      clause('6.2', null, 'Provider\'s obligations under Section 6.1 are subject to the limitations in Section 9.'),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
});

describe('the fact map', () => {
  it('has a key for every vocabulary fact, null when not stated', () => {
    const facts = factsOf(clause('1', 'Notices', 'Notices shall be given in writing to the addresses above.'));
    expect(Object.keys(facts).sort()).toEqual(FACTS.map((f) => f.name).sort());
    expect(Object.values(facts).every((v) => v === null)).toBe(true);
  });

  it('prefers the clause on the fact\'s topic and records its number, heading and excerpt', () => {
    const facts = factsOf(
      clause('2', 'Definitions', '"Payment Period" means within ninety (90) days of the invoice date where Customer shall pay.'),
      clause('4.2', 'Payment', 'Customer shall pay each invoice within forty-five (45) days of the invoice date.'),
    );
    const hit = facts['payment.net_days'];
    expect(hit?.value).toBe(45);
    expect(hit?.clause).toBe('4.2');
    expect(hit?.heading).toBe('Payment');
    expect(hit?.excerpt).toContain('forty-five (45) days');
  });

  it('takes a heading-less sub-clause\'s heading from its parent', () => {
    const facts = factsOf(
      clause('9', 'Limitation of Liability', 'This Section limits liability.'),
      clause('9.1', null, 'Each party\'s aggregate liability shall not exceed the fees paid in the twelve (12) months before the claim.', 1),
    );
    expect(facts['liability.cap_multiple']?.heading).toBe('Limitation of Liability');
  });

  it('reads custom facts with their compiled pattern', () => {
    const all = [clause('3', 'Fees', 'A set-up fee of $5,000 applies.')];
    classifyClauses(all);
    const facts = extractFacts(all, [
      {
        name: 'fees.setup', type: 'money', topic: 'pricing',
        find: (text) => {
          const i = text.indexOf('$5,000');
          return i < 0 ? null : { value: { amount: 5000, currency: 'USD' }, index: i, length: 6 };
        },
      },
    ]);
    expect(facts['fees.setup']?.value).toEqual({ amount: 5000, currency: 'USD' });
    expect(facts['fees.setup']?.clause).toBe('3');
  });
});

// Real sentences from CUAD v1 (Hendrycks et al., The Atticus Project), CC BY 4.0.
describe('CUAD sentences', () => {
  runTable([
    // CybergyHoldingsInc Affiliate Agreement (CUAD v1).
    [null, 'This Agreement is accepted by Company in the State of Nevada and shall be governed by and construed in accordance with the laws thereof, which laws shall prevail in the event of any conflict.', 'governing_law.jurisdiction', 'Nevada'],
    // CybergyHoldingsInc Affiliate Agreement (CUAD v1).
    [null, "Company's liability shall not exceed the fees that MA has paid under this Agreement.", 'liability.cap_multiple', 1],
  ]);
});
