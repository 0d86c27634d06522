// Topic detection from headings and sentence meaning, plus the sentence splitter, excerpts and locations.
import { describe, expect, it } from 'vitest';
import { classifyClauses, sentenceTopics, TOPIC_RULES } from '../src/extract/topics.js';
import { normalise } from '../src/extract/text.js';
import { splitSentences } from '../src/extract/sentences.js';
import { analyseTermSheet, excerptAround, locate } from '../src/extract/index.js';
import { FACTS, TOPICS } from '../src/vocabulary.js';
import type { Clause, CompiledTopic } from '../src/types.js';
import { clause } from './helpers/clauses.js';

function topicsOf(heading: string | null, text: string, custom: CompiledTopic[] = []): string[] {
  const c = clause('1', heading, text);
  classifyClauses([c], custom);
  return c.topics;
}

describe('topic tables', () => {
  it('has heading words and sentence patterns for every built-in topic', () => {
    for (const t of TOPICS) {
      expect(TOPIC_RULES[t], t).toBeDefined();
      expect(TOPIC_RULES[t]!.headings.length, t).toBeGreaterThan(0);
      expect(TOPIC_RULES[t]!.sentences.length, t).toBeGreaterThan(0);
    }
  });
});

describe('topics from headings', () => {
  it.each([
    ['Payment Terms', 'payment'],
    ['Limitation of Liability', 'limitation-of-liability'],
    ['Indemnification', 'indemnification'],
    ['Governing Law', 'governing-law'],
    ['Force Majeure', 'force-majeure'],
    ['Confidentiality', 'confidentiality'],
    ['Non-Solicitation', 'non-solicit'],
    ['Source Code Escrow', 'escrow'],
    ['Licence Grant', 'license-grant'],
    ['Data Protection', 'data-protection'],
    ['Entire Agreement', 'entire-agreement'],
  ])('heading "%s" -> %s', (heading, topic) => {
    expect(topicsOf(heading, 'See the schedule.')).toContain(topic);
  });

  it.each([
    ['Terms of Use', 'term'],
    ['Non-Exclusive Licence', 'exclusivity'],
    ['Notice of Breach', 'notices'],
    ['No Exclusivity', 'exclusivity'],
    ['Exclusivity of Warranties', 'exclusivity'],
    ['Assignment of Rights and Obligations', 'ip-assignment'],
    ['Successors and Assigns', 'assignment'],
  ])('heading "%s" is not %s', (heading, topic) => {
    expect(topicsOf(heading, 'See the schedule.')).not.toContain(topic);
  });

  it('needs the text, not just the heading, for third-party beneficiaries', () => {
    expect(topicsOf('No Third-Party Beneficiaries', 'There are no third-party beneficiaries to this Agreement.')).not.toContain('third-party-beneficiary');
    expect(topicsOf('Third Party Beneficiaries', 'Each Indemnitee is an intended third-party beneficiary of Section 9.')).toContain('third-party-beneficiary');
  });

  it('gives a heading-less sub-clause its parent heading\'s topics', () => {
    const parent = clause('12', 'Insurance', 'The Supplier shall maintain the following.');
    const child: Clause = { ...clause('12.1', null, 'Cover of not less than the amounts in Schedule 3.'), level: 1 };
    classifyClauses([parent, child]);
    expect(child.topics).toContain('insurance');
  });
});

