// Phrasing bank, round 6: wordings met in the held-out sets 49–64 (our own variations of them). Each group keeps
// traps that must stay absent. Rows: [heading, text, fact, expected]; the preamble names "Provider" and "Customer".
import { describe, expect, it } from 'vitest';
import { endsEntry, joinWrapped } from '../src/read/lines.js';
import { paragraphsFromLines } from '../src/read/pdf.js';
import { extractFacts } from '../src/extract/facts.js';
import { classifyClauses } from '../src/extract/topics.js';
import { findMoney } from '../src/extract/values/index.js';
import { segment } from '../src/segment/index.js';
import { docOf } from './segment.helpers.js';
import { clause, factsOf, preamble, runFactTable as runTable } from './helpers/clauses.js';

describe('term, renewal and termination wordings (sets 49–52)', () => {
  runTable([
    ['Duration', 'Upon expiry of that period, and of every later period, the Agreement extends by itself for one further Subscription Year at a time, unless a Party tells the other in writing, not later than sixty (60) days before the then-current period ends, that it does not wish the Agreement to continue.', 'renewal.auto', true],
    ['Duration', 'Upon expiry of that period, the Agreement extends by itself for one further Subscription Year at a time, unless a Party tells the other in writing that it does not wish it to continue.', 'renewal.term_months', 12],
    ['Agreement period', 'It is thereafter extended by twelve (12) months at a time, unless a party terminates it in writing no later than three (3) months before the end of the current Agreement Period.', 'renewal.notice_days', 90],
    ['Agreement period', 'This Agreement applies from signature for one (1) year.', 'term.initial_months', 12],
    [null, 'First Period | one (1) year from go-live', 'term.initial_months', 12],
    ['Period of Agreement', 'Neither party may terminate this Agreement before the end of the then-current period merely for its own convenience.', 'termination.for_convenience', false],
    ['Termination', "We may end this Agreement at any time, whether or not in the Minimum Term, by giving the Customer not less than six months' written notice, for example if we withdraw the product from the market.", 'termination.for_convenience_notice_days', 180],
    ['Termination', "On any termination, except termination by the Provider for the Customer's breach, the Provider shall refund the part of the remuneration paid in advance which relates to the period after termination.", 'termination.refund_prepaid', true],
    ['Fees', 'The monthly remuneration shall remain unchanged for the first twenty-four (24) months of the Agreement.', 'pricing.fixed_months', 24],
    // Traps: a benefit that continues automatically after termination; an illustration does not make a ground disappear.
    ['Survival', 'The licence to archived reports continues by itself after termination.', 'renewal.auto', null],
    ['Termination', 'The Provider may end this Agreement if the Customer breaches it, for example if the Customer fails to pay.', 'termination.for_convenience', null],
  ]);
});

describe('money, payment and service-level wordings (sets 49–52)', () => {
  runTable([
    ['Payment', 'Late payments carry interest at the Bank of Mauritius Key Rate plus two per cent (2%) per annum until paid.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'Overdue sums bear interest at the National Bank of Kazakhstan base rate plus three per cent (3%) per annum.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'If Customer fails to pay any amount when due, Customer shall pay delay damages on the overdue amount at the rate of fourteen point four percent (14.4%) per annum.', 'payment.late_interest_percent_per_month', 1.2],
    [null, 'Payment due | 14 days from invoice date', 'payment.net_days', 14],
    ['Liability', "Each Party's aggregate liability shall not exceed Ringgit Malaysia Two Million (RM2,000,000).", 'liability.cap_amount', { amount: 2_000_000, currency: 'MYR' }],
    ['Service Levels and Support', 'For each full 0.5 percentage point below the target, the Customer receives a credit of 3% of the monthly licence fee, up to no more than fifteen percent (15%) of that fee in any month.', 'sla.credit_cap_percent', 15],
    ['Support', 'Priority: P1 | Coverage: 24 hours, 7 days a week | Response time: 1 hour', 'support.coverage', ['24x7']],
    // Traps: a delivery time next to invoicing; a window to query an invoice.
    ['Fees', 'Hardware ships within ten (10) days after the Effective Date and is invoiced on shipment.', 'payment.net_days', null],
    ['Payment', 'Observations on an invoice must be made within ten (10) business days of receipt; otherwise the invoice is deemed accepted.', 'payment.net_days', null],
    ['Room', 'Meetings are held in RM 12.', 'liability.cap_amount', null],
  ]);
  it('reads a fee reduction for missed availability as a service credit, with its ceiling', () => {
    const facts = factsOf(clause('4.1', 'Service Quality', 'The Provider shall ensure that the Service is available not less than 99.8% of each calendar month. If it is not, the Customer is entitled to a fee reduction of five percent (5%) of that month\'s subscription fee for each full percentage point below that level, up to a maximum of twenty-five percent (25%) of the monthly subscription fee.'));
    expect([facts['sla.uptime_percent']?.value, facts['sla.credit_cap_percent']?.value]).toEqual([99.8, 25]);
  });
  it('reads the ceiling from a two-column credit table, not a tier bound', () => {
    const facts = factsOf(clause('4', 'Availability', 'The Provider shall keep the Service available at least 99% of the time in each calendar month.\n\nMonthly availability | Credit (% of monthly subscription)\n98% to below 99% | 5%\nBelow 95% | 15% (maximum)'));
    expect(facts['sla.credit_cap_percent']?.value).toBe(15);
    const tiers = factsOf(clause('4', 'Availability', 'Monthly availability | Credit (% of monthly fee)\n99.0% up to 99.5% | 3%\nBelow 99.0% | 5%'));
    expect(tiers['sla.credit_cap_percent'] ?? null).toBeNull();
  });
});

