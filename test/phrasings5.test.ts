// Phrasing bank, round 5: wordings met in the held-out sets 31–32 (our own variations of them). Each group keeps
// traps that must stay absent. Rows: [heading, text, fact, expected].
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract/facts.js';
import { classifyClauses } from '../src/extract/topics.js';
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

describe('wordings from sets 33–34', () => {
  runTable([
    ['Law', 'This Agreement is governed by the laws of the Republic of Fiji.', 'governing_law.jurisdiction', 'Fiji'],
    ['Courts', 'The parties submit to the exclusive jurisdiction of the High Court of Fiji at Suva.', 'venue.jurisdiction', 'Fiji'],
    ['Disputes', 'A dispute not resolved within thirty (30) days shall be referred to the Tbilisi City Court.', 'venue.jurisdiction', 'Georgia'],
    ['Cap', "The Provider's total liability shall not exceed five hundred thousand lari (GEL 500,000).", 'liability.cap_amount', { amount: 500_000, currency: 'GEL' }],
    ['Insurance', 'The Provider shall maintain public liability insurance for not less than two million Fiji dollars (FJD 2,000,000) for any one occurrence.', 'insurance.general_liability', { amount: 2_000_000, currency: 'FJD' }],
    ['Insurance', 'We shall maintain general civil liability insurance with a sum insured of not less than USD 1,000,000 per event.', 'insurance.general_liability', { amount: 1_000_000, currency: 'USD' }],
    ['Payment', 'If the Customer delays payment, the Provider may charge a penalty of 0.05% of the overdue amount for each day of delay; the total penalty for any single invoice shall not exceed 10% of that invoice.', 'payment.late_interest_percent_per_month', 1.5],
    ['Fees', 'The subscription fee stays unchanged for the first twelve (12) months after the Go-Live Date.', 'pricing.fixed_months', 12],
    ['Data', 'The Provider shall inform the Customer of any incident involving the Customer\'s data without delay and in any case within forty-eight (48) hours of becoming aware of it.', 'data.breach_notice_hours', 48],
    ['Data', 'The Provider shall notify the Customer of any breach affecting Customer personal data within twenty-four (24) hours of becoming aware of it.', 'data.breach_notice_hours', 24],
    ['Data', 'All Customer data shall be hosted on servers physically located within the Arab Republic of Egypt.', 'data.residency', ['eg']],
    ['Term', 'Neither party may end the Term early for convenience; each party\'s exit rights are limited to those set out in Section 11.', 'termination.for_convenience', false],
    ['Defects', 'If the Customer notifies the Provider of a material defect in the System within sixty (60) days after the System first goes live, the Provider shall correct it at no charge.', 'warranty.period_days', null],
    ['Warranties', 'Nothing in this Agreement excludes or restricts any warranty that the Customer has under the Civil Code.', 'warranty.disclaimer', false],
    ['Support', 'We shall attend Severity 1 incidents every day of the year, at any hour, including Sundays and public holidays, and shall respond within sixty (60) minutes.', 'support.coverage', ['24x7']],
    ['Change of control', 'The Customer may terminate this Agreement with immediate effect by written notice if there is a change in the persons who control the Provider.', 'assignment.change_of_control_termination', true],
    ['Indemnity', 'We shall indemnify the Customer from any claim arising from (a) any allegation that the platform infringes a third party\'s intellectual property rights, and (b) any breach by us of the data and security obligations.', 'indemnity.scope', ['ip-infringement', 'data-breach']],
    ['Licence', 'This Agreement does not restrict the Provider from licensing the Software, or any similar product, to any other seed company, including the Customer\'s competitors.', 'exclusivity.present', false],
    ['Ownership', 'All configurations and reports, including those paid for by the Customer, remain the exclusive property of the Provider, and nothing in this Agreement transfers any of them to the Customer.', 'ip.assignment_to_customer', false],
    ['Limitation of liability', "EXCEPT FOR CUSTOMER'S OBLIGATION TO PAY FEES WHEN DUE, WHICH SHALL NOT BE LIMITED BY THIS SECTION 11, EACH PARTY'S TOTAL LIABILITY WILL NOT EXCEED THE AMOUNTS PAID IN THE TWELVE (12) MONTHS BEFORE THE CLAIM.", 'liability.uncapped_for', ['payment']],
    // Traps: our own late remittance; the customer's record keeping; a third party's books; the customer bound to
    // one provider; a one-off penalty.
    ['Remittance', 'If the Provider is late in remitting ticket proceeds, the Customer is entitled to a contractual penalty of 0.05% of the amount overdue for each day of delay.', 'payment.late_interest_percent_per_month', null],
    ['Delivery', 'A penalty of 10% of the contract value applies for late delivery.', 'payment.late_interest_percent_per_month', null],
    ['Confidentiality', 'Loyalty records that the Customer must keep for five (5) years under the accounting rules are the Customer\'s responsibility.', 'confidentiality.term_years', null],
    ['Reports', 'The Customer may examine the books and records of any Operator to the extent its leases permit.', 'audit.financial_records', null],
    ['Payments', "The Customer shall use the Provider's payment gateway as its exclusive provider for card payments.", 'exclusivity.present', null],
  ]);
  it('reads the defect window of a clause headed "Defects" under "Warranties"', () => {
    const facts = factsOf(
      clause('7', 'Warranties', ''),
      clause('7.1', 'Defects', 'If the Customer notifies the Provider of a material defect in the System within sixty (60) days after the System first goes live, the Provider shall correct it at no charge.', 1),
    );
    expect(facts['warranty.period_days']?.value).toBe(60);
  });
  it('takes a party named only "Company" as the customer when the other side says "we"', () => {
    const head = preamble('This Agreement is entered into by and between Furrowline Software, Inc. ("Licensor," "we" or "us"), and Cornbelt Genetics Seed Co. ("Company").');
    const facts = factsOf(head, clause('7', 'Ownership', 'Licensor retains all right, title and interest in the Software. All customizations, including those paid for by Company, remain the exclusive property of Licensor, and nothing in this Agreement transfers any of them to Company.'));
    expect(facts['ip.assignment_to_customer']?.value).toBe(false);
  });
});

