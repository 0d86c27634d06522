// Phrasing bank, round 5: wordings met in the held-out sets 31–32 (our own variations of them). Each group keeps
// traps that must stay absent. Rows: [heading, text, fact, expected].
import { describe, expect, it } from 'vitest';
import { clause, factsOf, preamble, runFactTable as runTable } from './helpers/clauses.js';

describe('jurisdictions, currencies and data locations (sets 31–32)', () => {
  runTable([
    ['Law', 'This Agreement shall be governed by and construed in accordance with the laws of the Republic of Maldives.', 'governing_law.jurisdiction', 'Maldives'],
    ['Jurisdiction', 'The Civil Court of the Maldives in Malé shall have exclusive jurisdiction to settle any dispute.', 'venue.jurisdiction', 'Maldives'],
    ['Applicable law', 'This Agreement is governed by Senegalese law. Any dispute shall be submitted to the competent courts of Dakar.', 'governing_law.jurisdiction', 'Senegal'],
    ['Jurisdiction', 'Any dispute not settled amicably shall be submitted to the competent courts of Dakar.', 'venue.jurisdiction', 'Senegal'],
    ['Law', 'This Agreement is governed by the law of the Astana International Financial Centre.', 'governing_law.jurisdiction', 'Astana International Financial Centre'],
    ['Disputes', 'Any dispute shall be resolved by an arbitral tribunal of one arbitrator, seated in Bogotá D.C.', 'venue.jurisdiction', 'Colombia'],
    ['Data', 'All data of the Broadcaster, including backups, shall be hosted within the territory of the Republic of Senegal.', 'data.residency', ['sn']],
    ['Data', 'Provider shall store the Customer Data on servers located in the territory of the Republic of Kazakhstan.', 'data.residency', ['kz']],
    ['Liability', "The Supplier's total liability under this Agreement is limited to one hundred and fifty million CFA francs (XOF 150,000,000).", 'liability.cap_amount', { amount: 150_000_000, currency: 'XOF' }],
    ['Liability', "The Supplier's total liability is limited to 2,000,000 Colombian pesos.", 'liability.cap_amount', { amount: 2_000_000, currency: 'COP' }],
    // Traps: "Male" is an English word; buyers in the EU and an EU regulation say nothing of where data is kept.
    ['Staff', 'Male and female staff shall be treated equally; disputes go to the courts.', 'venue.jurisdiction', null],
    ['Purpose', 'The Customer registers lot data and storage at its dry mill, and issues the dossiers that its buyers in the European Union require under Regulation (EU) 2023/1115.', 'data.residency', null],
  ]);
});

describe('liability and indemnity wordings (sets 31–32)', () => {
  runTable([
    ['Liability', "Nor is there any limit on liability for breach of the confidentiality clause, or on the Supplier's liability under its indemnities.", 'liability.uncapped_for', ['confidentiality', 'indemnification']],
    ['Liability', "No limit applies to liability for breach of confidentiality or to the Supplier's indemnity obligations.", 'indemnity.uncapped', true],
    ['Liability', 'The limit does not apply to gross negligence or to amounts payable by the Supplier under the indemnity; for those matters the liability is not limited.', 'liability.uncapped_for', ['indemnification', 'gross-negligence']],
    ['Indemnities', 'Company will defend Customer from any third-party claim alleging that the Software infringes a patent or copyright, and will pay the damages finally awarded.', 'indemnity.scope', ['ip-infringement']],
    ['Indemnities', "Provider shall indemnify the Customer against fines caused by Provider's violation of the laws of the Republic of Kazakhstan.", 'indemnity.scope', ['violation-of-law']],
    ['Indemnities', "Provider shall indemnify the Customer against any claim arising from Provider's violation of any federal, state or local law.", 'indemnity.scope', ['violation-of-law']],
    ['Warranty against claims', 'The Supplier shall hold the Customer harmless against any action alleging that the Platform infringes an intellectual property right. This warranty is not subject to the limitation in the liability clause.', 'indemnity.uncapped', true],
    // Traps: a liability limit on the number of users; the customer's indemnity names no ground of ours.
    ['Licence', 'No limit applies to the number of users.', 'liability.uncapped', null],
    ['Indemnities', "Customer will defend Provider from any claim arising from Customer's violation of food safety laws.", 'indemnity.scope', null],
  ]);
});

