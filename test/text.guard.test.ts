import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldSameLength, guardedTest, normalise, requiredLiterals } from '../src/extract/text.js';
import { TOPIC_RULES } from '../src/extract/topics.js';

describe('requiredLiterals', () => {
  it.each<[string, string[] | null]>([
    ['\\binitial term\\b', ['initial term']],
    ['\\b(?:payable|due|paid)\\b', ['payable', 'due', 'paid']],
    ['\\bnet\\s*\\d{1,3}\\b', ['net']],
    // An optional character ends the run: "agrees?" needs only "agree"; of the parts, the most selective is kept.
    ['\\b(?:shall|will|agrees? to)\\b', ['shall', 'will', 'agree']],
    ['\\b(?:shall|will|agrees? to) pay\\b', [' pay']],
    // Lookarounds and optional groups contribute nothing.
    ['^(?!.*\\bliability\\b).*\\bhealth insur', ['health insur']],
    ['(?:the )?licen[cs]e', ['licen']],
    ['a|\\w+', null],
    ['[a-z]+', null],
    ['\\u00a0x', ['\u00a0x']],
    ['\\$\\d', ['$']],
    ['x{2}', ['x']],
  ])('%s -> %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });
});

const topicRegexes: RegExp[] = Object.values(TOPIC_RULES).flatMap((r) => [
  ...r.sentences.flatMap((p) => (p instanceof RegExp ? [p] : [...p])),
  ...(r.unless ?? []),
]);

describe('guardedTest', () => {
  it('answers like re.test on every topic regex, for sentences that match and ones that do not', () => {
    const sentences = [
      'the customer shall pay all invoices within thirty (30) days.',
      'this agreement shall commence on the effective date and continue for a period of two years.',
      'neither party may assign this agreement without the prior written consent of the other party.',
      'in no event shall either party be liable for any indirect or consequential damages.',
      'the weather was fine.',
    ];
    for (const s of sentences) for (const re of topicRegexes) expect(guardedTest(re, s), re.source).toBe(re.test(s));
  });

  it('answers like re.test on generated text', () => {
    const words = fc.constantFrom('shall', 'pay', 'not', 'assign', 'agreement', 'term', 'days', '30', 'the', ',', 'exclusive', 'non-', 'of');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
        const s = ws.join(' ');
        return topicRegexes.every((re) => guardedTest(re, s) === re.test(s));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves global and case-insensitive regexes to the engine', () => {
    const g = /abc/g;
    expect(guardedTest(g, 'xx abc')).toBe(true);
    expect(g.lastIndex).toBe(6);
    expect(guardedTest(/ABC/i, 'abc')).toBe(true);
  });
});

describe('normalise and foldSameLength', () => {
  const reference = (t: string): string =>
    t.replace(/[\u2018\u2019\u201A\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\u00A0/g, ' ').replace(/\s+/g, ' ').toLowerCase()
      .replace(/\b(non|anti|co|sub|self|re|pre|post|multi|cross)(?: - ?|- )(?=[a-z])/g, '$1-');
  it.each<[string, string]>([
    ['Non- Exclusive  \u201Cterms\u201D', 'non-exclusive "terms"'],
    ['co -operate\u00a0\u00a0now', 'co-operate now'],
    ['A\tB\n\nC', 'a b c'],
    ['fee \u2014 net', 'fee - net'],
  ])('normalise(%j) = %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
  it('normalise equals the step-by-step reference; foldSameLength keeps the length', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Non', 'co', ' ', '  ', '\t', '\n', '\u00a0', '-', '\u2014', '\u2019', '\u201C', 'x'), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        return normalise(t) === reference(t) && foldSameLength(t).length === t.length;
      }),
    );
  });
});