describe('wordings from sets 35–36', () => {
  runTable([
    ['Governing law', 'This Agreement is governed by the laws of the Republic of Botswana.', 'governing_law.jurisdiction', 'Botswana'],
    ['Courts', 'The parties submit to the exclusive jurisdiction of the High Court of Brunei Darussalam in Bandar Seri Begawan.', 'venue.jurisdiction', 'Brunei'],
    ['Courts', 'The parties submit to the jurisdiction of the High Court of Justice of Trinidad and Tobago sitting in Port of Spain.', 'venue.jurisdiction', 'Trinidad and Tobago'],
    ['Courts', 'Any dispute shall be submitted to the Kathmandu District Court, which shall have jurisdiction.', 'venue.jurisdiction', 'Nepal'],
    ['Courts', 'Disputes shall fall within the exclusive jurisdiction of the courts of Budapest.', 'venue.jurisdiction', 'Hungary'],
    ['Liability', 'The total liability of the Provider shall in no case exceed Nepalese Rupees Twenty-Five Lakh (NPR 25,00,000).', 'liability.cap_amount', { amount: 2_500_000, currency: 'NPR' }],
    ['Data', 'If the Provider becomes aware that Customer data has been accessed or disclosed without authority, it shall inform the Customer without undue delay and in any case within three (3) days.', 'data.breach_notice_hours', 72],
    ['Data', 'All Customer data shall be hosted in the Kingdom of Saudi Arabia.', 'data.residency', ['sa']],
    ['Term', 'On the expiry of the initial period, the Subscription Term shall be extended without further action for a further period of twelve (12) months, unless either Party informs the other in writing that it does not wish it to be extended.', 'renewal.auto', true],
    ['Refund', "Where this Agreement ends otherwise than by the Provider's termination for the Customer's breach, the Provider shall promptly refund any charges paid in advance for the period after termination.", 'termination.refund_prepaid', true],
    ['Charges', 'Thereafter the Provider may vary the Charges not more than once in any Contract Year, and no variation shall exceed the lower of three per cent (3%) and the annual change in the Consumer Price Index.', 'pricing.increase_cap_percent', 3],
    ['Limitation of liability', "There is no limit on Customer's obligation to pay the fees due under these Terms.", 'liability.uncapped_for', ['payment']],
    ['Liability', 'Neither Party limits or excludes its liability for damage to human life, physical integrity or health.', 'liability.uncapped_for', ['death-personal-injury']],
    ['Pricing', 'If the Provider offers any other pilotage, port or marine-services operator lower charges for a substantially similar scope of the Service, the Provider shall offer the same charges to the Customer from the same date.', 'mfn.present', true],
    ['Intellectual property', 'The Platform and all customisations made for the Customer remain the property of the Provider. The Customer acquires no ownership of any work product created under this Agreement.', 'ip.assignment_to_customer', false],
    ['Subscription', 'The Customer shall use the Platform as its sole system for submitting permit applications; this does not restrict the Provider from offering the Platform to any other agency.', 'exclusivity.present', false],
    // Traps: an option to extend is no non-renewal notice; a credit cap is no liability cap; a "fixed recovery cost"
    // is no price hold; Kingston alone may be in Ontario.
    ['Term', 'This Agreement shall not renew automatically. The Customer may, by notice given at least sixty (60) days before the end of the Initial Term, extend this Agreement for a further period of twelve (12) months.', 'renewal.notice_days', null],
    ['Availability', "If the Provider misses the commitment in a month, the Customer's sole remedy is a service credit of five percent (5%) of that month's fee for each half percentage point of shortfall, up to a maximum of ten percent (10%) of that month's fee.", 'liability.cap_multiple', null],
    ['Payment', 'The Provider may claim default interest at the statutory rate, that is, the central bank base rate applicable on the first day of the relevant half-year plus eight percentage points, together with the fixed recovery cost of forty (40) euros.', 'pricing.fixed_months', null],
    ['Disputes', 'Any dispute shall be heard by the courts sitting in Kingston.', 'venue.jurisdiction', null],
  ]);
});

