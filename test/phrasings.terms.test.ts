// Phrasing bank for termination, assignment and the one-flag facts (ip, non-solicit, exclusivity, mfn, publicity,
// escrow, audit, force majeure): wordings from many drafting styles, each fact with traps that must stay absent.
// Sentences are our own unless marked CUAD (CC BY 4.0). The preamble names "Provider" (us) and "Customer".
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/extract/facts.js';
import { classifyClauses } from '../src/extract/topics.js';
import type { Clause } from '../src/types.js';
import { clause, factsOf, preamble, runFactTable as runTable } from './helpers/clauses.js';

describe('termination for convenience', () => {
  const F = 'termination.for_convenience';
  runTable([
    ['Termination', "Either party may terminate this Agreement for convenience on thirty (30) days' written notice to the other.", F, true],
    ['Ending this agreement', 'You can end this agreement at any time by telling us in writing.', F, true],
    ['Termination', "The Customer may terminate the Contract at any time without giving any reason by serving not less than 3 months' notice on the Supplier.", F, true],
    ['Termination', "Either party may terminate this Agreement without cause upon giving the other not less than ninety days' prior notice in writing.", F, true],
    ['Termination', "The Customer may terminate this Agreement for its convenience by giving the Supplier at least 20 Business Days' written notice.", F, true],
    ['Termination', "Notwithstanding anything contained herein, the Client shall be entitled to terminate this Agreement without assigning any reason whatsoever by giving one (1) month's prior written notice to the Vendor.", F, true],
    ['TERMINATION', 'EITHER PARTY MAY TERMINATE THIS AGREEMENT AT ANY TIME, FOR ANY REASON OR NO REASON, UPON SIXTY (60) DAYS PRIOR WRITTEN NOTICE.', F, true],
    ['Determination', "The Licensee may at any time hereafter determine this Agreement by giving to the Licensor not less than six months' notice in writing.", F, true],
    ['Cancellation', "We may cancel your subscription for any reason by giving you 30 days' notice.", F, true],
    ['Termination', "The Client may, in its sole discretion, terminate this Agreement upon forty-five (45) days' written notice to the Contractor.", F, true],
    ['Term and Termination', "This Agreement may be terminated by either party at any time, with or without cause, upon 14 days' written notice.", F, true],
    ['Termination', 'Company reserves the right to terminate the Services at its convenience upon thirty days written notice.', F, true],
    ['Termination', 'Customer may terminate any Order Form for convenience; in that case Customer shall pay all fees accrued through the effective date.', F, true],
    ['Key terms', "Termination for convenience: either party, on 60 days' written notice", F, true],
    // Express exclusions.
    ['Termination', 'Neither party may terminate this Agreement for convenience.', F, false],
    ['Term', 'This Agreement may not be terminated for convenience during the Initial Term.', F, false],
    ['Termination', 'The Customer shall have no right to terminate this Agreement for convenience.', F, false],
    // Traps: a ground, a reference elsewhere, termination only as a trigger, suspension.
    ['Termination', 'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days of written notice.', F, null],
    ['Termination', 'Either party may terminate this Agreement immediately on written notice if the other becomes insolvent.', F, null],
    ['Termination', 'Either party may terminate this Agreement in accordance with Section 12.', F, null],
    ['Effect of Termination', 'Upon termination of this Agreement for any reason, Customer shall cease use of the Services.', F, null],
    ['Suspension', "The Supplier may suspend the Services on 7 days' notice if any invoice remains unpaid.", F, null],
    ['Force Majeure', 'Either party may terminate this Agreement by written notice if a Force Majeure Event continues for more than sixty (60) days.', F, null],
    ['Termination', 'Customer may terminate this Agreement without penalty if Provider undergoes a change of control.', F, null],
  ]);
});

describe('termination for convenience: notice days', () => {
  const F = 'termination.for_convenience_notice_days';
  runTable([
    ['Termination', "Either party may terminate this Agreement for convenience on thirty (30) days' written notice.", F, 30],
    ['Termination', "The Customer may terminate the Contract without cause by giving three months' notice.", F, 90],
    ['Termination', "The Customer may terminate this Agreement for convenience by giving at least 20 Business Days' written notice.", F, 20],
    ['Termination', "The Client may terminate this Agreement without assigning any reason by giving one (1) month's prior written notice.", F, 30],
    ['Termination', "Provider may terminate this Agreement without cause upon 60 (sixty) days' prior written notice.", F, 60],
    ['Termination', 'Either party may terminate this Agreement for convenience on a 90-day written notice.', F, 90],
    ['Ending the contract', "You can end this contract for any reason with 6 weeks' notice.", F, 42],
    ['Termination', 'Either party may terminate this Agreement without cause on no less than fourteen days notice to the other.', F, 14],
    ['Termination', 'The Licensee may terminate this Licence at any time by giving not less than two (2) months notice in writing.', F, 60],
    ['TERMINATION', 'CUSTOMER MAY TERMINATE THIS AGREEMENT FOR CONVENIENCE UPON AT LEAST THIRTY (30) CALENDAR DAYS PRIOR WRITTEN NOTICE.', F, 30],
    ['Termination', 'Either party may terminate this Agreement for any reason by providing written notice at least sixty (60) days prior to the effective date of termination.', F, 60],
    ['Termination', "The Client may terminate the Services without cause upon 10 working days' notice.", F, 10],
    ['Key terms', "Termination for convenience | 45 days' written notice (either party)", F, 45],
    // Traps: other periods in the same sentence.
    ['Termination', 'Either party may terminate for convenience on written notice; any fees for the 12 months already invoiced remain payable.', F, null],
    ['Termination', 'Customer may terminate this Agreement for convenience upon written notice, provided that termination shall not take effect earlier than the end of the then-current 12-month subscription period.', F, null],
    ['Termination', 'Either party may terminate this Agreement if the other fails to cure a material breach within thirty (30) days after written notice.', F, null],
    ['Renewal', "This Agreement renews for successive one-year terms unless either party gives at least 60 days' notice of non-renewal.", F, null],
    ['Termination', 'Supplier may terminate for convenience upon written notice, and will refund within 30 days any prepaid fees.', F, null],
    ['Termination', 'Client may terminate without cause; Client will pay for Services performed in the 15 days prior to termination.', F, null],
  ]);
});

