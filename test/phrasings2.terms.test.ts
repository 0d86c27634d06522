// Phrasing bank, round 2, for term/renewal, termination, assignment and the one-flag facts: consumer/AI/API terms,
// Commonwealth drafting (India, Singapore, New Zealand, Ireland, UK, Australia), US customer paper, monthly plans,
// order-form rows. Each fact has traps that must stay absent. Sentences are our own. The preamble names "Provider"
// (us) and "Customer"; generic role words (Supplier, Licensor, Client, "we"/"you") resolve too.
import { describe } from 'vitest';
import { runFactTable as runTable } from './helpers/clauses.js';

describe('initial term (round 2)', () => {
  const F = 'term.initial_months';
  runTable([
    ['Term', 'This Agreement shall come into force on the date of its execution and remain valid for a period of 5 (five) years.', F, 60],
    ['Tenure', 'The tenure of this Agreement shall be three (3) years from the Effective Date.', F, 36],
    ['Your plan', 'Your first plan period begins on the day you subscribe and lasts one (1) month.', F, 1],
    ['Plans', 'Monthly plans have a term of one month starting on the date of purchase.', F, 1],
    [null, 'Term of Order | Twelve (12) months from the Service Start Date', F, 12],
    [null, 'Subscription Period: 1 year', F, 12],
    ['Duration', 'The Agreement shall be for a fixed term of two (2) years commencing from the Commencement Date.', F, 24],
    ['Term', 'This agreement starts on the Start Date and continues for 24 months (the Initial Period).', F, 24],
    ['Contract Period', 'The Contract Period shall be a period of three years from the Commencement Date.', F, 36],
    ['Term', 'The Term of this Agreement is the period of 24 months commencing on the Commencement Date.', F, 24],
    ['TERM', 'THE INITIAL TERM OF THIS AGREEMENT SHALL BE TWELVE (12) MONTHS.', F, 12],
    ['Commitment', 'Your commitment term is 12 months from the Order Date, billed monthly.', F, 12],
    ['Term', 'The Agreement shall be for a period of 3 (three) years with effect from 1 April 2026.', F, 36],
    // Traps: record keeping, references elsewhere, credit expiry, price locks, renewal lengths, staffing.
    ['Records', 'The Supplier shall retain records for a period of seven (7) years after the expiry of the Term.', F, null],
    ['Term', 'The Term is as stated in the Order Form.', F, null],
    ['Credits', 'Prepaid credits expire twelve (12) months after purchase.', F, null],
    ['Fees', 'Fees are fixed for the first twelve (12) months of the Term.', F, null],
    ['Staffing', 'The Licensor shall assign a project manager for the duration of the implementation, expected to last six (6) months.', F, null],
    ['Renewal', 'Each renewal term shall be twelve (12) months.', F, null],
    ['Orders', 'Any Order placed in the last three (3) months of the Term shall be co-terminous with the Term.', F, null],
  ]);
});

describe('renewal is automatic (round 2)', () => {
  const F = 'renewal.auto';
  runTable([
    ['Your plan', 'At the end of each billing period, your subscription carries on for another period of the same length unless you cancel it.', F, true],
    ['Term', 'When the Initial Period ends, this Agreement shall carry on for further periods of one year each unless either party gives the other written notice to end it.', F, true],
    ['Renewal', 'This Agreement shall stand extended for a further period of one (1) year on the same terms and conditions unless either Party communicates its intention not to extend.', F, true],
    ['Subscription Term', 'The Subscription Term will automatically be extended by twelve (12) months unless you cancel at least 30 days before the end of the Subscription Term.', F, true],
    ['RENEWAL', 'THIS AGREEMENT WILL RENEW FOR SUCCESSIVE ONE (1) YEAR RENEWAL TERMS UNLESS EITHER PARTY PROVIDES WRITTEN NOTICE OF NON-RENEWAL.', F, true],
    [null, 'Auto-Renew: Yes (12-month renewal terms)', F, true],
    ['Billing', 'Your subscription will keep renewing each month until you turn off auto-renew in your account settings.', F, true],
    ['Term', 'At the expiry of the Initial Term, the Agreement will continue on a month-by-month basis until terminated by either party on 30 days notice.', F, true],
    ['Term', 'After the Minimum Term, this Agreement continues on a rolling monthly basis until either party ends it.', F, true],
    ['Term', 'This agreement continues after the initial term for successive 12 month periods unless one of us tells the other at least two months before the end of the then current period that it is ending.', F, true],
    ['Subscriptions', 'Subscriptions renew automatically at the end of each Subscription Term for a Renewal Term equal in length to the expiring term.', F, true],
    // Express exclusions.
    ['Term', 'This Agreement will expire at the end of the Term and will not be renewed unless the parties agree otherwise in writing.', F, false],
    ['Renewal', 'There is no automatic renewal; a new Order Form is required for any further period.', F, false],
    [null, 'Auto-renew | Off', F, false],
    ['Annual plans', 'Your Annual Plan does not renew on its own; we will remind you 30 days before it ends.', F, false],
    ['Extension', 'Any extension of the Term shall be subject to the mutual written agreement of the Parties.', F, false],
    ['TERM', 'THIS AGREEMENT SHALL TERMINATE AT THE END OF THE INITIAL TERM WITHOUT RENEWAL.', F, false],
    ['Term', 'The Term shall not be extended or renewed except by written agreement of both parties.', F, false],
    // Traps: an option to renew, a fee notice, credits, other things that continue or extend automatically.
    ['Renewal', 'Customer may renew this Agreement for a further term of 12 months by written notice to Provider at least 60 days before expiry.', F, null],
    ['Fees', 'Provider will notify Customer at least 30 days before any renewal of the fees applicable to the renewal term.', F, null],
    ['Credits', 'Unused credits do not roll over to the next month.', F, null],
    ['Suspension', 'Payment obligations continue automatically despite any suspension of the Services.', F, null],
    ['Warranty', 'The Warranty Period shall automatically be extended by the period of any downtime.', F, null],
    ['Term', 'The Agreement runs for three years from the Effective Date.', F, null],
  ]);
});

