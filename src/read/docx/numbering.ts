// Word auto-numbering (numbering.xml): the labels a reader sees in front of list paragraphs
// ("8.2", "(b)", "iv"), which are not in the document text.
//
// Model, as Word behaves:
// - w:abstractNum defines up to 9 levels (w:lvl): start value, format, label template "%1.%2".
// - w:num is an instance pointing to an abstractNum, optionally overriding levels
//   (w:lvlOverride with w:startOverride or a whole w:lvl).
// - Instances of one abstractNum without overrides share their counters (the list continues);
//   an instance with an override restarts and keeps counters of its own.
// - Using a level resets the levels below it, unless a level's w:lvlRestart says otherwise
//   (0 = never restart; n = restart only after level n, 1-based, is used).
import { XmlError, child, children, parseXml, wAttr, type XElement } from './xml.js';

export interface LevelDef {
  start: number;
  /** w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, … */
  format: string;
  /** w:lvlText: "%1.%2." */
  text: string;
  /** w:lvlRestart as written: undefined (restart after any higher level), 0 (never) or a 1-based level. */
  restart?: number;
  /** w:isLgl: show every level's number in decimal ("1.1" even under "Article I"). */
  legal: boolean;
  /** Paragraph style the level is linked to (w:pStyle), for headings numbered by their style. */
  style?: string;
}

export interface AbstractNumDef {
  id: string;
  levels: Map<number, LevelDef>;
  /** w:numStyleLink: the levels live in the abstractNum of another list, via a numbering style. */
  numStyleLink?: string;
}

