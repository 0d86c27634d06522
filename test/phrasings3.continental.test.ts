// Phrasing bank, round 3: English as drafted from a continental original ("the Contract is regulated by the Italian
// law", "tacitly renewed", "withdraw from the Contract ... without a just cause", "99,5%"), Commonwealth forms
// (rand amounts, "endures for", "without having to give reasons") and wordings first met in held-out yardsticks 7 and 8
// (fixtures/yardstick-unseen-7, -8). Sentences are our own variations; each group keeps traps that must stay absent.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract/facts.js';
import { classifyClauses } from '../src/extract/topics.js';
import { clause, runFactTable as runTable } from './helpers/clauses.js';

describe('continental drafting: law and venue', () => {
  runTable([
    ['Applicable Law', 'The Contract is regulated by the Italian law.', 'governing_law.jurisdiction', 'Italy'],
    ['Applicable Law', 'This Agreement is regulated by the laws of Spain.', 'governing_law.jurisdiction', 'Spain'],
    ['Competent Court', 'For any dispute about the interpretation or execution of the Contract the Court of Milan is exclusively competent.', 'venue.jurisdiction', 'Italy'],
    ['Disputes', 'Any dispute shall be submitted exclusively to the courts of Madrid.', 'venue.jurisdiction', 'Spain'],
    // Traps: an office in a city, a regulation that is not the contract's law.
    ['Parties', 'The Licensor has its registered office in Milan.', 'venue.jurisdiction', null],
    ['Data', 'Processing is regulated by the GDPR and the Italian privacy code.', 'governing_law.jurisdiction', null],
  ]);
});

describe('continental drafting: tacit renewal', () => {
  runTable([
    ['Duration', 'At the expiry of the Initial Period, the Contract is tacitly renewed for further periods of 2 (two) years each, unless one Party communicates its cancellation at least 6 (six) months before the expiry.', 'renewal.auto', true],
    ['Duration', 'The Contract renews tacitly from year to year unless cancelled by registered letter.', 'renewal.auto', true],
    // Trap: tacit acceptance is not renewal.
    ['Acceptance', 'The deliverables are tacitly accepted if the Client raises no objection within 10 days.', 'renewal.auto', null],
  ]);
});

describe('continental drafting: withdrawal without a just cause', () => {
  runTable([
    ['Withdrawal', 'The Client may withdraw from the Contract at any moment, also without a just cause, giving to the Licensor a written notice of at least 3 (three) months.', 'termination.for_convenience', true],
    ['Withdrawal', 'The Client may withdraw from the Contract at any moment, also without a just cause, giving to the Licensor a written notice of at least 3 (three) months.', 'termination.for_convenience_notice_days', 90],
    ['Cancellation', 'The Customer may cancel this Agreement at any time, without having to give reasons, on not less than 60 (sixty) days\' written notice to the Supplier.', 'termination.for_convenience', true],
    // Traps: withdrawing an offer or consent is not ending the contract; a withdrawal for a just cause needs one.
    ['Consent', 'The Client may withdraw its consent to marketing messages at any moment.', 'termination.for_convenience', null],
    ['Withdrawal', 'Either Party may withdraw from the Contract for a just cause if the other Party is in serious breach.', 'termination.for_convenience', null],
  ]);
});

describe('continental drafting: money, percentages and liability', () => {
  runTable([
    ['Availability', 'The Licensor commits to a monthly availability of the Software of 99,5%, calculated as indicated in Annex B.', 'sla.uptime_percent', 99.5],
    ['Fees', 'The Fees are updated every year with the ISTAT index; in any case the yearly increase cannot be over 4% (four per cent).', 'pricing.increase_cap_percent', 4],
    ['Refund', 'In case of withdrawal, the Fees already paid remain acquired by the Licensor and will not be given back.', 'termination.refund_prepaid', false],
    ['Limitation of Liability', 'The limitations of this Article 10 are not applied in case of wilful misconduct or gross negligence of the Licensor.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Limit', 'The aggregate liability of either party arising from or in connection with this Agreement shall be limited to R2 500 000 (two million five hundred thousand rand).', 'liability.cap_amount', { amount: 2_500_000, currency: 'ZAR' }],
    // Traps: a decimal comma that is no percent; a price list in rand is no cap.
    ['Fees', 'The monthly fee is 99,50 euro per hotel.', 'sla.uptime_percent', null],
    ['Charges', 'The Platform Fee of R9 750 per month is invoiced monthly in advance.', 'liability.cap_amount', null],
  ]);
});