describe('liability, indemnity and IP wordings (sets 49–52)', () => {
  runTable([
    ['Indemnities', "The Provider shall also reimburse any fine imposed on the Customer by a state authority where the fine results from the Provider's own violation of the legislation of Georgia.", 'indemnity.scope', ['violation-of-law']],
    ['Indemnities', "The Provider shall indemnify the Customer against claims of third parties that the Service infringes their intellectual property rights, and against fines imposed on the Customer as a result of the Provider's violation of the legislation of the Republic of Kazakhstan.", 'indemnity.scope', ['ip-infringement', 'violation-of-law']],
    ['Infringement claims', "We will defend the Customer against a claim by a third party that the Customer's use of the Service infringes that party's intellectual property rights, and pay the amounts awarded.", 'indemnity.scope', ['ip-infringement']],
    ['Infringement Claims', "If a third party claims that Customer's use of the Service infringes a patent, copyright or other intellectual property right, Provider shall defend Customer and bear the damages finally awarded.", 'indemnity.scope', ['ip-infringement']],
    ['Ownership', "Provider owns the Service and all improvements, templates and configurations, including any made at Customer's request.", 'ip.assignment_to_customer', false],
    ['Ownership', 'All rights in the Platform, including reports, templates and integrations developed during the term, remain with the Provider.', 'ip.assignment_to_customer', false],
    ['Intellectual Property', 'All intellectual property rights in the Platform, and in any customisations, templates or reports that we create for the Customer, belong to and remain with us.', 'ip.assignment_to_customer', false],
    ['Content', 'All tour descriptions, photographs and other content that the Provider creates specifically for the Customer under this Agreement shall belong to the Customer.', 'ip.assignment_to_customer', true],
    ['Pricing', 'The Provider shall not charge the Customer a platform fee or commission rate higher than it charges any other visitor attraction for comparable volumes.', 'mfn.present', true],
    ['Exclusivity', 'During the term of this Agreement the Provider shall not provide the Orchard Model, or any model derived from it, to any other apple grower in the region.', 'exclusivity.present', true],
    ['Exclusive Channel', 'Nothing in this Article restricts the Provider from offering the Platform to other spas, lagoons or bathing facilities.', 'exclusivity.present', false],
    ['Assignment', "Provider may assign this Agreement, without Customer's consent, to an affiliate or to a successor to its business.", 'assignment.consent_required', false],
    ['References', 'We may name the Customer and display its logo in our customer lists and on our website.', 'publicity.logo_use', true],
    ['References', 'The Provider may mention the Customer, and display its name and logo, in its list of customers.', 'publicity.logo_use', true],
    ['Force majeure', 'Neither Party is liable for failure to perform caused by circumstances of insuperable force, such as earthquakes or floods.', 'force_majeure.present', true],
    ['Events beyond control', 'Neither party is liable for failure to perform caused by vis major, including drought, wildfire or strikes, for as long as it continues.', 'force_majeure.present', true],
    // Traps: the customer's duty to keep its own data elsewhere; our obligations (not the limits) that do not apply.
    ['Indemnities', "The Customer shall reimburse any fines imposed on the Provider as a result of the Customer's violation of law.", 'indemnity.scope', null],
    ['Data', 'The Provider shall not provide Customer Data to any other person.', 'exclusivity.present', null],
  ]);
  it('takes "These obligations are not subject to the limit" in an indemnity clause as an uncapped indemnity', () => {
    const facts = factsOf(
      clause('8.1', 'Indemnity', 'The Provider shall indemnify the Customer against claims of third parties that the Service infringes their intellectual property rights. These obligations are not subject to the limit in Clause 9.2.'),
      clause('9.2', 'Liability', 'The total liability of the Provider under this Agreement shall not exceed fifty million tenge (KZT 50,000,000).'),
      clause('9.4', 'Liability', 'Clause 9.2 does not apply to gross negligence; liability for it is not limited.'),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(true);
    // An indemnity outside the cap is one of the carve-outs wholly outside it.
    expect(facts['liability.uncapped_for']?.value).toEqual(['gross-negligence', 'indemnification']);
  });
  it('keeps "subject to the limits ... and do not apply to claims arising from" an indemnity inside the cap', () => {
    const facts = factsOf(
      clause('8', 'Indemnity', 'The Provider shall defend the Customer against any claim that the Service infringes a patent.'),
      clause('8.2', 'Indemnity', "The Provider's obligations under this Clause 8 are subject to the limits in Clause 9 and do not apply to claims arising from Customer Data."),
      clause('9', 'Limitation of Liability', "The Provider's total liability shall not exceed the fees paid in the twelve (12) months before the claim."),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
    expect(facts['liability.uncapped_for'] ?? null).toBeNull();
  });
  it("reads the customer's own carve-outs under its defined name as the customer's, not our indemnity", () => {
    const head = preamble('This Agreement is between Paddock Ledger, LLC ("Company," "we," "us" or "our"), and Elkhorn Creek Stud, LLC ("Farm").');
    const all = [head,
      clause('9', 'Indemnification', ''),
      clause('9(a)', 'Indemnification', 'We will defend Farm against any third-party claim that the Service infringes a patent, and will pay resulting damages. Our obligations under this Section 9(a) are subject to the limitations in Section 10.', 1),
      clause('10', 'Limitation of Liability', ''),
      clause('10(b)', 'Limitation of Liability', "EACH PARTY'S TOTAL LIABILITY WILL NOT EXCEED THE FEES PAID BY FARM DURING THE SIX (6) MONTHS BEFORE THE CLAIM.", 1),
      clause('10(c)', 'Limitation of Liability', "SECTION 10(b) DOES NOT APPLY TO FARM'S OBLIGATION TO PAY FEES OR TO FARM'S OBLIGATIONS UNDER SECTION 9(b), FOR WHICH FARM'S LIABILITY IS NOT LIMITED.", 1)];
    classifyClauses(all);
    const facts = extractFacts(all);
    expect(facts['indemnity.uncapped']?.value).toBe(false);
    expect(facts['liability.uncapped']?.value).toBe(true);
  });
});

describe('data, venue and residency wordings (sets 49–52)', () => {
  runTable([
    ['Client data', "The Provider shall store and process the Customer's data only on servers located in the territory of Georgia or of a Member State of the European Union.", 'data.residency', ['eu', 'ge']],
    ['Data', 'The Provider shall host the Platform and all Customer Data exclusively in data centres located in Malaysia.', 'data.residency', ['my']],
    ['Disputes', 'The Sapporo District Court shall have exclusive jurisdiction of the first instance over any dispute.', 'venue.jurisdiction', 'Japan'],
    ['Disputes', 'Any dispute shall be finally resolved by arbitration administered by BANI, with the seat of arbitration in Denpasar, Bali.', 'venue.jurisdiction', 'Indonesia'],
    ['Disputes', 'The seat of arbitration is Kota Kinabalu, Sabah, and the language is English.', 'venue.jurisdiction', 'Malaysia'],
    ['Data protection', "If the Provider becomes aware of a breach of security leading to unauthorised access to personal data of the Customer's guests, it shall notify the Customer in writing within seventy-two (72) hours.", 'data.breach_notice_hours', 72],
    ['Security', 'Any right of the Customer to audit or inspect the Provider\'s processing is as set out in Annex 2.', 'security.customer_audit', null],
    // Traps: the US state of Georgia; the customer's own duty to notify.
    ['Data', 'The Provider shall store Customer Data only in data centers located in Atlanta, Georgia.', 'data.residency', null],
    ['Data protection', 'If the Customer becomes aware of a breach of security affecting its account, it shall notify the Provider within 24 hours.', 'data.breach_notice_hours', null],
  ]);
});

describe('layout: wrapped lines in PDFs (sets 49–52)', () => {
  it('does not end a paragraph at digits that restate a number word ("TWELVE (12)" + "MONTHS ...")', () => {
    expect(endsEntry('PAYABLE BY GROWER UNDER THIS AGREEMENT DURING THE TWELVE (12)')).toBe(false);
    expect(endsEntry('within thirty (30)')).toBe(false);
    expect(endsEntry('as set out in the Order Form (Schedule 1)')).toBe(true);
    const lines = ['9.2 EACH PARTY\'S TOTAL LIABILITY ARISING OUT OF THIS AGREEMENT WILL NOT EXCEED THE FEES PAID AND', 'PAYABLE BY GROWER UNDER THIS AGREEMENT DURING THE TWELVE (12)', 'MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM.']
      .map((text) => ({ text, page: 1 }));
    expect(paragraphsFromLines(lines).map((b) => b.text)).toHaveLength(1);
  });
  it('keeps the hyphen of a number word broken across lines ("forty-" + "eight")', () => {
    expect(joinWrapped('notify the Customer within forty-', 'eight (48) hours')).toBe('notify the Customer within forty-eight (48) hours');
    expect(findMoney('2,500 ringgit')[0]?.currency).toBe('MYR');
  });
});

describe('wordings from sets 53–54', () => {
  runTable([
    ['Term and Continuation', 'This agreement starts on the date of the first Order and has a first period of two (2) years.', 'term.initial_months', 24],
    ['Term and Continuation', 'After the first period the agreement continues each time for a further twelve (12) months, unless either party cancels it in writing at least sixty (60) days before the end of the then-current period.', 'renewal.auto', true],
    ['Duration', 'This Agreement takes effect on its signature and runs for a firm period of three (3) years from the Go-Live Date.', 'term.initial_months', 36],
    ['Term', 'This agreement expires at the end of the Initial Term and does not roll over or extend on its own.', 'renewal.auto', false],
    ['Fees', 'On each anniversary thereafter, the Provider may revise the fees in line with the Syntec index, provided that no single annual revision may exceed two and a half per cent (2.5%) of the fees applicable in the preceding year.', 'pricing.increase_cap_percent', 2.5],
    ['Refund', "If this Agreement ends for any reason other than Customer's uncured breach, Provider will refund to Customer any platform fees paid for periods after the effective date of termination.", 'termination.refund_prepaid', true],
    ['Liability', 'Our total liability is limited to EUR 100,000 per calendar year. The limitation and exclusion in this Clause 9 do not apply if the damage results from intent or deliberate recklessness on the part of our management.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Liability', 'Our total liability is limited to EUR 100,000. No limitation of this Article 11 applies in the event of gross or wilful misconduct (faute lourde ou dolosive) or fraud.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'fraud']],
    ['Ownership', 'Company owns the Service, all improvements to it, and any reports, templates or integrations it creates, including those requested by Customer.', 'ip.assignment_to_customer', false],
    ['Intellectual Property', 'All intellectual property in the Platform, and in any configurations, reports and customisations developed by the Provider, whether or not paid for by the Customer, shall vest in and remain with the Provider.', 'ip.assignment_to_customer', false],
    ['Disputes', 'Any dispute shall be resolved by arbitration under the Rules of the Santiago Arbitration and Mediation Center (CAM Santiago).', 'venue.jurisdiction', 'Chile'],
    ['Disputes', 'The seat and venue of arbitration shall be Chandigarh, and the proceedings shall be conducted in English.', 'venue.jurisdiction', 'India'],
    // Traps: Santiago de Compostela is in Spain, not Chile.
    ['Disputes', 'The courts of Santiago de Compostela shall have exclusive jurisdiction.', 'venue.jurisdiction', null],
  ]);
  it('takes "obligations under this Article" under an indemnity heading as the indemnity', () => {
    const facts = factsOf(
      clause('10', 'Intellectual Property Indemnity', ''),
      clause('10.1', 'Intellectual Property Indemnity', 'Provider shall defend Customer against any claim by a third party that the Service infringes a patent.', 1),
      clause('10.2', 'Intellectual Property Indemnity', "Provider's obligations under this Article are subject to the limitations set out in Article 11.", 1),
      clause('11', 'Limitation of Liability', "Provider's total liability shall not exceed the fees paid in the twelve (12) months before the claim."),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
  it('keeps a caps sentence whose clause reference has small letters in one paragraph ("SECTION 9(b) ... EITHER PARTY\'S" + "OBLIGATIONS ...")', () => {
    const lines = ["(c) SECTION 9(b) DOES NOT LIMIT CUSTOMER'S OBLIGATION TO PAY FEES OR EITHER PARTY'S", 'OBLIGATIONS UNDER SECTION 8.']
      .map((text) => ({ text, page: 1 }));
    expect(paragraphsFromLines(lines)).toHaveLength(1);
  });
});

describe('wordings from sets 55–56', () => {
  runTable([
    ['Payment', 'Invoices are issued monthly in advance and are due for payment within fourteen (14) days of receipt, without deduction.', 'payment.net_days', 14],
    ['Warranty', "The Customer's statutory warranty rights under the Austrian General Civil Code (ABGB) remain unaffected and are not excluded or limited by this Agreement.", 'warranty.disclaimer', false],
    ['Warranty', 'Nothing in this Agreement excludes the terms implied by section 39 of the Sale of Goods and Supply of Services Act 1980, which the Provider acknowledges apply to the Services.', 'warranty.disclaimer', false],
    ['Warranty', 'Claims for defects in the Set-up Services become time-barred twelve (12) months after acceptance.', 'warranty.period_days', 360],
    ['Termination', 'All fees paid are non-refundable, except that if the Provider pre-terminates under Section 11(a), it shall return to the Customer the fees paid for any period after the effective date of pre-termination.', 'termination.refund_prepaid', true],
    ['Ownership', 'The Platform, all rostering rules, templates and reports configured for the Customer, and all improvements thereto, shall belong exclusively to the Provider.', 'ip.assignment_to_customer', false],
    ['Service levels', 'Severity 1 (Platform unavailable) | 2 hours | At all times, including weekends and public holidays', 'support.coverage', ['24x7']],
    ['Data security', 'Provider shall inform Customer of any breach of the security of Customer Data without undue delay, and in any event within forty-eight (48) hours after becoming aware of it.', 'data.breach_notice_hours', 48],
    ['Confidentiality', "Each party will protect the other's confidential information with reasonable care. This duty lasts for three (3) years after these Terms end.", 'confidentiality.term_years', 3],
    ['Liability', 'The limitations in Clauses 8.2 to 8.4 do not apply to loss caused by gross negligence or intent.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Jurisdiction', 'The Parties elect the courts of the Judicial District of the City of Sao Paulo, State of Sao Paulo, to resolve any dispute under this Agreement.', 'venue.jurisdiction', 'Brazil'],
    // Traps: an invoice-objection window; the customer's round-the-clock operations; a price notice before renewal;
    // staff bound by confidentiality for a period; "do not extend" said of support hours.
    ['Payment', 'The Customer may raise objections to an invoice within thirty (30) days of receipt.', 'payment.net_days', null],
    ['Support', "Support is available from 8:00 AM to 6:00 PM, Monday to Friday. The Customer's round-the-clock operations do not extend these support hours.", 'support.coverage', ['business-hours']],
    ['Support', "The Customer's round-the-clock operations do not extend these support hours.", 'renewal.auto', null],
    ['Price changes', 'The Provider will tell Customer of any increase at least forty-five (45) days before the renewal date.', 'renewal.notice_days', null],
    ['Data protection', 'Provider will ensure that every person it authorizes to process Customer Personal Data is bound by a written duty of confidentiality that lasts at least three (3) years.', 'confidentiality.term_years', null],
  ]);
  it('keeps a sentence that opens with "SECTION 8(b) DOES NOT ..." in its own clause', () => {
    const clauses = segment(docOf(['8(b) EACH PARTY\'S TOTAL LIABILITY WILL NOT EXCEED THE FEES PAID.', "8(c) Exceptions. SECTION 8(b) DOES NOT LIMIT CUSTOMER'S OBLIGATION TO PAY FEES.", "8(d) SECTION 8(b) DOES NOT APPLY TO FRAUD OR TO EITHER PARTY'S OBLIGATIONS UNDER SECTION 7."]));
    expect(clauses.map((c) => c.number)).toEqual(['8(b)', '8(c)', '8(d)']);
    expect(clauses[1]!.text).toMatch(/^SECTION 8\(b\) DOES NOT LIMIT/);
  });
  it('reads "SECTION 8(b) DOES NOT LIMIT ..." after a run-in heading as the carve-out sentence, not a new clause', () => {
    const facts = factsOf(
      clause('8', 'Limitation of Liability', ''),
      clause('8(b)', 'Limitation of Liability', "EACH PARTY'S TOTAL LIABILITY WILL NOT EXCEED THE FEES PAID IN THE TWELVE (12) MONTHS BEFORE THE CLAIM.", 1),
      clause('8(c)', 'Exceptions', "SECTION 8(b) DOES NOT LIMIT CUSTOMER'S OBLIGATION TO PAY FEES, FOR WHICH NO MONETARY LIMIT APPLIES.", 1),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['payment']);
  });
  it('takes "The limitations of Article 9 also apply to claims under this Article 8" as a capped indemnity', () => {
    const facts = factsOf(
      clause('8.1', 'Third-Party Property Rights', 'If a third party asserts that the Service infringes its intellectual property rights, Provider shall defend Customer against the claim and hold Customer harmless from damages finally awarded.'),
      clause('8.2', 'Third-Party Property Rights', 'The limitations of Article 9 also apply to claims under this Article 8.'),
      clause('9.3', 'Liability', "Provider's total liability shall not exceed the fees paid in the twelve (12) months before the claim."),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
});

describe('wordings from sets 57–58', () => {
  runTable([
    ['Intellectual property claims', 'If a third party claims that the Service infringes its copyright, the Provider will defend the Customer at its own cost and compensate the Customer for any amount awarded against the Customer by a court.', 'indemnity.scope', ['ip-infringement']],
    ['Support', 'The Provider responds to a critical fault (production scheduling unavailable) within two (2) hours and to other faults within two (2) working days.', 'support.response_hours', 2],
    ['Late payment', 'For each day of delay the Customer shall pay a late payment interest of 0.05 per cent of the overdue amount.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'If the Customer is in default, the Provider may charge default interest at a rate of twelve per cent (12%) per annum from the due date.', 'payment.late_interest_percent_per_month', 1],
    ['Staff', 'During the Contract and for six (6) months after its termination, neither party shall entice away or employ a person who works for the other party.', 'non_solicit.months', 6],
    ['Use of name', "The Provider may not refer to the Customer as its customer, or use the Customer's name or trade marks, without the Customer's prior written consent in each case.", 'publicity.logo_use', false],
    ['Incidents', 'The Provider shall inform the Customer no later than twenty-four (24) hours after discovery of any incident in which Customer Data is accessed, disclosed or lost without authority.', 'data.breach_notice_hours', 24],
    ['Support', 'Critical incident: response | within 1 hour, at all times, every day of the year', 'support.coverage', ['24x7']],
    ['Pricing', 'Provider represents that the fees charged to Customer are and will remain no higher than the fees Provider charges to any other casino customer.', 'mfn.present', true],
    ['Pricing', "Provider makes no commitment that Customer's fees will be as low as, or lower than, those charged to any other customer.", 'mfn.present', false],
    ['Exclusivity', 'During the Initial Term, Customer will not install kiosk software from any other vendor. This Section does not restrict Provider from serving other casinos.', 'exclusivity.present', false],
    ['Confidentiality', "Each party shall treat the other party's information as confidential. This duty applies during the Agreement and for five (5) years after its expiry.", 'confidentiality.term_years', 5],
    ['Data', 'All Customer data shall be stored and processed only in data centres located in Norway.', 'data.residency', ['no']],
    ['Law and jurisdiction', 'The parties submit to the exclusive jurisdiction of the Sheriff Court at Inverness.', 'venue.jurisdiction', 'Scotland'],
    // Traps: a warranty that "shall not apply" in a clause that also defends; a super-cap for incidents.
    ['Warranty', 'The warranty set forth in this clause 10 shall not apply to defects caused by the Customer; the Provider shall defend the Customer against infringement claims.', 'liability.uncapped', null],
  ]);
  it('reads the ceiling of a price-reduction table and a super-cap for incidents named by clause', () => {
    const reduction = factsOf(clause('4.2', 'Service level', 'Should availability fall below the guaranteed level, the Customer is entitled to a price reduction calculated as follows:\n\nAvailability in the month | Reduction of the monthly fee\nbelow 99.5 per cent | 10 per cent\nbelow 98.0 per cent | 25 per cent, which is the maximum reduction'));
    expect(reduction['sla.credit_cap_percent']?.value).toBe(25);
    const facts = factsOf(
      clause('5.2', 'Incidents', 'The Provider shall inform the Customer of any incident within 24 hours.'),
      clause('9.2', 'Liability', "Each party's aggregate liability shall be limited to two times (2x) the fees paid in the twelve (12) months before the claim."),
      clause('9.3', 'Data incidents', "The Provider's liability for incidents under clause 5.2 shall be limited to three (3) times the fees paid in that twelve (12) month period."),
    );
    expect(facts['liability.cap_multiple']?.value).toBe(2);
  });
  it('takes "obligations under this Clause" in the clause that gives the indemnity as the indemnity', () => {
    const facts = factsOf(
      clause('18', 'Warranties and Liability', 'If a third party claims that the Service infringes its copyright, the Provider will defend the Customer at its own cost and compensate the Customer for any amount awarded. The Provider\'s obligations under this Clause are subject to the limit in Clause 16.'),
      clause('16', 'Limit', "The total liability of the Provider shall not exceed the fees paid in the twelve (12) months before the claim."),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
});

describe('wordings from sets 59–60', () => {
  runTable([
    ['Damages', 'The limitations in the preceding two paragraphs shall not apply where the damage arises from the wilful misconduct or gross negligence of the Provider.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Support', 'Where reservations cannot be received, the Customer may contact the emergency desk, which operates 24 hours a day, 365 days a year, and the Provider shall begin responding within one (1) hour.', 'support.coverage', ['24x7']],
    ['Data', 'If the Provider becomes aware of any leakage, loss or damage of Guest Data, it shall notify the Customer promptly, and in any event within forty-eight (48) hours.', 'data.breach_notice_hours', 48],
    ['Payment', 'If the Customer delays payment, the Customer shall pay late charges on the overdue amount at a rate of twelve percent (12%) per annum.', 'payment.late_interest_percent_per_month', 1],
    ['Ownership', 'Nothing in the Agreement transfers any of our intellectual property to Customer.', 'ip.assignment_to_customer', false],
    ['Venue', 'Any lawsuit relating to this Agreement must be filed in the Montana Thirteenth Judicial District Court, Yellowstone County.', 'venue.jurisdiction', 'Montana'],
    ['Confidentiality', "The Provider shall not disclose that the Customer is one of its clients and shall not use the Customer's name or logo in any reference list or marketing material.", 'publicity.logo_use', false],
    ['Assignment', 'The Provider may assign its contractual position to any company in its group, without the consent of the Customer, by written notice.', 'assignment.consent_required', false],
    ['Fees', "The Provider may vary the Charges with effect from each anniversary by giving sixty (60) days' notice, but any such variation shall not exceed the lower of the annual change in the Consumer Prices Index and three per cent (3%).", 'pricing.increase_cap_percent', 3],
    ['Term', 'On expiry of the Initial Period this Agreement shall come to an end unless the parties have agreed in writing to extend it.', 'renewal.auto', false],
    ['Payment', 'If Customer fails to pay any amount due within ten (10) days, late charges of 1-1/2% per month shall accrue.', 'payment.late_interest_percent_per_month', 1.5],
    // Traps: the customer's own efforts and rights are no publicity; "a Montana corporation" is no court.
    ['Licence', 'Customer shall have the sole right and shall use reasonable efforts to publicise its name in marketing.', 'publicity.logo_use', null],
    ['Parties', 'Musselshell Creek Cattle Company is a Montana corporation; the courts of its choosing are not named here.', 'venue.jurisdiction', null],
  ]);
  it('reads the parties of a preamble "entered into ... by X (...), and Y (...)" without "between"', () => {
    const head = preamble('This Agreement is entered into as of May 3, 2027 (the "Effective Date") by Brandbook Software, LLC (the "Vendor", "we", "our"), and Musselshell Creek Cattle Company, a Montana corporation (the "Ranch").');
    const all = [head, clause('4', 'Custom Work', 'If the Ranch orders custom reports, we hereby assign to the Ranch all right, title and interest in those deliverables upon payment for them.')];
    classifyClauses(all);
    const facts = extractFacts(all);
    expect(facts['ip.assignment_to_customer']?.value).toBe(true);
  });
  it('keeps an amount wrapped onto its own line in a PDF ("(GBP 750,000).") in its paragraph', () => {
    const lines = ['10.3 Each party\'s total liability shall not exceed the greater of (a) 150% of the Charges and (b) seven hundred and fifty thousand pounds', '(GBP 750,000).']
      .map((text) => ({ text, page: 1 }));
    expect(paragraphsFromLines(lines)).toHaveLength(1);
  });
});

describe('wordings from sets 61–62', () => {
  runTable([
    ['Ownership', 'Nothing in this Agreement assigns or agrees to assign any intellectual property to the Customer.', 'ip.assignment_to_customer', false],
    ['Term', 'Neither Party may withdraw from this Agreement for convenience before its expiry.', 'termination.for_convenience', false],
    ['Fees', "Provider may revise the Fees from the start of any extension period by giving Customer written notice at least forty-five (45) days beforehand; any such revision shall not exceed five per cent (5%) of the Fees then in force.", 'pricing.increase_cap_percent', 5],
    ['Disputes', 'Any dispute shall be submitted exclusively to the Central Intellectual Property and International Trade Court in Bangkok.', 'venue.jurisdiction', 'Thailand'],
    ['Liability', 'The limitation in Article 8.3 does not apply to damage caused intentionally or through gross negligence, or to harm to the natural rights of a person, including life and health; the liability for such damage is not limited.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'death-personal-injury']],
    ['Warranty', "Nothing in this Agreement excludes or restricts the Provider's liability for defects under the Obligations Code or any other warranty implied by law.", 'warranty.disclaimer', false],
    ['Insurance', 'The Provider shall maintain liability insurance for damage caused in the course of its business with an indemnity limit of not less than twenty million Czech crowns (CZK 20,000,000) per event.', 'insurance.general_liability', { amount: 20_000_000, currency: 'CZK' }],
    // Traps: a refund refused "on termination for any reason"; a regulator's inspections.
    ['Fees', 'Fees paid are non-refundable, and Customer shall not be entitled to any refund or credit on expiry or termination of this Agreement for any reason.', 'termination.for_convenience', null],
    ['Regulatory records', 'The Service assists with, but does not replace, the inspections required by the competent inspectorate.', 'security.customer_audit', null],
    ['Termination', "Customer may terminate this Agreement for convenience on thirty (30) days' notice, and is then entitled to a refund of prepaid fees.", 'termination.for_convenience', true],
  ]);
});

describe('wordings from sets 63–64', () => {
  runTable([
    ['Term', 'At the end of the Initial Subscription Period, the Subscription Period continues without further action for a further twelve (12) months, unless either Party tells the other in writing, not less than sixty (60) days before the current period expires, that it does not wish to continue.', 'renewal.notice_days', 60],
    ['Termination', 'Neither Party is entitled to terminate this Agreement by ordinary notice (rendes felmondas) before the end of the current Subscription Period; the right of either Party to terminate for convenience is excluded.', 'termination.for_convenience', false],
    ['Term', 'Upon the lapse of that year this Agreement shall automatically continue for succeeding periods of one (1) year each, unless a party gives written notice.', 'renewal.term_months', 12],
    ['Fees', 'The Provider invoices the annual licence fee at the start of each contract year and other charges monthly, within five (5) days after the end of the month. The Customer must pay each invoice within twenty-one (21) days of the invoice date.', 'payment.net_days', 21],
    ['Fees', 'All charges paid are final. The Provider does not refund any charges, including where this Agreement ends under Article 9.2.', 'termination.refund_prepaid', false],
    ['Exclusive Use', 'For the term of this Agreement the Customer shall use the Service as its only system. This Article places no restriction on the Provider, which remains free to supply other tea factories.', 'exclusivity.present', false],
    ['Data', 'The Provider shall host the Customer\'s data on servers located in Rwanda.', 'data.residency', ['rw']],
    ['Disputes', 'The courts of Heraklion shall have exclusive jurisdiction over any dispute arising from this Agreement.', 'venue.jurisdiction', 'Greece'],
    ['Disputes', 'Failing that, the Szeged Regional Court has exclusive jurisdiction.', 'venue.jurisdiction', 'Hungary'],
    ['Venue', 'Any action arising from this Agreement shall be filed exclusively in the Regional Trial Court of Davao City.', 'venue.jurisdiction', 'Philippines'],
  ]);
});