describe('cure period', () => {
  const F = 'termination.cure_days';
  runTable([
    ['Termination', 'Either party may terminate this Agreement if the other party materially breaches it and does not cure the breach within thirty (30) days after receiving written notice of it.', F, 30],
    ['Ending these terms', "If you break these terms and don't fix it within 10 days of our email, we can close your account.", F, 10],
    ['Termination', 'Either party may terminate this Contract with immediate effect if the other party commits a material breach which is irremediable or (if remediable) fails to remedy it within 20 Working Days of being notified in writing to do so.', F, 20],
    ['Termination', 'The Client may terminate this Agreement in the event of a breach which is not rectified within fourteen (14) days of written notice.', F, 14],
    ['Default', 'Any default not cured within thirty days after notice shall entitle the non-defaulting party to terminate.', F, 30],
    ['Termination', 'If the Vendor defaults and such default continues unremedied for a period of 15 days following notice thereof, the Customer may terminate this Agreement.', F, 15],
    ['Termination', 'The Customer may terminate if the Supplier fails to make good the breach within 21 days of notice.', F, 21],
    ['Key terms', 'Cure period for material breach | 30 days', F, 30],
    ['Termination', 'Licensee may terminate this Agreement if Licensor has not corrected the breach within sixty (60) days after notice.', F, 60],
    ['Termination', 'Either party may end this agreement if the other does not put the breach right within 10 business days of being asked to.', F, 10],
    ['Termination', 'The breaching party shall have thirty (30) days from receipt of notice to cure the breach.', F, 30],
    ['TERMINATION', 'EITHER PARTY MAY TERMINATE THIS AGREEMENT IF THE OTHER PARTY FAILS TO CURE A MATERIAL BREACH WITHIN FORTY-FIVE (45) DAYS AFTER WRITTEN NOTICE.', F, 45],
    ['Termination', 'The Licensor may terminate this Licence if the Licensee has not remedied the default within one (1) month of notice.', F, 30],
    ['Termination', 'Either Party may terminate this Agreement if the other Party fails to rectify the breach within a period of fifteen (15) days from the date of receipt of notice.', F, 15],
    // Traps: repair times, payment deadlines, defect windows, a force-majeure period, a mediation deadline.
    ['Support', 'Provider will use commercially reasonable efforts to remedy any Service failure reported by Customer within 4 hours.', F, null],
    ['Payment', 'If the Customer fails to pay any invoice within 30 days of its due date, the Supplier may suspend the Services.', F, null],
    ['Warranty', 'Defects notified within ninety (90) days of delivery will be corrected by Supplier at no charge.', F, null],
    ['Termination', 'Either party may terminate immediately for a breach that is incapable of remedy.', F, null],
    ['Force Majeure', 'Neither party will be in breach for a failure to perform caused by a Force Majeure Event lasting less than 30 days, and the affected party shall use reasonable efforts to remedy the situation.', F, null],
    ['Disputes', 'The parties shall refer any dispute about an alleged breach to mediation within 10 days, and nothing in this clause limits the right to cure.', F, null],
  ]);
});