describe('continental drafting: personal data, assignment, ownership, references', () => {
  runTable([
    ['Personal Data', 'The Licensor communicates to the Client any violation of personal data without unjustified delay and anyway not later than 36 (thirty-six) hours from when it has knowledge of it.', 'data.breach_notice_hours', 36],
    ['Security compromises', 'The Supplier shall notify the Customer of any security compromise affecting Farm Data within 48 (forty-eight) hours of becoming aware of it.', 'data.breach_notice_hours', 48],
    ['Assignment', 'The Licensor can assign the Contract to a company of its group or to a third party, with a simple written communication to the Client; for this purpose the Client gives from now its consent.', 'assignment.consent_required', false],
    ['Intellectual Property', 'Any customisation or development made by the Licensor, also when requested and paid by the Client, remains of exclusive property of the Licensor.', 'ip.assignment_to_customer', false],
    ['References', 'The Client authorises the Licensor to indicate the name and the logo of the Client in the list of its references and on its website.', 'publicity.logo_use', true],
    ['Intellectual Property', 'The Licensor will defend and hold harmless the Client against any action of third parties which claims that the Software violates an Italian or European patent, copyright or trade secret.', 'indemnity.scope', ['ip-infringement']],
    ['Support', 'Priority 1 incidents are covered 24 hours on 24, 7 days on 7, holidays included.', 'support.coverage', ['24x7']],
    // Traps: the customer's own consent to assign needed; the Licensor named as a reference of the Client's is not ours.
    ['Assignment', 'The Client cannot assign the Contract without the previous written consent of the Licensor.', 'assignment.consent_required', null],
    ['References', 'The Licensor authorises the Client to indicate the name of the Licensor as its supplier on the Client\'s website.', 'publicity.logo_use', null],
  ]);
});

describe('wordings first met in held-out yardsticks 7 and 8', () => {
  runTable([
    ['Payment', 'Client shall pay each undisputed invoice within forty-five (45) days after receiving it.', 'payment.net_days', 45],
    ['Payment', 'The Board will pay each undisputed invoice within thirty (30) days after receiving it, and may deduct a two percent (2%) prompt-payment discount from any invoice it pays within ten (10) days.', 'payment.net_days', 30],
    ['Payment', 'Past-due amounts bear interest at one and one-half percent (1.5%) per month.', 'payment.late_interest_percent_per_month', 1.5],
    ['Fees', 'No such increase shall exceed the lesser of (a) the percentage increase in the Consumer Prices Index over the twelve months ending on the preceding 31 January and (b) three per cent (3%).', 'pricing.increase_cap_percent', 3],
    ['Fees', 'No revision shall increase the Subscription Fees for any clinic by more than five per cent (5%) over those payable in the preceding twelve months.', 'pricing.increase_cap_percent', 5],
    ['Continuation', 'For each such period BluePeak may raise the Contracted Credit Price and the Overage Rate by up to seven percent (7%) over the rates in effect in the preceding period.', 'pricing.increase_cap_percent', 7],
    ['Term', 'This MSA begins on the Effective Date and runs for five (5) years.', 'term.initial_months', 60],
    ['Initial period', 'This Agreement takes effect on signature and endures for 2 (two) years from the Go-Live Date.', 'term.initial_months', 24],
    ['Termination', 'If Customer terminates for Company\'s uncured material breach, Company will refund to Customer, within thirty (30) days after the effective date of termination, the prepaid Fees covering the remainder of the Subscription Term.', 'termination.refund_prepaid', true],
    ['Limitation of Liability', 'Nor does clause 12.3 apply to the Clinic Group\'s obligation to pay the fees due under this Agreement.', 'liability.uncapped_for', ['payment']],
    ['Records', 'Provider shall keep accurate books and records supporting all Fees for three (3) years, and the Customer or its auditors may inspect and copy them on ten (10) Business Days\' notice.', 'audit.financial_records', true],
    ['Exclusivity', 'Nothing in this Agreement restricts Provider from licensing the Software to any other institution, and Provider grants the Customer no exclusive rights.', 'exclusivity.present', false],
    ['Insurance', 'Provider will carry commercial general liability insurance of $5,000,000 per occurrence.', 'insurance.general_liability', { amount: 5_000_000, currency: 'USD' }],
    // Traps: a refund's deadline is no cure period; statutory interest over the ECB rate is no fixed rate; a
    // compliance audit under a DPA is no financial audit; a clause that requires nothing of us is no exclusivity;
    // no right to audit books.
    ['Termination', 'If Customer terminates for Company\'s uncured material breach, Company will refund to Customer, within thirty (30) days after the effective date of termination, the prepaid Fees.', 'termination.cure_days', null],
    ['Payment', 'Interest is payable at eight per cent above the European Central Bank\'s main refinancing rate.', 'payment.late_interest_percent_per_month', null],
    ['Audits', 'Customer or an independent auditor may audit Provider\'s compliance with this Addendum, including by inspecting the relevant facilities, systems and records.', 'audit.financial_records', null],
    ['Freedom to procure', 'Nothing in this Agreement requires the Customer to obtain learning platform services exclusively from Provider.', 'exclusivity.present', null],
    ['Security', 'Nothing in this Agreement gives you a right to inspect our premises or systems or to audit our books and records.', 'audit.financial_records', false],
  ]);
});

