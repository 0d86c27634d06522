// Second phrasing bank for the liability family: consumer/AI/API terms, Commonwealth drafting (India with lakh and
// crore, Singapore, New Zealand, Ireland, UK, Australia), US customer paper, monthly plans and flattened order-form
// rows, with traps that must stay absent. Sentences are our own words. The preamble of every case names Acme
// Software Inc. ("Provider") and Globex Corporation ("Customer").
import { describe, expect, it } from 'vitest';
import { clause, factsOf, runFactTable as runTable } from './helpers/clauses.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const inr = (amount: number) => ({ amount, currency: 'INR' });

describe('liability.cap_multiple', () => {
  runTable([
    ['Limitation of Liability', "Provider's maximum aggregate liability arising out of or relating to these Terms will not exceed the amounts you paid to Provider for the API during the 12 months before the event giving rise to the claim.", 'liability.cap_multiple', 1],
    ['LIMITATION OF LIABILITY', 'TO THE MAXIMUM EXTENT PERMITTED BY LAW, OUR TOTAL LIABILITY TO YOU FOR ALL CLAIMS WILL NOT EXCEED THE GREATER OF THE AMOUNT YOU PAID US FOR THE SERVICES IN THE THREE MONTHS BEFORE THE CLAIM OR ONE HUNDRED US DOLLARS.', 'liability.cap_multiple', 1],
    ['Liability', "The Supplier's aggregate liability in any Contract Year shall not exceed 1.5 times the Charges paid or payable in that Contract Year.", 'liability.cap_multiple', 1.5],
    ['Limitation of Liability', 'The total liability of the Service Provider under this Agreement shall in no event exceed an amount equivalent to the total Fees paid by the Client under the relevant Statement of Work.', 'liability.cap_multiple', 1],
    ['Limitation of Liability', "Each party's liability is capped at two times (2x) the Subscription Fees payable for the then-current Subscription Term.", 'liability.cap_multiple', 2],
    ['Our liability', 'If you are on a monthly plan, the most we will be liable for is the fees you paid us in the month before the claim.', 'liability.cap_multiple', 1],
    ['Limitation of Liability', "The Licensor's total liability in contract, tort (including negligence or breach of statutory duty), misrepresentation, restitution or otherwise shall be limited to one hundred and fifty per cent (150%) of the Licence Fees paid in the twelve months preceding the date on which the claim arose.", 'liability.cap_multiple', 1.5],
    ['Liability', "The Supplier's liability to the Customer is limited to the amount of the Fees paid by the Customer in the 12-month period preceding the event.", 'liability.cap_multiple', 1],
    ['Limitation of Liability', 'In no event shall the liability of Vendor hereunder exceed three times the aggregate consideration paid to Vendor thereunder.', 'liability.cap_multiple', 3],
    ['Limitation of Liability', "Company's liability shall be limited to twice the fees paid by Customer in the preceding year.", 'liability.cap_multiple', 2],
    ['Liability', "Provider's liability for all claims shall not exceed 200% of the annual fees.", 'liability.cap_multiple', 2],
    ['Key Terms', 'Liability cap: 1x annual fees', 'liability.cap_multiple', 1],
    // Traps: a usage ceiling, service credits, another document's cap, a price rule, insurance cover, a refund, a
    // fixed cap that names the fees only to set them aside.
    ['Fees', "Usage fees in any month shall not exceed twice the committed monthly fees without Customer's prior approval.", 'liability.cap_multiple', null],
    ['Service Credits', 'The maximum service credit in any month is 25% of the monthly fees for the affected Service.', 'liability.cap_multiple', null],
    ['Limitation of Liability', 'Our liability is limited as set out in our Master Terms, which are incorporated by reference.', 'liability.cap_multiple', null],
    ['Pricing', 'Provider may increase the fees on renewal by no more than two times the CPI increase.', 'liability.cap_multiple', null],
    ['Insurance', 'The Supplier shall hold professional indemnity cover of not less than three times the annual Charges.', 'liability.cap_multiple', null],
    ['Refunds', 'If you cancel within 14 days, we will refund the fees you paid in full.', 'liability.cap_multiple', null],
    ['Limitation of Liability', 'Our liability will not exceed US$100, regardless of the fees you paid.', 'liability.cap_multiple', null],
  ]);
});