describe('wordings from sets 37–38', () => {
  runTable([
    ['Governing law', 'This Agreement is governed by the legislation of the Republic of Azerbaijan.', 'governing_law.jurisdiction', 'Azerbaijan'],
    ['Disputes', 'A dispute not resolved within thirty (30) days shall be referred to the Baku Economic Court.', 'venue.jurisdiction', 'Azerbaijan'],
    ['Courts', 'The parties submit to the exclusive jurisdiction of the High Court for Zambia at Lusaka.', 'venue.jurisdiction', 'Zambia'],
    ['Disputes', 'Any dispute shall be finally settled by arbitration in Phnom Penh.', 'venue.jurisdiction', 'Cambodia'],
    ['Liability', 'The total liability of the Provider for any year shall not exceed one hundred thousand manats (AZN 100,000).', 'liability.cap_amount', { amount: 100_000, currency: 'AZN' }],
    ['Term', 'Upon expiry of that period the Agreement terminates. It is not extended tacitly, and any continuation requires a supplementary agreement signed by both Parties.', 'renewal.auto', false],
    ['Term', 'Upon the expiration of the Initial Term, this Agreement shall be extended for one (1) additional year unless either Party notifies the other in writing at least sixty (60) days before the scheduled expiration.', 'renewal.term_months', 12],
    ['Subscription', 'When that period finishes, your subscription rolls over for another 12 months unless you or we tell the other in writing, at least 60 days before the period finishes, that it should not roll over.', 'renewal.notice_days', 60],
    ['Term', 'This Agreement starts on the date above and continues for three (3) Crop Years (the "Initial Term").', 'term.initial_months', 36],
    ['Fees', 'The Provider shall issue an electronic VAT invoice within five (5) days after the end of each month. The Customer shall pay the invoice within fifteen (15) days of its receipt.', 'payment.net_days', 15],
    ['Intellectual property', 'If a third party claims that the Service infringes its copyright, the Provider shall settle the claim at its own expense and compensate the Customer for the losses caused to it by the claim.', 'indemnity.scope', ['ip-infringement']],
    ['Force majeure', 'The Parties are released from liability for failure to perform caused by circumstances of insurmountable force, such as earthquake or flood.', 'force_majeure.present', true],
    ['Security', 'That report is furnished in lieu of any other inspection: the Customer shall have no right to audit our systems.', 'security.customer_audit', false],
    ['Security', "The Customer acknowledges that the Attestation replaces any right to inspect the Provider's facilities or systems.", 'security.customer_audit', false],
    ['Warranty', 'Other than as set out in Clause 4.1, we exclude all conditions, warranties and guarantees that might otherwise be implied into this agreement.', 'warranty.disclaimer', true],
    ['Insurance', 'The Provider shall hold civil liability insurance covering its business activity with a sum insured of not less than PLN 2,000,000 per event.', 'insurance.general_liability', { amount: 2_000_000, currency: 'PLN' }],
    ['Intellectual property', 'We also own all intellectual property in any label templates, reports or integrations we create for you.', 'ip.assignment_to_customer', false],
    ['Intellectual property', 'All rights in the Platform, including all configurations and reports prepared for the Customer, remain with the Provider.', 'ip.assignment_to_customer', false],
    ['Intellectual property', 'Document templates developed by the Provider exclusively for the Customer shall belong to the Customer upon payment of the onboarding charge.', 'ip.assignment_to_customer', true],
    ['Intellectual property', 'The exclusive property rights in the Custom Templates pass to the Customer in full upon payment of the relevant invoice.', 'ip.assignment_to_customer', true],
    // Traps: no obligation to match the lowest price; a right satisfied "exclusively by" a certificate; a country's
    // law named beside data; an invoice-issue time.
    ['Pricing', 'We have no obligation to offer you the lowest price we give to any other tour operator.', 'mfn.present', false],
    ['Security', "The Customer's right to verify our compliance shall be satisfied exclusively by our providing the current certificate.", 'exclusivity.present', null],
    ['Personal data', 'The Provider shall process personal data only on the Customer\'s instructions and in accordance with the Law of the Republic of Azerbaijan "On Personal Data".', 'data.residency', null],
    ['Invoices', 'The Provider shall issue an electronic VAT invoice within five (5) days after the end of each month.', 'payment.net_days', null],
  ]);
});