/** Facts of a document: its preamble (roles come from it) and its clauses, read as the pipeline would. */
function factsOfDocument(preamble: string, ...clauses: ReturnType<typeof clause>[]) {
  const all = [{ ...clause(null, null, preamble), kind: 'preamble' as const }, ...clauses];
  classifyClauses(all);
  return extractFacts(all);
}

/** Facts of a one-clause document after the given preamble. */
function factsWithPreamble(preamble: string, heading: string, text: string) {
  return factsOfDocument(preamble, clause('1', heading, text));
}

describe('party roles: the other party of a two-party preamble', () => {
  const PREAMBLE = 'This Agreement is entered into by and between Northstar Core Systems, Inc. ("Licensor," "we" or "us"), and Prairie Lakes Credit Union, a Minnesota credit union (the "Credit Union").';
  it('reads an audit by the unnamed-role party as the customer\'s', () => {
    const facts = factsWithPreamble(PREAMBLE, 'Records', 'Licensor shall keep accurate books and records of all Fees, and the Credit Union or its auditors may inspect them on ten days\' notice.');
    expect(facts['audit.financial_records']?.value).toBe(true);
  });
  it('reads "nothing assigns them to the Credit Union" as no assignment to the customer', () => {
    const facts = factsWithPreamble(PREAMBLE, 'Modifications', 'All modifications are owned by Licensor. They are not works made for hire, and nothing in this Agreement assigns them to the Credit Union.');
    expect(facts['ip.assignment_to_customer']?.value).toBe(false);
  });
  it('keeps a party with several names in one bracket on one side', () => {
    const facts = factsWithPreamble('This Agreement is made between Northgate Learning Systems Inc. ("Northgate", the "Vendor", "we" or "us"), and the Grand River District School Board (the "Board").', 'Assignment', 'Northgate may not assign this Agreement without the Board\'s prior written consent.');
    expect(facts['assignment.consent_required']?.value).toBe(true);
  });
  it('reads a bare "$" as the one local dollar a Canadian contract names', () => {
    expect(factsOfDocument('This Agreement is made between Northgate Inc. (the "Vendor") and the Board (the "Board"). All amounts are in Canadian dollars.',
      clause('1', 'Insurance', 'The Vendor will carry commercial general liability insurance of $5,000,000 per occurrence.'))['insurance.general_liability']?.value).toEqual({ amount: 5_000_000, currency: 'CAD' });
  });
});