describe('refund of prepaid fees', () => {
  const F = 'termination.refund_prepaid';
  runTable([
    ['Effect of Termination', "If Customer terminates this Agreement for Provider's breach, Provider will refund Customer any prepaid fees covering the remainder of the term after the effective date of termination.", F, true],
    ['Cancelling', "If we end your subscription early, we'll give you a pro-rata refund of any fees you've paid for the rest of your subscription.", F, true],
    ['Consequences of termination', 'On termination under clause 14.3, the Supplier shall repay to the Customer a fair proportion of any Charges paid in advance in respect of the period after termination.', F, true],
    ['Termination', 'Upon such termination Licensor shall reimburse the unused portion of the prepaid licence fees.', F, true],
    ['Termination', 'The Vendor shall return all pre-paid sums attributable to the period following the date of termination.', F, true],
    ['Termination', 'In that case we will refund the prepaid, unused balance of your account.', F, true],
    ['EFFECT OF TERMINATION', 'UPON ANY SUCH TERMINATION, PROVIDER SHALL REFUND TO CUSTOMER ALL PREPAID FEES FOR THE UNEXPIRED PORTION OF THE SUBSCRIPTION TERM.', F, true],
    ['Key terms', 'Refund on termination for convenience | Pro-rata refund of prepaid fees', F, true],
    ['Termination', 'If the Company terminates this Agreement without cause, the Company shall refund the Client a pro rata share of the annual fee.', F, true],
    ['Ending these Terms', 'If we end these Terms for convenience during a commitment period, we will refund the prepaid Committed Spend for the rest of that period.', F, true],
    ['Termination', 'On termination by the Customer under clause 9.2, the Company will issue a refund of fees prepaid for any period after the termination date.', F, true],
    ['Termination', 'In the event of termination by the Client for convenience, the Service Provider shall refund the advance amount paid by the Client on a proportionate basis.', F, true],
    // Express exclusion.
    ['Fees', 'All fees are non-refundable.', F, false],
    // Traps: no refund only when the customer is in breach (that says nothing about other terminations), the
    // customer's reimbursements and returns, refunds of mistaken payments.
    ['Termination', "If this Agreement is terminated for Customer's breach, Customer shall not be entitled to any refund of prepaid fees.", F, null],
    ['Termination', "If Provider terminates for Customer's non-payment, no prepaid fees will be refunded.", F, null],
    ['Expenses', 'Customer will reimburse Provider for pre-approved travel expenses paid in advance by Provider.', F, null],
    ['Effect of Termination', 'On termination Customer shall pay all fees due for the remaining Subscription Term.', F, null],
    ['Effect of Termination', 'Within 30 days after termination, Customer shall return all unused Provider equipment and pay any outstanding fees.', F, null],
    ['Payment', 'Provider will refund any amounts Customer paid in error within 15 days.', F, null],
  ]);
});

describe('assignment needs the customer\'s consent', () => {
  const F = 'assignment.consent_required';
  runTable([
    ['Assignment', 'Neither party may assign this Agreement without the prior written consent of the other party, such consent not to be unreasonably withheld.', F, true],
    ['Assignment', "Provider shall not assign or transfer any of its rights or obligations under this Agreement without Customer's prior written approval.", F, true],
    ['Transferring this agreement', "We won't transfer this agreement to anyone else without your OK in writing.", F, true],
    ['Assignment', 'The Supplier shall not assign, novate, sub-contract or otherwise deal with any of its rights under this Contract without the prior written consent of the Customer.', F, true],
    ['Assignment', 'The Licensor shall not assign its rights hereunder, or any part thereof, save with the consent in writing of the Licensee first had and obtained.', F, true],
    ['ASSIGNMENT', "NEITHER PARTY SHALL ASSIGN THIS AGREEMENT WITHOUT THE OTHER PARTY'S PRIOR WRITTEN CONSENT.", F, true],
    ['Key terms', "Assignment by Vendor | Requires Customer's prior written consent", F, true],
    ['Assignment', 'This Agreement may be assigned by either party only with the written consent of the other.', F, true],
    ['Assignment', "Company may assign this Agreement only with Client's prior written consent.", F, true],
    ['Assignment', "Any assignment by the Supplier of this Contract requires the Buyer's prior consent in writing.", F, true],
    ['Assignment', 'The Service Provider shall not, without the prior written consent of the Client, assign or transfer this Agreement or any part thereof to any third party.', F, true],
    ['Assignment', "The Contractor may not delegate its obligations under this Agreement or assign this Agreement without the Client's consent.", F, true],
    // Express freedom to assign.
    ['Assignment', "Provider may assign this Agreement without Customer's consent.", F, false],
    ['Transferring this agreement', 'We may transfer our rights and obligations under these terms to another organisation, and we will tell you in writing if this happens.', F, false],
    ['Assignment', "Either party may assign this Agreement to a successor in connection with a merger or sale of substantially all its assets without the other's consent.", F, false],
    ['Assignment', 'Licensor may freely assign this Agreement.', F, false],
    // Traps: the customer's restriction, "assigned" meanings, personnel.
    ['Assignment', "Customer shall not assign this Agreement without Provider's prior written consent.", F, null],
    ['Assignment', 'You may not assign or transfer these Terms without our prior written consent.', F, null],
    ['Definitions', 'Capitalised terms have the meanings assigned to them in the Agreement.', F, null],
    ['Personnel', 'Provider may assign personnel to perform the Services at its discretion.', F, null],
    ['Licence', "Customer may not transfer the licence to any third party without Licensor's consent.", F, null],
    ['Assignment', 'The Client shall not assign this Agreement without the consent of the Supplier.', F, null],
  ]);

  // Two vendor-like names ("Licensor" and "Manufacturer"): whose consent is asked says who is restricted.
  function oem(...cs: Clause[]) {
    const all = [preamble('This OEM Licence Agreement is made between Tarn Systems Inc. ("Licensor") and Halvard Marine Corp. (the "Manufacturer").'), ...cs];
    classifyClauses(all);
    return extractFacts(all);
  }
  it('reads a restriction needing our consent as the other party\'s', () => {
    const facts = oem(clause('16.1', 'Assignment', 'The Manufacturer shall not assign this Agreement, or any right under it, without the prior written consent of Licensor.'));
    expect(facts[F]?.value ?? null).toBeNull();
  });
  it('reads our free assignment next to the other party\'s restriction as no consent needed', () => {
    const facts = oem(
      clause('16.1', 'Assignment', 'The Manufacturer shall not assign this Agreement, or any right under it, without the prior written consent of Licensor.'),
      clause('16.2', null, "Licensor may assign this Agreement, without the Manufacturer's consent, to an affiliate or to a purchaser of the business to which it relates, on written notice.", 1),
    );
    expect(facts[F]?.value).toBe(false);
  });
});

