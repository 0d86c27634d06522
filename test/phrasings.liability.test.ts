// Phrasing bank for the liability family (caps, carve-outs, consequential loss, indemnity, warranty, insurance):
// sentences in our own words, worded the way different drafters write, with traps that must stay absent.
// The preamble of every case names Acme Software Inc. ("Provider") and Globex Corporation ("Customer").
import { describe, expect, it } from 'vitest';
import { clause, factsOf, runFactTable as runTable } from './helpers/clauses.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('liability.cap_multiple', () => {
  runTable([
    ['Limitation of Liability', "Provider's total liability under this Agreement shall not exceed the fees paid by Customer in the twelve (12) months preceding the event giving rise to the claim.", 'liability.cap_multiple', 1],
    ['Our liability to you', 'Our total liability to you for all claims in any year is limited to the amount you paid us for the Services in that year.', 'liability.cap_multiple', 1],
    ['LIMITATION OF LIABILITY', "IN NO EVENT WILL VENDOR'S AGGREGATE LIABILITY EXCEED TWO TIMES (2X) THE ANNUAL FEES PAYABLE UNDER THE APPLICABLE ORDER FORM.", 'liability.cap_multiple', 2],
    ['Limitation of Liability', "The Supplier's total aggregate liability in contract, tort (including negligence), breach of statutory duty or otherwise shall be limited to 150% of the Charges paid in the Contract Year in which the claim arose.", 'liability.cap_multiple', 1.5],
    ['Order Form', 'Liability cap | 1x fees paid in the prior 12 months', 'liability.cap_multiple', 1],
    ['Limitation of Liability', "The Licensor's liability hereunder shall in no case exceed the licence fees actually received by the Licensor thereunder.", 'liability.cap_multiple', 1],
    ['Limitation of Liability', "Each party's maximum aggregate liability arising out of or in connection with this Agreement shall be an amount equal to three (3) times the Fees paid or payable in the 12-month period immediately before the claim.", 'liability.cap_multiple', 3],
    ['Limitation of Liability', "Company's cumulative liability for all claims will be capped at the total subscription fees Customer paid during the six months before the claim arose.", 'liability.cap_multiple', 1],
    ['Limitation of Liability', "Save in respect of the matters in clause 12.1, the Supplier's liability in each Contract Year shall not exceed an amount equal to twice the Charges paid in that Contract Year.", 'liability.cap_multiple', 2],
    ['Liability', 'The liability of the Vendor for any and all claims shall be restricted to the value of the purchase order under which the claim arises.', 'liability.cap_multiple', 1],
    ['Limitation of Liability', "Provider's liability shall not exceed, in the aggregate, one hundred percent (100%) of the fees paid by Customer under this Agreement during the twelve months prior to the claim.", 'liability.cap_multiple', 1],
    ['Liability', 'We will not be liable to you for more than the total amount you have paid us under these Terms in the 12 months before the claim.', 'liability.cap_multiple', 1],
    ['Limitation of Liability', 'The aggregate liability of the Licensor to the Licensee shall not exceed the fees paid by the Licensee for the Software in the twelve (12) month period preceding the claim.', 'liability.cap_multiple', 1],
    // Traps: prices, expenses, credits, insurance and price increases capped by the fees are not liability caps.
    ['Fees', 'The fees for the Services shall not exceed the amounts set out in the Order Form.', 'liability.cap_multiple', null],
    ['Expenses', 'Supplier may recover reasonable travel expenses, provided that such expenses shall not exceed ten percent (10%) of the fees for the relevant Statement of Work.', 'liability.cap_multiple', null],
    ['Insurance', 'Supplier shall maintain professional indemnity insurance of not less than twice the annual fees payable under this Agreement.', 'liability.cap_multiple', null],
    ['Service Credits', 'Service credits in any month shall not exceed 10% of the monthly fees paid for the affected Service.', 'liability.cap_multiple', null],
    ['Limitation of Liability', 'The limitations in this clause do not apply to the amounts payable by Customer under clause 5 (Fees).', 'liability.cap_multiple', null],
    ['Price Changes', 'Any increase in the fees in a renewal year shall not exceed five percent (5%) of the fees paid in the previous year.', 'liability.cap_multiple', null],
    ['Fees', 'Customer will reimburse Provider for any amounts paid in excess of the fees due under the Order Form.', 'liability.cap_multiple', null],
  ]);
});