describe('wordings first met in held-out yardsticks 9 and 10', () => {
  runTable([
    ['Duration', 'At the end of the Initial Period this Agreement continues for a further period of twelve (12) months on the same terms (as varied under clause 3.6), unless either party tells the other in writing, at least sixty (60) days before the end of the period then running, that it does not want it to continue.', 'renewal.auto', true],
    ['Term', 'On expiry of the Initial Term this Agreement shall stand extended, on the same terms, for successive periods of twelve (12) months each, unless either Party informs the other in writing, not less than sixty (60) days before the end of the then-current period, that it does not wish to continue.', 'renewal.notice_days', 60],
    ['Duration', 'On expiry of the initial period the Agreement is prolonged by twelve (12) months at a time, unless either Party gives written notice no later than six (6) months before expiry.', 'renewal.term_months', 12],
    ['Continuation', 'When the Initial Subscription Term ends, the Order Form rolls forward for a further period of one (1) year on the same terms, subject to Section E.5, unless either party tells the other in writing at least sixty (60) days before the end of the period.', 'renewal.auto', true],
    ['Commencement', 'This Contract begins on 1 July 2026 (the "Commencement Date") and, unless ended earlier under clause 8, runs for a period of three (3) years.', 'term.initial_months', 36],
    ['Charges', 'The Annual Maintenance Charge shall not be varied before the second anniversary of the Commencement Date.', 'pricing.fixed_months', 24],
    ['Fees', 'The per-user fees are fixed for the first two (2) Subscription Years; after that we may change them by telling you at least 45 days beforehand.', 'pricing.fixed_months', 24],
    ['Fees', 'The Platform Subscription Fee may be revised once a year, and no revision shall exceed five per cent (5%) of the fee payable immediately before it.', 'pricing.increase_cap_percent', 5],
    ['Fees', 'With effect from 1 January the Supplier may adjust the fees in line with the net price index. No annual adjustment may exceed four per cent (4%).', 'pricing.increase_cap_percent', 4],
    ['Service Credits', 'Credits for a calendar month will not exceed, in total, thirty percent (30%) of the Platform Fee for that month and are the sole remedy for unavailability.', 'sla.credit_cap_percent', 30],
    ['Security', 'Provider shall notify the Merchant of any breach affecting Merchant Data within seventy-two (72) hours of becoming aware of it.', 'data.breach_notice_hours', 72],
    ['Security', 'Provider shall report cyber security incidents to CERT-In within six (6) hours, and shall notify the Customer of any security incident within seventy-two (72) hours.', 'data.breach_notice_hours', 72],
    ['Data', 'The Contractor shall not store, access or transfer any images or logs outside the United Kingdom.', 'data.residency', ['uk']],
    ['Order Form', 'Data Region | United States (US-West and US-East only)', 'data.residency', ['us']],
    ['Our staff', 'During this agreement and for six (6) months after it ends, you will not solicit or offer employment to any of our engineers who worked on your account.', 'non_solicit.months', 6],
    ['Custom work', 'Provider keeps all right, title and interest in them and does not assign any of it to Customer.', 'ip.assignment_to_customer', false],
    ['Indemnity', 'The Contractor shall indemnify the Client against all claims arising from any breach by the Contractor of health and safety legislation.', 'indemnity.scope', ['violation-of-law']],
    ['Liability', 'Nothing in this Article excludes or limits Provider\'s liability for bodily or moral injury caused to another person, or for material injury resulting from an intentional or gross fault; that liability is not limited.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'death-personal-injury']],
    ['Resiliation', 'Neither party may resiliate this Agreement for convenience.', 'termination.for_convenience', false],
    ['Superior Force', 'Neither party is liable for a failure to perform caused by superior force within the meaning of article 1470 of the Civil Code of Québec.', 'force_majeure.present', true],
    ['Warranty', 'Except as provided in Section 6.1, Provider excludes all other warranties, express or implied, including the legal warranty of quality.', 'warranty.disclaimer', true],
    ['Jurisdiction', 'The parties elect domicile in the judicial district of Montréal and submit any dispute to the exclusive jurisdiction of the courts of that district.', 'venue.jurisdiction', 'Quebec'],
    ['Disputes', 'The seat of arbitration shall be Kuala Lumpur under the AIAC Arbitration Rules.', 'venue.jurisdiction', 'Malaysia'],
    // Traps: a term that "shall not roll over" unless agreed; a fix-time column is no cure period; "the Firm" is a
    // law firm, not a firm price; deliverables made somewhere are not data residency.
    ['Duration', 'The Contract expires at the end of that period. It shall not roll over or continue beyond that date unless the parties agree an extension in a written variation signed by both of them.', 'renewal.auto', false],
    ['Support', 'Priority: P2 – High | Example: Several users affected | Response target: 4 working hours | Target fix time: 2 Working Days', 'termination.cure_days', null],
    ['Limitation of Liability', 'Provider\'s total liability shall not exceed the fees paid by the Firm for the Service during the six (6) months before the claim.', 'pricing.fixed_months', null],
    ['Supply', 'The Products shall be manufactured at the location in Hamilton, Ontario, Canada, pursuant to Deliverables defined within the Supply Agreement.', 'data.residency', null],
  ]);
});

describe('wordings first met in held-out yardsticks 11 and 12', () => {
  runTable([
    ['Indemnities', 'The Supplier shall also indemnify the Client against any fine or penalty imposed on the Client by a competent authority to the extent caused by the Supplier\'s breach of applicable law in performing the Services.', 'indemnity.scope', ['violation-of-law']],
    ['Indemnification', 'Provider shall defend Practice and its officers, clinicians and employees against any third-party claim alleging that the Hosted Software infringes a United States patent, and shall pay all damages resulting from such a claim.', 'indemnity.scope', ['ip-infringement']],
    ['Intellectual property', 'The Provider shall defend the Client against any infringement (contrefaçon) action brought by a third party alleging that the Platform infringes its rights.', 'indemnity.scope', ['ip-infringement']],
    ['Duration', 'On expiry of the Initial Term, this Agreement shall be tacitly extended for successive periods of one (1) year each, unless either Party notifies the other in writing, not less than sixty (60) days before the end of the current period, of its decision that the Agreement shall not be extended.', 'renewal.auto', true],
    ['Duration', 'This Agreement takes effect on signature. The first contract period runs for one (1) year from the Go-Live Date.', 'term.initial_months', 12],
    ['Duration', 'Either party may also bring this Agreement to an end at any time, without having to give a reason, by giving the other three (3) months\' written notice.', 'termination.for_convenience', true],
    ['Payments', 'Any balance that is unused when this Agreement ends, for whatever reason, is forfeited and will not be refunded.', 'termination.refund_prepaid', false],
    ['Marketing', 'You grant us a non-exclusive, royalty-free licence to use your trade name and logo to list your outlets and to promote the Platform in any media.', 'publicity.logo_use', true],
    ['Liability', 'The limitations in § 10(1) and § 10(2) do not apply to damage caused intentionally.', 'liability.uncapped_for', ['wilful-misconduct']],
    ['Law', 'This Agreement is governed by Polish law and the courts of Warsaw have exclusive jurisdiction.', 'venue.jurisdiction', 'Poland'],
    ['Law', 'This Agreement is governed by Polish law and the courts of Warsaw have exclusive jurisdiction.', 'governing_law.jurisdiction', 'Poland'],
    ['Disputes', 'This Agreement is governed by the laws of the DIFC and disputes go to the DIFC Courts.', 'governing_law.jurisdiction', 'Dubai International Financial Centre'],
    ['Disputes', 'Any dispute shall be submitted to the ordinary courts of the City of Buenos Aires.', 'venue.jurisdiction', 'Argentina'],
    // Traps: a no-hire period after the agreement ends is no term; a trademark licence to promote products is no
    // publicity right over the customer's logo.
    ['Staff', 'During the term of this Agreement and for twelve (12) months after it ends, neither Party shall employ any person who was part of the other Party\'s team.', 'term.initial_months', null],
    ['Trademarks', 'Provider grants Distributor the nonexclusive right to use and display the Trademarks during the Term to promote and identify the Products.', 'publicity.logo_use', null],
  ]);
});

describe('party roles from "we" and "you" in the preamble', () => {
  it('reads a customer called "Reseller" (normally a vendor word) as the customer when the bracket says "you"', () => {
    const facts = factsWithPreamble('These Terms govern the services provided by Nimbus Hosting, LLC ("Nimbus", "we" or "us"), to the person that orders a Reseller Plan ("Reseller" or "you").', 'Infringement claims', 'Nimbus will defend Reseller against any third-party claim alleging that the control panel software infringes a United States patent, and will pay any damages finally awarded.');
    expect(facts['indemnity.scope']?.value).toEqual(['ip-infringement']);
  });
});

describe('indemnity grounds named by a section number', () => {
  it('reads "breach of Article 7" as a data breach when Article 7 is the data-protection article', () => {
    expect(factsOfDocument('This Agreement is between Acme Software Inc. ("Supplier") and Globex Corporation ("Customer").',
      clause('7', 'Data Protection', 'The Supplier shall process personal data only on the Customer\'s documented instructions.'),
      clause('12', 'Indemnification', 'The Supplier shall indemnify the Customer against fines imposed by a supervisory authority, to the extent arising from the Supplier\'s breach of Article 7.'))['indemnity.scope']?.value).toEqual(['data-breach']);
  });
});

describe('a rider that prevails over the base terms', () => {
  it('reads the rider\'s payment term over the base terms\' when the rider is said to control', () => {
    expect(factsOfDocument('These Terms govern the services provided by Nimbus Hosting, LLC ("Nimbus", "we" or "us") to the person that orders a plan ("Reseller" or "you"). Where the Enterprise Rider conflicts with the rest of these Terms, the Enterprise Rider controls.',
      clause('2', 'Billing', 'You will pay each invoice within ten (10) days after the invoice date.'),
      clause(null, 'Enterprise Rider', 'This Rider amends the Terms for resellers that have signed it.'),
      clause('R4', 'Invoicing', 'Reseller will pay each invoice within twenty (20) days after the invoice date.', 1))['payment.net_days']?.value).toBe(20);
  });
  runTable([
    ['Pricing and commitment', 'After that, Section 2(d) applies, except that no increase may exceed five percent (5%) in any twelve-month period.', 'pricing.increase_cap_percent', 5],
    ['Service level', 'below 98.0% | 50%, the maximum credit for any month', 'sla.credit_cap_percent', 50],
  ]);
});

describe('wordings first met in held-out yardsticks 13 and 14', () => {
  runTable([
    ['Term', 'Save as extended under Clause 3.2, this Contract shall expire at the end of the Initial Period and shall not continue or roll over automatically.', 'renewal.auto', false],
    ['Payment', 'The Council aims to pay small and medium-sized suppliers within ten (10) days of receipt, but its contractual obligation is to pay each valid and undisputed invoice within thirty (30) days of receipt.', 'payment.net_days', 30],
    ['Service Levels', 'Service Level: Availability | Measure: Availability of the live System during Core Hours | Target: 99.8%', 'sla.uptime_percent', 99.8],
    ['Charges', 'From the third Contract Year the Supplier may index the Annual Subscription by the Consumer Prices Index, provided that no indexation shall exceed four per cent (4%) in any Contract Year.', 'pricing.increase_cap_percent', 4],
    ['Fees', 'No single revision may raise the Monthly Service Fee by more than five per cent (5%) over the fee payable immediately before it.', 'pricing.increase_cap_percent', 5],
    ['Order Form', 'Terms of payment | 14 days net from the date of invoice', 'payment.net_days', 14],
    ['Liability', 'The limitations of liability in this Article 11 do not apply to damage caused wilfully or through gross negligence.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Liability', 'Nothing in the Agreement limits or excludes liability for fraud, gross negligence (faute lourde) or wilful misconduct (faute intentionnelle), which remains unlimited.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'fraud']],
    ['Liability', 'Provider is liable without limitation for damage caused intentionally or with gross negligence and for injury to life, body or health.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'death-personal-injury']],
    ['Security', 'The Customer has no right to carry out audits, inspections or security testing of the Vendor\'s systems or premises.', 'security.customer_audit', false],
    ['Security', 'That report is provided instead of an audit: Customer has no right to audit or inspect Provider\'s facilities, systems or security controls.', 'security.customer_audit', false],
    // Traps: another measure's target; a certificate that is the sole means of checking security.
    ['Service Levels', 'Service Level: Government remittances filed on time | Target: 100% | Measured: monthly', 'sla.uptime_percent', null],
  ]);
  it('reads a coverage table under an "Insurance" heading', () => {
    expect(factsOfDocument('This Agreement is made by and between Mesa Grid Analytics, Inc. ("Vendor," "we" or "us"), and Pinon Flats Solar, LLC ("Owner").',
      clause('9', 'Insurance', 'During the Subscription Term Vendor shall maintain at least the following:'),
      clause('9(a)', 'Coverages', 'Commercial General Liability | $2,000,000 each occurrence; $4,000,000 general aggregate', 1))['insurance.general_liability']?.value).toEqual({ amount: 2_000_000, currency: 'USD' });
  });
  it('reads the side without "we" as the customer even when its name is a vendor word ("Contractor")', () => {
    const facts = factsWithPreamble('This Agreement is made by and between Granite Buildware, Inc. ("Provider," "we," "us" or "our"), and Saguaro Ridge Builders, LLC ("Contractor").', 'Assignment', 'Contractor may assign this Agreement to an affiliate upon written notice to Provider. Provider may not assign this Agreement without Contractor\'s prior written consent.');
    expect(facts['assignment.consent_required']?.value).toBe(true);
  });
});

describe('wordings first met in held-out yardsticks 15 and 16', () => {
  runTable([
    ['Duration', 'This Contract shall come to an end automatically on the expiry of the Initial Period. The parties exclude tacit relocation, and no further period shall arise unless the parties agree it in a written variation.', 'renewal.auto', false],
    ['Term', 'Nothing in this Agreement shall be construed as providing for automatic renewal, and no extension shall take effect without such a resolution.', 'renewal.auto', false],
    ['Duration', 'This Agreement shall expire at the end of the Initial Term and shall not roll over or continue by implication; any extension must be agreed in writing.', 'renewal.auto', false],
    ['Fees', 'Cirrus\'s aggregate liability for all claims arising out of or in connection with this Agreement shall not exceed CHF 250\'000.', 'liability.cap_amount', { amount: 250_000, currency: 'CHF' }],
    ['Invoicing', 'Contractor shall submit invoices no more often than monthly, and in any event within sixty (60) days after the end of the month, and the District shall pay each undisputed invoice within thirty (30) days of receipt.', 'payment.net_days', 30],
    // Traps: a definition of a contract year; a price notice before a renewal term; a price cap's anniversary;
    // an option to extend "in its sole discretion"; no right to audit systems and records is no financial audit.
    ['Definitions', '"Contract Year" means each successive period of twelve months starting on the Commencement Date.', 'renewal.term_months', null],
    ['Fees', 'Licensor may change its fees with effect from the start of any Renewal Term to its then-current rates by giving Issuer at least ninety (90) days\' written notice.', 'renewal.notice_days', null],
    ['Charges', 'The Supplier may review the Charges once in each Contract Year, with effect from the first anniversary of the Go-Live Date, provided that no increase shall exceed the lower of (a) the change in the Consumer Prices Index over the preceding twelve (12) months and (b) 3.5%.', 'pricing.fixed_months', null],
    ['Term', 'The District may, in its sole discretion, extend the term for up to two (2) additional periods of twelve (12) months each by written notice given at least ninety (90) days before expiry.', 'renewal.notice_days', null],
    ['Security', 'The Client has no right to audit or inspect our systems, premises or records.', 'audit.financial_records', null],
  ]);
});