export interface NumDef {
  id: string;
  abstractId: string;
  /** Level overrides: a new start value and/or a whole new level definition. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNumDef>;
  nums: Map<string, NumDef>;
}

export const EMPTY_NUMBERING: NumberingDefs = { abstracts: new Map(), nums: new Map() };

function intAttr(el: XElement | null, name = 'val'): number | undefined {
  const v = wAttr(el, name);
  if (v === null || !/^-?\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

function parseLevel(lvl: XElement): LevelDef {
  const restart = intAttr(child(lvl, 'lvlRestart'));
  const style = wAttr(child(lvl, 'pStyle'), 'val');
  return {
    // ECMA-376 17.9.25: a missing w:start means 0.
    start: intAttr(child(lvl, 'start')) ?? 0,
    format: wAttr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: wAttr(child(lvl, 'lvlText'), 'val') ?? '',
    ...(restart !== undefined ? { restart } : {}),
    legal: child(lvl, 'isLgl') !== null && wAttr(child(lvl, 'isLgl'), 'val') !== '0' && wAttr(child(lvl, 'isLgl'), 'val') !== 'false',
    ...(style ? { style } : {}),
  };
}

/** Parse numbering.xml. Throws XmlError on malformed XML. */
export function parseNumbering(xml: string): NumberingDefs {
  const root = parseXml(xml).documentElement;
  const abstracts = new Map<string, AbstractNumDef>();
  const nums = new Map<string, NumDef>();
  for (const a of children(root, 'abstractNum')) {
    const id = wAttr(a, 'abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, LevelDef>();
    for (const lvl of children(a, 'lvl')) {
      const ilvl = intAttr(lvl, 'ilvl');
      if (ilvl !== undefined) levels.set(ilvl, parseLevel(lvl));
    }
    const link = wAttr(child(a, 'numStyleLink'), 'val');
    abstracts.set(id, { id, levels, ...(link ? { numStyleLink: link } : {}) });
  }
  for (const n of children(root, 'num')) {
    const id = wAttr(n, 'numId');
    const abstractId = wAttr(child(n, 'abstractNumId'), 'val');
    if (id === null || abstractId === null) continue;
    const overrides = new Map<number, { start?: number; level?: LevelDef }>();
    for (const o of children(n, 'lvlOverride')) {
      const ilvl = intAttr(o, 'ilvl');
      if (ilvl === undefined) continue;
      const start = intAttr(child(o, 'startOverride'));
      const lvl = child(o, 'lvl');
      overrides.set(ilvl, { ...(start !== undefined ? { start } : {}), ...(lvl ? { level: parseLevel(lvl) } : {}) });
    }
    nums.set(id, { id, abstractId, overrides });
  }
  return { abstracts, nums };
}

export { XmlError };

// ---------------------------------------------------------------- number formats

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letter numbering repeats the letter: 26 = z, 27 = aa, 28 = bb. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** One counter value in a w:numFmt; formats not listed fall back to decimal. null: no visible number. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'bullet':
    case 'none':
      return null;
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------- counting

export interface NumberingResult {
  /** The label as shown, without a trailing dot ("8.2", "(b)"); null for bullets and empty labels. */
  label: string | null;
  level: number;
}

interface CounterSet {
  /** Current value per level; undefined = not used since the last reset. */
  values: Array<number | undefined>;
}

/**
 * Counts list paragraphs in document order. `styleNumbering` resolves a numbering style
 * (w:numStyleLink) to the numId its style points at.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, CounterSet>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styleNumbering: (styleId: string) => string | null = () => null,
  ) {}

  private abstractOf(num: NumDef): AbstractNumDef | null {
    let abstract = this.defs.abstracts.get(num.abstractId) ?? null;
    // Follow numbering-style links a few hops at most (a loop in a damaged file must not hang us).
    for (let hops = 0; abstract?.numStyleLink && hops < 4; hops++) {
      const linkedNumId = this.styleNumbering(abstract.numStyleLink);
      const linked = linkedNumId ? this.defs.nums.get(linkedNumId) : undefined;
      const next = linked ? this.defs.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  /** The level definition in effect for an instance: its override, else the abstract's. */
  private level(num: NumDef, abstract: AbstractNumDef, ilvl: number): LevelDef | null {
    const override = num.overrides.get(ilvl);
    const base = override?.level ?? abstract.levels.get(ilvl) ?? null;
    if (!base) return null;
    return override?.start !== undefined ? { ...base, start: override.start } : base;
  }

  /**
   * Advance the counter for one numbered paragraph and give its label.
   * null when the paragraph is not numbered after all (numId 0, unknown list or level).
   */
  next(numId: string, ilvl: number): NumberingResult | null {
    const num = this.defs.nums.get(numId);
    if (!num) return null;
    const abstract = this.abstractOf(num);
    if (!abstract) return null;
    const current = this.level(num, abstract, ilvl);
    if (!current) return null;

    const key = num.overrides.size > 0 ? `num:${num.id}` : `abstract:${abstract.id}`;
    let set = this.counters.get(key);
    if (!set) {
      set = { values: [] };
      this.counters.set(key, set);
    }
    const value = set.values[ilvl];
    set.values[ilvl] = value === undefined ? current.start : value + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const def = this.level(num, abstract, deeper);
      const restart = def?.restart;
      // Default: any use of a higher level restarts this one; 0: never; n: only levels 1..n (1-based) do.
      if (restart === undefined || (restart > 0 && ilvl + 1 <= restart)) set.values[deeper] = undefined;
    }

    const label = current.text.replace(/%([1-9])/g, (_m, d: string) => {
      const at = Number(d) - 1;
      const def = at === ilvl ? current : this.level(num, abstract, at);
      const n = set.values[at] ?? def?.start ?? 0;
      const format = current.legal && def?.format !== 'bullet' ? 'decimal' : def?.format ?? 'decimal';
      return formatNumber(n, format) ?? '';
    });
    if (current.format === 'bullet') return { label: null, level: ilvl };
    const shown = label.trim().replace(/[.:]$/, '').trim();
    return { label: shown === '' ? null : shown, level: ilvl };
  }

  /** Level definition (for style-linked headings and tests). */
  levelDef(numId: string, ilvl: number): LevelDef | null {
    const num = this.defs.nums.get(numId);
    const abstract = num ? this.abstractOf(num) : null;
    return num && abstract ? this.level(num, abstract, ilvl) : null;
  }
}
