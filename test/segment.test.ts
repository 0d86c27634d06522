import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.js';
import { isAllCapsHeading } from '../src/segment/headings.js';
import { byNumber, docOf, outline, type BlockSpec } from './segment.helpers.js';

const seg = (specs: BlockSpec[]) => segment(docOf(specs));

describe('numbered clauses and headings', () => {
  it.each([
    // [block text, number, heading, text]
    ['7.2 Limitation. Neither party is liable for lost profits.', '7.2', 'Limitation', 'Neither party is liable for lost profits.'],
    ['7.2 Limitation of Liability. Neither party is liable.', '7.2', 'Limitation of Liability', 'Neither party is liable.'],
    ['7.2. Fees and Payment: Customer shall pay within 30 days.', '7.2', 'Fees and Payment', 'Customer shall pay within 30 days.'],
    ['7.2 LIMITATION OF LIABILITY. IN NO EVENT SHALL EITHER PARTY BE LIABLE.', '7.2', 'LIMITATION OF LIABILITY', 'IN NO EVENT SHALL EITHER PARTY BE LIABLE.'],
    ['7.2 Customer shall pay. Then Provider will deliver.', '7.2', null, 'Customer shall pay. Then Provider will deliver.'],
    ['7.2 The Customer shall pay all fees within thirty (30) days.', '7.2', null, 'The Customer shall pay all fees within thirty (30) days.'],
    ['Section 7.2 Survival. Sections 4 and 5 survive.', '7.2', 'Survival', 'Sections 4 and 5 survive.'],
    ['SECTION 7. INDEMNIFICATION. Provider shall defend Customer.', '7', 'INDEMNIFICATION', 'Provider shall defend Customer.'],
    ['§ 7.2 Remedies. Injunctive relief is available.', '7.2', 'Remedies', 'Injunctive relief is available.'],
    ['9. PRODUCT DESIGN During the term, Consultant shall advise.', '9', 'PRODUCT DESIGN', 'During the term, Consultant shall advise.'],
    ['4. Confidential Information.', '4', 'Confidential Information', ''],
    ['8. LIMITATION OF LIABILITY', '8', 'LIMITATION OF LIABILITY', ''],
  ])('%j', (text, number, heading, body) => {
    const clauses = seg(['1. Scope', 'The services are described below.', text]);
    const last = clauses[clauses.length - 1];
    expect(last.number).toBe(number);
    expect(last.heading).toBe(heading);
    expect(last.text).toBe(body);
    expect(last.kind).toBe('clause');
  });

  it('nests 1 / 1.1 / 1.1.1 and gives heading-less children the parent heading', () => {
    const clauses = seg([
      '8. LIMITATION OF LIABILITY',
      '8.1 Neither party shall be liable for indirect damages.',
      '8.2 Cap. Liability is capped at the fees paid in the prior 12 months.',
      '8.2.1 The cap does not apply to indemnities.',
      '9. Term',
      'This Agreement lasts two years.',
    ]);
    expect(outline(clauses)).toEqual([
      'clause:8|LIMITATION OF LIABILITY|L0',
      'clause:8.1|LIMITATION OF LIABILITY|L1',
      'clause:8.2|Cap|L1',
      'clause:8.2.1|Cap|L2',
      'clause:9|Term|L0',
    ]);
    expect(byNumber(clauses, '8').text).toBe('');
    expect(byNumber(clauses, '9').text).toBe('This Agreement lasts two years.');
  });

  it('puts sections under articles, roman or arabic', () => {
    const clauses = seg([
      'ARTICLE IV',
      'LIMITATION OF LIABILITY',
      'Section 4.1 Exclusion. Neither party is liable for lost profits.',
      'Section 4.2 The cap is $1,000,000.',
      'Article 5 - Term',
      'Section 1 Initial Term. Two years.',
    ]);
    expect(outline(clauses)).toEqual([
      'clause:IV|LIMITATION OF LIABILITY|L0',
      'clause:4.1|Exclusion|L1',
      'clause:4.2|LIMITATION OF LIABILITY|L1',
      'clause:5|Term|L0',
      'clause:1|Initial Term|L1',
    ]);
  });

  it('makes (a)/(i) items sub-clauses with composed numbers', () => {
    const clauses = seg([
      '5.2 Exclusions. The cap does not apply to:',
      '(a) breach of confidentiality;',
      '(b) indemnification obligations, including:',
      '(i) third-party IP claims; and',
      '(ii) data breach claims;',
      '(c) gross negligence.',
      '5.3 Next clause text.',
    ]);
    expect(outline(clauses)).toEqual([
      'clause:5.2|Exclusions|L1',
      'clause:5.2(a)|Exclusions|L2',
      'clause:5.2(b)|Exclusions|L2',
      'clause:5.2(b)(i)|Exclusions|L3',
      'clause:5.2(b)(ii)|Exclusions|L3',
      'clause:5.2(c)|Exclusions|L2',
      'clause:5.3|-|L1'.replace('-', ''),
    ]);
    expect(byNumber(clauses, '5.2(a)').text).toBe('breach of confidentiality;');
  });

  it('reads (i) after (h) as a letter, not a roman numeral', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`);
    const clauses = seg(['3. Obligations', ...letters]);
    expect(clauses.map((c) => c.number)).toEqual(['3', ...'abcdefghij'.split('').map((l) => `3(${l})`)]);
    expect(new Set(clauses.slice(1).map((c) => c.level))).toEqual(new Set([1]));
  });

  it('reads a lower "1." inside clause 8 as a list item, not a new top-level clause', () => {
    const clauses = seg(['7. Fees', 'Fees are due.', '8. Bonuses', 'Bonuses are paid:', '1. Win a major: $10,000', '2. Top ten: $5,000', '9. Term']);
    expect(clauses.map((c) => c.number)).toEqual(['7', '8', '8(1)', '8(2)', '9']);
  });
});

describe('ALL-CAPS lines that end mid-phrase', () => {
  it('does not take the first line of a caps sentence broken by a PDF line for a heading', () => {
    const clauses = seg(['1. Scope', 'The services are described below.',
      '7.3 THE LIMITATION IN SECTION 7.2 SHALL NOT APPLY TO OBLIGATIONS UNDER',
      "SECTION 6, OR A PARTY'S FRAUD, FOR WHICH LIABILITY SHALL BE UNLIMITED."]);
    const c = byNumber(clauses, '7.3');
    expect(c.heading).toBeNull();
    expect(c.text).toContain('OBLIGATIONS UNDER');
    expect(c.text).toContain('SECTION 6');
  });

  it.each([
    ['EXHIBIT A', true], ['ARTICLE I', true], ['TERM AND TERMINATION', true], ['LIMITATION OF LIABILITY', true],
    ['THE LIMITATION SHALL NOT APPLY TO OBLIGATIONS UNDER', false], ['FEES AND', false], ['RIGHTS OF THE', false],
  ])('isAllCapsHeading(%j) is %s', (line, expected) => {
    expect(isAllCapsHeading(line)).toBe(expected);
  });
});

describe('body paragraphs, preamble and title', () => {
  it('continues a clause with following paragraphs, with spans for each block', () => {
    const clauses = seg(['MASTER SERVICES AGREEMENT', 'This Agreement is made between Acme Inc. and Globex LLC.', '1. Fees. Customer pays monthly.', 'Late fees accrue at 1.5% per month.']);
    expect(outline(clauses)).toEqual(['title:-||L0', 'preamble:-||L0', 'clause:1|Fees|L0']);
    const fees = clauses[2];
    expect(fees.text).toBe('Customer pays monthly.\nLate fees accrue at 1.5% per month.');
    expect(fees.spans).toEqual([
      { offset: 0, location: { page: null, paragraph: null, line: 5 } },
      { offset: 23, location: { page: null, paragraph: null, line: 7 } },
    ]);
    expect(fees.text.slice(fees.spans[1].offset)).toBe('Late fees accrue at 1.5% per month.');
    expect(fees.location.line).toBe(5);
    expect(clauses[0].text).toBe('MASTER SERVICES AGREEMENT');
  });

  it('keeps recitals and their caps headings in one preamble clause', () => {
    const clauses = seg([
      'This Agreement is entered into by Acme Inc. ("Acme") and Beta LLC ("Beta") on the Effective Date stated below.',
      'RECITALS',
      'WHEREAS, Acme makes widgets; and',
      'NOW, THEREFORE, the parties agree as follows:',
      '1. Services. Acme will supply widgets.',
    ]);
    expect(outline(clauses)).toEqual(['preamble:-||L0', 'clause:1|Services|L0']);
    expect(clauses[0].text.split('\n')).toHaveLength(4);
  });

  it('does not take cross-references, quantities or years at a paragraph start for clauses', () => {
    const clauses = seg([
      '9. Survival',
      '9.3 Confidentiality obligations last five years.',
      'Section 9.3 shall survive any termination of this Agreement.',
      '1.5 times the fees paid is the cap for data claims.',
      '2024. The parties signed this year.',
      'As set forth in Section 4, fees are fixed.',
    ]);
    expect(clauses.map((c) => c.number)).toEqual(['9', '9.3']);
    expect(byNumber(clauses, '9.3').spans).toHaveLength(5);
  });

  it('drops stray page numbers and page footers', () => {
    const clauses = seg(['1. Term. Two years.', '12', 'Page 3 of 10', '- 4 -', 'The term renews.']);
    expect(clauses).toHaveLength(1);
    expect(clauses[0].text).toBe('Two years.\nThe term renews.');
  });

  it('starts a clause at an unnumbered caps heading over a paragraph, not at an address line', () => {
    const clauses = seg([
      '1. Notices. Notices go to:',
      'ACME CORPORATION',
      '1 Main Street, Springfield',
      'GOVERNING LAW',
      'This Agreement is governed by the laws of the State of New York without regard to conflicts rules.',
    ]);
    expect(outline(clauses)).toEqual(['clause:1|Notices|L0', 'clause:-|GOVERNING LAW|L0']);
    expect(clauses[0].text).toContain('ACME CORPORATION');
  });

  it('starts a clause at a bold run-in heading in an unnumbered document', () => {
    const clauses = seg(['Order terms', '**Payment.** Customer will pay within 45 days.', '**Term.** One year.', 'It renews yearly.']);
    expect(outline(clauses)).toEqual(['title:-||L0', 'clause:-|Payment|L0', 'clause:-|Term|L0']);
    expect(clauses[2].text).toBe('One year.\nIt renews yearly.');
  });
});

describe('running headers', () => {
  it('drops a short line repeated on every page and a repeated SEC exhibit label', () => {
    const clauses = seg([
      'Exhibit 10.1', 'COOPERATION AGREEMENT', 'This Agreement is made between A and B on the date below.',
      '1. Term. One year.', 'Confidential', 'Exhibit 10.1', 'It renews.', 'Confidential', '2. Fees. None.', 'Confidential',
    ]);
    expect(outline(clauses)).toEqual(['title:-||L0', 'preamble:-||L0', 'clause:1|Term|L0', 'clause:2|Fees|L0']);
    expect(clauses[0].text).toBe('COOPERATION AGREEMENT');
    expect(clauses[2].text).toBe('One year.\nIt renews.');
  });
});

describe('styled headings, labels and list levels', () => {
  it('uses docx styled headings and Word list labels', () => {
    const clauses = seg([
      { text: 'Services Agreement', kind: 'heading', headingLevel: 1 },
      'This agreement is between Acme and Beta.',
      { text: 'Payment', kind: 'heading', headingLevel: 2 },
      'Customer pays within 30 days of invoice.',
      { text: 'Fees are due monthly.', kind: 'list-item', listLevel: 0, label: '4.2' },
      { text: 'late fees apply.', kind: 'list-item', listLevel: 1, label: 'a' },
    ]);
    expect(outline(clauses)).toEqual([
      'title:-||L0',
      'preamble:-||L0',
      'clause:-|Payment|L0',
      'clause:4.2|-|L1'.replace('-|', '|'),
      'clause:4.2(a)||L2',
    ]);
    expect(byNumber(clauses, '4.2(a)').text).toBe('late fees apply.');
  });

  it('composes markdown nested "1." items by list level', () => {
    const clauses = seg([
      { text: 'Cloud Service Agreement', kind: 'heading', headingLevel: 1 },
      { text: '1. Service', kind: 'list-item', listLevel: 0 },
      { text: '1. Access and Use. Customer may use the Cloud Service.', kind: 'list-item', listLevel: 1 },
      { text: '2. Support. Provider will provide support.', kind: 'list-item', listLevel: 1 },
      { text: '2. Restrictions', kind: 'list-item', listLevel: 0 },
      { text: '1. Suspension. Provider may suspend.', kind: 'list-item', listLevel: 1 },
    ]);
    expect(outline(clauses)).toEqual([
      'title:-||L0',
      'clause:1|Service|L0',
      'clause:1.1|Access and Use|L1',
      'clause:1.2|Support|L1',
      'clause:2|Restrictions|L0',
      'clause:2.1|Suspension|L1',
    ]);
  });

  it('carries tracked-insertion changes into spans', () => {
    const change = { type: 'insertion' as const, author: 'Jane', date: '2024-05-01' };
    const clauses = seg(['1. Payment. Net 30.', { text: 'Net 60 applies to the first invoice.', change }]);
    expect(clauses[0].spans[0].change).toBeUndefined();
    expect(clauses[0].spans[1].change).toEqual(change);
  });
});

describe('definitions', () => {
  it('makes quoted-term paragraphs inside a Definitions clause into definitions', () => {
    const clauses = seg([
      '1. Definitions',
      '"Affiliate" means any entity that controls a party.',
      '“Fees” has the meaning given in the Order Form.',
      'Fees exclude taxes.',
      '1.4 "Territory" means the United States.',
      '2. Payment',
      '"Late Fee" means 1.5% per month.',
    ]);
    expect(outline(clauses)).toEqual([
      'clause:1|Definitions|L0',
      'definition:-|Affiliate|L1',
      'definition:-|Fees|L1',
      'definition:1.4|Territory|L1',
      'clause:2|Payment|L0',
    ]);
    expect(clauses[2].text).toBe('“Fees” has the meaning given in the Order Form.\nFees exclude taxes.');
    expect(clauses[4].text).toBe('"Late Fee" means 1.5% per month.');
  });
});

describe('exhibits, signatures and tables', () => {
  it('starts exhibits, keeps numbered clauses inside them, and ends the signature block there', () => {
    const clauses = seg([
      '1. Term. One year.',
      'IN WITNESS WHEREOF, the parties have signed this Agreement.',
      'ACME INC.',
      'By: ____________',
      'Name: Jane Roe',
      'Title: CEO',
      '2. Not a clause inside the signature block',
      'EXHIBIT A',
      'SERVICE LEVELS',
      '1. Availability. Provider will make the Service available 99.9% of the time.',
      'Schedule 2 – Pricing',
      'Fees are $10 per user.',
      'Exhibit B attached hereto sets out fees.',
    ]);
    expect(outline(clauses)).toEqual([
      'clause:1|Term|L0',
      'signature:-||L0',
      'exhibit:Exhibit A|SERVICE LEVELS|L0',
      'clause:1|Availability|L1',
      'exhibit:Schedule 2|Pricing|L0',
    ]);
    expect(clauses[1].text.split('\n')).toHaveLength(6);
    expect(clauses[4].text).toBe('Fees are $10 per user.\nExhibit B attached hereto sets out fees.');
  });

  it('makes each order-form table row a clause, unless inside a numbered clause', () => {
    const clauses = seg([
      'ORDER FORM',
      { text: 'Subscription Term | 12 months', kind: 'table-row' },
      { text: 'Payment Terms | Net 45', kind: 'table-row' },
      '1. Fees. Fees are:',
      { text: 'Platform | $10,000', kind: 'table-row' },
    ]);
    expect(outline(clauses)).toEqual(['title:-||L0', 'clause:-|Subscription Term|L0', 'clause:-|Payment Terms|L0', 'clause:1|Fees|L0']);
    expect(clauses[2].text).toBe('Payment Terms | Net 45');
    expect(clauses[3].text).toBe('Fees are:\nPlatform | $10,000');
  });

  it('labels each cell of a table with a header row (3+ columns) with its column; key/value tables stay as they are', () => {
    const clauses = seg([
      '1. Support. Provider meets these targets:',
      { text: 'Priority | Target Restoration | Initial Response', kind: 'table-row' },
      { text: 'P1 | 4 hours | 1 hour', kind: 'table-row' },
      { text: 'P2 | | 8 hours', kind: 'table-row' },
      'ORDER FORM',
      { text: 'Item | Value', kind: 'table-row' },
      { text: 'Payment Terms | Net 45', kind: 'table-row' },
    ]);
    const all = clauses.map((c) => c.text).join('\n');
    expect(all).toContain('P1 | Target Restoration: 4 hours | Initial Response: 1 hour');
    expect(all).toContain('P2 |  | Initial Response: 8 hours');
    expect(all).toContain('Payment Terms | Net 45');
    expect(all).not.toContain('Value: Net 45');
  });

  it('keeps only the purchased tier\'s column of a table with one column per tier', () => {
    const clauses = seg([
      'ORDER FORM',
      { text: 'Field | Detail', kind: 'table-row' },
      { text: 'Support tier purchased | Gold', kind: 'table-row' },
      'Support levels',
      { text: 'Priority | Definition | Silver | Gold', kind: 'table-row' },
      { text: 'P1 | System down | 8 hours | 2 hours', kind: 'table-row' },
    ]);
    const all = clauses.map((c) => c.text).join('\n');
    expect(all).toContain('P1 | Definition: System down | Gold: 2 hours');
    expect(all).not.toContain('8 hours');
  });

  it('takes a numbered Markdown heading in sentence case as the clause heading', () => {
    const clauses = seg(['## 12. Limitation of liability', '12.1 Neither party is liable for indirect loss.', '## 13. Term and termination of services']);
    expect(clauses.map((c) => [c.number, c.heading])).toEqual([['12', 'Limitation of liability'], ['12.1', 'Limitation of liability'], ['13', 'Term and termination of services']]);
  });

  it('keeps every column when no purchased tier is named', () => {
    const clauses = seg([
      'Support levels',
      { text: 'Priority | Definition | Silver | Gold', kind: 'table-row' },
      { text: 'P1 | System down | 8 hours | 2 hours', kind: 'table-row' },
    ]);
    expect(clauses.map((c) => c.text).join('\n')).toContain('P1 | Definition: System down | Silver: 8 hours | Gold: 2 hours');
  });

  it('keeps a table of contents out of the clauses', () => {
    const clauses = seg([
      'SUPPLY AGREEMENT',
      'TABLE OF CONTENTS',
      'ARTICLE I DEFINITIONS 1',
      'Section 1.1 Definitions 1',
      'Section 8.1 Limitation of Liability 12',
      'This Supply Agreement is made between Acme and Beta.',
      'ARTICLE I DEFINITIONS',
      'Section 1.1 Definitions. Terms have these meanings.',
    ]);
    expect(outline(clauses)).toEqual([
      'title:-||L0',
      'preamble:-|TABLE OF CONTENTS|L0',
      'preamble:-||L0',
      'clause:I|DEFINITIONS|L0',
      'clause:1.1|Definitions|L1',
    ]);
  });
});

describe('paragraphs joined on one line (plain-text filings)', () => {
  it('splits a block at clause numbers that follow a sentence end', () => {
    // Shape of CUAD plain text (ACCURAY INC distributor agreement, CC BY 4.0), shortened.
    const line = 'NOW, THEREFORE, the parties agree as follows: 1. DEFINITIONS. Capitalized terms have these meanings: ' +
      '1.1. "Customer" means any buyer. 1.2. "Quote" means a quote under Section 2.3 that sets prices. ' +
      '2. DISTRIBUTORSHIP 2.1. Appointment. Accuray appoints Distributor. 2.2 Pricing 2.2.1 Pricing is set by Accuray. ' +
      'Sections 3.8 (Warranty); 3.11 (Compliance) survive.';
    const clauses = seg([line]);
    expect(outline(clauses)).toEqual([
      'preamble:-||L0',
      'clause:1|DEFINITIONS|L0',
      'definition:1.1|Customer|L1',
      'definition:1.2|Quote|L1',
      'clause:2|DISTRIBUTORSHIP|L0',
      'clause:2.1|Appointment|L1',
      'clause:2.2|Pricing|L1',
      'clause:2.2.1|Pricing|L2',
    ]);
    expect(byNumber(clauses, '2.2.1').text).toBe('Pricing is set by Accuray. Sections 3.8 (Warranty); 3.11 (Compliance) survive.');
  });
});

describe('size', () => {
  it('segments a 2 MB document in linear time', () => {
    const para = '3.1 Fees. Customer shall pay the fees set out in Section 4.2 within thirty (30) days. ';
    const oneLine = para.repeat(Math.ceil(2_000_000 / para.length));
    const started = performance.now();
    const clauses = seg([oneLine]);
    const elapsed = performance.now() - started;
    expect(clauses.length).toBeGreaterThan(20_000);
    expect(elapsed).toBeLessThan(5000);
  });

  it('handles a 2 MB line with no structure at all', () => {
    const started = performance.now();
    const clauses = seg(['a'.repeat(1_000_000) + ' ' + 'B. '.repeat(300_000)]);
    expect(clauses.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

// Filings that put the signature page first, and page numbers glued to the next line (shapes met in CUAD, CC BY 4.0).
describe('signature blocks that come before the body', () => {
  it.each<[string, string[], string[]]>([
    [
      'a restarted "1.0" numbering over prose ends a witness block',
      [
        'THIS AGREEMENT is made between Cisco Systems, Inc. and ScanSource, Inc.',
        'IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.',
        'By: /s/ Jane Roe Name: Jane Roe',
        '1.0 DEFINITIONS.',
        'Affiliates are the entities listed on Exhibit E to this Agreement that are business units of Distributor.',
        '2.0 APPOINTMENT. Cisco appoints Distributor as a nonexclusive distributor of the Products in the Territory.',
      ],
      ['preamble:-||L0', 'signature:-||L0', 'clause:1.0|DEFINITIONS|L1', 'clause:2.0|APPOINTMENT|L1'],
    ],
    [
      '"1.1" with a sentence after it ends a witness block',
      [
        'THIS AGREEMENT is made between iPass Inc. and the Channel Partner.',
        'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.',
        'By: /s/ Jane Roe',
        '1.1 General. iPass will make the Service available to Channel Partner in exchange for the fees referenced in the Exhibits.',
      ],
      ['preamble:-||L0', 'signature:-||L0', 'clause:1.1||L1'],
    ],
    [
      'a clause that carries on the numbering ("13.12" after "13.11") ends a witness block',
      [
        'THIS AGREEMENT is made between Charity Tunes Inc. and ConAgra Foods Canada Inc.',
        '13.11 Waiver. A delay or failure by any party to exercise a right under this Agreement shall not constitute a waiver.',
        'IN WITNESS WHEREOF, the parties have duly executed and delivered this Agreement:',
        '5',
        '13.12 Counterparts. This Agreement may be executed in counterparts, each of which shall be deemed an original.',
        '13.15 Law and Jurisdiction. This Agreement shall be governed by the laws of the Province of Ontario.',
      ],
      ['preamble:-||L0', 'clause:13.11|Waiver|L1', 'signature:-||L0', 'clause:13.12|Counterparts|L1', 'clause:13.15|Law and Jurisdiction|L1'],
    ],
    [
      'a number that does not carry on ("2.1" after "13.11") stays in the block',
      [
        'THIS AGREEMENT is made between A Inc. and B Corp.',
        '13.11 Waiver. A delay or failure by any party to exercise a right under this Agreement shall not constitute a waiver.',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        '2.1 The undersigned officer confirms that he or she is authorised to sign on behalf of the company named above.',
      ],
      ['preamble:-||L0', 'clause:13.11|Waiver|L1', 'signature:-||L0'],
    ],
    [
      'a signature line numbered "1." without prose stays in the block',
      [
        'THIS AGREEMENT is made between A Inc. and B Corp.',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        '1. Name: Jane Roe',
        'Title: CEO',
      ],
      ['preamble:-||L0', 'signature:-||L0'],
    ],
    [
      'a page number glued before "Annex A" still starts the annex',
      [
        '1. Term. One year.',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        'By: ____________',
        '9 Annex A THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT.',
      ],
      ['clause:1|Term|L0', 'signature:-||L0', 'exhibit:Annex A|THIS WARRANT HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT|L0'],
    ],
  ])('%s', (_name, blocks, expected) => {
    expect(outline(seg(blocks))).toEqual(expected);
  });
});