describe('wordings from sets 39–40', () => {
  runTable([
    ['Governing law', 'This Agreement is governed by the laws of the Plurinational State of Bolivia.', 'governing_law.jurisdiction', 'Bolivia'],
    ['Jurisdiction', 'Any dispute shall be submitted to the competent courts of the city of La Paz.', 'venue.jurisdiction', 'Bolivia'],
    ['Disputes', 'The dispute shall be submitted to the exclusive jurisdiction of the competent courts of Tunis.', 'venue.jurisdiction', 'Tunisia'],
    ['Disputes', 'Any dispute not resolved within thirty (30) days shall be settled by the Klaipeda District Court, which shall have exclusive jurisdiction.', 'venue.jurisdiction', 'Lithuania'],
    ['Liability', "Each Party's total liability is limited to MNT 250,000,000 (two hundred and fifty million tugriks).", 'liability.cap_amount', { amount: 250_000_000, currency: 'MNT' }],
    ['Term', 'This Agreement enters into force upon signature by both parties and is first in force for a fixed period of eighteen (18) months.', 'term.initial_months', 18],
    ['Duration', 'This Agreement commences on the date of signature and continues for one (1) year from the Go-Live Date. On the expiry of that year, and of each subsequent year, this Agreement shall be automatically renewed for a like period, unless the Customer gives us written notice of non-renewal.', 'renewal.term_months', 12],
    ['Service levels', 'Availability target per calendar month | 99.7 %', 'sla.uptime_percent', 99.7],
    ['Support', 'Faults classified as Priority 1 (dispatching not possible for the Customer or its drivers) may be reported by telephone at any hour of any day, and the Provider shall respond to them within two (2) hours.', 'support.coverage', ['24x7']],
    ['Fees', 'No fee, whether for subscription, onboarding or additional devices, is refundable in whole or in part.', 'termination.refund_prepaid', false],
    ['Publicity', "The Provider may cite the Customer as a customer and reproduce the Customer's name and logo in its commercial presentations and on its website.", 'publicity.logo_use', true],
    ['Indemnities', "The Provider indemnifies the Customer against all losses arising from any claim that the Customer's use of the platform infringes a third party's intellectual property rights, or from the Provider's contravention of any applicable law.", 'indemnity.scope', ['ip-infringement', 'violation-of-law']],
    ['Indemnities', 'We will defend the Customer against any claim by a third party that the Platform infringes its copyright, and will pay the amounts finally awarded. This obligation is subject to the limits in the liability clause.', 'indemnity.uncapped', false],
    ['Term', 'This Agreement will lapse at the end of the Initial Period and will not roll over or be extended tacitly.', 'renewal.auto', false],
    // Traps: a data-security super-cap; the limits' own section named in a payment carve-out; a written summary after
    // a notice given without undue delay.
    ['Limitation of liability', "Vendor's aggregate liability for breach of the Customer Data and Security clause is instead limited to two million dollars ($2,000,000).", 'liability.cap_amount', null],
    ['Limitation of liability', "THE LIMITS IN THIS SECTION 8 DO NOT APPLY TO THE CUSTOMER'S OBLIGATION TO PAY FEES, WHICH IS UNLIMITED.", 'indemnity.uncapped', null],
    ['Security', 'If the Provider confirms that Customer Data has been acquired by an unauthorized person, the Provider will notify the Customer without unreasonable delay and will provide a written summary of the incident within ten (10) days after that notice.', 'data.breach_notice_hours', null],
  ]);
  it('reads a super-cap named by the section it covers, when that section is about data security', () => {
    const facts = factsOf(
      clause('5', 'Data Security', 'The Provider shall protect Customer Data using industry-standard safeguards.'),
      clause('9(b)', 'Data Incidents', "The Provider's total liability for breach of Section 5 will not exceed two million dollars ($2,000,000), which amount is in addition to the general cap."),
    );
    expect(facts['liability.cap_amount'] ?? null).toBeNull();
  });
});