describe('liability.cap_amount', () => {
  runTable([
    ['Limitation of Liability', "The Service Provider's aggregate liability under this Agreement shall not exceed INR 2 crore.", 'liability.cap_amount', inr(20000000)],
    ['Limitation of Liability', 'The total liability of the Vendor shall not exceed Rs 25 lakh in aggregate.', 'liability.cap_amount', inr(2500000)],
    ['Limitation of Liability', "The Supplier's total liability under this Agreement shall not exceed S$500,000.", 'liability.cap_amount', { amount: 500000, currency: 'SGD' }],
    ['Our liability', 'Our total liability to you is limited to NZ$50,000.', 'liability.cap_amount', { amount: 50000, currency: 'NZD' }],
    ['Limitation of Liability', "Licensor's liability shall not exceed one hundred thousand euro (€100,000).", 'liability.cap_amount', { amount: 100000, currency: 'EUR' }],
    ['LIMITATION OF LIABILITY', "IN NO EVENT WILL COMPANY'S AGGREGATE LIABILITY EXCEED ONE HUNDRED DOLLARS (US$100).", 'liability.cap_amount', usd(100)],
    ['Order Form', 'Limitation of Liability | USD 750,000', 'liability.cap_amount', usd(750000)],
    ['Limitation of Liability', 'The aggregate liability of the Supplier hereunder shall not exceed the sum of £2 million.', 'liability.cap_amount', { amount: 2000000, currency: 'GBP' }],
    ['Liability', "Provider's liability is capped at $250K per incident.", 'liability.cap_amount', usd(250000)],
    ['Limitation of Liability', "Each party's total liability shall be limited to the lesser of (a) the Fees paid in the previous 6 months and (b) AUD 200,000.", 'liability.cap_amount', { amount: 200000, currency: 'AUD' }],
    ['Our liability', 'If you use the free tier, our liability to you is limited to fifty dollars ($50).', 'liability.cap_amount', usd(50)],
    ['Limitation of Liability', "The Vendor's cumulative liability shall not exceed CHF 300,000.", 'liability.cap_amount', { amount: 300000, currency: 'CHF' }],
    ['Limitation of Liability', "The Contractor's liability shall be limited to ₹50 lakh.", 'liability.cap_amount', inr(5000000)],
    // Traps: a delay penalty, an insurance limit beside a cross-reference, a purchase-order threshold, a reimbursement
    // ceiling, a cap in another document, a tribunal's claim limit, a commitment before the cap.
    ['Delay', 'The Service Provider shall pay a penalty of INR 10,000 per day of delay.', 'liability.cap_amount', null],
    ['Insurance', "Provider shall maintain cyber liability insurance of at least $5,000,000, and its liability shall be limited as provided in Section 12.", 'liability.cap_amount', null],
    ['Payment', 'Invoices exceeding $10,000 require a purchase order number.', 'liability.cap_amount', null],
    ['Indemnification', "Provider will reimburse Customer's legal costs up to $20,000 per claim.", 'liability.cap_amount', null],
    ['Limitation of Liability', 'The cap on liability is set out in the Order Form.', 'liability.cap_amount', null],
    ['Disputes', 'Claims not exceeding NZ$30,000 may be referred to the Disputes Tribunal.', 'liability.cap_amount', null],
    ['Limitation of Liability', "Customer's minimum commitment is $100,000 per year; Provider's liability is limited to the fees paid.", 'liability.cap_amount', null],
  ]);
});