describe('term, termination, price and service wordings (sets 31–32)', () => {
  runTable([
    ['Duration', 'This Contract has a duration of twelve (12) months. It will be extended automatically for successive periods equal to the original one, unless either Party objects.', 'renewal.term_months', 12],
    ['Termination', 'Either Party may terminate this Contract unilaterally, without any cause, by written notice to the other Party given not less than sixty (60) days in advance, without any compensation being due.', 'termination.for_convenience_notice_days', 60],
    ['Term', 'Neither Party is entitled to terminate this Agreement without giving a reason.', 'termination.for_convenience', false],
    ['Termination', 'Amounts invoiced and paid before termination will not be returned in any case of termination.', 'termination.refund_prepaid', false],
    ['Refund', 'If the Provider ends this Agreement for its own reasons, it will refund to the Customer the unused portion of any Prepaid Request Bundle.', 'termination.refund_prepaid', true],
    ['Fees', 'Thereafter the Supplier may revise the fees once per contract year, provided that no revision exceeds three per cent (3%) of the fees applicable in the preceding contract year.', 'pricing.increase_cap_percent', 3],
    ['Payment', 'Overdue sums bear interest from the due date at two per cent (2%) per annum above the prevailing lending rate published by the central bank.', 'payment.late_interest_percent_per_month', null],
    ['Availability', 'During the Ski Season we shall ensure that the Platform is available not less than 99.7% of the Lift Operating Hours in each calendar month.', 'sla.uptime_percent', 99.7],
    ['Support', 'Because the Customer operates round the clock, the Provider shall provide support twenty-four hours a day, seven days a week.', 'support.coverage', ['24x7']],
    ['Implementation warranty', 'If the Customer notifies a defect in the implementation services within ninety (90) days after the Go-Live Date, the Provider shall re-perform them at no charge.', 'warranty.period_days', 90],
    ['Security', 'The Customer shall have no right to carry out, or to commission, any audit, inspection or penetration test of our systems or premises.', 'security.customer_audit', false],
    ['Non-exclusivity', 'Nothing in this Contract obliges the Provider to deal exclusively with the Customer.', 'exclusivity.present', false],
    ['Ownership', 'No intellectual property is assigned to the Customer under this Agreement.', 'ip.assignment_to_customer', false],
    ['Change of control', 'The Customer may terminate this Agreement by notice if control of the Provider, within the meaning of the companies act, passes to a third party.', 'assignment.change_of_control_termination', true],
    // Traps: a support-table "renewal period" with a response time; a defect fixed outside a warranty clause;
    // control of something else passing; goods (not IP) transferred; nothing obliging the customer.
    ['Support', 'P1 | Platform unavailable during a treaty renewal period | 24 hours a day | Within one (1) hour', 'renewal.term_months', null],
    ['Support', 'If the Customer reports a defect within five (5) days after a release, the Provider shall fix it in the next release.', 'warranty.period_days', null],
    ['Termination', 'The Customer may terminate this Agreement by notice if control of its own operations, as the regulator decides, passes to a receiver.', 'assignment.change_of_control_termination', null],
    ['Delivery', 'No materials are transferred to the Customer until payment.', 'ip.assignment_to_customer', null],
    ['Purchasing', 'Nothing in this Agreement requires the Customer to obtain services exclusively from the Provider.', 'exclusivity.present', null],
  ]);
});

describe('parties and the subjects of verbs (sets 31–32)', () => {
  it('reads a preamble whose vendor is a "Pte. Ltd." company', () => {
    const head = preamble('This Agreement is made on 15 February 2026 between Coralwave Hospitality Systems Pte. Ltd., a company incorporated in Singapore (the "Supplier", "we", "us"), and Thilafushi Lagoon Resort Private Limited (the "Resort").');
    const facts = factsOf(head, clause('8.3', 'Termination', 'If the Supplier undergoes a change of control, the Resort may terminate this Agreement by written notice.'));
    expect(facts['assignment.change_of_control_termination']?.value).toBe(true);
  });
  it('gives a verb after ", and" the subject of the first verb, not its object', () => {
    const head = preamble('This Agreement is made between Orchid Health Pte. Ltd. (the "Provider") and Lotus Clinics Pte. Ltd. (the "Clinic Group").');
    const facts = factsOf(head, clause('15.1', 'Publicity', "The Provider may name the Clinic Group, and display its logo, in the Provider's customer lists and website."));
    expect(facts['publicity.logo_use']?.value).toBe(true);
  });
  it('reads an indemnity whose grounds are sub-clauses of their own', () => {
    const facts = factsOf(
      clause('10.1', 'Indemnities', 'The Provider shall indemnify the Customer against all losses arising from:', 1),
      clause('10.1(a)', 'Indemnities', 'any claim that the Platform infringes the intellectual property rights of a third party; and', 2),
      clause('10.1(b)', 'Indemnities', "any fine imposed on the Customer as a result of the Provider's failure to comply with any law applicable to the services.", 2),
      clause('10.2', 'Indemnities', 'The Customer shall pay the fees.', 1),
    );
    expect(facts['indemnity.scope']?.value).toEqual(['ip-infringement', 'violation-of-law']);
  });
});
