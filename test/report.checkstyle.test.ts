// Checkstyle report: well-formed XML in the checkstyle 4.3 shape that reviewdog and
// Jenkins warnings-ng read.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import { expectGolden } from './helpers/cli.js';
import { clean, dpa, globex, reportInput, runFormat, scan, xmlProblems } from './helpers/report-input.js';

describe('checkstyle report', () => {
  const xml = formatCheckstyle(reportInput([globex, dpa, clean, scan]));
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const files = Array.from(doc.getElementsByTagName('file'));
  const errorsOf = (name: string) => Array.from(files.find((f) => f.getAttribute('name') === name)!.getElementsByTagName('error'));

  it('is well-formed checkstyle 4.3 XML with one <file> per document', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(doc.documentElement.tagName).toBe('checkstyle');
    expect(doc.documentElement.getAttribute('version')).toBe('4.3');
    expect(files.map((f) => f.getAttribute('name'))).toEqual(['deals/globex msa.docx', 'deals/dpa.txt', 'deals/clean.md', 'deals/scan.pdf']);
  });

  it('writes one <error> per unwaived finding, with severity and termlint.<rule> as source', () => {
    const errors = errorsOf('deals/globex msa.docx');
    expect(errors.map((e) => [e.getAttribute('source'), e.getAttribute('severity')])).toEqual([
      ['termlint.payment-terms', 'error'],
      ['termlint.liability-cap', 'error'],
      ['termlint.logo-use', 'info'],
    ]);
  });

  it('has no line for a Word document and names clause, page and owner in the message', () => {
    const [payment] = errorsOf('deals/globex msa.docx');
    expect(payment.hasAttribute('line')).toBe(false);
    expect(payment.getAttribute('message')).toBe('Payment due in 60 days; our norm is Net 45 or shorter. [4.2 Payment, p. 3, ¶ 41] (consult Finance (Deal Desk))');
  });

  it('gives the line for a text document and keeps the awkward message intact', () => {
    const [law] = errorsOf('deals/dpa.txt');
    expect(law.getAttribute('line')).toBe('57');
    expect(law.getAttribute('message')).toBe('Governed by "Ireland", 100% foreign: needs Legal\r\nsee *note* & <b> [12 Law | Venue <A&B>] (consult Legal)');
  });

  it('reports an unreadable file as an error whose source names the code', () => {
    const [read] = errorsOf('deals/scan.pdf');
    expect(read.getAttribute('source')).toBe('termlint.read.NO_TEXT_LAYER');
    expect(read.getAttribute('severity')).toBe('error');
    expect(read.getAttribute('message')).toContain('deals/scan.pdf has no extractable text');
  });

  it('lists a clean file with no errors', () => {
    expect(errorsOf('deals/clean.md')).toEqual([]);
  });
});

describe('termlint check -f checkstyle (golden)', () => {
  const r = runFormat('checkstyle');

  it('is well-formed and matches the golden file', () => {
    expect(xmlProblems(r.stdout)).toEqual([]);
    expectGolden('formats/contracts.checkstyle.xml', r.stdout);
  });
});