describe('topics from sentence meaning', () => {
  it.each([
    ['Neither party may assign this Agreement without the prior written consent of the other party.', 'assignment'],
    ['Supplier shall maintain commercial general liability insurance with limits of $1,000,000.', 'insurance'],
    ['Customer shall pay Provider liquidated damages of $500 per day of delay.', 'liquidated-damages'],
    ['Distributor shall purchase the Products exclusively from Company during the Term.', 'exclusivity'],
    ['Licensor hereby grants Licensee an exclusive licence to distribute the Products in the Territory.', 'exclusivity'],
    ['Supplier shall offer Buyer prices no less favourable than those offered to any other customer.', 'mfn'],
    ['During the Term, Consultant shall not engage in any business that competes with the Company.', 'non-compete'],
    ['Licensor shall deposit the source code of the Software with the escrow agent.', 'escrow'],
    ['Customer may terminate this Agreement upon a change of control of Provider.', 'change-of-control'],
    ['Contractor hereby assigns to Company all right, title and interest in the Work Product.', 'ip-assignment'],
    ['Customer shall purchase a minimum of 10,000 units per calendar year.', 'minimum-commitment'],
    ['The Indemnitees are intended third-party beneficiaries of Section 9.', 'third-party-beneficiary'],
    ['Neither party shall make any statement that disparages the other party.', 'non-disparagement'],
    ['Licensee shall not contest the validity of the Licensed Marks or Licensor\'s ownership of them.', 'covenant-not-to-sue'],
    ['Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales.', 'revenue-sharing'],
    ['For six months after termination, Supplier shall continue to supply the Products and provide transition assistance.', 'post-termination-services'],
    ['Company shall have the right of first refusal to purchase the assets.', 'right-of-first-refusal'],
    ['Licensor hereby grants to Licensee a non-exclusive licence to use the Software.', 'license-grant'],
    ['Neither party is liable for delay caused by events beyond its reasonable control, including acts of God.', 'force-majeure'],
    ['This Agreement is governed by the laws of the State of New York.', 'governing-law'],
    ['The parties submit to the exclusive jurisdiction of the courts of London.', 'venue'],
    ['Provider will make the Service available 99.9% of the time.', 'sla'],
    ['Provider shall notify Customer of any personal data breach within 48 hours.', 'data-protection'],
    ['Each party shall keep the other party\'s Confidential Information confidential.', 'confidentiality'],
    ['Customer may audit Provider\'s books and records once per year.', 'audit'],
    ['This Agreement constitutes the entire agreement between the parties and supersedes all prior agreements.', 'entire-agreement'],
    ['If any provision is held invalid or unenforceable, the remaining provisions remain in full force.', 'severability'],
    ['Consultant represents that the rates charged to Client are no higher than those charged to any other client for similar services.', 'mfn'],
    ['If Consultant offers lower rates to another client, it shall promptly offer the same rates to Client.', 'mfn'],
    // Governing-law wordings found in CUAD contracts (CC BY 4.0).
    ['This Agreement shall be governed and construed according to the laws of the State of Kansas.', 'governing-law'],
    ['The laws of the State of Delaware (without reference to its principles of conflicts of law) shall govern the construction of this IP Agreement.', 'governing-law'],
    ['This AGREEMENT is controlled by the laws of the State of Texas.', 'governing-law'],
    ['The Master Franchise Agreement requires application of the laws of New York.', 'governing-law'],
  ])('"%s" -> %s', (text, topic) => {
    expect(topicsOf(null, text)).toContain(topic);
  });

  it.each([
    // Negations and look-alikes.
    ['This Agreement is non-exclusive and either party may work with others.', 'exclusivity'],
    ['Each party submits to the exclusive jurisdiction of the courts of Delaware.', 'exclusivity'],
    ['Nothing in this Agreement confers any rights on any person other than the parties.', 'third-party-beneficiary'],
    ['Capitalised terms have the meanings assigned to them in Section 1.', 'assignment'],
    ['Licensee may not convey, assign or transfer the Technology to any third party.', 'ip-assignment'],
    ['The Company shall pay the Consultant a fee of $5,000 per month.', 'revenue-sharing'],
    ['Either party may assign this Agreement without consent to a successor in a merger.', 'change-of-control'],
    // A use restriction is not a non-compete; an SLA's downtime exclusions are not a force-majeure clause.
    ['Customer will not copy the Documentation or use them to build a competing product.', 'non-compete'],
    ['Downtime does not include unavailability caused by scheduled maintenance or by a force majeure event as defined in the Terms of Service.', 'force-majeure'],
  ])('"%s" is not %s', (text, topic) => {
    expect(topicsOf(null, text)).not.toContain(topic);
  });

  it('adds custom topics by heading or pattern', () => {
    const custom: CompiledTopic[] = [{ name: 'ai-use', headings: ['artificial intelligence'], matches: (t) => /machine learning/i.test(t) }];
    expect(topicsOf('Artificial Intelligence', 'See the schedule.', custom)).toContain('ai-use');
    expect(topicsOf(null, 'Provider shall not train machine learning models on Customer Data.', custom)).toContain('ai-use');
    expect(topicsOf(null, 'Notices shall be in writing.', custom)).not.toContain('ai-use');
  });
});

