// Phrasing bank for the money facts (payment, pricing, term and renewal): wordings written in our own words the way
// different drafters write them (US/UK/Irish/Australian/Canadian/Indian, plain-English, formal, ALL CAPS, flattened
// order-form rows), each fact with traps that must stay absent or keep their value. Rows: [heading, text, fact, expected].
import { describe, expect, it } from 'vitest';
import { clause, factsOf, runFactTable as runTable } from './helpers/clauses.js';

describe('payment.net_days', () => {
  runTable([
    ['Payment', 'Customer shall pay all undisputed invoices within thirty (30) days of the invoice date.', 'payment.net_days', 30],
    ['Fees and Payment', 'Invoices are payable net 45 days from date of invoice.', 'payment.net_days', 45],
    ['Paying us', 'You agree to pay each invoice we send you within 14 days after you receive it.', 'payment.net_days', 14],
    ['Payment', 'THE CUSTOMER SHALL PAY ALL FEES WITHIN SIXTY (60) DAYS FOLLOWING RECEIPT OF A CORRECT INVOICE.', 'payment.net_days', 60],
    [null, 'Payment Terms | Net 60 days from invoice date', 'payment.net_days', 60],
    ['Invoicing', 'The Client will settle each invoice within twenty-one days of its issue.', 'payment.net_days', 21],
    ['Payment', 'All sums due hereunder shall be paid by the Licensee within forty-five (45) days after the date of the relevant invoice.', 'payment.net_days', 45],
    ['Charges', 'The Supplier will invoice the Client monthly in arrears, and the Client will pay each such invoice within 20 working days of receipt.', 'payment.net_days', 20],
    ['Payment', 'Each invoice is due and payable 30 (thirty) days after the date on which the Company receives it.', 'payment.net_days', 30],
    ['Charges', "Payment of the Charges shall be made within 7 business days of the date of the Supplier's invoice.", 'payment.net_days', 7],
    ['Payment', 'The Purchaser shall remit payment of each invoice no later than ninety (90) days from receipt thereof.', 'payment.net_days', 90],
    ['Billing', 'Invoices will be issued monthly and must be paid in full within 15 days.', 'payment.net_days', 15],
    ['Payment', 'The Client shall make payment of the invoiced amount within 30 (thirty) days of receipt of the invoice, subject to deduction of tax at source as applicable.', 'payment.net_days', 30],
    ['Payment', 'You must pay our tax invoice within 14 days after the date of the tax invoice.', 'payment.net_days', 14],
    ['Payment', 'Payment is due thirty (30) days from the invoice date.', 'payment.net_days', 30],
    // An exception for disputed amounts between the verb and the period does not make it a dispute window.
    ['Payment', 'The Customer will pay every invoice, other than any amount it disputes in good faith, within thirty days following receipt.', 'payment.net_days', 30],
    ['Payment', 'Fees are due within sixty days after Customer receives the applicable invoice.', 'payment.net_days', 60],
    [null, 'Payment terms: 30 days from invoice', 'payment.net_days', 30],
    // Traps: dispute windows, suspension triggers, the vendor's time to invoice or refund, other deadlines.
    ['Payment', 'Customer must notify Provider of any disputed invoice within fifteen (15) days of receipt.', 'payment.net_days', null],
    ['Payment', 'If any undisputed amount remains unpaid for more than thirty (30) days after its due date, Provider may suspend the Services.', 'payment.net_days', null],
    ['Invoicing', 'Provider shall invoice Customer within ten (10) days after the end of each calendar month.', 'payment.net_days', null],
    ['Refunds', 'Provider will refund any prepaid fees to Customer within thirty (30) days of termination.', 'payment.net_days', null],
    ['Payment', 'Customer shall pay the Fees in accordance with the payment schedule in Exhibit B, and Provider shall deliver the Software within thirty (30) days of the Effective Date.', 'payment.net_days', null],
    ['Expenses', 'Provider will submit expense reports within 60 days after the expense is incurred.', 'payment.net_days', null],
    ['Taxes', 'Customer shall provide a withholding tax certificate within thirty (30) days after payment.', 'payment.net_days', null],
    ['Quote', 'This quotation is valid for thirty (30) days from its date, after which prices may change.', 'payment.net_days', null],
    ['Payment', 'Payment terms are as set out in the Master Agreement.', 'payment.net_days', null],
  ]);
});

