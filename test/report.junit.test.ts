// JUnit report: well-formed XML that CI test views parse, with counts that add up.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../src/report/junit.js';
import { expectGolden } from './helpers/cli.js';
import { clean, dpa, globex, reportInput, rules, runFormat, scan, xmlProblems } from './helpers/report-input.js';

function parse(xml: string) {
  const problems = xmlProblems(xml);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return { doc, problems };
}

const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

describe('xml well-formedness check', () => {
  it.each([
    ['<a b="x">ok &amp; fine</a>', []],
    ['<a b="x<y"/>', ['not well-formed near: <a b="x<y"/>']],
    ['<a>x & y</a>', ['not well-formed near: & y</a>']],
    ['<a><b></a>', ['</a> closes <b>', 'unclosed <a>']],
    ['<a b="1" b="2"/>', ['duplicate attribute in <a>']],
    ['<a>\u0007</a>', ['character not allowed in XML']],
    ['<a/><b/>', ['2 root elements']],
  ])('%j -> %j', (xml, expected) => {
    expect(xmlProblems(xml)).toEqual(expected);
  });
});

describe('junit report', () => {
  const xml = formatJunit(reportInput([globex, dpa, clean, scan]));
  const { doc, problems } = parse(xml);
  const suites = all(doc, 'testsuite');
  const suite = (name: string) => suites.find((s) => s.getAttribute('name') === name)!;
  const testcase = (suiteName: string, rule: string) =>
    Array.from(suite(suiteName).getElementsByTagName('testcase')).find((t) => t.getAttribute('name') === rule)!;

  it('is well-formed XML even with |, <, &, quotes, CR/LF and control characters in the text', () => {
    expect(problems).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it('has one testsuite per file, named by its repo-relative path', () => {
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['deals/globex msa.docx', 'deals/dpa.txt', 'deals/clean.md', 'deals/scan.pdf']);
  });

  it('has one testcase per rule checked, classname = path, name = rule id', () => {
    const cases = Array.from(suite('deals/clean.md').getElementsByTagName('testcase'));
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(rules.map((r) => r.id));
    expect(new Set(cases.map((c) => c.getAttribute('classname')))).toEqual(new Set(['deals/clean.md']));
    expect(num(suite('deals/clean.md'), 'tests')).toBe(rules.length);
    expect(num(suite('deals/clean.md'), 'failures')).toBe(0);
  });

  it('fails a rule with findings, with severity as type and the details in the body', () => {
    const failure = testcase('deals/globex msa.docx', 'payment-terms').getElementsByTagName('failure')[0];
    expect(failure.getAttribute('type')).toBe('error');
    expect(failure.getAttribute('message')).toBe('Payment due in 60 days; our norm is Net 45 or shorter.');
    const body = failure.textContent!;
    for (const part of ['Clause: 4.2 Payment', 'Location: p. 3, ¶ 41', 'Excerpt: "payable within sixty (60) days', 'Owner: Finance (Deal Desk) <dealdesk@acme.example>', 'Fallback: Fees are due']) {
      expect(body).toContain(part);
    }
  });

  it('skips a rule whose findings are all waived, saying who waived it', () => {
    const tc = testcase('deals/globex msa.docx', 'late-interest');
    expect(tc.getElementsByTagName('failure')).toHaveLength(0);
    expect(tc.getElementsByTagName('skipped')[0].getAttribute('message')).toBe('waived by Dana Ruiz until 2027-03-31: Q4 review');
  });

  it('passes a rule with only info findings and keeps the note in system-out', () => {
    const tc = testcase('deals/globex msa.docx', 'logo-use');
    expect(tc.getElementsByTagName('failure')).toHaveLength(0);
    expect(tc.getElementsByTagName('system-out')[0].textContent).toContain('info: The contract does not let us use the customer logo.');
  });

  it('keeps awkward text intact through escaping', () => {
    const failure = testcase('deals/dpa.txt', 'governing-law').getElementsByTagName('failure')[0];
    expect(failure.getAttribute('message')).toBe('Governed by "Ireland", 100% foreign: needs Legal\r\nsee *note* & <b>');
    expect(failure.textContent).toContain('Clause: 12 Law | Venue <A&B>');
    expect(failure.textContent).toContain('Location: line 57');
  });

  it('counts failures, errors and skips per suite and in total', () => {
    const g = suite('deals/globex msa.docx');
    expect([num(g, 'tests'), num(g, 'failures'), num(g, 'errors'), num(g, 'skipped')]).toEqual([rules.length, 2, 0, 1]);
    const root = doc.documentElement;
    expect(root.tagName).toBe('testsuites');
    for (const attr of ['tests', 'failures', 'errors', 'skipped']) {
      expect(num(root, attr)).toBe(suites.reduce((n, s) => n + num(s, attr), 0));
    }
    expect(num(root, 'failures')).toBe(all(doc, 'failure').length);
    expect(num(root, 'errors')).toBe(all(doc, 'error').length);
    expect(num(root, 'skipped')).toBe(all(doc, 'skipped').length);
  });

  it('reports an unreadable file as a `read` testcase with an error, not as passing rules', () => {
    const s = suite('deals/scan.pdf');
    const cases = Array.from(s.getElementsByTagName('testcase'));
    expect(cases.map((c) => c.getAttribute('name'))).toEqual(['read']);
    const error = cases[0].getElementsByTagName('error')[0];
    expect(error.getAttribute('type')).toBe('NO_TEXT_LAYER');
    expect(error.getAttribute('message')).toBe('deals/scan.pdf has no extractable text (scanned image?); it was not checked');
    expect([num(s, 'tests'), num(s, 'errors')]).toEqual([1, 1]);
  });

  it('names the policy in each suite', () => {
    const props = Array.from(suite('deals/dpa.txt').getElementsByTagName('property'));
    expect(props.map((p) => [p.getAttribute('name'), p.getAttribute('value')])).toContainEqual(['policy', 'Acme SaaS playbook 2026.3.0']);
  });
});

describe('termlint check -f junit (golden)', () => {
  const r = runFormat('junit');

  it('parses, and its totals add up', () => {
    const { doc, problems } = parse(r.stdout);
    expect(problems).toEqual([]);
    const root = doc.documentElement;
    expect(num(root, 'errors')).toBe(1); // fixtures/bad/empty.txt
    expect(num(root, 'failures')).toBe(all(doc, 'failure').length);
    expect(num(root, 'tests')).toBe(all(doc, 'testcase').length);
    expect(r.code).toBe(2);
  });

  it('matches the golden file', () => {
    expectGolden('formats/contracts.junit.xml', r.stdout);
  });
});