describe('renewal term length (round 2)', () => {
  const F = 'renewal.term_months';
  runTable([
    ['Term', 'Thereafter this Agreement will carry on for further periods of twelve (12) months each unless terminated.', F, 12],
    ['Term', 'After the first year, the Subscription continues on a month-to-month basis.', F, 1],
    ['Term', 'At the end of the Minimum Term, the Agreement continues on a rolling monthly basis until either party gives 30 days notice.', F, 1],
    ['Monthly plans', 'Monthly plans renew automatically at the end of each monthly billing cycle.', F, 1],
    ['Annual plans', 'Annual plans renew for another year unless cancelled.', F, 12],
    ['Renewal', 'This Agreement shall stand extended for a further period of 2 (two) years unless either Party intimates otherwise.', F, 24],
    [null, 'Renewal Term: twelve months', F, 12],
    [null, 'Renewal Period | 1 year', F, 12],
    ['RENEWAL', 'THE TERM SHALL AUTOMATICALLY RENEW FOR ADDITIONAL PERIODS OF ONE YEAR EACH.', F, 12],
    ['Renewal', 'Upon expiry, the Subscription shall be renewed for 12-month periods unless either party gives notice.', F, 12],
    ['Your plan', 'When each period ends, your plan carries on automatically for another month.', F, 1],
    ['Term', 'The term will then extend by a further 6 months at a time unless either of us gives notice.', F, 6],
    ['Term', 'At the expiry of the Initial Term, the Agreement will continue on a month-by-month basis.', F, 1],
    // Traps: price caps, invoices, notice periods, the initial term, late-renewal pricing, quotes.
    ['Renewal', "Renewal pricing will not increase by more than 5% over the prior 12 months' fees.", F, null],
    ['Renewal', 'Customer must pay renewal invoices within 30 days.', F, null],
    ['Renewal', 'The Agreement renews automatically unless the Customer notifies us 60 days before the renewal date.', F, null],
    ['Term', 'The initial term of 36 months will be followed by automatic renewals.', F, null],
    ['Licences', 'Licence keys renewed during the last 30 days of a term are priced pro rata.', F, null],
    ['Support', 'Support renewals are quoted 90 days before expiry.', F, null],
  ]);
});

describe('notice of non-renewal (round 2)', () => {
  const F = 'renewal.notice_days';
  runTable([
    ['Renewal', 'Either Party may prevent the automatic extension by intimating the other in writing not less than ninety (90) days prior to the expiry of the then-current period.', F, 90],
    ['Renewal', 'This Agreement carries on for further periods of one year unless either party has notified the other in writing, no later than sixty (60) days before the end of the then current period, that this Agreement is to end.', F, 60],
    ['Your plan', 'To stop your annual plan from renewing, cancel at least 14 days before your renewal date.', F, 14],
    [null, 'Notice of non-renewal | 30 days before end of term', F, 30],
    ['RENEWAL', 'THIS AGREEMENT WILL RENEW AUTOMATICALLY UNLESS EITHER PARTY GIVES WRITTEN NOTICE OF NON-RENEWAL AT LEAST SIXTY (60) DAYS BEFORE THE END OF THE CURRENT TERM.', F, 60],
    ['Renewal', "The Term shall renew for further periods of 1 year unless the Client gives the Supplier three months' notice in writing before the end of the current period.", F, 90],
    ['Renewal', 'The Agreement shall roll over for successive 12-month periods unless either party serves notice to terminate at least 2 months prior to the anniversary of the Start Date.', F, 60],
    ['Renewal', 'The Subscription renews automatically unless You cancel no later than thirty (30) days prior to the end of the Subscription Term.', F, 30],
    ['Renewal', 'This Agreement renews for successive one-year terms unless written notice is given at least 20 business days before expiry.', F, 20],
    ['Renewal', 'The Licence shall be renewed for a further year unless the Licensee gives notice in writing of not less than forty-five (45) days before the renewal date.', F, 45],
    // Traps: reminders, fee notices, invoices, an option to renew, lapsing credits.
    ['Renewal', 'Provider will remind Customer of the upcoming renewal 30 days before it takes effect.', F, null],
    ['Renewal', "Provider may increase fees on renewal by giving 60 days' notice of the new fees.", F, null],
    ['Renewal', 'Renewal invoices are payable within 30 days.', F, null],
    ['Renewal', 'The Customer may renew the Subscription by giving notice at least 60 days before expiry.', F, null],
    ['Credits', 'Unused credits lapse 30 days after each renewal.', F, null],
    ['Renewal', "Provider may increase the Charges on each renewal by giving not less than ninety (90) days' written notice of the revised Charges.", F, null],
  ]);
});