describe('customer may terminate on our change of control', () => {
  const F = 'assignment.change_of_control_termination';
  runTable([
    ['Termination', 'Customer may terminate this Agreement upon written notice if Provider undergoes a change of control.', F, true],
    ['Termination', 'If the Supplier is acquired by a competitor of the Customer, the Customer may terminate this Agreement with immediate effect.', F, true],
    ['Termination', 'The Customer may terminate this Contract by notice in writing if there is a change of control of the Supplier (within the meaning of section 1124 of the Corporation Tax Act 2010).', F, true],
    ['Termination', 'The Client may end this agreement on written notice if any person who did not control the Consultant on the Effective Date acquires control of the Consultant.', F, true],
    ['Changes to us', 'Should we merge with or be acquired by another company, you may cancel your subscription and receive a refund.', F, true],
    ['CHANGE OF CONTROL', 'IN THE EVENT OF A CHANGE IN CONTROL OF VENDOR, CUSTOMER SHALL HAVE THE RIGHT TO TERMINATE THIS AGREEMENT.', F, true],
    ['Termination', 'Where the Service Provider undergoes a change in ownership, the Client may terminate this Agreement by giving 30 days notice.', F, true],
    ['Termination', 'Licensee shall have the option to terminate this Agreement if Licensor sells all or substantially all of its assets to a third party.', F, true],
    ['Termination', 'Customer may terminate upon ninety (90) days notice following any Change of Control of Provider.', F, true],
    ['Termination', 'If fifty percent (50%) or more of the voting shares of the Vendor are transferred to a third party, the Customer may terminate this Agreement.', F, true],
    ['Termination', 'In case of any change in the management or control of the Service Provider, the Client shall be entitled to terminate this Agreement forthwith.', F, true],
    ['Termination', 'The Customer may terminate this Agreement on notice if the Contractor amalgamates with or is acquired by another entity.', F, true],
    // Traps: the customer's change of control, our right to terminate, assignment carve-outs, notice duties.
    ['Termination', 'Provider may terminate this Agreement if Customer undergoes a change of control.', F, null],
    ['Assignment', 'Either party may assign this Agreement without consent in connection with a merger or acquisition.', F, null],
    ['Notices', 'Provider shall notify Customer within 30 days after any change of control of Provider.', F, null],
    ['Termination', "Upon a change of control of the Customer, the Supplier may terminate this Agreement on 60 days' notice.", F, null],
    ['Termination', 'If Customer is acquired by a third party, Customer may terminate this Agreement on written notice.', F, null],
    ['Termination', 'Supplier may terminate this Agreement if the Client merges with a competitor of the Supplier.', F, null],
    // Expressly no such right.
    ['Change of Control', 'A change of control of Provider shall not give Customer any right to terminate this Agreement.', F, false],
    ['Change of Control', 'A change of control of the Supplier will not entitle the Customer to terminate this Agreement.', F, false],
    ['Change of Control', 'Customer may not terminate this Agreement merely because Provider is acquired.', F, false],
  ]);
});

describe('IP in work product assigned to the customer', () => {
  const F = 'ip.assignment_to_customer';
  runTable([
    ['Intellectual Property', 'Provider hereby assigns to Customer all right, title and interest in and to the Deliverables.', F, true],
    ['Ownership', 'All Work Product shall be the sole and exclusive property of the Client.', F, true],
    ['Intellectual Property', 'The Supplier assigns to the Customer, with full title guarantee and free from all third-party rights, all Intellectual Property Rights in the Deliverables.', F, true],
    ['Work for hire', 'All deliverables shall be deemed works made for hire for the Customer.', F, true],
    ['Ownership', 'Ownership of the Deliverables vests in the Client upon payment.', F, true],
    ['Who owns what', "Once you've paid, everything we create for you under this agreement belongs to you.", F, true],
    ['Copyright', 'The Contractor shall assign and doth hereby assign unto the Client all copyright in the works created hereunder.', F, true],
    ['INTELLECTUAL PROPERTY', 'ALL INTELLECTUAL PROPERTY RIGHTS IN THE DELIVERABLES SHALL VEST IN CUSTOMER.', F, true],
    ['Key terms', 'IP in Deliverables | Assigned to Customer on payment', F, true],
    ['Intellectual Property', 'All intellectual property rights in the Deliverables shall stand transferred to and vest absolutely with the Client.', F, true],
    ['Ownership', 'Vendor agrees to transfer ownership of all custom code developed under each SOW to Customer.', F, true],
    ['Ownership', 'Customer will own all right, title and interest in the Work Product.', F, true],
    ['Ownership', 'Title to all Deliverables passes to the Client on delivery.', F, true],
    // We keep the IP.
    ['Ownership', 'Provider retains all right, title and interest in the Deliverables, and grants Customer a licence to use them.', F, false],
    ['Ownership', 'All Deliverables are and shall remain the exclusive property of Supplier.', F, false],
    // Traps: the customer's assignment to us, the customer's own data, licences, goods.
    ['Feedback', 'Customer hereby assigns to Provider all rights in any Feedback.', F, null],
    ['Customer Data', 'Customer retains all rights in Customer Data.', F, null],
    ['Assignment', 'Provider may assign this Agreement to an affiliate.', F, null],
    ['Ownership', 'Each party retains ownership of its pre-existing intellectual property.', F, null],
    ['Licence', 'Supplier grants Customer a non-exclusive licence to use the Deliverables for its internal business.', F, null],
    ['Delivery', 'Title to the Hardware passes to Customer on delivery.', F, null],
  ]);
});

