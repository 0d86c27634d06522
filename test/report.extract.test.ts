// `termlint extract` output: JSON against schemas/extract.schema.json, YAML as a term sheet,
// and the human outline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatExtractJson, formatExtractText, formatExtractYaml, type ExtractInput } from '../src/report/extract.js';
import type { Clause, FactHit } from '../src/types.js';
import { FACTS } from '../src/vocabulary.js';

const ROOT = join(import.meta.dirname, '..');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/extract.schema.json'), 'utf8')));

function clause(number: string | null, heading: string | null, text: string, topics: string[], paragraph: number): Clause {
  return { number, heading, text, topics, level: 0, kind: 'clause', location: { page: null, paragraph, line: null }, spans: [{ offset: 0, location: { page: null, paragraph, line: null } }] };
}

function hit(value: FactHit['value'], clauseNumber: string, excerpt: string, over: Partial<FactHit> = {}): FactHit {
  return { value, clause: clauseNumber, heading: null, location: { page: null, paragraph: 41, line: null }, excerpt, ...over };
}

// Excerpts adapted from the Common Paper Cloud Service Agreement (CC BY 4.0).
const input: ExtractInput = {
  tool: { name: 'termlint', version: '0.1.0' },
  files: [
    {
      path: 'deals/globex.docx',
      format: 'docx',
      status: 'ok',
      error: null,
      clauses: [
        clause('4.2', 'Payment', 'Customer will pay Provider the applicable Fees within sixty (60) days of the invoice date.', ['payment'], 41),
        clause('14.1', 'Governing Law', 'This Agreement is governed by the laws of the State of New York.', ['governing-law'], 90),
      ],
      facts: {
        'payment.net_days': hit(60, '4.2', 'within sixty (60) days of the invoice date', { heading: 'Payment', business: true }),
        'governing_law.jurisdiction': hit('New York', '14.1', 'governed by the laws of the State of New York'),
        'data.residency': hit(['eu', 'us'], '9', 'hosted in the\nEuropean Union or the United States'),
        'liability.cap_amount': hit({ currency: 'USD', amount: 1_000_000 }, '10.1', 'shall not exceed $1,000,000'),
        'renewal.auto': null,
        'fees.setup': hit({ amount: 5000, currency: 'EUR' }, '4.1', 'a set-up fee of EUR 5,000', { change: { type: 'insertion', author: 'Jane', date: null } }),
      },
      warnings: [],
    },
    {
      path: 'deals/scan.pdf',
      format: 'pdf',
      status: 'error',
      error: { code: 'NO_TEXT_LAYER', message: 'deals/scan.pdf has no extractable text (scanned image?)' },
      clauses: [],
      facts: {},
      warnings: [],
    },
  ],
};

describe('extract json', () => {
  const text = formatExtractJson(input);
  const out = JSON.parse(text);

  it('validates against schemas/extract.schema.json', () => {
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has a key for every vocabulary fact (null when not stated), then custom facts', () => {
    // A fact stated in business days is followed by its `<fact>_business` key (facts.md).
    const keys = Object.keys(out.files[0].facts).filter((k) => !k.endsWith('_business'));
    expect(keys.slice(0, FACTS.length)).toEqual(FACTS.map((f) => f.name));
    expect(keys.slice(FACTS.length)).toEqual(['fees.setup']);
    expect(Object.keys(out.files[0].facts)[1]).toBe('payment.net_days_business');
    expect(out.files[0].facts['payment.net_days_business'].value).toBe(true);
    expect(out.files[0].facts['renewal.auto']).toBeNull();
    expect(out.files[0].facts['term.initial_months']).toBeNull();
  });

  it('carries each fact with its evidence', () => {
    expect(out.files[0].facts['payment.net_days']).toEqual({
      value: 60,
      clause: '4.2',
      heading: 'Payment',
      location: { page: null, paragraph: 41, line: null },
      excerpt: 'within sixty (60) days of the invoice date',
      business: true,
    });
    expect(out.files[0].facts['liability.cap_amount'].value).toEqual({ amount: 1_000_000, currency: 'USD' });
    expect(out.files[0].clauses[0]).toMatchObject({ number: '4.2', heading: 'Payment', topics: ['payment'], location: { paragraph: 41 } });
  });

  it('gives an unreadable file its error and no facts', () => {
    expect(out.files[1]).toMatchObject({ status: 'error', error: { code: 'NO_TEXT_LAYER' }, clauses: [], facts: {} });
  });

  it('is deterministic with a trailing newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(formatExtractJson(structuredClone(input))).toBe(text);
  });

  it.each<[string, (o: any) => void]>([
    ['money without currency', (o) => delete o.files[0].facts['liability.cap_amount'].value.currency],
    ['fact without excerpt', (o) => delete o.files[0].facts['payment.net_days'].excerpt],
    ['clause topics not a list', (o) => (o.files[0].clauses[0].topics = 'payment')],
    ['list of numbers', (o) => (o.files[0].facts['data.residency'].value = [1, 2])],
  ])('the schema rejects %s', (_name, breakIt) => {
    const broken = structuredClone(out);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });
});