describe('termination for convenience (round 2)', () => {
  const F = 'termination.for_convenience';
  runTable([
    ['Cancelling', 'You may cancel your plan at any time from the billing page.', F, true],
    ['Ending these Terms', "We may close your account for any reason on 30 days' notice by email.", F, true],
    ['Termination', 'Either Party shall be at liberty to terminate this Agreement, without assigning any reasons, by giving 60 days notice in writing to the other Party.', F, true],
    ['Termination', "The Customer may terminate the Contract at will upon 30 days' notice.", F, true],
    ['Termination', "Either party may end this Agreement by giving the other not less than three months' written notice.", F, true],
    ['Termination', "The Customer may terminate this Contract at any time by giving the Supplier no less than 30 Working Days' notice.", F, true],
    ['Termination', 'Provider may discontinue the Services and terminate this Agreement upon ninety (90) days notice to Customer for any reason or no reason.', F, true],
    [null, 'Termination for Convenience | Customer only, 30 days', F, true],
    ['TERMINATION WITHOUT CAUSE', 'EITHER PARTY MAY TERMINATE THIS AGREEMENT WITHOUT CAUSE BY GIVING NINETY (90) DAYS WRITTEN NOTICE TO THE OTHER PARTY.', F, true],
    ['Ending these Terms', "We may terminate these Terms for any reason by giving you at least 30 days' notice.", F, true],
    ['Cancelling', 'You may stop using the API and cancel your subscription whenever you like.', F, true],
    ['Termination', 'Customer may terminate this Agreement without cause at any time, effective upon notice to Provider.', F, true],
    // Express exclusions.
    ['Termination', 'The Customer shall not be entitled to terminate this Agreement for convenience during the Minimum Term.', F, false],
    [null, 'Termination for convenience | Not permitted', F, false],
    ['Termination', 'Neither party may terminate this Agreement without cause before the end of the Initial Term.', F, false],
    ['Cancellation', 'This Agreement cannot be cancelled for convenience.', F, false],
    // Traps: grounds, force majeure, breach of a policy, price-increase triggers, non-payment, insolvency.
    ['Termination', 'Either party may terminate this Agreement by written notice if the other party commits a material breach.', F, null],
    ['Force Majeure', 'If a Force Majeure Event lasts more than 60 days, either party may terminate on notice.', F, null],
    ['Suspension', 'We may terminate your account immediately if you breach the Acceptable Use Policy.', F, null],
    ['Fees', 'Customer may terminate any Order Form if Provider increases the fees by more than 5%.', F, null],
    ['Termination', 'Provider may terminate the Agreement upon 30 days notice if Customer fails to pay.', F, null],
    ['Termination', 'Either party may terminate this Agreement with immediate effect by notice if the other enters into liquidation.', F, null],
  ]);
});

describe('termination for convenience: notice days (round 2)', () => {
  const F = 'termination.for_convenience_notice_days';
  runTable([
    ['Termination', 'Either Party shall be at liberty to terminate this Agreement, without assigning any reason, by giving sixty (60) days notice in writing.', F, 60],
    ['Termination', "The Customer may terminate this Contract at any time by giving the Supplier not less than 30 Working Days' notice.", F, 30],
    ['Termination', "Customer may terminate for convenience on one month's written notice.", F, 30],
    ['Ending these Terms', "We may terminate these Terms for any reason by giving you at least 30 days' notice by email.", F, 30],
    [null, 'Termination for convenience | 90 days (either party)', F, 90],
    ['TERMINATION WITHOUT CAUSE', 'EITHER PARTY MAY TERMINATE THIS AGREEMENT WITHOUT CAUSE BY GIVING NINETY (90) DAYS WRITTEN NOTICE TO THE OTHER PARTY.', F, 90],
    ['Termination', "Either party may end this Agreement at any time by giving the other not less than three months' written notice.", F, 90],
    ['Termination', "The Client may terminate the Services without cause by giving the Consultant 2 weeks' notice.", F, 14],
    ['Termination', 'Customer may terminate this Agreement for any reason with 45 days advance notice to Provider.', F, 45],
    ['Termination', "Either party may terminate this Agreement without cause with effect from the end of any calendar month by giving at least 1 (one) month's notice.", F, 30],
    // Traps: fees after termination, a billing cycle, a breach ground, refund windows, a lock-in.
    ['Termination', 'Customer may terminate for convenience at any time; fees for the 3 months following termination remain payable.', F, null],
    ['Termination', 'Either party may terminate for convenience on written notice; termination takes effect at the end of the then-current 30-day billing cycle.', F, null],
    ['Termination', "Either party may terminate this Agreement on 30 days' notice if the other party breaches it.", F, null],
    ['Cancelling', 'You may cancel at any time; refunds are available within 14 days of purchase.', F, null],
    ['Termination', 'Either party may terminate without cause after the first 12 months of the Term on written notice.', F, null],
    ['Termination', "Provider may terminate this Agreement on 60 days' notice if Customer's account is more than 30 days past due.", F, null],
  ]);
});

