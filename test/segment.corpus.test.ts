// Sanity of the segmenter on real public contracts (CUAD v1, CC BY 4.0; Common Paper CSA, CC BY 4.0).
// The files are read from the shared corpus, not copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readPlainText } from '../src/read/text.js';
import { segment } from '../src/segment/index.js';
import type { Clause } from '../src/types.js';

const CUAD = '/work/shared/corpus/cuad_v1/full_contract_txt/';
const CSA = '/work/shared/corpus/commonpaper/CSA__CSA.md';

function cuad(name: string): Clause[] {
  return segment(readPlainText(readFileSync(CUAD + name, 'utf8'), name));
}

function headingOf(clauses: Clause[], number: string): string | null | undefined {
  return clauses.find((c) => c.number === number)?.heading;
}

/** Share of steps between consecutive top-level "N" clauses that go up. */
function increasingShare(clauses: Clause[]): number | null {
  const tops = clauses.filter((c) => c.kind === 'clause' && c.level === 0 && c.number && /^\d+$/.test(c.number)).map((c) => Number(c.number));
  if (tops.length < 4) return null;
  let up = 0;
  for (let i = 1; i < tops.length; i++) if (tops[i] > tops[i - 1]) up++;
  return up / (tops.length - 1);
}

describe.skipIf(!existsSync(CUAD))('CUAD plain-text contracts', () => {
  it.each([
    // [file, number, heading]
    ['ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt', '1', 'DEFINITIONS'],
    ['ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt', '1.8', 'Quote'],
    ['ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt', '2', 'DISTRIBUTORSHIP'],
    ['ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt', '11.3', 'Liability Cap'],
    ['ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt', '12.1', 'Governing Law'],
    ['ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.txt', '9', 'PRODUCT DESIGN'],
    ['ADAMSGOLFINC_03_21_2005-EX-10.17-ENDORSEMENT AGREEMENT.txt', '19(A)(1)', 'PERFORMANCE BONUSES AND TOTAL COMPENSATION LIMITATION'],
    ['ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT(1).txt', '7', 'Nonsolicitation'],
    ['ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT(1).txt', '4(b)', 'Confidential Information'],
    ['BICYCLETHERAPEUTICSPLC_03_10_2020-EX-10.11-SERVICE AGREEMENT.txt', '4.1', 'REMUNERATION'],
  ])('%s: clause %s is headed %j', (file, number, heading) => {
    expect(headingOf(cuad(file), number)).toBe(heading);
  });

  it('reads definitions, articles and a table of contents in an IP agreement', () => {
    const clauses = cuad('BABCOCK_WILCOXENTERPRISES,INC_08_04_2015-EX-10.17-INTELLECTUAL PROPERTY AGREEMENT between THE BABCOCK _ WILCOX COMPANY and BABCOCK _ WILCOX ENTERPRISES, INC..txt');
    expect(clauses.find((c) => c.heading === 'TABLE OF CONTENTS')?.kind).toBe('preamble');
    // The contents list does not produce a second "2.4" clause.
    expect(clauses.filter((c) => c.number === '2.4')).toHaveLength(1);
    expect(clauses.find((c) => c.number === 'IX')?.heading).toBe('CONFIDENTIALITY');
    expect(clauses.filter((c) => c.kind === 'definition').length).toBeGreaterThan(20);
    expect(clauses.some((c) => c.kind === 'signature')).toBe(true);
    expect(clauses.some((c) => c.kind === 'exhibit' && c.number === 'Schedule 1.1(e)')).toBe(true);
  });

  it('keeps cover-page rules of underscores out of the signature block', () => {
    const clauses = cuad('BICYCLETHERAPEUTICSPLC_03_10_2020-EX-10.11-SERVICE AGREEMENT.txt');
    const firstSignature = clauses.findIndex((c) => c.kind === 'signature');
    expect(clauses.filter((c) => c.number !== null).length).toBeGreaterThan(50);
    expect(firstSignature === -1 || firstSignature > clauses.length / 2).toBe(true);
  });

  it('gives every CUAD contract sane clauses: short headings, rising numbers, quick', () => {
    const files = readdirSync(CUAD).filter((f) => f.endsWith('.txt'));
    const shares: number[] = [];
    let numbered = 0;
    for (const f of files) {
      const started = performance.now();
      const clauses = cuad(f);
      expect(performance.now() - started, f).toBeLessThan(1000);
      for (const c of clauses) {
        if (c.heading) expect(c.heading.split(/\s+/).length, `${f} ${c.number} ${c.heading}`).toBeLessThanOrEqual(15);
        // Cross-references such as "Section 9.3 shall…" never open a clause.
        expect(/^(?:shall|will|of|hereof|above|below)\b/.test(c.text) && c.number !== null && !c.number.includes('('), `${f} ${c.number}`).toBe(false);
        for (let i = 1; i < c.spans.length; i++) expect(c.spans[i].offset).toBeGreaterThan(c.spans[i - 1].offset);
      }
      numbered += clauses.filter((c) => c.number !== null).length;
      const share = increasingShare(clauses);
      if (share !== null) shares.push(share);
    }
    shares.sort((a, b) => a - b);
    expect(numbered / files.length).toBeGreaterThan(40);
    expect(shares[Math.floor(shares.length / 2)]).toBeGreaterThanOrEqual(0.95);
    expect(shares[Math.floor(shares.length / 10)]).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});

describe.skipIf(!existsSync(CSA))('Common Paper Cloud Service Agreement (markdown)', () => {
  // The shared corpus copy carries <span> markup; the markdown reader keeps inline HTML, so strip it here.
  const clauses = segment(readMarkdown(readFileSync(CSA, 'utf8').replace(/<[^>]{1,200}>/g, ''), CSA));

  it.each([
    ['1', 'Service'],
    ['1.1', 'Access and Use'],
    ['2.1', 'Restrictions on Customer'],
    ['4.1', 'Fees'],
    ['8', 'Limitation of Liability'],
    ['8.1', 'Liability Caps'],
    ['12.3', 'Governing Law and Chosen Courts'],
    ['13.2', 'Affiliate'],
  ])('clause %s is headed %j', (number, heading) => {
    expect(headingOf(clauses, number)).toBe(heading);
  });

  it('has one clause per numbered unit and definitions under Definitions', () => {
    expect(clauses.filter((c) => c.number !== null).length).toBeGreaterThan(80);
    expect(clauses.filter((c) => c.kind === 'definition').length).toBeGreaterThan(25);
    expect(increasingShare(clauses)).toBe(1);
    // "Section 1.4 (Feedback and Usage Data), Section 1.6 …" in the survival clause stays text.
    expect(clauses.filter((c) => c.number === '1.4')).toHaveLength(1);
  });
});