describe('non-solicitation period', () => {
  const F = 'non_solicit.months';
  runTable([
    ['Non-solicitation', 'During the term of this Agreement and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party.', F, 12],
    ['Non-solicitation', 'Customer shall not, for a period of one year after termination, hire or solicit any Provider personnel.', F, 12],
    ['Staff', 'For 6 months after the end of this Agreement, neither party shall entice away or offer employment to any member of staff of the other.', F, 6],
    ['Non-solicitation', 'The Client will not, during the Term and for a period of 24 months thereafter, directly or indirectly solicit or engage any consultant of the Supplier.', F, 24],
    ['Our people', 'You agree not to hire any of our staff for 12 months after your last order.', F, 12],
    ['NON-SOLICITATION', 'FOR A PERIOD OF EIGHTEEN (18) MONTHS FOLLOWING THE EFFECTIVE DATE, NEITHER PARTY WILL KNOWINGLY SOLICIT ANY EMPLOYEE OF THE OTHER.', F, 18],
    ['Key terms', 'Non-solicitation period | 12 months after termination', F, 12],
    ['Non-solicitation', "Each party agrees to a 12-month non-solicitation of the other party's employees following termination.", F, 12],
    ['Non-solicitation', 'The Customer shall not, during the term and for a period of six months thereafter, solicit or employ any employee of the Supplier who has been engaged in the provision of the Services.', F, 6],
    ['Non-solicitation', 'Neither Party shall, directly or indirectly, poach the employees of the other Party for a period of one (1) year from the date of termination.', F, 12],
    ['No hire', "Neither party will hire the other's employees who worked on the Services until 9 months after the last Statement of Work ends.", F, 9],
    ['Non-solicitation', 'Neither party shall, for two (2) years after the end of this Agreement, solicit the services of any person employed by the other.', F, 24],
    // Traps: no period, notice periods, look-back periods, a fee measured in months, vetting deadlines.
    ['Non-solicitation', 'Neither party shall solicit any employee of the other; this restriction does not apply to general job advertisements.', F, null],
    ['Personnel', "Provider shall give Customer 3 months' notice before replacing any Key Personnel.", F, null],
    ['Non-solicitation', "The restrictions do not prevent hiring an employee who has left the other party's employment at least six (6) months earlier.", F, null],
    ['Non-solicitation', "Customer shall not solicit any employee of Provider; if it does, Customer shall pay a fee equal to 6 months of that employee's salary.", F, null],
    ['Personnel', 'Employees of Provider must complete background checks within 2 months of engagement, and Provider shall not engage any individual who fails them.', F, null],
    ['Termination', "Notice of termination must be given 3 months in advance; neither party shall solicit the other's employees during the Term.", F, null],
  ]);
});

describe('exclusivity binding us', () => {
  const F = 'exclusivity.present';
  runTable([
    ['Appointment', 'Provider hereby appoints Customer as its exclusive distributor of the Products in the Territory.', F, true],
    ['Exclusivity', 'Supplier shall not supply the Products to any other customer in the Territory during the Term.', F, true],
    ['Competitors', "We won't provide the same services to any of your direct competitors while this agreement is in force.", F, true],
    ['Licence', 'The Licensor grants to the Licensee an exclusive licence to use the Software in the Field in the Territory.', F, true],
    ['Supply', 'During the Term, Vendor shall deal exclusively with Customer for the supply of the Products in Canada.', F, true],
    ['Licence', 'Licensor shall not grant any other licence of the Software in the Territory.', F, true],
    ['GRANT', 'COMPANY GRANTS CLIENT THE EXCLUSIVE RIGHT TO MARKET THE PRODUCT IN THE UNITED STATES.', F, true],
    ['Key terms', 'Exclusivity | Vendor will not sell the Products to other distributors in the Territory during the Term', F, true],
    ['Exclusivity', 'The Vendor undertakes that it shall not enter into any similar arrangement with any other party in India during the subsistence of this Agreement.', F, true],
    ['Exclusivity', 'The Supplier must not supply competing products to any other retailer in the Territory.', F, true],
    ['Exclusivity', 'Provider agrees to work exclusively with Customer in the field of telematics.', F, true],
    ['Appointment', "Customer will be Developer's sole and exclusive reseller in Europe.", F, true],
    // Expressly not exclusive.
    ['Relationship', 'This Agreement is non-exclusive, and Provider is free to provide similar services to others.', F, false],
    ['Relationship', 'Nothing in this Agreement prevents Supplier from providing services to other customers.', F, false],
    ['Relationship', 'The relationship between the parties is non-exclusive.', F, false],
    // Traps: the customer's exclusive purchasing, jurisdiction, remedies, non-exclusive licences, control.
    ['Supply', 'Customer shall purchase all of its requirements for the Products exclusively from Supplier.', F, null],
    ['Jurisdiction', 'The courts of England have exclusive jurisdiction.', F, null],
    ['Warranty', "Customer's exclusive remedy for breach of this warranty is re-performance.", F, null],
    ['Licence', 'Provider grants Customer a non-exclusive, non-transferable licence.', F, null],
    ['Supply', 'Licensee appoints Licensor as its exclusive supplier of spare parts.', F, null],
    ['Use', 'You must not resell the Services to any third party.', F, null],
  ]);
});

