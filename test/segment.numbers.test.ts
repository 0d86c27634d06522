import { describe, expect, it } from 'vitest';
import { parseClauseNumber } from '../src/segment/index.js';
import { definedTerm, isTitleCasePhrase, splitRunInHeading } from '../src/segment/index.js';

describe('parseClauseNumber: clause numbers', () => {
  it.each([
    ['1. Definitions', '1', 'Definitions', 0],
    ['1 .', null, null, null],
    ['12. TERM AND TERMINATION', '12', 'TERM AND TERMINATION', 0],
    ['1.1 "Affiliate" means any entity', '1.1', '"Affiliate" means any entity', 1],
    ['1.1. Access and Use. Customer may', '1.1', 'Access and Use. Customer may', 1],
    ['4.2.1 Fees are due', '4.2.1', 'Fees are due', 2],
    ['4.2.1. Fees are due', '4.2.1', 'Fees are due', 2],
    ['1.1(a) Customer shall', '1.1(a)', 'Customer shall', 2],
    ['5.2(a)(ii) The Supplier', '5.2(a)(ii)', 'The Supplier', 3],
    ['Section 5(a) Payment.', '5(a)', 'Payment.', 1],
    ['SECTION 5. FEES', '5', 'FEES', 0],
    ['Section 9.3 Survival.', '9.3', 'Survival.', 1],
    ['Sec. 5 Term', '5', 'Term', 0],
    ['ARTICLE IV LIMITATION OF LIABILITY', 'IV', 'LIMITATION OF LIABILITY', 0],
    ['ARTICLE IV', 'IV', '', 0],
    ['Article 4 - Term and Termination', '4', 'Term and Termination', 0],
    ['ARTICLE 12: MISCELLANEOUS', '12', 'MISCELLANEOUS', 0],
    ['Article I. Definitions', 'I', 'Definitions', 0],
    ['ARTICLE ONE', 'ONE', '', 0],
    ['§ 7 Confidentiality', '7', 'Confidentiality', 0],
    ['§7.2 Remedies', '7.2', 'Remedies', 1],
    ['Clause 3 Payment', '3', 'Payment', 0],
    ['(a) the Customer shall', '(a)', 'the Customer shall', 1],
    ['(iv) any breach', '(iv)', 'any breach', 1],
    ['(A) Services', '(A)', 'Services', 1],
    ['(1) first item', '(1)', 'first item', 1],
    ['a) access the Service', '(a)', 'access the Service', 1],
    ['1) first item', '(1)', 'first item', 1],
    ['B. "PRODUCT" shall mean', '(B)', '"PRODUCT" shall mean', 1],
    ['II. TERM', 'II', 'TERM', 0],
    ['1   TERM OF CONTRACT', '1', 'TERM OF CONTRACT', 0],
    ['  3. Payment', '3', 'Payment', 0],
    ['12.', '12', '', 0],
    // Text extraction glued a two-level number to its heading (CUAD, CC BY 4.0).
    ['13.12Counterparts. This Agreement may be executed in counterparts.', '13.12', 'Counterparts. This Agreement may be executed in counterparts.', 1],
  ])('%j -> %s', (line, number, rest, level) => {
    const parsed = parseClauseNumber(line);
    if (number === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ number, rest, level });
  });
});

describe('parseClauseNumber: cross-references, quantities and dates are not numbers', () => {
  it.each([
    'Section 9.3 shall survive any termination.',
    'Section 4 of the Agreement applies.',
    'Sections 4 and 5 survive.',
    'SECTION 5, as amended, applies',
    'Article 4 hereof governs.',
    'Article 10.2 shall not apply to liability arising from gross negligence.',
    '1.5 times the fees paid',
    '2.5 million dollars',
    '2.5 Million Dollars',
    '2.5Million Dollars',
    '12Months of service',
    '3.32Records and Audits 34 3.33Restricted Entities 37',
    '99.9% uptime',
    '2024.',
    '2024. The parties',
    '1999 was a year',
    '12',
    '30 days after notice',
    '3 Business Days',
    '1.5x the fees',
    'Exhibit A attached hereto',
    'Customer shall pay. Then',
    'the Customer',
    '(the "Agreement")',
    '',
  ])('%j', (line) => {
    expect(parseClauseNumber(line)).toBeNull();
  });
});

describe('splitRunInHeading', () => {
  it.each([
    ['Limitation. Neither party will be liable', 'Limitation', 'Neither party will be liable'],
    ['Limitation of Liability. Neither party will be liable', 'Limitation of Liability', 'Neither party will be liable'],
    ['Fees and Payment: Customer shall pay', 'Fees and Payment', 'Customer shall pay'],
    ['**Payment.** Customer will pay', 'Payment', 'Customer will pay'],
    ['Term – The Agreement starts on', 'Term', 'The Agreement starts on'],
    ['DEFINITIONS. Capitalized terms used', 'DEFINITIONS', 'Capitalized terms used'],
    ['U.S. Government Rights. The Software is', 'U.S. Government Rights', 'The Software is'],
    ['Restrictions on Customer. a. Except as permitted', 'Restrictions on Customer', 'a. Except as permitted'],
    ['Payment Terms: net 30 days', 'Payment Terms', 'net 30 days'],
  ])('%j', (text, heading, body) => {
    expect(splitRunInHeading(text)).toEqual({ heading, body });
  });

  it.each([
    'Customer shall pay. Then the Provider will invoice.',
    'The parties agree as follows: each party shall',
    'Provider will respond. Customer may escalate.',
    'Acme Inc. shall pay all fees.',
    'Limitation of liability. neither party',
    'In no event shall either party be liable. The foregoing',
    'This is a heading that is far too long to be a heading at all. Then text',
  ])('%j is a sentence', (text) => {
    expect(splitRunInHeading(text)).toBeNull();
  });
});

describe('isTitleCasePhrase', () => {
  it.each([
    ['Limitation of Liability', true],
    ['Fees and Payment', true],
    ['Term and Termination of the Agreement', true],
    ['Notice; No Waiver', true],
    ['Customer shall pay', false],
    ['of Liability', false],
    ['Limitation of', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isTitleCasePhrase(text, 8)).toBe(expected);
  });
});

describe('definedTerm', () => {
  it.each([
    ['"Affiliate" means any entity', 'Affiliate'],
    ['“Fees” has the meaning given in the Order Form', 'Fees'],
    ['"Personal Data" will have the meaning(s) set forth', 'Personal Data'],
    ['"Product(s)" means the System', 'Product(s)'],
    ['"Customer" or "Client" means the buyer', 'Customer'],
    ['"Territory" shall mean the world', 'Territory'],
    ['"AS IS" without warranty', null],
    ['Affiliate means any entity', null],
  ])('%j -> %s', (text, term) => {
    expect(definedTerm(text)).toBe(term);
  });
});

describe('parseClauseNumber: titled references', () => {
  it.each([
    ['Section 9 (Confidentiality). and Premier shall remain insured', null],
    ['Section 4 (Fees), Section 5 (Taxes) survive', null],
    ['Section 4 (Fees) shall survive', null],
    ['Section 4 (Fees) The fees are fixed.', '4'],
  ])('%j -> %s', (line, number) => {
    expect(parseClauseNumber(line)?.number ?? null).toBe(number);
  });
});
