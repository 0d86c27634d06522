// --against internals: the word diff, clause matching and the findings of a template comparison,
// on small Markdown documents run through the real reader, segmenter and extractor.
import { describe, expect, it } from 'vitest';
import { diffClauses, diffKeys, matchClauses, normaliseHeading, normaliseNumber, compareWithTemplate } from '../src/compare/index.js';
import { analyse } from '../src/extract/index.js';
import { loadPolicy } from '../src/policy/load.js';
import { readMarkdown } from '../src/read/text.js';
import type { AnalysedDocument } from '../src/types.js';

const policy = await loadPolicy(null);

function md(text: string, path = 'doc.md'): AnalysedDocument {
  return analyse(readMarkdown(text, path));
}

describe('normalising numbers and headings', () => {
  it.each([
    ['1.', '1'],
    ['1', '1'],
    ['Section 4', '4'],
    ['§ 4.2', '4.2'],
    ['5(a)', '5.a'],
    ['5 (a)', '5.a'],
    ['IV.', 'iv'],
  ])('number %j -> %j', (raw, key) => expect(normaliseNumber(raw)).toBe(key));

  it.each([
    ['LIMITATION OF LIABILITY', 'limitation of liability'],
    ['Limitation of Liability.', 'limitation of liability'],
    ['Fees  and   Payment:', 'fees and payment'],
  ])('heading %j -> %j', (raw, key) => expect(normaliseHeading(raw)).toBe(key));
});