describe('liability.cap_amount', () => {
  runTable([
    ['Limitation of Liability', "Provider's total liability under this Agreement shall not exceed US$500,000.", 'liability.cap_amount', usd(500000)],
    ['LIMITATION OF LIABILITY', "IN NO EVENT SHALL LICENSOR'S AGGREGATE LIABILITY EXCEED FIFTY THOUSAND DOLLARS ($50,000).", 'liability.cap_amount', usd(50000)],
    ['Limitation of Liability', "The Supplier's total liability to the Customer in respect of all claims shall be limited to £250,000.", 'liability.cap_amount', { amount: 250000, currency: 'GBP' }],
    ['Limitation of Liability', 'The aggregate liability of the Supplier shall not exceed €1,000,000 (one million euro).', 'liability.cap_amount', { amount: 1000000, currency: 'EUR' }],
    ['Our liability', 'Our maximum aggregate liability to you under or in connection with these terms is A$100,000.', 'liability.cap_amount', { amount: 100000, currency: 'AUD' }],
    ['Limitation of Liability', "The Vendor's liability shall not exceed CAD 250,000 in the aggregate.", 'liability.cap_amount', { amount: 250000, currency: 'CAD' }],
    ['Order Form', 'Liability cap: USD 2,000,000', 'liability.cap_amount', usd(2000000)],
    ['Limitation of Liability', "Company's liability for all claims arising hereunder is capped at one million dollars ($1,000,000).", 'liability.cap_amount', usd(1000000)],
    ['Limitation of Liability', "Each party's aggregate liability shall be limited to the greater of (a) the fees paid in the preceding 12 months and (b) $250,000.", 'liability.cap_amount', usd(250000)],
    ['Liability', 'We will not be liable for more than $10,000 in total.', 'liability.cap_amount', usd(10000)],
    ['Limitation of Liability', "Supplier's liability hereunder shall in no event exceed the sum of five hundred thousand pounds sterling (£500,000).", 'liability.cap_amount', { amount: 500000, currency: 'GBP' }],
    ['Limitation of Liability', 'The total liability of the Service Provider under this Agreement shall not exceed INR 50,00,000 (Rupees Fifty Lakhs only).', 'liability.cap_amount', { amount: 5000000, currency: 'INR' }],
    // Traps: insurance limits, late fees, liquidated damages, court thresholds and spend ceilings are not caps.
    ['Insurance', "Supplier's liability insurance shall have a limit of not less than £5,000,000 for any one claim.", 'liability.cap_amount', null],
    ['Fees', 'Customer shall pay a late fee not to exceed $500 per invoice.', 'liability.cap_amount', null],
    ['Delay', 'Supplier shall be liable for liquidated damages of $1,000 per day of delay.', 'liability.cap_amount', null],
    ['Disputes', 'Either party may bring claims in the small claims court where the amount in dispute does not exceed $25,000.', 'liability.cap_amount', null],
    ['Commitment', "The Customer's purchase commitment for the Initial Term is $300,000 and shall not exceed $500,000 without a change order.", 'liability.cap_amount', null],
    ['Claims', "Claims of less than $5,000 need not be notified under this clause, and Provider's liability is limited as set out in clause 12.", 'liability.cap_amount', null],
  ]);
});