describe('cure period (round 2)', () => {
  const F = 'termination.cure_days';
  runTable([
    ['Termination', 'If either Party commits a breach of this Agreement and fails to remedy the same within thirty (30) days of receipt of a notice from the other Party, the other Party may terminate this Agreement.', F, 30],
    ['Ending these Terms', "If you breach these Terms and don't sort it out within 7 days of us telling you, we may end them.", F, 7],
    ['Termination', "The Supplier shall have 20 Business Days from receipt of the Client's notice of breach in which to remedy the breach.", F, 20],
    [null, 'Cure Period | Thirty (30) days after written notice of breach', F, 30],
    ['Termination', 'Licensee may terminate this Agreement where Licensor breaches a material term and has not rectified the breach within twenty-one (21) days after being required in writing to do so.', F, 21],
    ['TERMINATION', 'IF A PARTY MATERIALLY BREACHES THIS AGREEMENT AND DOES NOT CURE SUCH BREACH WITHIN THIRTY (30) DAYS AFTER WRITTEN NOTICE, THE OTHER PARTY MAY TERMINATE.', F, 30],
    ['Ending these Terms', 'Either of us may end these Terms if the other fails to fix a material breach within 15 days after receiving notice.', F, 15],
    ['Termination', 'The Customer may terminate if the Provider is in default and the default continues for a period of ten (10) working days after notice.', F, 10],
    ['Termination', 'A party may terminate this Agreement for a breach capable of remedy which has not been remedied within 14 days of a written request to remedy it.', F, 14],
    ['Termination', 'The non-breaching party may terminate upon sixty (60) days written notice if the breach remains uncured at the end of that period.', F, 60],
    // Traps: repair times, late payment, incurable breaches, error fixing.
    ['Support', 'Provider shall correct any defect within 10 business days.', F, null],
    ['Payment', 'If Customer fails to pay any amount within 30 days of the due date, Provider may suspend the Services.', F, null],
    ['Support', 'Provider shall remedy any Severity 1 incident within 4 hours.', F, null],
    ['Termination', 'Either party may terminate immediately if the other commits a breach which is incapable of remedy.', F, null],
    ['Support', 'Provider will use reasonable efforts to correct errors reported by Customer within 30 days.', F, null],
    ['Termination', 'Either party may terminate this Agreement for material breach in accordance with clause 14.2.', F, null],
  ]);
});

describe('refund of prepaid fees (round 2)', () => {
  const F = 'termination.refund_prepaid';
  runTable([
    ['Ending these Terms', 'If we terminate these Terms for convenience, we will refund you any fees you paid in advance for the unused part of your subscription.', F, true],
    ['Fees', 'Fees are non-refundable, except that if Provider terminates this Agreement for convenience, Provider will refund the prepaid fees for the remainder of the Term.', F, true],
    ['Effect of termination', 'On termination by the Customer under clause 15.2, the Supplier shall repay to the Customer any Charges paid in advance in respect of any period after the termination date.', F, true],
    ['Consequences of termination', 'The Service Provider shall refund to the Client, on a pro-rata basis, the fees paid in advance for the unexpired period.', F, true],
    ['Termination', 'Provider will issue a pro rata refund of any unused prepaid fees within thirty (30) days.', F, true],
    ['Discontinuation', 'You will get a refund of prepaid, unused credits if we discontinue the Service.', F, true],
    [null, 'Refund | Pro-rated refund of prepaid fees on termination other than for Customer breach', F, true],
    ['Termination', 'Provider shall return to Customer a proportionate part of the annual Licence Fee.', F, true],
    ['Termination', 'On such termination the Licensor shall reimburse any Fees paid for the period after the date of termination.', F, true],
    ['Fees', 'Charges paid in advance are not refundable, save that where the Provider terminates without cause it shall repay the part of any Charges that relates to the period after termination.', F, true],
    // Express exclusions.
    ['Billing', 'No refunds will be given for partial months of service.', F, false],
    ['Fees', 'Subscription fees paid are not refundable under any circumstances, including on termination.', F, false],
    ['Cancelling', 'We do not offer refunds of subscription fees on cancellation.', F, false],
    ['Fees', 'All Fees are payable in advance and are non-cancellable and non-refundable.', F, false],
    ['FEES', 'PAYMENT OBLIGATIONS ARE NON-CANCELABLE AND FEES PAID ARE NON-REFUNDABLE.', F, false],
    ['Expiry', 'No sum paid under this Agreement shall be refundable on its termination or expiry for any reason.', F, false],
    // Traps: an exception pointing elsewhere, returns of equipment, overpayments, customer breach, advances, expenses.
    ['Fees', 'All payments are non-refundable except as set out in Section 9.3.', F, null],
    ['Effect of termination', 'Customer shall return all Provider equipment within 30 days of termination.', F, null],
    ['Audit', 'Provider will refund any overpayment identified in an audit.', F, null],
    ['Termination', "Upon termination by Provider for Customer's breach, no fees shall be refunded.", F, null],
    ['Advances', 'The Customer shall repay any advance paid to it by the Supplier.', F, null],
    ['Expenses', 'Expenses will be reimbursed within 30 days of receipt of an invoice.', F, null],
    ['Effect of termination', 'Fees for the remaining Term become immediately due on termination.', F, null],
  ]);
});