describe('payment.late_interest_percent_per_month', () => {
  runTable([
    ['Late Payment', 'Overdue amounts shall bear interest at the rate of one and one-half percent (1.5%) per month.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'Late payments accrue interest at 18% per annum.', 'payment.late_interest_percent_per_month', 1.5],
    ['Paying us', 'We may charge interest on late payments at 2% per month.', 'payment.late_interest_percent_per_month', 2],
    ['Payment', 'ANY AMOUNT NOT PAID WHEN DUE SHALL BEAR INTEREST AT ONE PERCENT (1%) PER MONTH OR THE MAXIMUM RATE PERMITTED BY LAW, WHICHEVER IS LESS.', 'payment.late_interest_percent_per_month', 1],
    ['Payment', 'Interest shall accrue on all overdue sums at 12 per cent per annum from the due date until payment.', 'payment.late_interest_percent_per_month', 1],
    [null, 'Late payment interest | 1.5% per month', 'payment.late_interest_percent_per_month', 1.5],
    [null, 'Late fee: 1% per month on overdue balances', 'payment.late_interest_percent_per_month', 1],
    ['Payment', 'Provider will not charge interest on late payments.', 'payment.late_interest_percent_per_month', 0],
    ['Payment', 'Where the Client fails to pay by the due date, the Supplier may charge interest on the overdue amount at the rate of 1.25% a month.', 'payment.late_interest_percent_per_month', 1.25],
    ['Payment', 'Amounts in arrears attract interest at 24% p.a. compounded monthly.', 'payment.late_interest_percent_per_month', 2],
    ['Payment', 'Any sum that remains unpaid after the due date will attract interest at the rate of 18% (eighteen percent) per annum, calculated on a daily basis.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'Invoices not paid within terms incur a finance charge of 1.5% monthly.', 'payment.late_interest_percent_per_month', 1.5],
    ['Payment', 'Late payments will bear simple interest at the lesser of 10% per year and the highest lawful rate.', 'payment.late_interest_percent_per_month', 0.833],
    ['Payment', 'If you pay late, we may add interest of two per cent (2%) per month to the amount you owe.', 'payment.late_interest_percent_per_month', 2],
    // Traps: floating rates, discounts, fees that are not interest, interest owed the other way, references.
    ['Payment', 'Outstanding sums shall carry interest at eight percent (8%) above the Bank of England base rate.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'Late amounts bear interest at 3% over the Prime Rate.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'A 2% discount applies if Customer pays within ten (10) days of invoice.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'If Customer is more than 30 days late, Provider may suspend the Service and charge a reconnection fee of 5% of the monthly fees.', 'payment.late_interest_percent_per_month', null],
    ['Refunds', 'Interest on any refund owed to Customer shall accrue at 1% per month from the date of termination.', 'payment.late_interest_percent_per_month', null],
    ['Fees', 'Fees increase by 3% per year on each anniversary of the Effective Date.', 'payment.late_interest_percent_per_month', null],
    ['Payment', 'Interest on overdue amounts is payable as set out in the Master Agreement.', 'payment.late_interest_percent_per_month', null],
    ['Service Credits', 'Customer is entitled to a service credit of 5% of the monthly fee for each late delivery.', 'payment.late_interest_percent_per_month', null],
  ]);
});

describe('pricing.increase_cap_percent', () => {
  runTable([
    ['Fees', 'Provider may increase the Fees upon renewal by no more than five percent (5%) over the prior term.', 'pricing.increase_cap_percent', 5],
    ['Price Adjustments', 'Any annual increase in the subscription fees shall not exceed 3%.', 'pricing.increase_cap_percent', 3],
    ['Our prices', 'We can raise our prices once a year, but never by more than 7%.', 'pricing.increase_cap_percent', 7],
    ['Pricing', 'Renewal pricing shall not increase by more than the lesser of CPI or four percent (4%).', 'pricing.increase_cap_percent', 4],
    [null, 'Annual price uplift cap | 6%', 'pricing.increase_cap_percent', 6],
    ['Fees', 'THE LICENSOR SHALL NOT INCREASE THE LICENCE FEES HEREUNDER BY MORE THAN TEN PER CENT (10%) IN ANY CONTRACT YEAR.', 'pricing.increase_cap_percent', 10],
    ['Charges', 'The Supplier may review the Charges annually, provided that any increase is capped at 2.5%.', 'pricing.increase_cap_percent', 2.5],
    ['Fees', 'Fees for each renewal term will be the then-current list price, not to exceed a 5% uplift on the fees for the preceding term.', 'pricing.increase_cap_percent', 5],
    ['Pricing', 'Subscription fees for any renewal term will not rise by more than four percent (4%) over the fees for the expiring term.', 'pricing.increase_cap_percent', 4],
    ['Rates', "The Vendor may change its rates each year on 30 days' notice, provided that no change shall raise any Fee by more than three percent (3%) above the Fee then in force.", 'pricing.increase_cap_percent', 3],
    ['Fees', 'Price increases at renewal are limited to 5% or the change in CPI, whichever is lower.', 'pricing.increase_cap_percent', 5],
    ['Fees', 'The rates shall be subject to an annual escalation not exceeding 8% (eight percent) over the rates applicable in the preceding year.', 'pricing.increase_cap_percent', 8],
    ['Fees', 'We may increase the fees at the start of each renewal term by up to 5%.', 'pricing.increase_cap_percent', 5],
    ['Fees', "Customer's pricing will go up by at most 3% per year.", 'pricing.increase_cap_percent', 3],
    ['Pricing note', 'For each later renewal year, Support fees will not climb more than six percent (6%) over the previous year.', 'pricing.increase_cap_percent', 6],
    // Traps: termination triggers, quantity increases, floating measures, interest, fixed discounts, references.
    ['Fees', 'If Provider increases the Fees by more than 8%, Customer may terminate this Agreement.', 'pricing.increase_cap_percent', null],
    ['Fees', 'Customer may increase the number of Users by up to 10% at no additional fee.', 'pricing.increase_cap_percent', null],
    ['Fees', 'Fees will increase each year by RPI plus 2%.', 'pricing.increase_cap_percent', null],
    ['Payment', 'Late payments bear interest at 1.5% per month, and Provider may increase the Fees accordingly.', 'pricing.increase_cap_percent', null],
    ['Fees', "Provider may increase the Fees by giving at least 60 days' notice.", 'pricing.increase_cap_percent', null],
    ['Fees', 'Fees include a 15% discount, which will not apply to any increase in the quantity of licences.', 'pricing.increase_cap_percent', null],
    ['Fees', 'Any increase in Fees is subject to the price adjustment terms in the Master Agreement.', 'pricing.increase_cap_percent', null],
    ['Discounts', "If Customer's annual spend increases by more than 10%, Customer will receive an additional 2% discount on the Fees.", 'pricing.increase_cap_percent', null],
    ['Audit', 'If the audit shows an underpayment of more than five percent (5%), Licensee shall pay the underpaid fees and the cost of the audit.', 'pricing.increase_cap_percent', null],
  ]);
});

describe('pricing.fixed_months', () => {
  runTable([
    ['Fees', 'The Fees are fixed for the first twenty-four (24) months of the Subscription Term.', 'pricing.fixed_months', 24],
    ['Pricing', 'Prices shall remain firm for a period of 12 months from the Effective Date.', 'pricing.fixed_months', 12],
    ['Our prices', 'We will not increase your subscription fees during the first 18 months.', 'pricing.fixed_months', 18],
    ['Price Protection', "Customer's unit prices are locked for thirty-six (36) months.", 'pricing.fixed_months', 36],
    [null, 'Price hold | 12 months from the Start Date', 'pricing.fixed_months', 12],
    ['Fees', 'THE LICENCE FEES SHALL NOT BE INCREASED DURING THE INITIAL TERM OF TWO (2) YEARS.', 'pricing.fixed_months', 24],
    ['Charges', 'The Charges will remain unchanged for one year from the Commencement Date.', 'pricing.fixed_months', 12],
    ['Fees', 'Rates set out in Schedule 2 shall be held constant for a period of 6 months following the Commencement Date.', 'pricing.fixed_months', 6],
    ['Fees', 'No price increases will apply for 12 (twelve) months after go-live.', 'pricing.fixed_months', 12],
    ['Pricing', 'Pricing is guaranteed for an 18-month period from the Order Effective Date.', 'pricing.fixed_months', 18],
    ['Fees', 'Vendor agrees to freeze the Fees for a period of twenty-four months.', 'pricing.fixed_months', 24],
    ['Fees', 'The per-unit prices hereunder shall be fixed and not subject to change for three (3) years from the date hereof.', 'pricing.fixed_months', 36],
    ['Fees', 'The rates shall not be revised for a period of 12 (twelve) months from the date of this Agreement.', 'pricing.fixed_months', 12],
    // Traps: notice periods, in-advance billing, a fixed term that is not about price, deadlines.
    ['Fees', "Customer must give at least 3 months' notice of any change to the fixed monthly fee.", 'pricing.fixed_months', null],
    ['Fees', 'The fixed fee of $5,000 per month is payable quarterly in advance.', 'pricing.fixed_months', null],
    ['Fees', "Provider may increase the Fees on twelve (12) months' notice.", 'pricing.fixed_months', null],
    ['Term', 'This Agreement has a fixed term of 36 months.', 'pricing.fixed_months', null],
    ['Fees', 'Professional services are billed at fixed rates within 30 days of completion.', 'pricing.fixed_months', null],
    ['Pricing', 'Fixed fees for the first year are invoiced 12 months in advance.', 'pricing.fixed_months', null],
    ['Fees', 'Fees are fixed as stated in the Order Form; if Customer does not pay within 60 days, Provider may suspend the Services.', 'pricing.fixed_months', null],
  ]);
});

describe('term.initial_months', () => {
  runTable([
    ['Term', 'This Agreement shall commence on the Effective Date and continue for an initial term of three (3) years.', 'term.initial_months', 36],
    ['Term', 'The Initial Subscription Term is 12 months from the Start Date.', 'term.initial_months', 12],
    [null, 'Initial Term | 24 months', 'term.initial_months', 24],
    [null, 'Subscription Term: 36 months from the Service Start Date', 'term.initial_months', 36],
    ['Your subscription', 'Your subscription starts on the date you sign up and runs for one year.', 'term.initial_months', 12],
    ['Duration', 'THIS AGREEMENT SHALL REMAIN IN FULL FORCE AND EFFECT FOR A PERIOD OF FIVE (5) YEARS FROM THE EFFECTIVE DATE.', 'term.initial_months', 60],
    ['Term', 'The term of this Licence shall be 2 (two) years commencing on the Commencement Date.', 'term.initial_months', 24],
    ['Term', 'This Agreement will run for a minimum period of 12 months from the Go-Live Date.', 'term.initial_months', 12],
    // A defined period row with dates and its length (a renewal quote's coverage period).
    [null, 'Coverage Period | January 1, 2027 to December 31, 2027 (12 months)', 'term.initial_months', 12],
    [null, 'Contract Term | Twenty-four (24) months', 'term.initial_months', 24],
    // A plan table row: the commitment period is the plan's term.
    ['Plans', 'Annual plan | A minimum commitment period of twelve (12) months, billed annually', 'term.initial_months', 12],
    ['Term', 'The Services shall be provided for an initial period of eighteen months commencing on the Service Commencement Date.', 'term.initial_months', 18],
    ['Term and Termination', 'This Agreement takes effect on the Effective Date and, unless terminated earlier, remains in force for 36 months.', 'term.initial_months', 36],
    ['Term', 'This Agreement shall be valid for a period of 3 (three) years from the Effective Date.', 'term.initial_months', 36],
    ['Term', 'The Initial Term of this Agreement is a 24-month period beginning on the Effective Date.', 'term.initial_months', 24],
    // Traps: notice, survival, renewal lengths, warranty terms, extensions and triggers.
    ['Term', "This Agreement shall continue until terminated by either party on ninety (90) days' written notice.", 'term.initial_months', null],
    ['Term', 'The initial term will automatically renew for successive twelve (12) month periods.', 'term.initial_months', null],
    ['Confidentiality', 'The obligations in this Section survive for five (5) years after the term of this Agreement.', 'term.initial_months', null],
    ['Term', "Either party may terminate this Agreement after the first six (6) months of the Initial Term on sixty (60) days' notice.", 'term.initial_months', null],
    ['Term', 'The term of this Agreement is set out in the Order Form.', 'term.initial_months', null],
    ['Warranty', 'The warranty term shall be 12 months from delivery.', 'term.initial_months', null],
    ['Term', 'Customer may extend the Initial Term by up to six (6) months by written notice.', 'term.initial_months', null],
    ['Non-Solicitation', "During the term of this Agreement and for twelve (12) months thereafter, Provider shall not solicit Customer's employees.", 'term.initial_months', null],
  ]);
});

describe('renewal.auto', () => {
  runTable([
    ['Renewal', 'This Agreement will automatically renew for successive one-year terms unless either party gives notice of non-renewal.', 'renewal.auto', true],
    ['Term', 'Thereafter, the Subscription Term shall renew automatically for additional periods of twelve (12) months.', 'renewal.auto', true],
    ['Your plan', 'At the end of the first term, your subscription will continue on a month-to-month basis until you cancel it.', 'renewal.auto', true],
    // The content of a non-renewal notice ("that it will not renew") is not an exclusion of renewal.
    ['Renewal', 'Unless a party informs the other in writing, at least 30 days before expiry, that it will not renew, the Licence is renewed automatically for a further year.', 'renewal.auto', true],
    ['Renewal', 'Unless either party notifies the other no later than sixty days before the end of the Term that it does not intend to renew, all Services continue for a further Term of one year.', 'renewal.auto', true],
    ['Term', "Upon expiry of the Initial Term, this Agreement will be renewed for further periods of 12 months each unless terminated by either party on 90 days' notice.", 'renewal.auto', true],
    ['Renewal', 'The Term will roll over for successive 12-month periods unless Customer cancels at least 30 days before the renewal date.', 'renewal.auto', true],
    ['Renewal', 'Either party may elect not to renew the Agreement by giving notice at least sixty (60) days prior to the end of the then-current term.', 'renewal.auto', true],
    ['Duration', 'The Contract shall be extended by successive periods of one year unless terminated by registered letter three months before its expiry.', 'renewal.auto', true],
    ['Subscriptions', 'Subscriptions are evergreen and renew each year until cancelled.', 'renewal.auto', true],
    [null, 'Auto-renewal | Yes', 'renewal.auto', true],
    ['Renewal', 'This Agreement shall stand automatically renewed for a further period of 1 (one) year on the same terms.', 'renewal.auto', true],
    ['Renewal', 'THIS AGREEMENT SHALL NOT RENEW AUTOMATICALLY.', 'renewal.auto', false],
    ['Renewal', 'Any renewal of this Agreement requires the mutual written agreement of the parties.', 'renewal.auto', false],
    ['Your subscription', 'Your subscription does not auto-renew; you will need to buy a new subscription when it ends.', 'renewal.auto', false],
    ['Term', 'This Agreement shall expire at the end of the Initial Term and may be renewed only by a written amendment signed by both parties.', 'renewal.auto', false],
    [null, 'Auto-renewal | No', 'renewal.auto', false],
    [null, 'Automatic renewal: None', 'renewal.auto', false],
    // Traps: options to renew, bare terms, renewal pricing, charges that recur, survival.
    ['Term', 'This Agreement shall commence on the Effective Date and continue for three years.', 'renewal.auto', null],
    ['Renewal', 'Customer may renew the Subscription for an additional twelve (12) month term by giving notice before expiry.', 'renewal.auto', null],
    ['Termination', "Either party may terminate this Agreement on thirty (30) days' written notice.", 'renewal.auto', null],
    ['Fees', "Fees for any renewal term will be at Provider's then-current rates.", 'renewal.auto', null],
    ['Term', 'Renewal terms, if any, are described in the Order Form.', 'renewal.auto', null],
    ['Payment', "Customer's credit card will be charged automatically each month.", 'renewal.auto', null],
    ['Effect of Termination', 'Sublicences granted to end users before termination shall continue automatically after termination of this Agreement.', 'renewal.auto', null],
  ]);
});

describe('renewal.term_months', () => {
  runTable([
    ['Renewal', 'The Agreement automatically renews for successive one-year periods.', 'renewal.term_months', 12],
    ['Term', 'Thereafter this Agreement shall renew for additional terms of twenty-four (24) months each.', 'renewal.term_months', 24],
    ['Your plan', 'Your plan renews automatically every month until you cancel.', 'renewal.term_months', 1],
    ['Term', 'Upon expiry, the Term shall be extended for a further period of 2 (two) years.', 'renewal.term_months', 24],
    ['Renewal', 'When the commitment ends, the plan rolls over into a new six-month commitment unless you downgrade.', 'renewal.term_months', 6],
    ['Renewal', 'THIS AGREEMENT WILL RENEW AUTOMATICALLY ON A YEAR-TO-YEAR BASIS.', 'renewal.term_months', 12],
    [null, 'Renewal Term | 12 months', 'renewal.term_months', 12],
    [null, 'Renewal period: thirty-six (36) months', 'renewal.term_months', 36],
    ['Term', 'Unless terminated earlier, this Agreement will be renewed for consecutive periods of 3 months each.', 'renewal.term_months', 3],
    ['Renewal', "On expiry of the Initial Term the Agreement continues for successive 12-month periods unless either party gives 3 months' notice.", 'renewal.term_months', 12],
    ['Duration', 'The Contract shall be extended by successive periods of one year unless terminated by registered letter three months before its expiry.', 'renewal.term_months', 12],
    ['Renewal', 'This Agreement shall stand automatically renewed for a further period of 1 (one) year on the same terms.', 'renewal.term_months', 12],
    ['Renewal', 'After the initial 36 months, the Subscription renews annually.', 'renewal.term_months', 12],
    ['Renewal', 'At the end of each period the subscription rolls over into another twelve-month term.', 'renewal.term_months', 12],
    // An option to extend states the length of each extension too.
    ['Term', 'Licensee may extend this Agreement for two further terms of three years each by giving notice not less than six months before the end of the Initial Term.', 'renewal.term_months', 36],
    ['Term', 'The Buyer may, at its option, extend the term for up to two (2) additional periods of one (1) year each by written notice.', 'renewal.term_months', 12],
    ['Term', 'Each Work Order may be extended for up to two additional periods of six (6) months by written notice from Client given not less than three (3) months before it expires.', 'renewal.term_months', 6],
    // Traps: notice periods, the initial term, reminders, payment deadlines, maxima.
    ['Renewal', "The Agreement renews automatically unless either party gives at least three (3) months' written notice.", 'renewal.term_months', null],
    ['Term', 'The initial term of twenty-four (24) months renews automatically.', 'renewal.term_months', null],
    ['Renewal', 'Provider will send a renewal reminder 60 days before the end of the Term.', 'renewal.term_months', null],
    ['Renewal', 'Renewal fees are payable within thirty (30) days of the renewal date.', 'renewal.term_months', null],
    ['Renewal', 'Customer may renew for one additional term by notice given at least 6 months before expiry.', 'renewal.term_months', null],
    ['Renewal', "Any extension of the Term beyond 48 months requires Provider's written consent.", 'renewal.term_months', null],
    ['Renewal', 'Prices for each renewal term may increase by up to 5% over the fees paid in the preceding 12 months.', 'renewal.term_months', null],
  ]);
});

describe('renewal.notice_days', () => {
  runTable([
    ['Renewal', 'This Agreement renews automatically for successive one-year terms unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.', 'renewal.notice_days', 90],
    ['Renewal', 'Either party may prevent renewal by notifying the other no later than 60 days prior to expiry.', 'renewal.notice_days', 60],
    ['Your plan', 'You can stop your plan from renewing by cancelling at least 7 days before your renewal date.', 'renewal.notice_days', 7],
    ['Term', "The Term shall be extended automatically for successive periods of twelve months unless either party serves three (3) months' written notice to terminate.", 'renewal.notice_days', 90],
    ['Renewal', 'THE SUBSCRIPTION WILL AUTOMATICALLY RENEW UNLESS CUSTOMER PROVIDES NOTICE OF CANCELLATION AT LEAST THIRTY (30) DAYS PRIOR TO THE RENEWAL DATE.', 'renewal.notice_days', 30],
    [null, 'Non-renewal notice | 60 days', 'renewal.notice_days', 60],
    [null, 'Notice to cancel auto-renewal: 45 days before the anniversary date', 'renewal.notice_days', 45],
    ['Renewal', "The Licence renews for a further year unless terminated by the Licensee on not less than 30 (thirty) business days' notice before the anniversary.", 'renewal.notice_days', 30],
    ['Renewal', 'Unless either party notifies the other in writing no fewer than forty-five (45) days before the end of the Term that it will not renew, the Term continues automatically for a further year.', 'renewal.notice_days', 45],
    ['Renewal', "Automatic renewal may be cancelled by either party giving two months' notice before the end of the current period.", 'renewal.notice_days', 60],
    ['Renewal', 'This Agreement shall be automatically renewed for a further period of one year unless either party gives the other a notice in writing of its intention not to renew not less than 90 (ninety) days before the expiry hereof.', 'renewal.notice_days', 90],
    ['Your subscription', 'If you do not want your subscription to renew, tell us at least 14 days before it ends.', 'renewal.notice_days', 14],
    // Traps: invoices and reminders before renewal, price-change notices, termination for convenience, no number.
    ['Renewal', 'The Agreement renews automatically for successive twelve (12) month terms, and Provider will send an invoice thirty (30) days before each renewal.', 'renewal.notice_days', null],
    ['Renewal', "Provider shall give Customer at least sixty (60) days' notice of any price increase applicable to a renewal term.", 'renewal.notice_days', null],
    ['Renewal', 'The Agreement renews automatically for successive one-year terms.', 'renewal.notice_days', null],
    ['Renewal', 'Renewal fees are invoiced 45 days before the renewal date and are payable within thirty (30) days.', 'renewal.notice_days', null],
    ['Term', 'The Agreement will renew automatically unless terminated in accordance with Section 12.', 'renewal.notice_days', null],
    ['Renewal', 'Customer may cancel within 14 days after an automatic renewal and receive a full refund.', 'renewal.notice_days', null],
    // Notice to exercise an option to extend is not notice of non-renewal.
    ['Term', 'Licensee may extend this Agreement for two further terms of three years each by giving notice not less than six months before the end of the Initial Term.', 'renewal.notice_days', null],
    ['Renewal', 'Customer may renew the Subscription for an additional twelve (12) month term by giving notice at least 60 days before expiry.', 'renewal.notice_days', null],
    ['Term', 'Each Work Order may be extended for up to two additional periods of six (6) months by written notice from Client given not less than three (3) months before it expires.', 'renewal.notice_days', null],
  ]);
});

describe('money facts across clauses', () => {
  it('reads the term, renewal and notice from separate clauses of one section', () => {
    const facts = factsOf(
      clause('3.1', 'Term', 'This Agreement begins on the Effective Date and continues for an initial term of thirty-six (36) months.', 1),
      clause('3.2', 'Renewal', 'Thereafter it renews automatically for successive twelve (12) month periods unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.', 1),
    );
    expect(facts['term.initial_months']?.value).toBe(36);
    expect(facts['renewal.auto']?.value).toBe(true);
    expect(facts['renewal.term_months']?.value).toBe(12);
    expect(facts['renewal.notice_days']?.value).toBe(60);
  });

  it('reads an order-form table and keeps the body clause traps out', () => {
    const facts = factsOf(
      clause(null, 'Order Summary', 'Subscription Term | 12 months from the Start Date\nPayment Terms | Net 30\nAnnual uplift cap | 4%'),
      clause('5', 'Payment', 'Customer must raise any invoice dispute within fifteen (15) days of receipt. Overdue amounts bear interest at 1% per month.'),
    );
    expect(facts['term.initial_months']?.value).toBe(12);
    expect(facts['payment.net_days']?.value).toBe(30);
    expect(facts['pricing.increase_cap_percent']?.value).toBe(4);
    expect(facts['payment.late_interest_percent_per_month']?.value).toBe(1);
  });

  it('reads a renewal quote: coverage period row, pricing note and renewal note', () => {
    const facts = factsOf(
      clause(null, 'Quote Summary', 'Coverage Period | July 1, 2027 through June 30, 2028 (twelve (12) months)\nPayment terms | Net thirty (30) days from invoice date'),
      clause(null, null, 'Pricing note: For each later Coverage Period, fees will not rise by more than three percent (3%) over the fees for the prior Coverage Period.'),
      clause(null, null, 'Renewal note: Unless either party notifies the other at least thirty (30) days before the end of the Coverage Period that it will not renew, Support continues automatically for a further Coverage Period of one (1) year.'),
    );
    expect(facts['term.initial_months']?.value).toBe(12);
    expect(facts['pricing.increase_cap_percent']?.value).toBe(3);
    expect(facts['renewal.auto']?.value).toBe(true);
    expect(facts['renewal.term_months']?.value).toBe(12);
    expect(facts['renewal.notice_days']?.value).toBe(30);
  });
});