describe('word diff', () => {
  it.each([
    // [old, new, summary, excerpt]
    ['Payable within thirty (30) days of the invoice date.', 'Payable within ninety (90) days of the invoice date.',
      '"thirty (30)" → "ninety (90)"', 'Payable within [thirty (30) → ninety (90)] days of the invoice date.'],
    ['Invoices are due in thirty (30) days. Late amounts bear interest at one percent (1%) per month.', 'Invoices are due in thirty (30) days.',
      'deleted "Late amounts bear interest at one percent (1%) per month."', '… in thirty (30) days. [deleted: Late amounts bear interest at one percent (1%) per month.]'],
    ['Customer will pay each invoice.', 'Customer will pay each undisputed invoice.',
      'inserted "undisputed"', 'Customer will pay each [inserted: undisputed] invoice.'],
    ['governed by the laws of Delaware.', 'governed by the laws of New York.',
      '"Delaware" → "New York"', 'governed by the laws of [Delaware → New York].'],
  ])('%j -> %j', (oldText, newText, summary, excerpt) => {
    const diff = diffClauses(oldText, newText);
    expect(diff.summary).toBe(summary);
    expect(diff.excerpt).toBe(excerpt);
  });

  it.each([
    ['quotes', 'The "Services" are hosted.', 'The \u201CServices\u201D are hosted.'],
    ['case', 'EACH PARTY\'S LIABILITY IS CAPPED.', 'Each party\u2019s liability is capped.'],
    ['whitespace and line breaks', 'Fees are\n  due  annually.', 'Fees are due annually.'],
    ['dashes and non-breaking spaces', 'seventy-two (72)\u00A0hours', 'seventy\u2011two (72) hours'],
    ['markdown emphasis', 'Fees are **non-refundable**.', 'Fees are non-refundable.'],
  ])('formatting only (%s) is no change', (_name, a, b) => {
    expect(diffClauses(a, b).hunks).toEqual([]);
  });

  it('says how many more changes there are past three', () => {
    const diff = diffClauses('a b c d e f g h i j k l m n o p', 'A X c d e f Y h i j k l Z n o p W');
    expect(diff.hunks).toHaveLength(4);
    expect(diff.summary).toMatch(/; and 1 more change$/);
  });

  it('stays linear on long clauses: past the cap the middle is one change', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const changed = [...words];
    changed[10] = 'x';
    changed[4990] = 'y';
    const hunks = diffKeys(words, changed, 2000);
    expect(hunks).toEqual([{ oldFrom: 10, oldTo: 4991, newFrom: 10, newTo: 4991 }]);
    const start = performance.now();
    expect(diffKeys(words.slice(0, 2000), changed.slice(0, 2000).reverse(), 2000).length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('matching clauses', () => {
  const template = md('## 1. Fees\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Invoices are payable within thirty (30) days.\n\n## 2. Law\n\n2.1 Delaware law governs this agreement.\n');

  it('pairs renumbered clauses by their wording and reports only the inserted one', () => {
    const doc = md('## 1. Fees\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Fees are non-refundable once paid.\n\n1.3 Invoices are payable within thirty (30) days.\n\n## 2. Law\n\n2.1 Delaware law governs this agreement.\n');
    const findings = compareWithTemplate(doc, template, policy);
    expect(findings.map((f) => [f.clause?.number, f.severity, f.message])).toEqual([
      ['1.2', 'warning', 'Clause 1.2 (Fees) is not in the template'],
    ]);
  });

  it('pairs a rewritten clause with the same number and heading', () => {
    const t = template.clauses.filter((c) => c.kind === 'clause');
    const doc = md('## 1. Fees\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Customer will pay whenever it sees fit, at its sole discretion, without any deadline.\n\n## 2. Law\n\n2.1 Delaware law governs this agreement.\n');
    const d = doc.clauses.filter((c) => c.kind === 'clause');
    const match = matchClauses(t, d);
    expect(match.removed).toEqual([]);
    expect(match.added).toEqual([]);
    const pairs = match.pairs.map(([i, j]) => [t[i].number, d[j].number]);
    expect(pairs).toContainEqual(['1.2', '1.2']);
  });

  it('is quiet on an identical copy and on a copy that differs only in formatting', () => {
    expect(compareWithTemplate(template, template, policy)).toEqual([]);
    const restyled = md('## 1 FEES\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Invoices are payable  within thirty (30) days.\n\n## 2 LAW\n\n2.1 DELAWARE LAW GOVERNS THIS AGREEMENT.\n');
    expect(compareWithTemplate(restyled, template, policy)).toEqual([]);
  });

  it('reports a changed clause with its number, diff, owner, fact and the template wording as fallback', () => {
    const doc = md('## 1. Fees\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Invoices are payable within ninety (90) days.\n\n## 2. Law\n\n2.1 Delaware law governs this agreement.\n');
    const [finding, ...rest] = compareWithTemplate(doc, template, policy);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'template-deviation',
      severity: 'warning',
      clause: { number: '1.2', heading: 'Fees' },
      message: 'Clause 1.2 (Fees) differs from the template: "thirty (30)" → "ninety (90)"',
      excerpt: 'Invoices are payable within [thirty (30) → ninety (90)] days.',
      fallback: 'Invoices are payable within thirty (30) days.',
      owner: { id: 'finance', name: 'Finance (Deal Desk)' },
      fact: { name: 'payment.net_days', value: 90, expected: '= 30 days' },
    });
    expect(finding.location?.line).toBe(5);
  });

  it('reports a removed clause from the template, owned by its topic (governing law: legal)', () => {
    const doc = md('## 1. Fees\n\n1.1 Customer pays the fees in each order form.\n\n1.2 Invoices are payable within thirty (30) days.\n');
    const findings = compareWithTemplate(doc, template, policy);
    expect(findings.map((f) => [f.clause?.number, f.message, f.owner?.id, f.location])).toEqual([
      ['2', 'Clause 2 (Law) of the template is missing from this document', 'legal', null],
      ['2.1', 'Clause 2.1 (Law) of the template is missing from this document', 'legal', null],
    ]);
  });

  it('gives an added definition info severity', () => {
    const withDefs = md('## 1. Definitions\n\n1.1 "Fees" means the amounts in an order form.\n');
    const doc = md('## 1. Definitions\n\n1.1 "Fees" means the amounts in an order form.\n\n1.2 "Affiliate" means an entity under common control with a party.\n');
    const findings = compareWithTemplate(doc, withDefs, policy);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['info', 'Definition 1.2 (Affiliate) is not in the template']]);
  });
});