describe('wordings from sets 41–42', () => {
  runTable([
    ['Governing law', "This Agreement is governed by the laws of the Republic of Cote d'Ivoire, including the applicable OHADA Uniform Acts.", 'governing_law.jurisdiction', "Cote d'Ivoire"],
    ['Disputes', 'Any dispute shall be finally settled under the Arbitration Rules of the CCJA, with the seat of arbitration in Abidjan.', 'venue.jurisdiction', "Cote d'Ivoire"],
    ['Courts', 'The Parties submit to the exclusive jurisdiction of the ordinary courts of the city of Asuncion, Paraguay.', 'venue.jurisdiction', 'Paraguay'],
    ['Courts', 'Disputes shall be resolved by the Basic Civil Court Skopje.', 'venue.jurisdiction', 'North Macedonia'],
    ['Law', 'This Agreement is governed by the laws of the Commonwealth of The Bahamas.', 'governing_law.jurisdiction', 'Bahamas'],
    ['Courts', 'The Court of Bolzano shall have exclusive jurisdiction over any dispute.', 'venue.jurisdiction', 'Italy'],
    ['Liability', "The Provider's total liability shall not exceed three million denars (MKD 3,000,000).", 'liability.cap_amount', { amount: 3_000_000, currency: 'MKD' }],
    ['Liability', "Each Party's total liability in any contract year shall not exceed twice (2x) the fees paid by the Customer in the twelve (12) months preceding the event.", 'liability.cap_multiple', 2],
    ['Liability', "No limit applies to (a) the Provider's obligations under its indemnities, (b) a breach of confidentiality, or (c) damage resulting from wilful misconduct.", 'indemnity.uncapped', true],
    ['Term', 'This Agreement enters into force on 1 October 2026 and has an initial duration of three (3) years.', 'term.initial_months', 36],
    ['Withdrawal', 'The Customer may withdraw from this Agreement at any time and without giving reasons by registered letter sent at least two (2) months in advance.', 'termination.for_convenience_notice_days', 60],
    ['Security', 'The Customer, directly or through an independent auditor, may verify the technical and organisational measures of the Provider, including by on-site inspection, once per calendar year.', 'security.customer_audit', true],
    ['Non-exclusivity', 'Nothing in this Agreement grants the Customer any exclusive right. The Provider may offer the Service to other schools.', 'exclusivity.present', false],
    ['Fees', 'From the first anniversary of Go-Live, we may revise the subscription once in each year on sixty (60) days\' notice.', 'pricing.fixed_months', 12],
    ['Fees', 'For any Subscription Year after the first, the Provider may raise the subscription fee by no more than four percent (4%).', 'pricing.fixed_months', 12],
    [null, 'Due date | Twenty (20) days after the invoice date', 'payment.net_days', 20],
    ['Support', "The Provider's alarm desk is staffed 24 hours a day, every day of the year.", 'support.coverage', ['24x7']],
    ['Intellectual property', 'We own all intellectual property in the Software, its configuration for your stations and any reports or templates we create. You own your Data.', 'ip.assignment_to_customer', false],
    // Traps: a business plan's "assessment" of measures is no audit; a benefit promised to the customer is no customer
    // promise; a due date for something else.
    ['Business plan', 'The Business Plan shall provide sufficient details to enable an accurate assessment of the product performance and of the resources and measures planned.', 'security.customer_audit', null],
    ['Allocation', 'In the event that the Provider is forced to allocate the Products due to limited supply, the Customer shall be treated no less favorably than any other distributor.', 'mfn.present', true],
    [null, 'Due date | Thirty (30) days after delivery of the report', 'payment.net_days', null],
  ]);
  it('reads the two parties of a "BETWEEN: ... AND: ..." preamble whose labels the segmenter took as headings', () => {
    const head = preamble('Lagune Numerique SARL, a limited liability company (the "Supplier", "we" or "us");\nCooperative Artisanale des Tisserands, a cooperative society (the "Cooperative");\neach a "Party".\nWHEREAS the Supplier operates a marketplace platform.');
    // Without the standard preamble factsOf adds: this preamble alone names the parties.
    const all = [head, clause('8.2', 'Intellectual Property', 'The Supplier hereby assigns to the Cooperative all economic rights in the catalogue photographs produced for the Cooperative under this Agreement.')];
    classifyClauses(all);
    expect(extractFacts(all)['ip.assignment_to_customer']?.value).toBe(true);
  });
});