describe('our assignment needs the customer\'s consent (round 2)', () => {
  const F = 'assignment.consent_required';
  runTable([
    ['Assignment', 'The Service Provider shall not assign or transfer any of its rights or obligations hereunder to any third party without the prior written consent of the Client.', F, true],
    ['Transfers', "We won't transfer this agreement to anyone else without first getting your written OK.", F, true],
    ['Assignment', 'Neither party may assign this Agreement without the prior written consent of the other party, which consent shall not be unreasonably withheld.', F, true],
    ['Assignment', "Provider may assign this Agreement only with Customer's prior written consent.", F, true],
    ['ASSIGNMENT', "NEITHER PARTY SHALL ASSIGN ITS RIGHTS UNDER THIS AGREEMENT WITHOUT THE OTHER PARTY'S CONSENT.", F, true],
    [null, "Assignment by Provider | Requires Customer's prior written consent", F, true],
    ['Assignment', 'The Licensor shall not sub-license, assign or novate this Agreement or any part thereof without first obtaining the written consent of the Licensee.', F, true],
    ['Assignment', "Any assignment by the Supplier shall be subject to the Customer's prior approval in writing.", F, true],
    ['Assignment', "This Agreement is personal to the Provider, which may not assign it without Customer's consent.", F, true],
    ['Assignment', "The Contractor must obtain the Customer's written consent before assigning this contract.", F, true],
    // Express freedom.
    ['Assignment', "Provider may assign or transfer this Agreement to any person without Customer's consent.", F, false],
    ['Transfer', 'We may transfer our rights and obligations under these Terms to another organisation.', F, false],
    ['Assignment', 'The Supplier may freely assign this Agreement.', F, false],
    ['Assignment', "The Licensor shall be entitled to assign this Agreement without the need to obtain the Licensee's consent.", F, false],
    // Traps: the customer's assignment, staff assignment, subcontracting, IP assignment.
    ['Assignment', "Customer shall not assign this Agreement without Provider's prior written consent.", F, null],
    ['Your account', 'You may not transfer your account to another person without our consent.', F, null],
    ['Personnel', 'Provider shall assign a dedicated account manager to Customer.', F, null],
    ['Subcontracting', 'The Supplier may subcontract the Services, provided that it remains responsible for its subcontractors.', F, null],
    ['Assignment', "Customer may assign this Agreement to an Affiliate without Provider's consent.", F, null],
    ['Ownership', 'Provider hereby assigns to Customer all rights in the Deliverables.', F, null],
  ]);
});

describe('customer may terminate on our change of control (round 2)', () => {
  const F = 'assignment.change_of_control_termination';
  runTable([
    ['Change of control', 'If the Provider undergoes a change of control, the Customer may terminate this Agreement by written notice within 90 days.', F, true],
    ['Termination', 'The Client shall be entitled to terminate this Agreement forthwith if the Service Provider is acquired by a competitor of the Client.', F, true],
    ['Termination', 'Customer may terminate this Agreement upon notice if more than 50% of the voting shares of Provider are transferred to a third party.', F, true],
    ['Change of Control', 'In the event of a Change of Control of the Supplier, the Customer may, within six months, terminate this Agreement with immediate effect.', F, true],
    [null, "Change of control of Provider | Customer may terminate on 30 days' notice", F, true],
    ['CHANGE OF CONTROL', 'IN THE EVENT OF ANY MERGER OR ACQUISITION OF VENDOR, CUSTOMER SHALL HAVE THE RIGHT TO TERMINATE THIS AGREEMENT.', F, true],
    ['Termination', 'If the Licensor merges with, or is acquired by, a third party, the Licensee may terminate this Agreement without penalty.', F, true],
    ['Termination', 'Where control of the Supplier passes to another person, the Customer may terminate the Contract.', F, true],
    ['Ending these Terms', 'If we are acquired by one of your competitors, you may cancel your subscription.', F, true],
    // Express exclusions.
    ['Change of control', 'A change of control of Provider shall not entitle Customer to terminate this Agreement.', F, false],
    ['Change of control', 'Customer shall have no right to terminate this Agreement by reason of any change in control of Provider.', F, false],
    // Traps: our right on the customer's change, assignment on merger, notice of the change, breach, successors.
    ['Termination', 'Provider may terminate this Agreement if Customer undergoes a change of control.', F, null],
    ['Assignment', 'Either party may assign this Agreement in connection with a merger or acquisition.', F, null],
    ['Notices', 'Provider shall notify Customer within 30 days after any change of control of Provider.', F, null],
    ['Termination', "Customer may terminate this Agreement on 30 days' notice if Provider materially breaches it.", F, null],
    ['Change of control', "If the Customer is acquired, the Customer's successor may continue to use the Services.", F, null],
    ['Assignment', 'A change of control of either party shall be deemed an assignment requiring consent.', F, null],
  ]);
});