describe('most-favoured pricing', () => {
  const F = 'mfn.present';
  runTable([
    ['Pricing', 'Supplier warrants that the prices charged to Customer are no less favourable than those it charges to any other customer for similar volumes.', F, true],
    ['Rates', "If Vendor charges any other customer a lower hourly rate for equivalent services, Vendor will reduce Client's rate to the same level.", F, true],
    ['Key terms', 'Most Favoured Customer | Yes, pricing at least as good as any comparable customer', F, true],
    ['Price match', "If we offer the same plan to anyone else at a better price, we'll match it for you.", F, true],
    ['Charges', 'The Contractor shall ensure that the Charges are no higher than the charges it makes to any other public sector body for comparable services.', F, true],
    ['Royalties', 'Licensor shall offer Licensee royalty rates at least as favorable as those granted to any other licensee.', F, true],
    ['PRICING', 'VENDOR REPRESENTS THAT THE PRICES HEREIN ARE THE LOWEST PRICES IT OFFERS TO ANY CUSTOMER.', F, true],
    ['Price reductions', 'Should Supplier reduce its list prices for any other distributor, it shall extend the same reduction to Distributor.', F, true],
    ['Pricing', 'Provider shall not charge any third party a lower fee than Customer for the same Services.', F, true],
    ['Rates', 'The rates quoted herein shall at all times be the lowest rates offered by the Vendor to any of its clients in India.', F, true],
    ['Pricing', 'If the Contractor provides the same services to another government client at a lower price, the Contractor shall adjust the price charged to the Client accordingly.', F, true],
    ['Pricing', 'Client shall receive pricing no less favourable than that offered to other similarly situated customers.', F, true],
    // Express exclusions.
    ['Pricing', 'No most favoured customer pricing applies.', F, false],
    ['Pricing', 'Provider does not offer most-favoured-nation pricing.', F, false],
    // Traps: resale floors, interest caps, volume discounts, list-price caps, retail ceilings.
    ['Resale', 'Customer may not resell the Services at a price lower than the list price.', F, null],
    ['Payment', 'Interest accrues at 1.5% per month or the highest rate permitted by law, if lower.', F, null],
    ['Discounts', 'Provider offers volume discounts to customers ordering more than 1,000 seats.', F, null],
    ['Renewal', "Fees for renewal terms shall not exceed Provider's then-current list price.", F, null],
    ['Resale', 'Distributor shall not sell the Products to customers at prices higher than the suggested retail price.', F, null],
    ['Right of first refusal', 'If Customer declines the offer, Provider may sell the assets to a third party on terms no more favourable than those offered to Customer.', F, null],
  ]);
});

describe('use of the customer\'s name and logo', () => {
  const F = 'publicity.logo_use';
  runTable([
    ['Publicity', "Provider may use Customer's name and logo in its customer lists and marketing materials.", F, true],
    ['Publicity', 'We may mention you as a customer on our website.', F, true],
    ['Marketing', 'The Customer agrees that the Supplier may refer to the Customer by name as a client in its marketing literature.', F, true],
    ['Publicity', "Client grants Consultant the right to display Client's trade marks on Consultant's website.", F, true],
    ['PUBLICITY', 'COMPANY MAY IDENTIFY CUSTOMER AS A CUSTOMER OF COMPANY IN PRESS RELEASES.', F, true],
    ['Key terms', 'Logo use | Vendor may display Customer logo on its website', F, true],
    ['Publicity', "Subject to Customer's brand guidelines, Provider is permitted to include Customer's logo in investor presentations.", F, true],
    ['References', "Customer consents to Supplier listing Customer's name on Supplier's reference list.", F, true],
    ['Publicity', 'The Vendor shall be entitled to use the name and logo of the Client in its client list and promotional material.', F, true],
    ['Publicity', 'Licensor may publicly announce that Licensee is a licensee of the Software, including by use of Licensee\'s name.', F, true],
    ['Publicity', 'We can use your company name and logo to show you as one of our customers.', F, true],
    ['Marketing', "Customer grants Provider permission to feature Customer's logo in case studies and on Provider's website.", F, true],
    // Express exclusions.
    ['Publicity', "Neither party may use the other party's name or logo in any publicity without its prior written consent.", F, false],
    ['Publicity', "Provider shall not use Customer's name in any marketing without Customer's approval.", F, false],
    ['Publicity', "We won't use your name or logo in our marketing without asking you first.", F, false],
    // Traps: the customer using our marks, notices, data, trade marks in general.
    ['Trademarks', "Customer may use Provider's name and logo to identify Provider as its supplier on its website.", F, null],
    ['Proprietary notices', "Customer shall not remove Provider's trademarks from the Software.", F, null],
    ['Data', 'Provider may use aggregated, anonymised usage data for marketing purposes.', F, null],
    ['Trademarks', 'Each party retains all rights in its trade marks and trade names.', F, null],
    ['Publicity', 'Customer may list Provider as a vendor on its website.', F, null],
    ['Notices', "Customer's name and address for notices are set out in the Order Form.", F, null],
  ]);
});