describe('wordings from sets 43–44', () => {
  runTable([
    ['Law', 'The laws of Yukon and the federal laws of Canada applicable in Yukon govern these Terms.', 'governing_law.jurisdiction', 'Yukon'],
    ['Courts', 'The parties submit to the exclusive jurisdiction of the Supreme Court of Yukon in Whitehorse.', 'venue.jurisdiction', 'Yukon'],
    ['Courts', 'Any dispute shall be submitted to the competent courts of Douala.', 'venue.jurisdiction', 'Cameroon'],
    ['Courts', 'Any dispute shall be submitted to the ordinary courts of the City of Mendoza.', 'venue.jurisdiction', 'Argentina'],
    ['Courts', 'The Commercial Court of Agadir shall have exclusive jurisdiction.', 'venue.jurisdiction', 'Morocco'],
    ['Term', 'On expiry of that term this Agreement shall end and shall not be tacitly or automatically extended.', 'renewal.auto', false],
    [null, 'Minimum duration | Two (2) Contract Years from the Go-Live Date', 'term.initial_months', 24],
    ['Termination', 'We may terminate these Terms and all Orders for any reason on ninety (90) days\' written notice to you.', 'termination.for_convenience_notice_days', 90],
    ['Limitation of liability', "IT DOES NOT APPLY TO LIABILITY FOR A PARTY'S FRAUD OR WILLFUL MISCONDUCT, FOR WHICH NO LIMIT APPLIES.", 'liability.uncapped_for', ['wilful-misconduct', 'fraud']],
    // Traps: termination for any reason as a survival trigger, not a right.
    ['Survival', 'Upon termination of this Agreement for any reason, Sections 7 and 9 survive.', 'termination.for_convenience', null],
  ]);
});