describe('liability.cap_lookback_months', () => {
  runTable([
    ['Limitation of Liability', "Provider's liability shall not exceed the fees paid in the twelve (12) months preceding the claim.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', 'Each party\'s liability shall not exceed the fees paid or payable during the six (6) month period immediately before the event giving rise to liability.', 'liability.cap_lookback_months', 6],
    ['Limitation of Liability', "The Supplier's liability shall be limited to the Charges paid in the 12-month period prior to the date on which the claim arose.", 'liability.cap_lookback_months', 12],
    ['Our liability', 'Our liability is limited to the fees you paid us in the three months before the claim.', 'liability.cap_lookback_months', 3],
    ['Limitation of Liability', "Vendor's liability shall not exceed the annual fees payable under this Agreement.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "The Supplier's liability shall not exceed the Charges paid in the Contract Year in which the claim arose.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "Licensor's liability shall not exceed the fees paid in the last 24 months.", 'liability.cap_lookback_months', 24],
    ['LIMITATION OF LIABILITY', "PROVIDER'S LIABILITY SHALL NOT EXCEED THE FEES PAID OR PAYABLE FOR THE TWELVE (12) MONTHS IMMEDIATELY PRECEDING THE FIRST INCIDENT.", 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "Company's total liability shall not exceed the total fees paid during the 18 (eighteen) months prior to the claim.", 'liability.cap_lookback_months', 18],
    ['Limitation of Liability', "The Licensor's liability hereunder shall be limited to the amounts paid hereunder in the six months before the cause of action accrued.", 'liability.cap_lookback_months', 6],
    ['Limitation of Liability', 'Each party\'s liability shall not exceed an amount equal to the fees paid during the immediately preceding twelve-month period.', 'liability.cap_lookback_months', 12],
    ['Limitation of Liability', "Either party's liability is limited to the fees paid in the prior 12 months; payment is due within 30 days of invoice.", 'liability.cap_lookback_months', 12],
    // Traps: a limitation period for bringing claims, a notice window, a term length and a renewal length are not the fee period.
    ['Limitation of Liability', "Provider's liability shall not exceed $100,000; no claim may be brought more than twelve (12) months after the event.", 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "Provider's total liability shall not exceed the fees paid under this Agreement, and Customer must notify any claim within six (6) months of becoming aware of it.", 'liability.cap_lookback_months', null],
    ['Term', 'The Subscription Term is twelve (12) months and the fees paid for it are non-refundable.', 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "Provider's aggregate liability shall not exceed the total fees paid, and this Agreement renews for successive twelve (12) month periods.", 'liability.cap_lookback_months', null],
    ['Limitation of Liability', "Provider's liability shall not exceed the fees paid hereunder. Any claim must be brought within two (2) years after it arises.", 'liability.cap_lookback_months', null],
    ['Fees', 'Fees paid in the twelve (12) months preceding a price increase will be credited against the new fees.', 'liability.cap_lookback_months', null],
  ]);
});

describe('liability.uncapped', () => {
  runTable([
    ['Limitation of Liability', "Customer's liability to pay the Fees is unlimited.", 'liability.uncapped', true],
    ['Our liability', 'Nothing in these terms limits or excludes our liability for death or personal injury caused by our negligence or for fraud or fraudulent misrepresentation.', 'liability.uncapped', true],
    ['Limitation of Liability', "The cap in clause 12.2 shall not apply to either party's liability under clause 10 (Indemnities).", 'liability.uncapped', true],
    ['LIMITATION OF LIABILITY', "THE FOREGOING LIMITATIONS SHALL NOT APPLY TO A PARTY'S BREACH OF ITS CONFIDENTIALITY OBLIGATIONS.", 'liability.uncapped', true],
    ['Limitation of Liability', 'Liability for breach of clause 8 (Data Protection) is excluded from the cap in clause 11.3.', 'liability.uncapped', true],
    ['Limitation of Liability', 'Neither party limits its liability for gross negligence or wilful default.', 'liability.uncapped', true],
    ['Limitation of Liability', 'The limitation of liability under this Clause shall not be applicable to liability arising from fraud, gross negligence or wilful misconduct.', 'liability.uncapped', true],
    ['Limitation of Liability', 'Supplier shall have unlimited liability for any breach of clause 14 (Confidentiality).', 'liability.uncapped', true],
    ['Limitation of Liability', "Vendor's indemnification obligations are not subject to any limitation of liability in this Agreement.", 'liability.uncapped', true],
    ['Limitation of Liability', "There is no limit on the Provider's liability for claims arising from its wilful misconduct.", 'liability.uncapped', true],
    ['Limitation of Liability', 'Uncapped liabilities: indemnification obligations; breach of confidentiality; fraud.', 'liability.uncapped', true],
    ['Limitation of Liability', "Notwithstanding anything to the contrary, the limitations and exclusions in Section 11 do not extend to Licensor's obligations under Section 9.", 'liability.uncapped', true],
    ['Limitation of Liability', 'Clause 11.2 shall not operate to limit the liability of either party for fraud.', 'liability.uncapped', true],
    ['Our liability', 'The cap in clause 12.2 does not cap our liability for personal injury, fraud, or breach of your privacy.', 'liability.uncapped', true],
    // Traps: an exculpation with exceptions, an Irish "unlimited company", unlimited access or usage, and wording
    // that keeps a liability inside the cap.
    ['General', 'The Adviser shall not be liable except for loss arising from its gross negligence.', 'liability.uncapped', null],
    ['Definitions', '"Person" includes an individual, a designated activity company, a private company limited by shares, an unlimited company and a partnership.', 'liability.uncapped', null],
    ['Limitation of Liability', "Customer's liability is not unlimited; it is subject to the cap in clause 12.", 'liability.uncapped', null],
    ['Support', 'The Customer shall have unlimited access to the Support Portal.', 'liability.uncapped', null],
    ['Limitation of Liability', "Provider may process an unlimited number of transactions; Provider's liability shall not exceed the fees paid.", 'liability.uncapped', null],
    ['Limitation of Liability', 'The limitations in this clause apply to all claims, including claims for indemnification.', 'liability.uncapped', null],
    ['Limitation of Liability', "If the Order Form states no cap, the Supplier's liability shall be limited to £1,000,000.", 'liability.uncapped', null],
  ]);
});

describe('liability.uncapped_for', () => {
  runTable([
    ['Limitation of Liability', 'The limitation in clause 11.2 does not apply to liability arising from fraud, death or personal injury.', 'liability.uncapped_for', ['death-personal-injury', 'fraud']],
    ['LIMITATION OF LIABILITY', "EXCEPT FOR A PARTY'S INDEMNIFICATION OBLIGATIONS OR BREACH OF SECTION 7 (CONFIDENTIALITY), IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE FEES PAID HEREUNDER IN THE TWELVE MONTHS PRECEDING THE CLAIM.", 'liability.uncapped_for', ['confidentiality', 'indemnification']],
    ['Limitation of Liability', "Customer's obligation to pay the Fees, and either party's liability for a Personal Data Breach, are excluded from the cap in clause 9.1.", 'liability.uncapped_for', ['data-breach', 'payment']],
    ['Limitation of Liability', "Nothing in this Agreement shall limit or exclude either party's liability for fraud or fraudulent misrepresentation, or for death or personal injury caused by negligence.", 'liability.uncapped_for', ['death-personal-injury', 'fraud']],
    ['Limitation of Liability', "The cap shall not apply to losses caused by a party's wilful misconduct or gross negligence.", 'liability.uncapped_for', ['gross-negligence', 'wilful-misconduct']],
    ['Limitation of Liability', "Supplier's liability for breach of clause 8 (Data Protection) is unlimited.", 'liability.uncapped_for', ['data-breach']],
    ['Limitation of Liability', "Save for liability arising from a party's fraud or wilful default, which shall be unlimited, each party's liability shall not exceed £500,000.", 'liability.uncapped_for', ['wilful-misconduct', 'fraud']],
    ['Our liability', "We don't limit our liability for anything that we can't limit by law, like death or personal injury caused by our negligence, or fraud.", 'liability.uncapped_for', ['death-personal-injury', 'fraud']],
    ['Limitation of Liability', "The limits in this Section 10 will not apply to Customer's payment obligations or to either party's infringement of the other's intellectual property rights.", 'liability.uncapped_for', ['payment']],
    ['LIMITATION OF LIABILITY', 'THE LIMITATIONS SET FORTH IN THIS ARTICLE 12 SHALL NOT APPLY TO DAMAGES ARISING FROM A BREACH OF ARTICLE 9 (CONFIDENTIAL INFORMATION) OR FROM ANY SECURITY BREACH.', 'liability.uncapped_for', ['confidentiality', 'data-breach']],
    ['Limitation of Liability', "Neither party's liability for (a) breach of confidentiality, (b) its indemnification obligations, or (c) gross negligence or wilful misconduct shall be limited by this clause.", 'liability.uncapped_for', ['confidentiality', 'indemnification', 'gross-negligence', 'wilful-misconduct']],
    ['Limitation of Liability', "The limitation of liability in this Clause shall not be applicable to the Service Provider's indemnity obligations or to liability arising out of its gross negligence.", 'liability.uncapped_for', ['indemnification', 'gross-negligence']],
    ['Limitation of Liability', "Nor does anything in this Agreement limit the Supplier's liability under its indemnity for third-party claims.", 'liability.uncapped_for', ['indemnification']],
    // Traps: a carve-out with its own cap, a cap that names what it includes, an exculpation, an arbitration exception.
    ['Limitation of Liability', "For claims arising from a breach of clause 9 (Data Protection), the Supplier's aggregate liability shall not exceed three times the annual fees (the 'Super Cap').", 'liability.uncapped_for', null],
    ['Limitation of Liability', "Each party's liability for breach of confidentiality is limited to £2,000,000, and for all other claims to the fees paid in the previous 12 months.", 'liability.uncapped_for', null],
    ['Limitation of Liability', 'The cap in this clause applies to all claims, including indemnification claims and claims for breach of confidentiality.', 'liability.uncapped_for', null],
    ['General', 'The Adviser shall not be liable for any loss except to the extent caused by its fraud or wilful default.', 'liability.uncapped_for', null],
    ['Fees', 'Customer shall pay all fees due under this Agreement without set-off.', 'liability.uncapped_for', null],
    ['Indemnification', "Provider's indemnification obligations under Section 8 are subject to the limitations in Section 12.", 'liability.uncapped_for', null],
    ['Disputes', 'Except for claims of fraud, disputes shall be resolved by arbitration.', 'liability.uncapped_for', null],
  ]);

  it('reads a carve-out by section number from the section heading', () => {
    const facts = factsOf(
      clause('8', 'Indemnities', 'Provider shall indemnify Customer against any claim that the Service infringes a patent.'),
      clause('12', 'Limitation of Liability', 'The limitation in clause 12.1 does not apply to liability under clause 8.'),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['indemnification']);
  });

  it('reads a carve-out list that goes on in the next sub-clause (a PDF list split into clauses)', () => {
    const facts = factsOf(
      clause('11.3', 'Liability', 'Clauses 11.1 and 11.2 do not apply to liability for (a) death or personal injury caused by negligence;', 1),
      clause('11.3(b)', 'Liability', 'fraud; (c) a Personal Data Breach caused by our breach of clause 7; or (d) your obligation to pay the Fees.', 2),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(expect.arrayContaining(['data-breach', 'death-personal-injury', 'fraud', 'payment']));
    expect((facts['liability.uncapped_for']?.value as string[]).length).toBe(4);
  });

  it('does not carry a carve-out list into an unrelated next clause', () => {
    const facts = factsOf(
      clause('11.3', 'Liability', 'Clauses 11.1 and 11.2 do not apply to liability for death or personal injury caused by negligence; and', 1),
      clause('12', 'Fees', 'Customer shall pay the Fees within thirty (30) days; late payment is a breach of this Agreement.'),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['death-personal-injury']);
  });

  it('reads the sections a defined carve-out names through their headings', () => {
    const facts = factsOf(
      clause('9', 'Confidentiality', 'Each party shall keep the other party\'s Confidential Information confidential.'),
      clause('11', 'Indemnification', 'Supplier will indemnify Client against third-party claims that the Services infringe a patent.'),
      clause('12', 'Limitation of Liability', 'EXCEPT FOR THE EXCLUDED MATTERS, EACH PARTY\'S AGGREGATE LIABILITY WILL NOT EXCEED THE FEES PAID IN THE SIX (6) MONTHS BEFORE THE CLAIM.'),
      clause('12.3', null, '"Excluded Matters" means (i) a party\'s obligations under Section 11; (ii) a party\'s breach of Section 9; and (iii) a party\'s fraud.', 1),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['confidentiality', 'indemnification', 'fraud']);
    expect(facts['indemnity.uncapped']?.value).toBe(true);
  });
});

describe('liability.consequential_excluded', () => {
  runTable([
    ['Limitation of Liability', 'Neither party shall be liable for any indirect, special or consequential loss.', 'liability.consequential_excluded', true],
    ['LIMITATION OF LIABILITY', 'IN NO EVENT WILL VENDOR BE LIABLE FOR LOST PROFITS, LOSS OF REVENUE OR ANY INDIRECT DAMAGES.', 'liability.consequential_excluded', true],
    ['Our responsibility for loss', 'We are not responsible for any loss of profit, business or goodwill, or any indirect loss.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Neither party shall have any liability to the other for consequential damages of any kind.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'The Supplier shall in no circumstances be liable for any indirect or consequential loss howsoever arising.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Each party waives any claim against the other for punitive or exemplary damages.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Neither Party shall be responsible to the other for any indirect, remote or consequential damages.', 'liability.consequential_excluded', true],
    ['Key Terms', 'Consequential loss | Excluded for both parties', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Licensor shall not be liable hereunder for special, incidental or consequential damages howsoever caused.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'In no case shall either party be answerable for indirect or consequential damages.', 'liability.consequential_excluded', true],
    ['Limitation of Liability', 'Liability for indirect and consequential losses is excluded.', 'liability.consequential_excluded', true],
    ['Our liability', 'Neither of us will be liable for losses that were not foreseeable, or for any loss of profits or revenue.', 'liability.consequential_excluded', true],
    ['LIMITATION OF LIABILITY', 'NEITHER PROVIDER NOR ITS LICENSORS WILL BE LIABLE FOR ANY INCIDENTAL OR CONSEQUENTIAL DAMAGES.', 'liability.consequential_excluded', true],
    // Traps: recoverable lost profits, restoring lost data, compensation for lost revenue, payable special damages,
    // and a sentence that keeps loss of profits recoverable.
    ['Remedies', "Customer may recover direct damages, including lost profits, caused by Provider's breach.", 'liability.consequential_excluded', null],
    ['Backups', 'Lost data shall be restored by Provider from its most recent backup at no charge.', 'liability.consequential_excluded', null],
    ['Service Levels', 'The Supplier shall compensate the Customer for any loss of revenue caused by an outage, up to the service credits in Schedule 3.', 'liability.consequential_excluded', null],
    ['Damages', 'Special damages referred to in Schedule 4 shall be payable by the Supplier on demand.', 'liability.consequential_excluded', null],
    ['Limitation of Liability', 'Nothing in this clause excludes liability for loss of profits arising from a breach of clause 9.', 'liability.consequential_excluded', null],
    ['Delays', 'Provider is not liable for delays caused by Customer, and Customer remains liable for any incidental expenses Provider incurs.', 'liability.consequential_excluded', null],
  ]);
});

describe('indemnity.scope', () => {
  runTable([
    ['Indemnification', 'Provider shall indemnify, defend and hold harmless Customer from any third-party claim alleging that the Software infringes any patent, copyright or trade secret.', 'indemnity.scope', ['ip-infringement']],
    ['Indemnities', "The Supplier shall indemnify the Customer against all losses arising from any claim that the Customer's use of the Deliverables infringes the Intellectual Property Rights of a third party.", 'indemnity.scope', ['ip-infringement']],
    ['IP claims', "We will defend you against any claim that the Service, as we provide it, violates a third party's copyright.", 'indemnity.scope', ['ip-infringement']],
    ['Indemnification', "Vendor shall indemnify Customer against claims for bodily injury, death or damage to tangible property caused by Vendor's personnel.", 'indemnity.scope', ['bodily-injury']],
    ['Indemnities', "Supplier shall indemnify Customer against any fines, penalties and losses arising from Supplier's breach of the Data Protection Laws.", 'indemnity.scope', ['data-breach']],
    ['Indemnification', "Contractor shall defend and indemnify Customer from all claims arising out of Contractor's failure to comply with applicable laws.", 'indemnity.scope', ['violation-of-law']],
    ['Indemnity', 'The Licensor shall indemnify and keep indemnified the Licensee against any and all claims arising out of or in connection with the performance of this Agreement by the Licensor.', 'indemnity.scope', ['third-party-claims']],
    ['Indemnification', "Provider will indemnify Customer for any losses resulting from Provider's breach of this Agreement.", 'indemnity.scope', ['breach-of-contract']],
    ['Indemnification', 'Company agrees to hold Customer harmless from any claim arising from a Security Incident affecting Customer Data.', 'indemnity.scope', ['data-breach']],
    ['Indemnity', 'The Service Provider shall indemnify and keep the Client indemnified from and against any claims arising out of infringement of any intellectual property rights of third parties.', 'indemnity.scope', ['ip-infringement']],
    ['Indemnification', "Vendor shall indemnify Customer from claims arising from Vendor's violation of any applicable statute, regulation or ordinance.", 'indemnity.scope', ['violation-of-law']],
    ['INDEMNIFICATION', 'SUPPLIER SHALL DEFEND AND INDEMNIFY CUSTOMER AGAINST ALL CLAIMS FOR PERSONAL INJURY OR PROPERTY DAMAGE CAUSED BY THE PRODUCTS.', 'indemnity.scope', ['bodily-injury']],
    ['Order Form', 'Indemnity | Supplier indemnifies Customer for third-party IP infringement claims', 'indemnity.scope', ['ip-infringement']],
    ['Indemnification', "Each party shall indemnify the other against claims for bodily injury caused by its employees.", 'indemnity.scope', ['bodily-injury']],
    // Traps: the customer's indemnity, an indemnity given to us by another party, a refusal to indemnify, and the
    // indemnified party's duties.
    ['Indemnification', "Customer shall indemnify Provider against any claim that Customer Data infringes a third party's rights.", 'indemnity.scope', null],
    ['Your responsibilities', 'You will indemnify us against any claims arising from your use of the Services in breach of these terms.', 'indemnity.scope', null],
    ['Indemnification', "Neither party shall be required to indemnify the other for claims arising from the other's negligence.", 'indemnity.scope', null],
    ['Indemnification', 'The indemnified party shall give prompt notice of any infringement claim.', 'indemnity.scope', null],
    ['Indemnification', "The Distributor shall defend and indemnify Provider against any claim for death or bodily injury arising from a Device.", 'indemnity.scope', null],
    ['Indemnification', 'Provider shall have no obligation to indemnify Customer for claims arising from modifications made by Customer.', 'indemnity.scope', null],
  ]);

  it('reads the list items that continue an indemnity opener', () => {
    const facts = factsOf(clause('9', 'Indemnification', "Provider shall defend Customer against any claim:\n(a) that the Service infringes a patent; or\n(b) arising from Provider's unauthorised disclosure of Customer Data."));
    expect(facts['indemnity.scope']?.value).toEqual(['ip-infringement', 'data-breach']);
  });
});

describe('indemnity.uncapped', () => {
  runTable([
    ['Limitation of Liability', "The limitations in this Section 11 shall not apply to Provider's indemnification obligations under Section 9.", 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Amounts payable under the indemnities in clause 10 are not counted towards the cap in clause 12.2.', 'indemnity.uncapped', true],
    ['Limitation of Liability', "Supplier's liability under clause 14 (Indemnities) shall be unlimited.", 'indemnity.uncapped', true],
    ['LIMITATION OF LIABILITY', "EXCEPT FOR EITHER PARTY'S INDEMNIFICATION OBLIGATIONS, NEITHER PARTY'S LIABILITY SHALL EXCEED THE FEES PAID IN THE PRIOR 12 MONTHS.", 'indemnity.uncapped', true],
    ['Limitation of Liability', "Vendor's obligations to defend and indemnify Customer are not subject to any cap on liability.", 'indemnity.uncapped', true],
    ['Limitation of Liability', "The cap does not apply to either party's indemnity obligations.", 'indemnity.uncapped', true],
    ['Limitation of Liability', 'The indemnities given in clause 15 sit outside the limitation of liability in clause 16.', 'indemnity.uncapped', true],
    ['Limitation of Liability', "No limitation of liability applies to the Licensor's indemnity for third-party intellectual property claims.", 'indemnity.uncapped', true],
    ['Our liability', 'Our liability under the IP indemnity is not limited.', 'indemnity.uncapped', true],
    ['Limitation of Liability', 'The indemnification obligations of the Service Provider shall be uncapped.', 'indemnity.uncapped', true],
    ['Limitation of Liability', 'Liability under clause 9 (Indemnity) is excluded from the liability cap.', 'indemnity.uncapped', true],
    ['Key Terms', 'Indemnification claims | Uncapped', 'indemnity.uncapped', true],
    ['Limitation of Liability', "Notwithstanding clause 12, Supplier's liability under the indemnity in clause 11.1 shall not be limited.", 'indemnity.uncapped', true],
    // Expressly inside the cap.
    ['Limitation of Liability', "Provider's indemnification obligations are subject to the limitations of liability in Section 12.", 'indemnity.uncapped', false],
    ['Limitation of Liability', 'Any amount paid under the indemnity in clause 9 counts towards and is subject to the cap in clause 11.2.', 'indemnity.uncapped', false],
    ['Limitation of Liability', 'The indemnities in this clause 9 fall within, and are limited by, the cap in clause 12.', 'indemnity.uncapped', false],
    ['Limitation of Liability', "Supplier's aggregate liability, including under its indemnities, shall not exceed the fees paid in the 12 months before the claim.", 'indemnity.uncapped', false],
    ['Limitation of Liability', 'For the avoidance of doubt, the IP indemnity in clause 10.1 is within the cap in clause 12.', 'indemnity.uncapped', false],
    // Traps: an indemnity with nothing about the cap, a payment carve-out, conditions and procedures.
    ['Indemnification', 'Provider shall indemnify Customer against third-party IP claims.', 'indemnity.uncapped', null],
    ['Limitation of Liability', "The limitations in clause 12 do not apply to Customer's obligation to pay the Fees.", 'indemnity.uncapped', null],
    ['Indemnification', "Provider's indemnity obligations are conditional on Customer giving prompt notice of the claim.", 'indemnity.uncapped', null],
    ['Limitation of Liability', "Each party's liability is capped at the fees paid in the preceding 12 months.", 'indemnity.uncapped', null],
    ['Indemnification', 'Any indemnity payment must be made within thirty (30) days and is subject to the payment terms in clause 6.', 'indemnity.uncapped', null],
    ['Indemnification', 'The indemnity in clause 9 shall survive termination and is subject to the procedures in clause 9.3.', 'indemnity.uncapped', null],
  ]);

  it('reads an earlier indemnity clause referred to by number as inside the cap', () => {
    const facts = factsOf(
      clause('11', 'Liability', 'Each party\'s liability under this DPA is subject to the limitations in the Main Agreement.'),
      clause('11.2', null, 'We shall indemnify the Controller against all losses arising from a Personal Data Breach caused by our breach of this DPA.', 1),
      clause('11.3', null, 'Our liability under clause 11.2 counts towards and is subject to the limits referred to in clause 11.1.', 1),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });

  it('reads "the limits apply to" an infringement-defence section as inside the cap', () => {
    const facts = factsOf(
      clause('8', 'Infringement Claims', 'Provider will defend Customer against any third-party claim alleging that an Update infringes a patent.'),
      clause('9', 'Limitation of Liability', 'The limits in this Section 9 apply to Provider\'s obligations under Section 8.'),
    );
    expect(facts['indemnity.uncapped']?.value).toBe(false);
  });
});

describe('warranty.period_days', () => {
  runTable([
    ['Warranty', 'Provider warrants that the Software will perform substantially in accordance with the Documentation for ninety (90) days from delivery.', 'warranty.period_days', 90],
    ['Warranties', 'Supplier warrants that the Deliverables will be free from material defects for a period of twelve (12) months following Acceptance.', 'warranty.period_days', 360],
    ['Order Form', 'Warranty period | 6 months from go-live', 'warranty.period_days', 180],
    ['Warranty', 'The warranty period is thirty (30) business days after installation.', 'warranty.period_days', 30],
    ['Our guarantee', 'We guarantee our workmanship for one year after we finish the job.', 'warranty.period_days', 365],
    ['Media Warranty', 'The Licensor warrants that the media on which the Software is supplied shall be free from defects in materials and workmanship for 60 (sixty) days after delivery.', 'warranty.period_days', 60],
    ['Warranty', 'If any Services fail to conform to this warranty and Customer notifies Provider within thirty (30) days after performance of those Services, Provider will re-perform them.', 'warranty.period_days', 30],
    ['Warranty', 'Company warrants the Equipment against defects for a 24-month period starting on the date of shipment.', 'warranty.period_days', 720],
    ['LIMITED WARRANTY', 'THE LIMITED WARRANTY SET OUT ABOVE LASTS FOR NINETY DAYS FROM THE DATE OF PURCHASE.', 'warranty.period_days', 90],
    ['Our warranty', 'We warrant that the goods will be free from defects for 12 months from the date of supply.', 'warranty.period_days', 360],
    ['Warranty', 'Seller warrants the Products for a period of two (2) years from the date of sale.', 'warranty.period_days', 730],
    ['Warranty', 'All Services are warranted for 30 days from completion.', 'warranty.period_days', 30],
    ['Warranty', 'Supplier shall remedy any defect in the Work Product notified within the Warranty Period, being 90 days after Acceptance.', 'warranty.period_days', 90],
    // Traps: a claim-notice window after discovery, a term length, survival of representations, response times,
    // payment terms, share warrants.
    ['Warranty', 'Customer must notify Provider of any warranty claim within ten (10) days of discovering the defect.', 'warranty.period_days', null],
    ['Representations', 'Provider warrants that it has full power to enter into this Agreement, and this Agreement shall continue for twelve (12) months.', 'warranty.period_days', null],
    ['Survival', 'The representations and warranties in this Section survive for eighteen (18) months after Closing.', 'warranty.period_days', null],
    ['Warranty', 'Provider will respond to warranty claims within five (5) Business Days.', 'warranty.period_days', null],
    ['Warranty', 'Customer shall pay for replacement parts supplied after the warranty expires within thirty (30) days of invoice.', 'warranty.period_days', null],
    ['Warrants', 'The Warrants are exercisable for a period of five (5) years from the date of issue.', 'warranty.period_days', null],
    ['Delivery', 'Supplier guarantees delivery within fourteen (14) days of the purchase order.', 'warranty.period_days', null],
  ]);
});

describe('warranty.disclaimer', () => {
  runTable([
    ['WARRANTIES', 'EXCEPT AS EXPRESSLY SET OUT IN THIS SECTION, PROVIDER MAKES NO OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.', 'warranty.disclaimer', true],
    ['Warranties', 'All conditions, warranties and other terms implied by statute or common law are excluded to the fullest extent permitted by law.', 'warranty.disclaimer', true],
    ['Warranties', 'The terms implied by sections 13 to 15 of the Sale of Goods Act 1893 and section 39 of the Sale of Goods and Supply of Services Act 1980 are excluded to the extent permitted by law.', 'warranty.disclaimer', true],
    ['Warranty', "The Services are provided on an 'as is' and 'as available' basis.", 'warranty.disclaimer', true],
    ['Our promises', "We don't make any promises about the Service beyond what's in these terms, and we exclude all implied warranties to the extent the law allows.", 'warranty.disclaimer', true],
    ['Warranty', 'Licensor hereby disclaims all implied warranties of merchantability and fitness for purpose.', 'warranty.disclaimer', true],
    ['Warranties', 'To the extent permitted by law, including the Australian Consumer Law, all implied guarantees, conditions and warranties are excluded.', 'warranty.disclaimer', true],
    ['Warranty', 'Vendor gives no warranty that the Software is error-free and no other warranty, express or implied.', 'warranty.disclaimer', true],
    ['WARRANTY', 'THE FOREGOING WARRANTIES ARE EXCLUSIVE AND IN LIEU OF ALL OTHER WARRANTIES, WHETHER WRITTEN, ORAL OR IMPLIED.', 'warranty.disclaimer', true],
    ['Warranty', 'Any implied warranties or conditions of merchantable quality, including under the Sale of Goods Act (British Columbia), are excluded.', 'warranty.disclaimer', true],
    ['Warranties', 'Save as expressly provided herein, all warranties, whether express or implied by statute or otherwise, are hereby excluded.', 'warranty.disclaimer', true],
    ['Key Terms', 'Warranty disclaimer | All implied warranties disclaimed', 'warranty.disclaimer', true],
    ['Warranty', 'Company does not warrant that the Platform will be uninterrupted, and all implied warranties of fitness for a particular purpose are hereby disclaimed.', 'warranty.disclaimer', true],
    ['Warranties', 'All terms implied by law as to satisfactory quality and fitness for purpose are excluded.', 'warranty.disclaimer', true],
    // Expressly kept.
    ['Warranties', 'The Supplier does not exclude any warranty implied by the Sale of Goods Act.', 'warranty.disclaimer', false],
    ['Warranties', 'The warranties in this clause are in addition to, and not in lieu of, any warranties implied by law.', 'warranty.disclaimer', false],
    // Traps: an express warranty, disclaiming an interest, non-reliance, consumer guarantees that cannot be
    // excluded, sole remedy, a reference to another section, a conditional "as is".
    ['Warranty', 'Provider warrants that the Services will be performed in a workmanlike manner.', 'warranty.disclaimer', null],
    ['Ownership', 'Customer disclaims any interest in the Provider Materials.', 'warranty.disclaimer', null],
    ['Entire Agreement', 'Customer represents that it has not relied on any warranty not set out in this Agreement.', 'warranty.disclaimer', null],
    ['Consumer law', 'Nothing in this Agreement excludes the consumer guarantees under the Australian Consumer Law that cannot be excluded.', 'warranty.disclaimer', null],
    ['Warranty', "The Customer's sole remedy for breach of warranty is re-performance of the Services.", 'warranty.disclaimer', null],
    ['Beta Features', 'Section 12 (Disclaimer) applies to any Beta Features.', 'warranty.disclaimer', null],
  ]);
});

describe('insurance.general_liability', () => {
  runTable([
    ['Insurance', 'Provider shall maintain commercial general liability insurance with limits of not less than $1,000,000 per occurrence and $2,000,000 in the aggregate.', 'insurance.general_liability', usd(1000000)],
    ['Insurance', 'The Supplier shall maintain public liability insurance of at least £5 million for any one occurrence.', 'insurance.general_liability', { amount: 5000000, currency: 'GBP' }],
    ['Insurance', 'The Supplier shall maintain public liability insurance with a limit of indemnity of not less than €6,500,000.', 'insurance.general_liability', { amount: 6500000, currency: 'EUR' }],
    ['Insurance', 'Commercial General Liability | USD 2,000,000 per occurrence', 'insurance.general_liability', usd(2000000)],
    ['Insurance', 'General liability: $1,000,000 each occurrence / $2,000,000 aggregate', 'insurance.general_liability', usd(1000000)],
    ['Insurance', 'We will hold public and product liability insurance for at least A$20,000,000 per claim.', 'insurance.general_liability', { amount: 20000000, currency: 'AUD' }],
    ['Insurance', 'Vendor shall carry Commercial General Liability insurance with limits of not less than CAD $2,000,000 per occurrence.', 'insurance.general_liability', { amount: 2000000, currency: 'CAD' }],
    ['Insurance', 'The Service Provider shall procure and maintain a comprehensive general liability insurance policy for an amount not less than INR 1,00,00,000.', 'insurance.general_liability', { amount: 10000000, currency: 'INR' }],
    ['Insurance', 'Contractor shall keep in force general liability cover of no less than two million dollars ($2,000,000).', 'insurance.general_liability', usd(2000000)],
    ['INSURANCE', 'VENDOR SHALL MAINTAIN CGL INSURANCE OF AT LEAST $3,000,000 PER OCCURRENCE.', 'insurance.general_liability', usd(3000000)],
    ['Insurance', "During the Term we'll keep general liability insurance of at least $1 million.", 'insurance.general_liability', usd(1000000)],
    ['Insurance', "Supplier shall maintain the following insurance: (a) commercial general liability, $1,000,000 per occurrence; (b) workers' compensation as required by law; (c) cyber liability, $5,000,000 per claim.", 'insurance.general_liability', usd(1000000)],
    ['Insurance', 'Licensor shall carry, at its own cost, broad form comprehensive general liability coverage in an amount of not less than US$1,000,000 combined single limit.', 'insurance.general_liability', usd(1000000)],
    // Traps: the customer's cover, another cover's amount, a liability cap, a reference to another agreement,
    // and another party's cover naming us as additional insured.
    ['Insurance', 'Customer shall maintain commercial general liability insurance of at least $1,000,000 per occurrence.', 'insurance.general_liability', null],
    ['Insurance', "Provider shall maintain workers' compensation insurance of $500,000 and general liability insurance as required by law.", 'insurance.general_liability', null],
    ['Limitation of Liability', "Provider's liability under this Agreement shall not exceed $1,000,000.", 'insurance.general_liability', null],
    ['Insurance', 'Provider shall maintain umbrella liability insurance of $10,000,000 in excess of its commercial general liability policy.', 'insurance.general_liability', null],
    ['Insurance', 'Supplier shall maintain insurance as specified in the Master Agreement, including general liability insurance.', 'insurance.general_liability', null],
    ['Insurance', 'The Distributor shall carry commercial general liability insurance of not less than CAD 5,000,000 per occurrence and shall name Provider as an additional insured.', 'insurance.general_liability', null],
  ]);

  it('reads a general liability row of an insurance table under its opener', () => {
    const facts = factsOf(clause('10', 'Insurance', 'Throughout the Term, Supplier will maintain at least the following insurance:\n\n| Coverage | Minimum limits |\n|---|---|\n| Commercial general liability | $2,000,000 per occurrence |\n| Umbrella liability | $10,000,000 |'));
    expect(facts['insurance.general_liability']?.value).toEqual(usd(2000000));
  });
});

describe('insurance.cyber', () => {
  runTable([
    ['Insurance', 'Provider shall maintain cyber liability insurance with limits of not less than $5,000,000 per claim.', 'insurance.cyber', usd(5000000)],
    ['Insurance', 'The Supplier shall maintain professional indemnity insurance of not less than £2,000,000 for each and every claim.', 'insurance.cyber', { amount: 2000000, currency: 'GBP' }],
    ['Insurance', 'Technology Errors & Omissions | $3,000,000 per claim and aggregate', 'insurance.cyber', usd(3000000)],
    ['Insurance', 'Network security and privacy liability: USD 10 million', 'insurance.cyber', usd(10000000)],
    ['Insurance', 'The Supplier shall hold cyber insurance cover of at least €3,000,000 in the aggregate.', 'insurance.cyber', { amount: 3000000, currency: 'EUR' }],
    ['Insurance', 'We will hold professional indemnity insurance for at least A$5,000,000 per claim.', 'insurance.cyber', { amount: 5000000, currency: 'AUD' }],
    ['Insurance', 'Licensor shall carry technology errors and omissions insurance, including network security and privacy liability, with a limit of not less than two million Canadian dollars per claim.', 'insurance.cyber', { amount: 2000000, currency: 'CAD' }],
    ['Insurance', 'Vendor shall maintain E&O insurance of at least $2M.', 'insurance.cyber', usd(2000000)],
    ['Insurance', 'We carry cyber cover of $1,000,000.', 'insurance.cyber', usd(1000000)],
    ['INSURANCE', 'VENDOR SHALL CARRY CYBER/PRIVACY LIABILITY COVERAGE OF $5,000,000.', 'insurance.cyber', usd(5000000)],
    ['Insurance', 'Provider shall maintain professional liability (errors and omissions) insurance with a limit of one million dollars ($1,000,000) per claim.', 'insurance.cyber', usd(1000000)],
    ['Insurance', 'The Service Provider shall maintain a cyber risk insurance policy with a sum insured of INR 5,00,00,000.', 'insurance.cyber', { amount: 50000000, currency: 'INR' }],
    // Traps: the customer's cover, a cover without an amount, a liability cap that mentions cyber insurance,
    // an incident reimbursement.
    ['Insurance', 'Customer shall maintain cyber liability insurance of at least $2,000,000.', 'insurance.cyber', null],
    ['Insurance', 'Provider shall maintain cyber insurance in an amount sufficient to cover its obligations.', 'insurance.cyber', null],
    ['Insurance', 'Provider shall maintain general liability insurance of $1,000,000 and cyber insurance as required by the DPA.', 'insurance.cyber', null],
    ['Security', 'Provider shall notify Customer of any cyber incident within 72 hours and shall reimburse costs up to $50,000.', 'insurance.cyber', null],
    ['Insurance', 'The professional indemnity insurance held by Customer shall be at least $2,000,000.', 'insurance.cyber', null],
    ['Limitation of Liability', "Supplier's liability for data protection claims shall not exceed £5,000,000, whether or not covered by its cyber insurance.", 'insurance.cyber', null],
  ]);
});

describe('a defined carve-out whose list the segmenter cut into sub-clauses', () => {
  it('reads the items from the deeper clause that continues the definition', () => {
    const c = (number: string, text: string, level: number) => ({ ...clause(number, 'Limitation of Liability', text), level });
    const facts = factsOf(
      c('12(b)', 'EXCEPT FOR THE EXCLUDED MATTERS, EACH PARTY\'S AGGREGATE LIABILITY WILL NOT EXCEED THE FEES PAID IN THE SIX (6) MONTHS BEFORE THE CLAIM.', 1),
      c('12(c)', '"Excluded Matters" means (i) a party\'s breach of Section 9 (Confidentiality);', 1),
      c('12(c)(ii)', 'a party\'s fraud; and (iii) Client\'s obligation to pay amounts due.', 2),
    );
    expect(facts['liability.uncapped_for']?.value).toEqual(['confidentiality', 'fraud', 'payment']);
  });
});