describe('liability.cap_lookback_months', () => {
  runTable([
    ['Our liability', "The most we'll be liable for is what you paid us for the Services in the 6 months before the claim arose.", 'liability.cap_lookback_months', 6],
    ['Limitation of Liability', "Provider's aggregate liability shall not exceed the fees paid by Customer during the one (1) month immediately preceding the claim.", 'liability.cap_lookback_months', 1],
    ['Limitation of Liability', "The Supplier's total liability shall be limited to the Charges paid in the twenty-four (24) months preceding the claim.", 'liability.cap_lookback_months', 24],
    ['Limitation of Liability', "Company's liability shall not exceed the subscription fees paid by Customer in the 12-month period preceding the incident.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "Licensor's liability hereunder shall not exceed the fees paid hereunder during the six-month period immediately prior to the event giving rise to the claim.", 'liability.cap_lookback_months', 6],
    ['LIMITATION OF LIABILITY', "IN NO EVENT SHALL VENDOR'S LIABILITY EXCEED THE FEES PAID IN THE THREE (3) MONTHS PRIOR TO THE CLAIM.", 'liability.cap_lookback_months', 3],
    ['Key Terms', 'Liability cap | Fees paid in the preceding 12 months', 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "The Service Provider's liability shall be limited to the Fees paid during the preceding financial year.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "Each party's liability shall not exceed the fees paid or payable for the 12 (twelve) months before the claim.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "The Supplier's aggregate liability in each Contract Year shall not exceed the Charges paid in that Contract Year.", 'liability.cap_lookback_months', 12],
    ['Our liability', 'If you are on a monthly plan, the most we will be liable for is the fees you paid us in the month before the claim.', 'liability.cap_lookback_months', 1],
    // Traps: a claim-notice window, a limitation period, advance invoicing, a term length, a warranty, a review cycle,
    // a price rule.
    ['Limitation of Liability', "Provider's liability shall not exceed the fees paid hereunder; any claim must be notified within 3 months of the event.", 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "Company's liability shall not exceed $50,000 and no action may be brought more than eighteen (18) months after the cause of action accrued.", 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "Provider's liability shall not exceed the fees paid by Customer; fees are invoiced twelve (12) months in advance.", 'liability.cap_lookback_months', null],
    ['Term', 'This Order Form has an initial term of 24 months and the fees paid are non-refundable.', 'liability.cap_lookback_months', null],
    ['Limitation of Liability', 'Our liability is limited to the fees you paid, and our warranty lasts for 90 days.', 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "The Supplier's liability shall not exceed £1,000,000; this limit shall be reviewed every twelve (12) months.", 'liability.cap_lookback_months', null],
    ['Pricing', 'The fees paid in the preceding twelve (12) months will be used to set the renewal price, which shall not exceed the list price.', 'liability.cap_lookback_months', null],
  ]);
});

describe('liability.uncapped', () => {
  runTable([
    ['Our liability', 'Nothing in these Terms excludes or limits our liability where it would be unlawful to do so, including liability for death or personal injury caused by our negligence.', 'liability.uncapped', true],
    ['Limitation of Liability', "The Service Provider's liability for breach of its confidentiality obligations shall be unlimited.", 'liability.uncapped', true],
    ['LIMITATION OF LIABILITY', "THE EXCLUSIONS AND LIMITATIONS IN THIS SECTION 11 SHALL NOT APPLY TO CLAIMS ARISING FROM A PARTY'S GROSS NEGLIGENCE OR WILLFUL MISCONDUCT.", 'liability.uncapped', true],
    ['Limitation of Liability', "No cap or limit under this clause applies to the Supplier's liability under the data protection indemnity.", 'liability.uncapped', true],
    ['Limitation of Liability', "Clause 12.2 does not apply to liability arising from a party's fraud.", 'liability.uncapped', true],
    ['Limitation of Liability', "Liability for infringement of a party's intellectual property rights is uncapped.", 'liability.uncapped', true],
    ['Key Terms', 'Uncapped liability | Fraud; wilful misconduct; death or personal injury', 'liability.uncapped', true],
    ['Limitation of Liability', "The foregoing limitation of liability shall not be applicable to any claim arising out of the Vendor's obligations of indemnity.", 'liability.uncapped', true],
    ['Liability', 'Neither party excludes or limits liability to the other for fraud, deceit or fraudulent misrepresentation.', 'liability.uncapped', true],
    ['Limitation of Liability', "Notwithstanding the above, Company's liability for a breach of Section 6 (Data Security) shall be without limit.", 'liability.uncapped', true],
    ['Limitation of Liability', 'No limit in this Article applies to liability for fraud or wilful misconduct.', 'liability.uncapped', true],
    // Traps: a carve-out with its own cap, unlimited usage or support, a cap that covers everything, an unrelated
    // "nothing limits", a dispute about the fees, a remedy clause.
    ['Limitation of Liability', "The Supplier's liability for data protection breaches is subject to a separate cap of £5,000,000.", 'liability.uncapped', null],
    ['Fees', 'The Enterprise plan includes unlimited API calls and unlimited users.', 'liability.uncapped', null],
    ['Support', 'Customers on the Premium plan receive unlimited support tickets.', 'liability.uncapped', null],
    ['Limitation of Liability', 'The cap shall apply to all claims, including those for gross negligence.', 'liability.uncapped', null],
    ['Limitation of Liability', "Nothing in this clause limits the Customer's right to recover service credits.", 'liability.uncapped', null],
    ['Limitation of Liability', 'The limitations in this Section apply even where a remedy fails of its essential purpose.', 'liability.uncapped', null],
    ['Limitation of Liability', "If Customer's liability for the Fees is disputed, the matter shall be referred to arbitration.", 'liability.uncapped', null],
  ]);
});

describe('liability.uncapped_for', () => {
  runTable([
    ['Limitation of Liability', "The limits in this Section do not apply to (i) a party's breach of Section 8 (Confidentiality); (ii) Customer's obligation to pay Fees; or (iii) a party's gross negligence, fraud or willful misconduct.", 'liability.uncapped_for', ['confidentiality', 'gross-negligence', 'wilful-misconduct', 'fraud', 'payment']],
    ['Our liability', 'Nothing in these terms affects your statutory rights or limits our liability for fraud or for death or personal injury caused by our negligence.', 'liability.uncapped_for', ['death-personal-injury', 'fraud']],
    ['LIMITATION OF LIABILITY', "THE FOREGOING CAP SHALL NOT APPLY TO EITHER PARTY'S OBLIGATIONS UNDER SECTION 10 (INDEMNIFICATION) OR TO A BREACH OF SECTION 7 (DATA PROTECTION).", 'liability.uncapped_for', ['indemnification', 'data-breach']],
    ['Limitation of Liability', 'The limitations in clause 14.2 shall not apply to liability arising from the wilful default or fraud of either party.', 'liability.uncapped_for', ['wilful-misconduct', 'fraud']],
    ['Limitation of Liability', 'Notwithstanding clause 11.1, the Service Provider shall have unlimited liability for any Personal Data Breach caused by its negligence.', 'liability.uncapped_for', ['data-breach']],
    ['Key Terms', 'Uncapped liability | Indemnities; breach of confidentiality', 'liability.uncapped_for', ['confidentiality', 'indemnification']],
    ['Limitation of Liability', "Nothing in this Agreement shall limit the Customer's liability to pay the Charges when due.", 'liability.uncapped_for', ['payment']],
    ['Limitation of Liability', 'Neither party limits its liability for personal injury or death resulting from its negligence, for fraudulent misrepresentation, or for breach of its data protection obligations.', 'liability.uncapped_for', ['data-breach', 'death-personal-injury', 'fraud']],
    ['Limitation of Liability', 'Provided that the aforesaid limitation shall not apply to liability arising out of fraud, gross negligence or wilful misconduct of the Service Provider.', 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct', 'fraud']],
    ['LIMITATION OF LIABILITY', "THESE LIMITATIONS DO NOT APPLY TO CUSTOMER'S PAYMENT OBLIGATIONS OR TO VENDOR'S INDEMNIFICATION OBLIGATIONS UNDER SECTION 9.", 'liability.uncapped_for', ['indemnification', 'payment']],
    ['Limitation of Liability', "The Supplier's liability under the indemnity in clause 15 shall not be capped.", 'liability.uncapped_for', ['indemnification']],
    ['Limitation of Liability', "There is no limit on either party's liability for a Security Incident caused by its breach of Schedule 3.", 'liability.uncapped_for', ['data-breach']],
    // Traps: carve-outs with their own caps, a cap that names what it includes, an exculpation, the customer's
    // indemnity, an arbitration carve-out, an indemnity inside the cap.
    ['Limitation of Liability', 'Liability for breach of confidentiality is capped at two times the fees (the Enhanced Cap).', 'liability.uncapped_for', null],
    ['Limitation of Liability', "For data breaches, the Supplier's liability shall not exceed £3,000,000 in aggregate.", 'liability.uncapped_for', null],
    ['Limitation of Liability', 'The cap applies to all liability, including liability under the indemnities and for breach of confidentiality.', 'liability.uncapped_for', null],
    ['Warranty', 'Provider shall not be liable for defects except those caused by its gross negligence.', 'liability.uncapped_for', null],
    ['Indemnification', "Customer shall indemnify Provider against any fraud committed by Customer's personnel.", 'liability.uncapped_for', null],
    ['Governing Law', 'Except for claims of fraud or wilful misconduct, all disputes shall be finally resolved by arbitration in Singapore.', 'liability.uncapped_for', null],
    ['Limitation of Liability', "Customer's indemnification obligations are subject to the cap in Section 12.2.", 'liability.uncapped_for', null],
  ]);

  it('reads carve-outs by article number through their headings ("No limit in this Article applies")', () => {
    const facts = factsOf(
      clause('9', 'Confidentiality', 'Each party shall keep the Confidential Information of the other party secret.'),
      clause('13', 'Indemnities', 'The Supplier shall indemnify the Customer against any claim that the Software infringes a patent.'),
      clause('14', 'Limitation of Liability', 'No limit in this Article applies to liability for fraud, for breach of Article 9, or under the indemnities in Article 13.'),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['confidentiality', 'indemnification', 'fraud']);
    expect(facts['indemnity.uncapped']?.value).toBe(true);
  });

  it('reads "Clause 9.3 does not limit ..." as a carve-out from the cap clause it names, without a heading', () => {
    const facts = factsOf(
      clause('9.3', null, "The Supplier's total aggregate liability shall not exceed the Charges paid in the twelve (12) months preceding the claim.", 1),
      clause('9.4', null, "Clause 9.3 does not limit the Client's obligation to pay the Charges.", 1),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['payment']);
  });
});

describe('liability.consequential_excluded', () => {
  runTable([
    ['Our liability', "We won't be responsible for any indirect or consequential loss, such as lost profits or lost data.", 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Neither Party shall be liable to the other for any loss of profit, revenue, or goodwill, or for any indirect loss, however arising.', 'liability.consequential_excluded', true],
    ['LIMITATION OF LIABILITY', 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INCIDENTAL, SPECIAL, EXEMPLARY OR PUNITIVE DAMAGES.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'The Supplier shall not in any circumstances be liable for any special, indirect or consequential loss or damage.', 'liability.consequential_excluded', true],
    ['Exclusion of Liability', 'Licensor excludes all liability for loss of business, loss of anticipated savings and any indirect loss.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Company will have no liability for lost revenues or consequential damages arising out of this Agreement.', 'liability.consequential_excluded', true],
    ['Liability', 'Each party waives any claim against the other for consequential damages.', 'liability.consequential_excluded', true],
    ['Key Terms', 'Consequential damages | Excluded (mutual)', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Neither of us will be liable to the other for indirect, special or consequential losses.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'The Service Provider shall not be answerable for any consequential loss suffered by the Client.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Under no circumstances will Provider be liable for loss of data or any consequential damages.', 'liability.consequential_excluded', true],
    // Traps: nothing excluded, lost profits recoverable, consequential losses inside an indemnity, a reference to an
    // exclusion elsewhere, a special charge, a right to recover.
    ['Limitation of Liability', 'Nothing in this clause excludes liability for indirect loss caused by fraud.', 'liability.consequential_excluded', null],
    ['Limitation of Liability', 'Lost profits are recoverable as direct damages under this Agreement.', 'liability.consequential_excluded', null],
    ['Indemnification', 'Provider shall indemnify Customer for all losses, including consequential losses, arising from a third-party claim.', 'liability.consequential_excluded', null],
    ['Fees', 'The Customer shall pay special handling charges for express delivery.', 'liability.consequential_excluded', null],
    ['Limitation of Liability', "Customer may recover consequential damages resulting from Provider's breach of its data protection obligations.", 'liability.consequential_excluded', null],
    ['Limitation of Liability', 'The exclusion of consequential damages in the Master Agreement does not apply to this Order Form.', 'liability.consequential_excluded', null],
  ]);
});

describe('indemnity.scope', () => {
  runTable([
    ['Indemnity', 'The Service Provider shall indemnify and keep indemnified the Client against all losses arising out of any claim that the Deliverables infringe the copyright of any third party.', 'indemnity.scope', ['ip-infringement']],
    ['IP indemnity', "We will defend you against any third-party claim that your use of the API in line with these Terms infringes that party's patent, copyright or trademark, and pay the resulting damages.", 'indemnity.scope', ['ip-infringement']],
    ['Indemnification', "Vendor shall defend, indemnify and hold harmless Customer from any claim arising from Vendor's violation of any applicable law or regulation.", 'indemnity.scope', ['violation-of-law']],
    ['Indemnities', 'The Supplier shall indemnify the Customer against any loss arising from a Personal Data Breach caused by the Supplier.', 'indemnity.scope', ['data-breach']],
    ['Indemnity', "The Contractor shall indemnify the Principal against claims for personal injury, death or damage to property caused by the Contractor's negligence.", 'indemnity.scope', ['bodily-injury']],
    ['Indemnification', "Company will indemnify Customer from and against all third-party claims arising out of Company's breach of its representations and warranties.", 'indemnity.scope', ['breach-of-contract']],
    ['Indemnity', 'Licensor hereby agrees to indemnify Licensee against any and all claims, actions and demands arising out of the performance of this Agreement by Licensor.', 'indemnity.scope', ['third-party-claims']],
    ['Indemnification', "Provider shall indemnify Customer against any claim alleging that the Service misappropriates a trade secret, or arising from a security breach of Provider's systems.", 'indemnity.scope', ['ip-infringement', 'data-breach']],
    ['Indemnity', "The Vendor shall indemnify the Purchaser against all penalties arising from the Vendor's non-compliance with applicable laws, including the Minimum Wages Act, 1948.", 'indemnity.scope', ['violation-of-law']],
    ['Indemnity', "Supplier shall hold the Customer harmless from any loss arising from Supplier's breach of this Agreement or infringement of any third party's intellectual property.", 'indemnity.scope', ['ip-infringement', 'breach-of-contract']],
    ['INDEMNIFICATION', "PROVIDER SHALL INDEMNIFY CUSTOMER FOR ANY BODILY INJURY OR PROPERTY DAMAGE CAUSED BY PROVIDER'S PERSONNEL WHILE ON CUSTOMER'S PREMISES.", 'indemnity.scope', ['bodily-injury']],
    ['Indemnity', "The Service Provider shall further indemnify the Client against any demand or penalty arising from the Service Provider's failure to comply with applicable labour laws.", 'indemnity.scope', ['violation-of-law']],
    // Traps: the customer's indemnity (defined name and "you"), a negated indemnity, another document, a procedure
    // sentence, indemnity insurance, a conditional exclusion.
    ['Indemnity', "The Client shall indemnify the Service Provider against any claim that Client Materials infringe a third party's copyright.", 'indemnity.scope', null],
    ['Indemnification', 'You will indemnify us against any claim arising from your content or your breach of these Terms.', 'indemnity.scope', null],
    ['Indemnification', "Provider has no obligation to indemnify Customer for claims arising from Customer's modifications.", 'indemnity.scope', null],
    ['Indemnification', 'The indemnities given by each party are set out in the Master Services Agreement.', 'indemnity.scope', null],
    ['Indemnification', 'The Indemnified Party shall give prompt written notice of any claim alleging infringement.', 'indemnity.scope', null],
    ['Insurance', 'Provider shall maintain professional indemnity insurance covering infringement claims.', 'indemnity.scope', null],
  ]);
});

describe('indemnity.uncapped', () => {
  runTable([
    ['Limitation of Liability', "The cap in clause 12.2 does not apply to the Supplier's obligations under the IP indemnity in clause 10.", 'indemnity.uncapped', true],
    ['LIMITATION OF LIABILITY', "NOTWITHSTANDING ANYTHING TO THE CONTRARY, VENDOR'S INDEMNIFICATION OBLIGATIONS SHALL NOT BE SUBJECT TO ANY LIMITATION OF LIABILITY.", 'indemnity.uncapped', true],
    ['Limitation of Liability', "Amounts payable under Provider's indemnity obligations are excluded from the liability cap.", 'indemnity.uncapped', true],
    ['Liability', "The Service Provider's liability under its indemnities shall be unlimited.", 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Liability arising under clause 13 (Indemnity) sits outside the cap.', 'indemnity.uncapped', true],
    ['Key Terms', 'Indemnity cap | Uncapped', 'indemnity.uncapped', true],
    ['Limitation of Liability', "Except for Company's indemnification obligations, Company's total liability shall not exceed the fees paid in the prior twelve months.", 'indemnity.uncapped', true],
    ['Limitation of Liability', "No limitation in this clause applies to either party's indemnity obligations.", 'indemnity.uncapped', true],
    ['Limitation of Liability', "Nothing in this Agreement limits the Licensor's liability to indemnify the Licensee under clause 9.", 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Payments made by the Supplier under its indemnities shall not count towards the cap.', 'indemnity.uncapped', true],
    // Expressly inside the cap.
    ['Limitation of Liability', "Provider's indemnification obligations shall count towards the liability cap in clause 11.2.", 'indemnity.uncapped', false],
    ['Indemnity', 'The indemnity obligations of the Vendor under this Agreement shall be subject to the limitation of liability in Section 14.', 'indemnity.uncapped', false],
    ['LIMITATION OF LIABILITY', 'THE AGGREGATE LIABILITY OF EACH PARTY, INCLUDING FOR ITS INDEMNITY OBLIGATIONS, SHALL NOT EXCEED THE FEES PAID IN THE TWELVE MONTHS BEFORE THE CLAIM.', 'indemnity.uncapped', false],
    ['Limitation of Liability', "The limits in this clause apply equally to the Supplier's indemnity obligations.", 'indemnity.uncapped', false],
    // Traps: an indemnity without a word on the cap, only the customer's indemnity leaving the cap, an indemnity
    // procedure, insurance, an indemnity's own exclusions, a carve-out for confidentiality only.
    ['Indemnification', 'Provider shall indemnify Customer against any claim that the Service infringes a patent.', 'indemnity.uncapped', null],
    ['Limitation of Liability', "The limitations do not apply to Customer's indemnification obligations under Section 9.", 'indemnity.uncapped', null],
    ['Indemnification', 'The indemnification procedure in Section 8.3 is not subject to the notice requirements of Section 15.', 'indemnity.uncapped', null],
    ['Insurance', 'Professional indemnity insurance shall be unlimited in the aggregate.', 'indemnity.uncapped', null],
    ['Indemnification', "Provider's obligation to indemnify does not apply to claims arising from Customer's combination of the Service with other products.", 'indemnity.uncapped', null],
    ['Limitation of Liability', "The exclusions in Section 12.1 shall not apply to a party's breach of confidentiality.", 'indemnity.uncapped', null],
  ]);

  it("keeps our indemnity inside a cap that names its section, while the customer's leaves it", () => {
    const facts = factsOf(
      clause('9', 'Defence of claims', "(a) We will defend you against any third-party claim that the Service infringes that party's patent. (b) You will defend and indemnify us against any claim arising from your content."),
      clause('12', 'Limitation of liability', 'OUR TOTAL LIABILITY, INCLUDING UNDER SECTION 9(a), WILL NOT EXCEED US$500, REGARDLESS OF THE FEES YOU PAID IN THE TWELVE (12) MONTHS BEFORE THE CLAIM. THESE LIMITATIONS DO NOT APPLY TO YOUR OBLIGATIONS UNDER SECTION 9(b).'),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
    expect(facts['liability.uncapped_for']?.value).toEqual(['indemnification']);
    expect(facts['liability.cap_amount']?.value).toEqual(usd(500));
    expect(facts['liability.cap_multiple'] ?? null).toBeNull();
    expect(facts['liability.cap_lookback_months'] ?? null).toBeNull();
  });

  it('reads "liability under clause 8.2 counts towards, and is subject to, the limit" when 8.2 gives the indemnity', () => {
    const facts = factsOf(
      clause('8.2', null, 'The Supplier shall indemnify the Client against any claim that the Services infringe the intellectual property rights of a third party.', 1),
      clause('8.4', null, "The Supplier's liability under clause 8.2 counts towards, and is subject to, the limit in clause 9.3.", 1),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
});

describe('warranty.period_days', () => {
  runTable([
    ['Warranty', 'We warrant that the App will substantially conform to its description for thirty (30) days after you first download it.', 'warranty.period_days', 30],
    ['Warranty', 'The Supplier warrants the Goods against faulty workmanship for a period of 12 months from the date of delivery.', 'warranty.period_days', 360],
    ['Warranties', 'The Licensor warrants that the Software shall be free from material errors for a period of ninety (90) days from the Go-Live Date.', 'warranty.period_days', 90],
    ['Order Form', 'Warranty: 90 days from delivery', 'warranty.period_days', 90],
    ['Warranty', 'Vendor warrants the Hardware for three (3) years from shipment.', 'warranty.period_days', 1095],
    ['Warranty', 'The Service Provider warrants that the Deliverables will conform to the Specifications for a period of 60 (sixty) days post acceptance.', 'warranty.period_days', 60],
    ['Warranty', 'Company warrants that the Deliverables will be free from defects for ninety days following acceptance by Customer.', 'warranty.period_days', 90],
    ['LIMITED WARRANTY', 'LICENSOR WARRANTS THAT THE SOFTWARE WILL OPERATE SUBSTANTIALLY IN ACCORDANCE WITH THE DOCUMENTATION FOR A PERIOD OF SIXTY (60) DAYS FROM DELIVERY.', 'warranty.period_days', 60],
    ['Warranty', 'Supplier guarantees the repairs for six months.', 'warranty.period_days', 180],
    ['Our guarantee', 'All our work is guaranteed for 2 years from completion.', 'warranty.period_days', 730],
    ['Warranty', 'Provider warrants that the Services will be performed in a professional manner, and Customer must report any breach of this warranty within thirty (30) days after the Services are performed.', 'warranty.period_days', 30],
    ['Warranty', 'Seller warrants each Product for a 12-month period from the date of sale to the end user.', 'warranty.period_days', 360],
    ['Warranty', 'We warrant to you that each licence key will work as described for ninety (90) days after we issue it.', 'warranty.period_days', 90],
    // Traps: a response time, authority with a term, an invoice period, a claim window from discovery, survival, share
    // warrants, a returns policy.
    ['Warranty', 'Provider will respond to warranty claims within 2 business days.', 'warranty.period_days', null],
    ['Warranties', 'Each party warrants that it has authority to enter into this Agreement for an initial term of 36 months.', 'warranty.period_days', null],
    ['Warranty', 'Customer shall pay the warranty extension fee within 30 days of invoice.', 'warranty.period_days', null],
    ['Warranty', 'Warranty claims must be made within 14 days of the defect becoming apparent.', 'warranty.period_days', null],
    ['Survival', 'The warranties in clause 9 shall survive for 24 months after termination.', 'warranty.period_days', null],
    ['Warrants', 'The Company shall issue warrants exercisable for 5 years.', 'warranty.period_days', null],
    ['Returns', 'You can return any product within 30 days of purchase for a full refund.', 'warranty.period_days', null],
    ['Events of default', 'The proceeding is not dismissed within sixty (60) days, or any writ, warrant or attachment is levied against its assets.', 'warranty.period_days', null],
  ]);
});

describe('warranty.disclaimer', () => {
  runTable([
    ['Disclaimer', 'THE SERVICES, THE API AND ALL OUTPUT ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.', 'warranty.disclaimer', true],
    ['Our promises', 'We make no other promises, and to the fullest extent the law allows, we disclaim any implied warranty of merchantability or fitness for a particular purpose.', 'warranty.disclaimer', true],
    ['Warranties', 'To the extent permitted by law, all terms implied by the Sale of Goods Act 1908 and the Consumer Guarantees Act 1993 are excluded, as the Customer is acquiring the Services for business purposes.', 'warranty.disclaimer', true],
    ['Warranties', 'Save as expressly set out in this Agreement, the Vendor makes no representation or warranty, express or implied, including under the Sale of Goods Act, 1930.', 'warranty.disclaimer', true],
    ['Warranty', 'All implied conditions and warranties, whether arising under statute or otherwise, are hereby excluded to the fullest extent permitted by applicable law.', 'warranty.disclaimer', true],
    ['Warranty', 'Except for the express warranties in this Section 8, Provider provides the Platform without any other warranty of any kind, whether express, implied or statutory.', 'warranty.disclaimer', true],
    ['Key Terms', 'Implied warranties: Disclaimed', 'warranty.disclaimer', true],
    ['WARRANTY DISCLAIMER', 'COMPANY EXPRESSLY DISCLAIMS ANY WARRANTY THAT THE SERVICE WILL BE ERROR-FREE, AND ALL IMPLIED WARRANTIES OF TITLE AND QUIET ENJOYMENT.', 'warranty.disclaimer', true],
    ['Warranties', 'The Licensor gives no warranties other than those expressly stated herein, and all warranties implied by law are hereby excluded.', 'warranty.disclaimer', true],
    ['Our promises', "We provide the service 'as is'.", 'warranty.disclaimer', true],
    ['Our promises', "We don't give any other warranty about the service, express or implied.", 'warranty.disclaimer', true],
    ['Warranties', 'To the extent permitted by law, all guarantees, warranties and conditions implied by statute are excluded; where they cannot be excluded, our liability is limited to resupplying the services.', 'warranty.disclaimer', true],
    // Expressly kept.
    ['Warranties', 'The express warranties in this clause are given in addition to the warranties implied by statute, which are not excluded.', 'warranty.disclaimer', false],
    // Traps: an express warranty, disclaiming an interest, the customer's warranty, a description, "as is" in
    // another sense, a cross-reference, non-reliance, consumer guarantees kept.
    ['Warranty', 'Supplier warrants that the Goods will be of satisfactory quality and fit for purpose.', 'warranty.disclaimer', null],
    ['Trade marks', "The Licensee disclaims any right, title or interest in the Licensor's trade marks.", 'warranty.disclaimer', null],
    ['Customer warranties', 'Customer warrants that it has the right to provide the Customer Data to Provider.', 'warranty.disclaimer', null],
    ['Beta Services', 'Beta Services are described in the Documentation and may change without notice.', 'warranty.disclaimer', null],
    ['Warranty', 'Vendor warrants that the Software will not contain any viruses, as is customary in the industry.', 'warranty.disclaimer', null],
    ['Beta Services', 'If any feature is offered as a beta, Section 10.3 applies to it.', 'warranty.disclaimer', null],
    ['Entire agreement', 'Each party acknowledges that it has not relied on any representation or warranty not expressly set out in this Agreement.', 'warranty.disclaimer', null],
    ['Consumer law', 'Nothing in these terms excludes the guarantees you have under the Consumer Guarantees Act 1993.', 'warranty.disclaimer', null],
  ]);
});

describe('insurance.general_liability', () => {
  runTable([
    ['Insurance', 'The Service Provider shall maintain public liability insurance for a sum of not less than INR 2 crore per occurrence.', 'insurance.general_liability', inr(20000000)],
    ['Insurance', 'The Contractor shall maintain public liability insurance with a limit of not less than S$1,000,000 per occurrence.', 'insurance.general_liability', { amount: 1000000, currency: 'SGD' }],
    ['Insurance', 'We maintain public liability insurance of NZ$5 million.', 'insurance.general_liability', { amount: 5000000, currency: 'NZD' }],
    ['Insurance', 'Supplier shall at all times maintain Commercial General Liability insurance in the amount of $2M per occurrence and $4M in the aggregate.', 'insurance.general_liability', usd(2000000)],
    ['Insurance Requirements', 'Commercial General Liability: USD 1,000,000 each occurrence; USD 2,000,000 general aggregate.', 'insurance.general_liability', usd(1000000)],
    ['INSURANCE', 'CONTRACTOR SHALL PROCURE AND MAINTAIN GENERAL LIABILITY INSURANCE WITH MINIMUM LIMITS OF ONE MILLION DOLLARS ($1,000,000) PER OCCURRENCE.', 'insurance.general_liability', usd(1000000)],
    ['Insurance', 'The Supplier shall take out public and products liability insurance of not less than €13,000,000 for any one event, with an insurer authorised in Ireland.', 'insurance.general_liability', { amount: 13000000, currency: 'EUR' }],
    ['Insurance', 'During the term and for six years afterwards, the Supplier shall hold public liability insurance cover of £10 million for any one claim.', 'insurance.general_liability', { amount: 10000000, currency: 'GBP' }],
    ['Insurance', 'The Contractor must effect and maintain public liability insurance for not less than AUD 20 million per occurrence.', 'insurance.general_liability', { amount: 20000000, currency: 'AUD' }],
    ['Insurance', 'Vendor maintains general liability coverage of not less than $5,000,000 per occurrence.', 'insurance.general_liability', usd(5000000)],
    ['Insurance', 'The Vendor shall obtain a comprehensive general liability policy with a sum insured of not less than ₹1 crore.', 'insurance.general_liability', inr(10000000)],
    ['Insurance', 'The Vendor shall carry commercial general liability insurance of not less than five million dollars ($5,000,000) inclusive per occurrence.', 'insurance.general_liability', usd(5000000)],
    // Traps: the customer's cover ("you", a defined name, "responsible for maintaining"), another cover's amount, a
    // cover set out elsewhere, a deductible, a conditional trigger.
    ['Insurance', 'You must hold public liability insurance of at least NZ$2,000,000 throughout the term.', 'insurance.general_liability', null],
    ['Insurance', 'The Client shall maintain public liability insurance of not less than £5,000,000.', 'insurance.general_liability', null],
    ['Insurance', 'Customer is responsible for maintaining its own general liability insurance of at least $1,000,000.', 'insurance.general_liability', null],
    ['Insurance', "Supplier shall maintain employer's liability insurance of £10,000,000 and public liability insurance as required by law.", 'insurance.general_liability', null],
    ['Insurance', 'Provider shall maintain general liability insurance as set out in Exhibit C.', 'insurance.general_liability', null],
    ['Insurance', 'Provider shall maintain general liability insurance, and the deductible under that policy shall not exceed $25,000.', 'insurance.general_liability', null],
    ['Insurance', 'If the Contract Value exceeds S$1,000,000, the Contractor shall maintain public liability insurance.', 'insurance.general_liability', null],
  ]);
});

describe('insurance.cyber', () => {
  runTable([
    ['Insurance', 'The Service Provider shall maintain professional indemnity insurance for not less than INR 10 crore in the aggregate.', 'insurance.cyber', inr(100000000)],
    ['Insurance', 'Vendor shall maintain Technology E&O and Cyber Liability insurance with limits of $5,000,000 per claim.', 'insurance.cyber', usd(5000000)],
    ['Insurance', 'We carry cyber insurance with a limit of US$2 million.', 'insurance.cyber', usd(2000000)],
    ['Insurance', 'The Supplier shall maintain professional indemnity insurance with a limit of not less than S$3,000,000 per claim.', 'insurance.cyber', { amount: 3000000, currency: 'SGD' }],
    ['Insurance', 'Cyber / Privacy Liability | $10M per claim', 'insurance.cyber', usd(10000000)],
    ['Insurance', 'The Supplier shall maintain professional indemnity and cyber insurance of not less than £5,000,000 for any one claim.', 'insurance.cyber', { amount: 5000000, currency: 'GBP' }],
    ['INSURANCE', 'PROVIDER SHALL MAINTAIN NETWORK SECURITY AND PRIVACY LIABILITY INSURANCE OF NOT LESS THAN THREE MILLION DOLLARS ($3,000,000).', 'insurance.cyber', usd(3000000)],
    ['Insurance', 'We hold professional indemnity insurance of NZ$1 million.', 'insurance.cyber', { amount: 1000000, currency: 'NZD' }],
    ['Insurance', 'Provider shall carry errors and omissions insurance covering its software services in an amount not less than two million U.S. dollars per claim.', 'insurance.cyber', usd(2000000)],
    ['Insurance', 'Licensor shall maintain cyber-security insurance with coverage limits of at least USD 3 million in the aggregate.', 'insurance.cyber', usd(3000000)],
    ['Insurance', 'The Supplier shall maintain professional indemnity insurance of at least €2.5 million in the aggregate.', 'insurance.cyber', { amount: 2500000, currency: 'EUR' }],
    ['Insurance', 'Throughout the Term the Vendor shall keep in place cyber liability insurance with a minimum limit of ₹5 crore.', 'insurance.cyber', inr(50000000)],
    // Traps: the customer's cover, a deductible, a breach reimbursement, another document, a cover without an amount
    // beside another cover's amount, "responsible for maintaining".
    ['Insurance', 'The Client shall maintain professional indemnity insurance of at least £1,000,000.', 'insurance.cyber', null],
    ['Insurance', 'Provider shall maintain cyber liability insurance with a deductible not exceeding $100,000.', 'insurance.cyber', null],
    ['Security', 'Provider shall notify you of a data breach within 48 hours and cover notification costs up to $10,000.', 'insurance.cyber', null],
    ['Insurance', "Supplier's professional indemnity insurance shall be maintained as required by the Master Agreement.", 'insurance.cyber', null],
    ['Insurance', 'Provider shall maintain general liability insurance of $1,000,000 per occurrence and cyber insurance in accordance with industry practice.', 'insurance.cyber', null],
    ['Insurance', 'You are responsible for maintaining your own cyber insurance of at least $1,000,000.', 'insurance.cyber', null],
  ]);
});