describe('source code escrow', () => {
  const F = 'escrow.source_code';
  runTable([
    ['Escrow', 'Licensor shall deposit the Source Code of the Software with NCC Group under a three-party escrow agreement.', F, true],
    ['Escrow', 'Vendor will place the source code in escrow with Iron Mountain and update the deposit with each major release.', F, true],
    ['Key terms', 'Source code escrow | Yes, deposited with EscrowTech and updated quarterly', F, true],
    ['If we go out of business', "We'll keep a copy of our source code with an independent escrow agent so you can access it if we go out of business.", F, true],
    ['ESCROW', 'SUPPLIER SHALL MAINTAIN THE DEPOSIT MATERIALS IN ESCROW FOR THE BENEFIT OF THE CUSTOMER.', F, true],
    ['Source Code', 'The Licensor shall lodge a copy of the Source Code with the Escrow Agent within thirty days hereof.', F, true],
    ['Continuity', "Customer shall be a beneficiary under Provider's software escrow arrangement.", F, true],
    ['Source code', 'The Supplier shall enter into a source code deposit agreement with an escrow provider within 30 days.', F, true],
    ['Continuity', 'The Licensor shall deposit a copy of the source code of the Software with a trusted third party, to be released to the Licensee if the Licensor becomes insolvent.', F, true],
    ['Release', 'Upon a Release Event, the escrow agent shall release the Source Code to Licensee.', F, true],
    ['Escrow', 'The Vendor shall deposit the source code with an escrow agent mutually acceptable to the parties.', F, true],
    ['Continuity', 'The source code for the Software will be held in escrow for the term of this Agreement.', F, true],
    // Express exclusions.
    ['Escrow', 'Provider does not offer source code escrow.', F, false],
    ['Source code', 'Supplier is not obliged to deposit the source code in escrow.', F, false],
    ['Escrow', 'No source code escrow is provided under these Terms.', F, false],
    // Traps: money deposits and escrows, source-code confidentiality, open source.
    ['Payment', 'Customer shall pay a deposit of 20% of the fees on signing.', F, null],
    ['Closing', 'The purchase price shall be held in escrow pending Closing.', F, null],
    ['Confidentiality', 'Licensor shall not disclose the source code of the Software to Licensee.', F, null],
    ['Restrictions', 'Customer shall not reverse engineer or attempt to derive the source code of the Software.', F, null],
    ['Open source', 'Provider may use open-source code components subject to their licences.', F, null],
    ['Payment', 'Fees held in escrow by the payment processor will be released to Vendor on completion.', F, null],
  ]);
});

describe('customer audit of our books', () => {
  const F = 'audit.financial_records';
  runTable([
    ['Audit', "Customer may, on thirty days' notice, audit Provider's books and records relating to the fees charged under this Agreement.", F, true],
    ['Records', 'The Supplier shall keep accurate records of all Charges and shall permit the Customer or its auditors to inspect them on reasonable notice.', F, true],
    ['Billing', 'You can ask to review our billing records once a year.', F, true],
    ['AUDIT', "CLIENT SHALL HAVE THE RIGHT TO AUDIT VENDOR'S INVOICES AND SUPPORTING DOCUMENTATION.", F, true],
    ['Key terms', "Audit of fees | Customer may audit Supplier's financial records annually", F, true],
    ['Books of account', 'The Contractor shall make its books of account available for examination by the Client or its duly authorised agents at all reasonable times.', F, true],
    ['Audit', "The Customer may, at its own cost, appoint an independent auditor to verify the Supplier's records of the Charges.", F, true],
    ['Audit', 'The Client shall be entitled to audit the books of accounts of the Vendor relating to this Agreement.', F, true],
    ['Audit', "Customer or its designated auditor may examine Provider's accounting records related to this Agreement.", F, true],
    ['Audit', "Upon 10 business days' notice, the Client may inspect the Supplier's timesheets and expense receipts.", F, true],
    ['Audit', "The Customer may audit the Supplier's records relating to the calculation of the Fees.", F, true],
    ['Records', "Provider's books and records relating to the Fees shall be open to inspection by Customer during business hours.", F, true],
    // Express exclusion.
    ['Audit', "Customer has no right to audit Provider's books or records.", F, false],
    // Traps: our audit of the customer, security audits, record keeping alone, documents.
    ['Licence compliance', "Provider may audit Customer's records to verify compliance with the licence limits.", F, null],
    ['Security', "Customer may audit Provider's security controls and data processing records once a year.", F, null],
    ['Royalties', 'Licensee shall keep complete books and records of all Net Sales and Licensor may inspect them.', F, null],
    ['Records', 'Each party shall keep accurate books and records in accordance with GAAP.', F, null],
    ['Documentation', 'Customer may review the Documentation before signing.', F, null],
    ['Records', 'Supplier shall retain invoices and records for seven (7) years after termination.', F, null],
    ['Audit', 'Licensee shall permit Licensor or its accountant to examine the books of account of Licensee once per calendar year.', F, null],
  ]);
});

