import { describe, expect, it } from 'vitest';
import { NumberingCounter, formatNumber, parseNumbering } from '../src/read/docx/numbering.js';
import { abstractNum, num, wRoot } from './docx.helpers.js';

describe('formatNumber (w:numFmt)', () => {
  it.each<[number, string, string | null]>([
    [1, 'decimal', '1'],
    [12, 'decimal', '12'],
    [1, 'lowerLetter', 'a'],
    [26, 'lowerLetter', 'z'],
    [27, 'lowerLetter', 'aa'],
    [28, 'upperLetter', 'BB'],
    [4, 'lowerRoman', 'iv'],
    [9, 'lowerRoman', 'ix'],
    [14, 'upperRoman', 'XIV'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [3, 'decimalZero', '03'],
    [2, 'ordinal', '2nd'],
    [11, 'ordinal', '11th'],
    [1, 'bullet', null],
    [1, 'none', null],
    [5, 'someFormatWeDoNotKnow', '5'],
  ])('%i as %s -> %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});

const MULTI = abstractNum(1, [
  ['decimal', '%1.'],
  ['decimal', '%1.%2'],
  ['lowerLetter', '(%3)'],
  ['lowerRoman', '(%4)'],
]);

/** Labels of a sequence of numbered paragraphs [numId, ilvl]. */
function labels(numberingInner: string, sequence: Array<[number, number]>): Array<string | null> {
  const counter = new NumberingCounter(parseNumbering(wRoot('numbering', numberingInner)));
  return sequence.map(([numId, ilvl]) => counter.next(String(numId), ilvl)?.label ?? null);
}

describe('NumberingCounter: labels a reader sees', () => {
  it.each<[string, string, Array<[number, number]>, Array<string | null>]>([
    ['multi-level "%1." / "%1.%2" / "(%3)", trailing dot dropped', MULTI + num(1, 1),
      [[1, 0], [1, 1], [1, 1], [1, 2], [1, 2], [1, 0], [1, 1]],
      ['1', '1.1', '1.2', '(a)', '(b)', '2', '2.1']],
    ['a higher level restarts the levels below it', MULTI + num(1, 1),
      [[1, 0], [1, 1], [1, 2], [1, 2], [1, 1], [1, 2]],
      ['1', '1.1', '(a)', '(b)', '1.2', '(a)']],
    ['fourth level in roman', MULTI + num(1, 1),
      [[1, 0], [1, 1], [1, 2], [1, 3], [1, 3], [1, 3], [1, 3]],
      ['1', '1.1', '(a)', '(i)', '(ii)', '(iii)', '(iv)']],
    ['w:start values', abstractNum(2, [['decimal', '%1.', 5], ['lowerLetter', '%2)', 3]]) + num(1, 2),
      [[1, 0], [1, 1], [1, 0], [1, 1]],
      ['5', 'c)', '6', 'c)']],
    ['w:lvlRestart 0: level 2 never restarts', abstractNum(3, [['decimal', '%1.'], ['decimal', 'Step %2', 1, '<w:lvlRestart w:val="0"/>']]) + num(1, 3),
      [[1, 0], [1, 1], [1, 1], [1, 0], [1, 1]],
      ['1', 'Step 1', 'Step 2', '2', 'Step 3']],
    ['w:lvlRestart 1: level 3 restarts only after level 1', abstractNum(4, [['decimal', '%1.'], ['decimal', '%1.%2'], ['lowerLetter', '(%3)', 1, '<w:lvlRestart w:val="1"/>']]) + num(1, 4),
      [[1, 0], [1, 2], [1, 1], [1, 2], [1, 0], [1, 2]],
      ['1', '(a)', '1.1', '(b)', '2', '(a)']],
    ['numIds sharing an abstractNum without overrides continue one list', MULTI + num(1, 1) + num(2, 1),
      [[1, 0], [2, 0], [1, 0]],
      ['1', '2', '3']],
    ['a w:startOverride restarts its instance, which then counts on its own', MULTI + num(1, 1) + num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
      [[1, 0], [1, 0], [2, 0], [2, 0], [1, 0]],
      ['1', '2', '1', '2', '3']],
    ['a startOverride to 10', MULTI + num(7, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>'),
      [[7, 0], [7, 1], [7, 0]],
      ['10', '10.1', '11']],
    ['a w:lvlOverride with a whole new level', MULTI + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/></w:lvl></w:lvlOverride>'),
      [[3, 0], [3, 1], [3, 0]],
      ['Article I', 'I.1', 'Article II']],
    ['w:isLgl shows the levels above in decimal', abstractNum(5, [['upperRoman', 'Article %1'], ['decimal', '%1.%2', 1, '<w:isLgl/>']]) + num(1, 5),
      [[1, 0], [1, 1], [1, 1]],
      ['Article I', '1.1', '1.2']],
    ['bullets and empty labels give no label', abstractNum(6, [['bullet', '•'], ['none', '']]) + num(1, 6),
      [[1, 0], [1, 1]],
      [null, null]],
    ['unknown numId or level, and numId 0, are not numbered', MULTI + num(1, 1),
      [[9, 0], [1, 8], [0, 0]],
      [null, null, null]],
    ['a level referring to an unused higher level shows that level\'s start', MULTI + num(1, 1),
      [[1, 1], [1, 1]],
      ['1.1', '1.2']],
  ])('%s', (_name, xml, sequence, expected) => {
    expect(labels(xml, sequence)).toEqual(expected);
  });

  it('follows w:numStyleLink through a numbering style to the real list', () => {
    const defs = parseNumbering(wRoot('numbering', MULTI + '<w:abstractNum w:abstractNumId="9"><w:numStyleLink w:val="ClauseList"/></w:abstractNum>' + num(1, 1) + num(2, 9)));
    const counter = new NumberingCounter(defs, (style) => (style === 'ClauseList' ? '1' : null));
    expect([counter.next('2', 0)?.label, counter.next('2', 1)?.label]).toEqual(['1', '1.1']);
  });

  it('reports the level of each numbered paragraph', () => {
    const counter = new NumberingCounter(parseNumbering(wRoot('numbering', MULTI + num(1, 1))));
    expect(counter.next('1', 2)).toEqual({ label: '(a)', level: 2 });
  });
});