describe('wordings from sets 45–46', () => {
  runTable([
    ['Courts', 'Any suit arising out of this Agreement shall be brought only in the state courts sitting in Washington County, Mississippi.', 'venue.jurisdiction', 'Mississippi'],
    ['Jurisdiction', 'The Istanbul (Caglayan) Courts and Enforcement Offices have jurisdiction over all disputes arising from this Agreement.', 'venue.jurisdiction', 'Turkey'],
    ['Law', 'This Agreement is governed by the laws of the Principality of Andorra.', 'governing_law.jurisdiction', 'Andorra'],
    ['Courts', 'Any dispute shall be submitted to the competent courts of Algiers.', 'venue.jurisdiction', 'Algeria'],
    ['Fees', 'We shall issue VAT invoices electronically, through the National e-Invoicing System where the law so requires, within seven (7) days after the end of each month. The Client shall pay each invoice within twenty-one (21) days of its receipt.', 'payment.net_days', 21],
  ]);
  it('reads both measures of a cap given as "the lesser of:" two list items', () => {
    const facts = factsOf(
      clause('10.2', 'Liability', 'Our total liability arising out of or in connection with this agreement is limited to the lesser of:', 1),
      clause('10.2(a)', 'Liability', 'the Fees paid by the Customer in the six (6) months before the event giving rise to the liability; and', 2),
      clause('10.2(b)', 'Liability', '$250,000.', 2),
    );
    expect([facts['liability.cap_multiple']?.value, facts['liability.cap_amount']?.value, facts['liability.cap_lookback_months']?.value]).toEqual([1, { amount: 250_000, currency: 'USD' }, 6]);
  });
});

describe('wordings from sets 47–48', () => {
  runTable([
    ['Law', 'This Agreement is governed by the laws of Montenegro.', 'governing_law.jurisdiction', 'Montenegro'],
    ['Disputes', 'Either Party may submit the dispute to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.', 'venue.jurisdiction', 'China'],
    ['Disputes', 'Disputes shall be resolved in the South Savo District Court as the court of first instance.', 'venue.jurisdiction', 'Finland'],
    // Traps: a data super-cap named first; the customer appointing us its exclusive provider binds the customer.
    ['Liability', "For breach of Section 5 (Data), Vendor's aggregate liability will not exceed three million Canadian dollars (CAD 3,000,000).", 'liability.cap_amount', null],
  ]);
  it('reads a preamble whose vendor is a "d.o.o." company', () => {
    const head = preamble('This Agreement is concluded between Bokelink d.o.o. Kotor, a limited liability company (the "Supplier", "we" or "us"), and Jadranska Linija a.d. Bar (the "Operator").');
    const facts = factsOf(head, clause('1.2', 'Subject', 'The Operator appoints the Supplier as its sole and exclusive provider of online ticketing for all routes during the Term.'));
    expect(facts['exclusivity.present'] ?? null).toBeNull();
  });
});