describe('force majeure', () => {
  const F = 'force_majeure.present';
  runTable([
    ['General', 'Neither party shall be liable for any failure or delay in performance caused by circumstances beyond its reasonable control.', F, true],
    ['Things outside our control', "We aren't responsible for delays caused by things outside our reasonable control, like power cuts or natural disasters.", F, true],
    ['Key terms', 'Force Majeure | Standard (acts of God, war, pandemic)', F, true],
    ['Force majeure', 'Neither party shall be in breach of this agreement nor liable for delay in performing its obligations if such delay results from events, circumstances or causes beyond its reasonable control.', F, true],
    ['GENERAL', 'NEITHER PARTY WILL BE RESPONSIBLE FOR ANY FAILURE TO PERFORM DUE TO CAUSES BEYOND ITS REASONABLE CONTROL.', F, true],
    ['Default', 'Neither party shall be liable for any default hereunder occasioned by Act of God, war, riot or civil commotion.', F, true],
    ['If something unexpected happens', "If something happens that neither of us can reasonably control, such as a flood or a pandemic, the affected party's obligations are suspended while it lasts.", F, true],
    ['Force Majeure', 'Neither Party shall be held responsible for non-performance due to a Force Majeure event, including floods, epidemics and acts of Government.', F, true],
    ['Excused performance', 'Supplier is excused from performance to the extent prevented by an event outside its control, including a strike or pandemic.', F, true],
    ['Delays', 'Provider will not be liable for delays caused by events it could not reasonably have foreseen or prevented.', F, true],
    ['Events beyond our control', 'We are not responsible for any delay or failure to perform caused by events beyond our reasonable control.', F, true],
    ['Force Majeure', 'A party affected by a Force Majeure Event shall notify the other party within five (5) days.', F, true],
    // Traps: SLA exclusions, control of equipment or information, continuity plans, price pass-through, a reference.
    ['Service Credits', 'Service Credits are not payable for downtime caused by force majeure events.', F, null],
    ['Equipment', 'Customer is responsible for all equipment under its control.', F, null],
    ['Continuity', 'Provider shall maintain a business continuity plan tested annually.', F, null],
    ['Confidentiality', 'Each party shall take reasonable steps to keep Confidential Information under its control secure.', F, null],
    ['Availability', "Availability excludes scheduled maintenance and events beyond Provider's reasonable control.", F, null],
    ['Prices', 'Price changes caused by events beyond our control, such as tax increases, will be passed on to you.', F, null],
  ]);
});

// Traps met in real contracts while widening the readers above (our own wording of each).
describe('wider readers keep their traps', () => {
  runTable([
    ['Enforceability', 'This Agreement is enforceable against each party, except as limited by bankruptcy, insolvency or fraudulent transfer laws.', 'assignment.consent_required', null],
    ['Termination', 'Either party may terminate this Agreement if the other makes an assignment for the benefit of its creditors.', 'assignment.consent_required', null],
    ['Default', 'If Customer defaults, Provider may terminate this Agreement and take control of the work in progress.', 'assignment.change_of_control_termination', null],
    ['Standstill', 'Customer shall not take any action that may facilitate the acquisition of control of Provider by any person, and Customer may terminate this Agreement on notice.', 'assignment.change_of_control_termination', null],
    ['Subcontracting', 'Provider may terminate the subcontracting of any Services at any time in its sole discretion, provided that each subcontract shall terminate by its terms on expiry.', 'termination.for_convenience', null],
    ['Milestones', 'Customer may terminate this Agreement if Provider has not launched the Product within twelve months, not for reasons outside of its control.', 'force_majeure.present', null],
    ['Inventions', 'Customer shall own all inventions developed solely by Customer during the Term.', 'ip.assignment_to_customer', null],
    ['Transfer', 'Any purported assignment of this Agreement made by you without our prior written consent is a default.', 'assignment.consent_required', null],
    ['Publicity', "Provider may use Customer's name in its customer lists with Customer's prior written approval.", 'publicity.logo_use', false],
    ['Devices', 'If a leased device is not returned in good condition, the remaining balance of the device payment plan becomes payable.', 'termination.refund_prepaid', null],
    ['Notices', 'Notices sent by certified mail, return receipt requested, postage prepaid, are deemed given three days after posting; all payments go to the same address.', 'termination.refund_prepaid', null],
    ['Cure', "If the breaching party has not cured the breach to the other party's reasonable satisfaction within 30 days after written notice, the other party may terminate this Agreement.", 'termination.cure_days', 30],
  ]);

  it('reads a consent named "Oaktree US" as that party\'s, not as "us"', () => {
    const all = [preamble('This Services Agreement is made between Oakline Holdings L.P. ("Oakline US") and Oakline Advisers Limited (the "Consultant").'),
      clause('9', 'Assignment', 'The Consultant may not assign its rights and obligations under this Agreement without the prior written consent of Oakline US.')];
    classifyClauses(all);
    expect(extractFacts(all)['assignment.consent_required']?.value).toBe(true);
  });
});