describe('IP in work product assigned to the customer (round 2)', () => {
  const F = 'ip.assignment_to_customer';
  runTable([
    ['Output', 'We hereby assign to you all right, title and interest we may have in the Output.', F, true],
    ['Outputs', "As between the parties, Customer owns all Outputs generated through Customer's use of the Services, and Provider hereby assigns to Customer any rights it may have in them.", F, true],
    ['Intellectual Property', 'All intellectual property in the Deliverables shall vest in the Client upon creation.', F, true],
    ['Copyright', 'The Consultant assigns to the Client, by way of present assignment of future rights, all copyright in the Project Materials.', F, true],
    ['Ownership', 'Title to and all IP Rights in the Custom Developments will pass to the Customer on payment.', F, true],
    ['OWNERSHIP', 'ALL WORK PRODUCT SHALL BE THE SOLE AND EXCLUSIVE PROPERTY OF CUSTOMER.', F, true],
    ['Intellectual Property', 'The Supplier shall, and hereby does, assign to the Customer with full title guarantee all Intellectual Property Rights in the Bespoke Software.', F, true],
    ['Who owns what', 'Anything we create specifically for you under a Statement of Work belongs to you once you have paid for it.', F, true],
    ['Ownership', 'Customer will own all Deliverables.', F, true],
    [null, 'Deliverables | Owned by Customer on payment', F, true],
    ['Ownership', 'All reports, designs and other materials prepared by the Contractor for the Customer under this Contract are the property of the Customer.', F, true],
    // Express exclusions.
    ['Ownership', 'Provider retains all right, title and interest in the Deliverables, and grants Customer a perpetual licence to use them.', F, false],
    ['Intellectual Property', 'No intellectual property rights in the Software or any customisation are transferred to the Customer.', F, false],
    ['Intellectual Property', 'All intellectual property in any configuration work remains vested in the Supplier.', F, false],
    ['Ownership', 'The Vendor shall remain the owner of all intellectual property rights in the Work Product.', F, false],
    // Traps: customer data, licences, feedback to us, inputs, contract assignment, background IP.
    ['Customer Data', 'Customer retains all rights in Customer Data.', F, null],
    ['Licence', 'Provider grants Customer a non-exclusive licence to use the Deliverables.', F, null],
    ['Feedback', 'Customer hereby assigns to Provider all rights in any Feedback.', F, null],
    ['Your Content', 'You own your Input.', F, null],
    ['Assignment', 'Provider may assign this Agreement to an Affiliate.', F, null],
    ['Background IP', 'Each party retains ownership of its pre-existing intellectual property.', F, null],
  ]);
});

describe('non-solicitation period (round 2)', () => {
  const F = 'non_solicit.months';
  runTable([
    ['Non-solicitation', 'During the Term and for a period of twelve (12) months after its expiry or termination, neither party shall solicit or employ any employee of the other.', F, 12],
    ['Our staff', 'For 6 months after this agreement ends, you must not hire any of our staff who worked on your project.', F, 6],
    ['Non-solicitation', 'The Supplier shall not, during the Contract Period and for 1 year thereafter, entice away any employee of the Customer.', F, 12],
    [null, 'Non-solicitation | 24 months post-termination', F, 24],
    ['Personnel', "Neither party shall, without the other's consent, directly or indirectly poach the other party's personnel during the term and six (6) months following termination.", F, 6],
    [null, 'NON-SOLICITATION PERIOD: TWELVE (12) MONTHS.', F, 12],
    ['Non-solicitation', 'Each Party agrees that, for a period of eighteen months from the date of termination, it will not recruit any employee of the other Party.', F, 18],
    ['Personnel', 'The Customer shall not, within 12 months of the end of the Services, offer employment to any Provider personnel.', F, 12],
    ['Non-solicitation', 'During the engagement and for a period of one year afterwards, the Client shall not engage, directly or through an agency, any person employed by the Contractor.', F, 12],
    ['Non-solicitation', 'Customer agrees not to solicit for employment any employee of Provider for a 12-month period following the Term.', F, 12],
    // Traps: general adverts, resignation notice, key personnel, replacement, placement fees.
    ['Hiring', 'Provider may hire any person who responds to a general advertisement.', F, null],
    ['Personnel', "Employees must give 3 months' notice of resignation.", F, null],
    ['Key Personnel', 'Provider shall not change the Key Personnel during the first 6 months without consent.', F, null],
    ['Personnel', "Provider's staff engaged on the project shall not be replaced within 6 months of the Start Date.", F, null],
    ['Personnel', 'Customer may not employ any Provider consultant unless it pays a placement fee equal to 3 months of salary.', F, null],
    ['Staffing', 'Provider shall not assign more than 5 staff to the project in the first 2 months.', F, null],
  ]);
});