describe('splitSentences', () => {
  it.each([
    ['See Sec. 5 for details. The fee is $1.5 million.', ['See Sec. 5 for details.', 'The fee is $1.5 million.']],
    ['Acme Inc. shall pay e.g. taxes in the U.S. and Canada. Then stop.', ['Acme Inc. shall pay e.g. taxes in the U.S. and Canada.', 'Then stop.']],
    ['Interest accrues at 1.5% per month. Section 4.2 applies.', ['Interest accrues at 1.5% per month.', 'Section 4.2 applies.']],
    ['First sentence! Second one? Third.', ['First sentence!', 'Second one?', 'Third.']],
    ['(a) the first item;\n(b) the second item.', ['(a) the first item;', '(b) the second item.']],
    // A table row stands apart from the paragraph after it, and a paragraph from the row after it.
    ['P4 | Premier: 3 business days\nResponse time means the first reply.', ['P4 | Premier: 3 business days', 'Response time means the first reply.']],
    ['Fees are:\nPlatform | $10,000', ['Fees are:', 'Platform | $10,000']],
    ['A wrapped line\ncontinues the sentence.', ['A wrapped line\ncontinues the sentence.']],
    ['The cap is Rs. 50,00,000 in aggregate. Then stop.', ['The cap is Rs. 50,00,000 in aggregate.', 'Then stop.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = 'One.  Two follows.';
    for (const s of splitSentences(text)) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });
});

describe('excerptAround and locate', () => {
  it('returns the sentence holding the match', () => {
    const text = 'Fees are in Schedule 1. Customer shall pay within 30 days of invoice. Taxes are extra.';
    expect(excerptAround(text, text.indexOf('30 days'), 7)).toBe('Customer shall pay within 30 days of invoice.');
  });

  it('trims a long sentence around the match with ellipses', () => {
    const text = `${'word '.repeat(100)}MATCH here ${'tail '.repeat(100)}end.`;
    const ex = excerptAround(text, text.indexOf('MATCH'), 5);
    expect(ex.length).toBeLessThanOrEqual(245);
    expect(ex).toContain('MATCH');
    expect(ex.startsWith('…')).toBe(true);
    expect(ex.endsWith('…')).toBe(true);
  });

  it('locates an offset in the span that holds it', () => {
    const c: Clause = {
      ...clause('3', 'Fees', 'First paragraph.\n\nSecond paragraph.'),
      spans: [
        { offset: 0, location: { page: 2, paragraph: 10, line: null } },
        { offset: 18, location: { page: 3, paragraph: 11, line: null } },
      ],
    };
    expect(locate(c, 5)).toEqual({ page: 2, paragraph: 10, line: null });
    expect(locate(c, 20)).toEqual({ page: 3, paragraph: 11, line: null });
  });
});

describe('analyseTermSheet', () => {
  it('states facts from the sheet with line locations and key: value excerpts', () => {
    const doc = analyseTermSheet({
      path: 'deal.yaml', format: 'termsheet', customer: 'Globex', deal: 'D-1',
      facts: { 'payment.net_days': 60, 'payment.net_days_business': true, 'governing_law.jurisdiction': 'Delaware' },
      lines: { 'payment.net_days': 4, 'governing_law.jurisdiction': 6 }, warnings: [],
    });
    expect(doc.clauses).toEqual([]);
    expect(Object.keys(doc.facts)).toEqual(expect.arrayContaining(FACTS.map((f) => f.name)));
    expect(doc.facts['payment.net_days']).toMatchObject({ value: 60, clause: null, location: { line: 4 }, excerpt: 'payment.net_days: 60', business: true });
    expect(doc.facts['governing_law.jurisdiction']?.excerpt).toBe('governing_law.jurisdiction: Delaware');
    expect(doc.facts['renewal.auto']).toBeNull();
    expect(doc.facts['payment.net_days_business']).toBeUndefined();
  });
});

// Rule-table rows (the phrase tables alone, without the trained classifier): wordings met in CUAD contracts
// (CC BY 4.0, shortened) that the tables used to get wrong.
describe('sentence rules on CUAD wordings', () => {
  const rules = (text: string): string[] => sentenceTopics(normalise(text));
  it.each([
    ['Each Group Company shall have the right under the Contracts (Rights of Third Parties) Act 1999 to enforce the rights bestowed on it.', 'third-party-beneficiary'],
    ['iPass and its suppliers shall be deemed to be third-party beneficiaries of this agreement, with the right to enforce the terms of this agreement.', 'third-party-beneficiary'],
    ['Except as expressly set forth in this Agreement and with the exception of the Affiliates of the Bank, the Parties do not intend the benefits of this Agreement to inure to any third party.', 'third-party-beneficiary'],
    ['Duval is not a party hereto and has no liability hereunder but is an intended third-party beneficiary hereof.', 'third-party-beneficiary'],
    ['Supplier shall charge Distributor no more than the lowest price charged to others for the same Product.', 'mfn'],
    ['The prices at which Seller sells to Distributor shall be no less favorable to the Distributor than those prices at which Seller sells similar products.', 'mfn'],
    ['In the event of a shortage, Distributor shall be treated no less favorably than any other distributor.', 'mfn'],
    ['Neither party shall make any statement that harms the reputation of the other party.', 'non-disparagement'],
    ['Neither party may assign this Agreement without the other party\'s prior written consent, and any merger or change of control of a party shall be deemed an assignment.', 'change-of-control'],
    // Our own wording: a notices sentence that names an e-mail address and says "must be sent".
    ['Notices to Northwind must be sent to legal@northwind.example.', 'notices'],
    ['Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales.', 'revenue-sharing'],
    ['Distributor is appointed on an exclusive basis in the Territory.', 'exclusivity'],
    // Quantities promised per period; exclusive rights worded with modifiers or as a channel; no other such deals.
    ['The Company shall produce no less than forty (40) original episodes of the Show per year.', 'minimum-commitment'],
    ['Integrity will hold exclusive worldwide rights to promote and sell the product through the following distribution channels.', 'exclusivity'],
    ['All such Contractors must process Merchant applications and transactions exclusively through Network 1.', 'exclusivity'],
    ['IMPCO shall not enter into any other Joint Venture Agreement or Marketing/Distribution Agreement with any company or person in the Territory.', 'exclusivity'],
    // Changes of control named in a list, or next to insolvency.
    ['In the event of any material change in the organization, ownership, management or control of the business of the Agent, the Company may terminate this Agreement upon written notice.', 'change-of-control'],
    ['This Agreement may be terminated on the insolvency of a Party or in case of a change of control of one of the Parties.', 'change-of-control'],
    ['This Agreement shall terminate in the event of a significant change in the management or ownership of mPhase or if mPhase is the subject of any bankruptcy proceedings.', 'change-of-control'],
    // Who will own what the work creates.
    ['Microgenics shall own all inventions and discoveries made by one or both of the Parties as part of the Research Program.', 'ip-assignment'],
    ['Company agrees to cause such applications and trademarks to be assigned and transferred to Licensor forthwith.', 'ip-assignment'],
    ['All data that you collect from customers ("Customer Data") is deemed to be owned exclusively by us.', 'ip-assignment'],
    // A negation about something else, and an adjective inside "intended ... beneficiary".
    ['Ehave shall be a third party beneficiary hereunder, but shall not have any obligations to the End User thereunder.', 'third-party-beneficiary'],
    ['Duval is not a party hereto but is an intended specific third party creditor beneficiary hereof.', 'third-party-beneficiary'],
    ['MediWound will allocate to Vericel its pro rata share of supply in a manner no less favorable than those of its equivalently situated customers.', 'mfn'],
    ['This Agreement will automatically terminate in the event of its assignment.', 'assignment'],
    ['This JV Agreement cannot be assigned by a Party without the prior written consent of the other Party.', 'assignment'],
    // Shares of revenue worded without "net sales"; cancellation and exit fees; competition worded as a noun.
    ['PageMaster Corporation will pay Go Call $3.00 per pager and 5% of all airtime renewal revenue for each pager redeemed.', 'revenue-sharing'],
    ['To remunerate HGF on the basis of thirty percent (30%) of net Company income on an annual basis.', 'revenue-sharing'],
    ['The Parties agree to share any revenue generated as a result of this Agreement, as set forth in each applicable Exhibit.', 'revenue-sharing'],
    ['If the agreement is terminated prior to December 31, 2006, the Customer agrees to pay a cancellation fee of $5,000 per month remaining on the agreement.', 'liquidated-damages'],
    ['The Exit Fee shall be paid by Affiliate immediately prior to the assignment of Merchants.', 'liquidated-damages'],
    ['Party B shall not advertise for any competitor having the same or similar business scope as Party A in the services it provides.', 'non-compete'],
    ['Any such agreement shall prohibit competition among Zanotti and Aura with regard to AETRU Systems.', 'non-compete'],
  ])('"%s" -> %s', (text, topic) => {
    expect(rules(text)).toContain(topic);
  });

  it.each([
    // Contents lines and carve-outs that name nobody.
    ['Third-Party Beneficiaries 16 Section 11.08.', 'third-party-beneficiary'],
    ['Except as set forth in Article 11, no Person other than the Parties shall be deemed an intended beneficiary hereunder.', 'third-party-beneficiary'],
    ['Except for Persons indemnified hereunder, nothing herein confers any right or remedy upon any Person not a party hereto.', 'third-party-beneficiary'],
    ['Licensor agrees not to grant licenses to any third party without first offering Licensee the right of first refusal.', 'third-party-beneficiary'],
    // A right of first refusal is not a most-favoured-nation clause.
    ['If no Transferee accepts, the Transferor may sell such shares to a third party on terms no more favourable than those offered to the Transferees.', 'mfn'],
    ['Intuit may offer the opportunity to any third party on terms and conditions no less favorable than those offered to the Company.', 'mfn'],
    // Mergers carved out of the consent requirement; fund-voting boilerplate.
    ['Neither party may assign this Agreement without the other party\'s consent, except that no such consent will be required in connection with a merger or sale of all or substantially all of its assets.', 'change-of-control'],
    ['Notwithstanding the foregoing, either party may assign this Agreement without the other party\'s prior written consent in the event of a merger or change in control.', 'change-of-control'],
    ['Customer may, without Manufacturer\'s consent, assign this Agreement to a Third Party in connection with a sale of all or substantially all of its business.', 'change-of-control'],
    ['This Agreement may be terminated at any time by the vote of a majority of the outstanding voting securities of the Fund on 60 days\' written notice.', 'change-of-control'],
    // Content warranties and reputational harm without a promise are not non-disparagement.
    ['Publication of the Content will not constitute defamation, product disparagement or trade libel.', 'non-disparagement'],
    ['Franchisee is convicted of a crime that is likely to harm the reputation of the System.', 'non-disparagement'],
    // A royalty-free licence shares no revenue; a PDF line break inside "non-exclusive" keeps it non-exclusive.
    ['Licensor grants Licensee a non-exclusive, royalty-free license to use the Marks during the Term.', 'revenue-sharing'],
    ['ISO may utilize the services under this Agreement on a non- exclusive basis.', 'exclusivity'],
    // "Minimum" and "at least" that are no purchase commitment: disclosure, negation, time spans, fees, insurance limits.
    ['The Receiving Party will only disclose the minimum amount of information reasonably necessary to comply with such law.', 'minimum-commitment'],
    ['There is no minimum amount of Customer Gas that must be delivered hereunder.', 'minimum-commitment'],
    ['Each purchase order shall be placed at least thirty (30) days prior to the requested delivery date.', 'minimum-commitment'],
    ['Vendor agrees to pay the administrator an annual fee of three hundred dollars ($300.00).', 'minimum-commitment'],
    ['The amount of coverage shall be a minimum of three million dollars ($3,000,000) combined single limit.', 'minimum-commitment'],
    ['Either party may assign all, but not less than all, of its rights to any entity that acquires it by purchase of stock or by merger.', 'minimum-commitment'],
    // "Only to", "governed exclusively by", "exclusive authority" and denials are not exclusivity.
    ['Confidential Information shall be disclosed only to those Representatives who need to know it in order to accomplish the business purpose.', 'exclusivity'],
    ['Nothing herein shall be construed as creating any exclusive arrangement between the Parties.', 'exclusivity'],
    ['This Agreement shall be governed exclusively by the laws of the State of Colorado.', 'exclusivity'],
    ['WYZZ shall retain exclusive authority, power and control over its programming.', 'exclusivity'],
    ['WHEREAS, Dong-A and NeuroBo entered into the License Agreement dated January 18, 2018, whereby Dong-A granted to NeuroBo an exclusive license under the Licensed Technology.', 'exclusivity'],
    // A merger carved out of the consent requirement; "the Merger" as a defined past transaction.
    ['The Company shall not assign this Agreement without the Professional\'s consent, except any assignment as a result of a merger or sale of substantially all of its assets.', 'change-of-control'],
    ['PSS will publish such results within 45 days following the Merger and will notify the undersigned.', 'change-of-control'],
    // What a party already owns stays its own.
    ['Any intellectual property owned by a Party shall remain the property of such Party.', 'ip-assignment'],
    ['All inventions made solely by iBio prior to this Agreement shall be the sole property of iBio.', 'ip-assignment'],
    ['Lucid is the sole owner of all trademark symbols and logos under which the products will be sold.', 'ip-assignment'],
    // Binding-effect clauses and assignments for creditors do not restrict assignment.
    ['This Agreement shall be binding upon and inure to the benefit of the parties and their respective successors and permitted assigns.', 'assignment'],
    ['Either party may terminate upon a voluntary assignment by the other party for the benefit of creditors.', 'assignment'],
    // Cover a party does not buy, or that protects nobody in the deal.
    ['The Company will not withhold social security or obtain worker\'s compensation insurance on the Consultant\'s behalf.', 'insurance'],
    ['The deposit accounts of the Bank are insured by the FDIC up to the applicable limits.', 'insurance'],
    ['The Employer will assist the Employee in obtaining life insurance on his own life.', 'insurance'],
    ['This Agreement will be binding upon Consultant\'s assigns and will be for the benefit of the Company, its successors and its assigns.', 'third-party-beneficiary'],
    // Rights of first refusal compare with the terms offered to the holder, not to other customers.
    ['Licensor may license its rights to any third party for a consideration not less than, and upon other terms not less favourable than those initially offered to SAP Africa.', 'mfn'],
    ['The other Party will then have the right of first refusal to purchase the patent at same or better terms than any other offer.', 'mfn'],
    // No royalty owed (a PDF line break inside "royalty- free", a negation); a definition of control; split costs.
    ['MediWound hereby grants to Vericel an exclusive, sublicensable, royalty- free, fully paid-up license to use the Licensed Trademarks.', 'revenue-sharing'],
    ['This Agreement grants ENVISION a non-exclusive and non-royalty bearing license to use the mark.', 'revenue-sharing'],
    ['XC shall have the right to use photographs of the Cars without paying any royalty or other fee.', 'revenue-sharing'],
    ['Allied acknowledges that Newegg shall not pay any fees or royalties for the license of the Allied Marks.', 'revenue-sharing'],
    ['"Control" of a Person shall mean holding fifty percent (50%) or more ownership or beneficial interest of income and capital of such Person.', 'revenue-sharing'],
    ['The cost of any such arbitration will be divided equally between the parties, with each party bearing its own attorneys\' fees and costs.', 'revenue-sharing'],
    // Survival of indemnities or confidentiality, and returning confidential information, are no post-termination service.
    ['This indemnity and defense obligation shall survive the expiration or termination of this Agreement.', 'post-termination-services'],
    ['Upon termination of this Agreement, Party B shall return Confidential Information to Party A or destroy it.', 'post-termination-services'],
    // A jury waiver and a further-assurances duty are not covenants not to sue.
    ['The Parties hereby waive all rights to a trial by jury for any and all Disputes.', 'covenant-not-to-sue'],
    ['Recipient further agrees to execute, acknowledge and deliver any documentation necessary to perfect the Company ownership of Intellectual Property.', 'covenant-not-to-sue'],
    // Freedom to compete, competitive prices, covenants owed to others, a non-competitive sponsor.
    ['This Agreement shall not prevent either party from developing or acquiring or selling competing Products of other vendors.', 'non-compete'],
    ['Vapotherm shall be free and without restriction to develop and sell products that may or may not compete with the Cartridges.', 'non-compete'],
    ['Neither of the HOF Entities shall purchase from any other supplier a product which meets its needs at competitive market pricing.', 'non-compete'],
    ['*** is not subject to any covenant-non-compete that would prevent his employment with PcoMed.', 'non-compete'],
    ['North shall have the right to place two non-competitive third party sponsor names on the golf bag.', 'non-compete'],
    // Tax penalties, regulatory fines, "without penalty" and a third party's cancellation penalties are no liquidated damages.
    ['Vendor will pay any penalty, interest, additional tax, or other charge that may be levied as a result of its failure to pay any tax.', 'liquidated-damages'],
    ['The amount of all assessed Bank Card association fines or penalties shall become due to SERVICERS from ISO.', 'liquidated-damages'],
    ['Company agrees to reimburse Contractor for any losses (including cancellation penalties) that Contractor may sustain.', 'liquidated-damages'],
    // A rule on how marks are used is not a promise about what one says of the other.
    ['Affiliate agrees not to use the Licensed Materials in any manner that is disparaging or that portrays Chase in a negative light.', 'non-disparagement'],
  ])('"%s" is not %s', (text, topic) => {
    expect(rules(text)).not.toContain(topic);
  });
});