describe('extract yaml (a term sheet)', () => {
  const text = formatExtractYaml(input);
  const docs = parseAllDocuments(text);

  it('writes one YAML document per file', () => {
    expect(docs).toHaveLength(2);
    expect(docs.every((d) => d.errors.length === 0)).toBe(true);
  });

  it('is a term sheet with only the stated facts, as plain values', () => {
    const sheet = docs[0].toJS();
    expect(sheet.termsheet).toBe(1);
    expect(sheet).not.toHaveProperty('customer');
    expect(sheet.terms).toEqual({
      'payment.net_days': 60,
      'payment.net_days_business': true,
      'liability.cap_amount': { amount: 1_000_000, currency: 'USD' },
      'data.residency': ['eu', 'us'],
      'governing_law.jurisdiction': 'New York',
      'fees.setup': { amount: 5000, currency: 'EUR' },
    });
  });

  it('puts the clause and excerpt in a comment above each term', () => {
    const lines = text.split('\n');
    const at = lines.indexOf('  payment.net_days: 60');
    expect(lines[at - 1]).toBe('  # 4.2 Payment, ¶ 41 (business days): "within sixty (60) days of the invoice date"');
    const residency = lines.indexOf('  data.residency: [ eu, us ]');
    // source line breaks never leak out of the comment line
    expect(lines[residency - 1]).toBe('  # 9, ¶ 41: "hosted in the European Union or the United States"');
  });

  it('writes customer and deal when known', () => {
    const sheet = parse(formatExtractYaml({ ...input, files: [{ ...input.files[0], customer: 'Globex Corp', deal: 'Q4-17' }] }));
    expect(sheet).toMatchObject({ termsheet: 1, customer: 'Globex Corp', deal: 'Q4-17' });
  });

  it('writes no term sheet for an unreadable file, only a comment saying why', () => {
    expect(docs[1].toJS()).toBeNull();
    expect(text).toContain('# termlint extract: deals/scan.pdf could not be read: NO_TEXT_LAYER');
  });

  it('writes an empty terms map when nothing is stated', () => {
    const sheet = parse(formatExtractYaml({ ...input, files: [{ ...input.files[0], facts: {} }] }));
    expect(sheet).toEqual({ termsheet: 1, terms: {} });
  });
});

describe('extract text', () => {
  const text = formatExtractText(input);
  const lines = text.split('\n');

  it('outlines the clauses with number, heading, topics and location', () => {
    expect(lines[0]).toBe('deals/globex.docx · docx');
    expect(lines).toContain('  Clauses (2)');
    expect(lines).toContain('    4.2   Payment [payment] · ¶ 41');
    expect(lines).toContain('    14.1  Governing Law [governing-law] · ¶ 90');
  });

  it('tables the stated facts with value, clause and excerpt', () => {
    expect(lines).toContain(`  Facts (5 of ${FACTS.length + 1} stated)`);
    const row = lines.find((l) => l.startsWith('    payment.net_days'));
    expect(row).toMatch(/^ {4}payment\.net_days +60 +4\.2 +"within sixty \(60\) days/);
    expect(text).toContain('USD 1,000,000');
    expect(text).toMatch(/Not stated \(\d+ facts\): payment\.late_interest_percent_per_month/);
  });

  it('shows an unreadable file as one line', () => {
    expect(lines).toContain('deals/scan.pdf: NO_TEXT_LAYER deals/scan.pdf has no extractable text (scanned image?)');
  });

  it('stays within 80 columns', () => {
    expect(lines.filter((l) => l.length > 80 && !l.startsWith('deals/scan.pdf'))).toEqual([]);
  });
});