describe('exclusivity binding us (round 2)', () => {
  const F = 'exclusivity.present';
  runTable([
    ['Exclusivity', 'During the Term, the Supplier shall not provide similar services to any competitor of the Customer in India.', F, true],
    ['Appointment', 'Provider appoints Customer as its exclusive distributor of the Products in New Zealand.', F, true],
    ['Exclusivity', 'We will not license the Platform to any other hotel group in Singapore during the Term.', F, true],
    ['Licence', 'Licensor grants Customer an exclusive licence to the Software within the Territory.', F, true],
    ['EXCLUSIVITY', 'PROVIDER SHALL DEAL EXCLUSIVELY WITH CUSTOMER FOR THE SUPPLY OF THE SERVICES IN THE TERRITORY.', F, true],
    ['Exclusivity', 'The Supplier agrees that it shall work exclusively for the Client during the Term.', F, true],
    // Express exclusions.
    ['No exclusivity', 'This Agreement is non-exclusive and nothing in it prevents Provider from providing similar services to others.', F, false],
    ['Other customers', 'Nothing in this Agreement restricts the Supplier from offering the same services to any other person.', F, false],
    ['Other customers', 'We are free to offer the Services to anyone, including your competitors.', F, false],
    // Traps: the customer's exclusive purchasing, control, jurisdiction, tax, entire agreement.
    ['Purchasing', 'Customer shall purchase the Products exclusively from Provider.', F, null],
    ['Personnel', 'Each party has exclusive control over its own personnel.', F, null],
    ['Jurisdiction', 'The courts of Singapore have exclusive jurisdiction.', F, null],
    ['Fees', 'Prices exclude GST.', F, null],
    ['Entire agreement', "This Agreement constitutes the exclusive statement of the parties' agreement.", F, null],
    ['Remedies', "Service credits are Customer's sole and exclusive remedy for unavailability.", F, null],
  ]);
});

describe('most-favoured pricing (round 2)', () => {
  const F = 'mfn.present';
  runTable([
    ['Pricing', 'If Provider offers lower prices for substantially similar services to any other customer, Provider shall offer the same prices to Customer.', F, true],
    ['Charges', 'The Supplier warrants that the Charges are no less favourable than those charged to any other customer for comparable volumes.', F, true],
    [null, 'Most Favoured Customer | Yes - pricing at least as favourable as for any other public sector customer', F, true],
    ['PRICING', 'PROVIDER SHALL EXTEND TO CUSTOMER PRICING NO LESS FAVORABLE THAN THAT GRANTED TO ANY OTHER SIMILARLY SITUATED CUSTOMER.', F, true],
    ['Rates', 'The Vendor shall give the Client the benefit of any better rates it offers to any other client for the same services during the Term.', F, true],
    ['Price changes', 'We will automatically pass on to you any price reduction we give to another customer on the same plan.', F, true],
    // Express exclusions.
    ['Pricing', 'Customer is not entitled to most-favoured-customer pricing.', F, false],
    ['Pricing', 'No most favoured nation clause applies to this Agreement.', F, false],
    // Traps: different prices, discounts, pricing confidentiality, plan parity.
    ['Pricing', 'Provider may offer different prices to other customers.', F, null],
    ['Discount', 'The Customer shall receive a 10% discount on the list price.', F, null],
    ['Confidentiality', 'Customer shall not disclose its pricing to any other customer of Provider.', F, null],
    ['Plans', 'Prices are the same for all customers on the Team plan.', F, null],
    ['Requests', 'The Supplier shall comply with all reasonable requests of the Customer.', F, null],
    ['Pricing', "Provider's list prices are published on its website and may change on 30 days' notice.", F, null],
  ]);
});

describe('use of the customer\'s name and logo (round 2)', () => {
  const F = 'publicity.logo_use';
  runTable([
    ['Publicity', 'We may list your name and logo on our website as one of our customers, unless you ask us not to.', F, true],
    ['Publicity', 'The Customer agrees that the Supplier may refer to the Customer as a client in its marketing materials.', F, true],
    ['Marketing', "Provider may use Customer's name and logo in customer lists and case studies.", F, true],
    ['Publicity', "The Client hereby consents to the Service Provider displaying the Client's logo on its website and in presentations to prospective clients.", F, true],
    [null, 'Publicity | Provider may name Customer as a customer on its website', F, true],
    ['Reference', "Customer grants Provider the right to identify Customer as a user of the Platform in Provider's investor presentations.", F, true],
    // Express exclusions.
    ['Publicity', "Provider shall not use Customer's name, logo or trade marks in any publicity without Customer's prior written consent.", F, false],
    ['Publicity', "Neither party will issue any press release about this Agreement or use the other's logo without the other's prior written approval.", F, false],
    ['Publicity', 'We will not mention you as a customer unless you agree in writing.', F, false],
    // Traps: the customer's use of ours, trade mark use, anonymised data, brand guidelines.
    ['Trade marks', "Customer may use Provider's name and logo to identify Provider as its supplier.", F, null],
    ['Trade marks', "Each party shall use the other's trade marks only as permitted by this Agreement.", F, null],
    ['Data', 'Provider may use aggregated, anonymised usage data for marketing purposes.', F, null],
    ['Branding', "Customer shall display the Provider logo on its app's login screen.", F, null],
    ['Products', 'The name of the Product may change at Provider\'s discretion.', F, null],
    ['Branding', 'You may reference our brand in your marketing only as per our brand guidelines.', F, null],
  ]);
});

describe('source code escrow (round 2)', () => {
  const F = 'escrow.source_code';
  runTable([
    ['Escrow', 'The Licensor shall deposit the source code of the Software with an independent escrow agent within 30 days of the Effective Date.', F, true],
    ['Escrow', 'Provider will keep a current copy of the source code in escrow with NCC Group for the benefit of Customer.', F, true],
    [null, 'Source code escrow | Yes - Iron Mountain, updated quarterly', F, true],
    ['Escrow', 'The Supplier shall enter into a tripartite escrow agreement with the Customer and the escrow agent covering the source code.', F, true],
    ['ESCROW', 'SOURCE CODE FOR EACH MAJOR RELEASE SHALL BE DEPOSITED IN ESCROW.', F, true],
    ['Escrow', 'If the Licensor becomes insolvent, the Licensee shall be entitled to the release of the deposited source code from escrow.', F, true],
    // Express exclusions.
    ['Escrow', 'Provider is not obliged to place the source code in escrow.', F, false],
    ['Escrow', 'No source code escrow is provided under this Agreement.', F, false],
    [null, 'Source code escrow | Not applicable', F, false],
    ['Escrow', 'We do not offer source code escrow on the Starter plan.', F, false],
    // Traps: reverse engineering, money in escrow, open source, deliverables.
    ['Restrictions', 'Customer shall not reverse engineer or attempt to derive the source code of the Software.', F, null],
    ['Payment', 'The purchase price shall be paid into an escrow account pending completion.', F, null],
    ['Open source', 'Provider may use open source code in the Software.', F, null],
    ['Deliverables', 'The Deliverables include source code for the custom modules.', F, null],
    ['Deposit', 'Any deposit paid under this Agreement is non-refundable.', F, null],
    ['Source code', 'Provider shall deliver the source code of the Custom Developments to Customer on acceptance.', F, null],
  ]);
});

describe('customer audit of our books (round 2)', () => {
  const F = 'audit.financial_records';
  runTable([
    ['Audit', "The Customer may, on reasonable notice, audit the Supplier's books and records relating to the Charges once in any 12-month period.", F, true],
    ['Records', "The Client or its auditors shall have access to the Service Provider's books of account to verify the invoices raised.", F, true],
    ['Audit', "Licensee may, at its own expense, appoint an independent accountant to inspect Licensor's accounting records relating to royalty credits.", F, true],
    ['AUDIT', 'PROVIDER SHALL MAKE ITS RECORDS OF FEES CHARGED AVAILABLE FOR AUDIT BY CUSTOMER UPON REASONABLE NOTICE.', F, true],
    [null, "Audit of charges | Customer may audit Provider's billing records annually", F, true],
    ['Records', 'The Contractor shall keep complete timesheets and permit the Customer to examine them on request.', F, true],
    ['Audit', "The Supplier shall permit the Customer's internal auditor to examine invoices and supporting documents for the Charges.", F, true],
    // Express exclusion.
    ['Audit', "Customer shall have no right to audit Provider's financial records.", F, false],
    // Traps: our audit of the customer, security records, statutory record keeping, invoice review.
    ['Audit', "Provider may audit Customer's records to verify the number of Users.", F, null],
    ['Data protection', 'Provider shall maintain records of all processing activities and make them available to Customer for audit.', F, null],
    ['Records', 'The Supplier shall keep its books of account for 8 years as required by law.', F, null],
    ['Invoices', 'Customer shall review each invoice within 10 days and notify any disputed amounts.', F, null],
    ['Accounts', 'Our auditors review our financial statements each year.', F, null],
    ['Royalties', 'The Licensee shall keep accurate records of royalties and permit the Licensor to inspect them.', F, null],
  ]);
});

describe('force majeure (round 2)', () => {
  const F = 'force_majeure.present';
  runTable([
    ['Things outside our control', 'Neither of us is responsible for delays caused by events beyond our reasonable control, such as outages of third-party networks, fires, floods or government orders.', F, true],
    ['Force Majeure', 'Neither Party shall be liable for any failure or delay in performance caused by Force Majeure Events.', F, true],
    ['Relief', 'The Supplier shall not be in breach of this Contract where its performance is prevented by an Act of God, pandemic, strike or other circumstance outside its reasonable control.', F, true],
    ['FORCE MAJEURE', 'NEITHER PARTY WILL BE LIABLE FOR NON-PERFORMANCE RESULTING FROM CAUSES BEYOND ITS REASONABLE CONTROL.', F, true],
    ['Force Majeure', 'A party affected by a Force Majeure Event must notify the other party promptly and use reasonable efforts to mitigate its effects.', F, true],
    ['Outages', "We won't be liable if we can't provide the Service because of something outside our control, like a power cut or internet failure.", F, true],
    ['Suspension of obligations', 'Performance of obligations (other than payment) shall be suspended for so long as it is hindered by an event of force majeure.', F, true],
    [null, 'Force majeure | Standard (events beyond reasonable control; 60-day termination right)', F, true],
    // Traps: control of means, customer's network, maintenance, continuity planning, change in law, account security.
    ['Independent contractor', 'Provider controls the means by which the Services are provided.', F, null],
    ['Customer responsibilities', 'Customer is responsible for factors within its control, such as its own network.', F, null],
    ['Availability', 'Scheduled maintenance is excluded from the availability calculation.', F, null],
    ['Continuity', 'Provider shall maintain a business continuity plan.', F, null],
    ['Changes', 'Changes in law may require amendments to the Services.', F, null],
    ['Security', 'Customer shall take reasonable steps to prevent unauthorised access to its account.', F, null],
  ]);
});
