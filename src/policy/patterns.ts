// Policy-supplied patterns, compiled with re2js (linear time whatever a policy author writes):
// custom topics (text patterns) and custom facts (patterns with typed holes such as {money}).
import { RE2JS } from 're2js';
import { HOLE_KINDS, holeSource, parseHole } from '../extract/values/holes.js';
import type { CompiledFact, CompiledTopic, CustomFactDef, FactType, FactValue, Policy } from '../types.js';

export type HoleName = (typeof HOLE_KINDS)[number];

const HOLE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const FLAGS = RE2JS.CASE_INSENSITIVE;

/** The hole kind that reads a value of each fact type; boolean and list facts take no hole. */
export const HOLE_FOR_TYPE: Readonly<Record<FactType, string | null>> = {
  days: 'days',
  months: 'months',
  years: 'years',
  hours: 'hours',
  percent: 'percent',
  money: 'money',
  multiple: 'number',
  number: 'number',
  jurisdiction: 'jurisdiction',
  boolean: null,
  list: null,
};

export interface TranslatedPattern {
  /** RE2 source: holes replaced by named groups h0, h1, …; spaces by \s+. */
  source: string;
  /** Hole kinds in order of appearance (group hN is holes[N]). */
  holes: string[];
}

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

export function isHoleKind(name: string): name is HoleName {
  return (HOLE_KINDS as readonly string[]).includes(name);
}

/** Holes named in a pattern (known or not), in order. */
export function holesIn(pattern: string): string[] {
  return [...pattern.matchAll(HOLE)].map((m) => m[1]);
}

/**
 * The author's text is an RE2 regex; typed holes become named groups and every run of spaces
 * matches any run of whitespace (contracts wrap lines). Throws PatternError for an unknown hole.
 */
export function translatePattern(pattern: string): TranslatedPattern {
  const holes: string[] = [];
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(HOLE)) {
    const kind = match[1];
    if (!isHoleKind(kind)) throw new PatternError(`unknown typed hole {${kind}}`);
    source += literalPart(pattern.slice(last, match.index));
    source += `(?P<h${holes.length}>${holeSource(kind as HoleName)})`;
    holes.push(kind);
    last = (match.index ?? 0) + match[0].length;
  }
  source += literalPart(pattern.slice(last));
  return { source, holes };
}

function literalPart(text: string): string {
  return text.replace(/ +/g, '\\s+');
}

/** Compile a policy pattern; throws PatternError with re2's reason when it is not valid RE2. */
export function compilePattern(pattern: string): { regex: RE2JS; holes: string[] } {
  const { source, holes } = translatePattern(pattern);
  try {
    return { regex: RE2JS.compile(source, FLAGS), holes };
  } catch (error) {
    // re2js shows the flags it prepends ("(?i)"); the author did not write them.
    const reason = (error as Error).message.replace(/^error parsing regexp:\s*/, '').replace('`(?i)', '`');
    throw new PatternError(`pattern does not compile: ${reason}`);
  }
}

/** A literal phrase (forbid_phrases), case-insensitive and whitespace-tolerant. */
export function compilePhrase(phrase: string): RE2JS {
  const words = phrase.trim().split(/\s+/).map((word) => RE2JS.quote(word));
  return RE2JS.compile(words.join('\\s+'), FLAGS);
}

export function compileTopics(policy: Policy): CompiledTopic[] {
  return Object.entries(policy.topics).map(([name, def]) => {
    const regexes = (def.patterns ?? []).map((pattern) => compilePattern(pattern).regex);
    return {
      name,
      headings: (def.headings ?? []).map((heading) => heading.toLowerCase()),
      matches: (text: string) => regexes.some((regex) => regex.test(text)),
    };
  });
}

/** Convert a hole's reading into the fact's type (e.g. a {number} hole for a `multiple` fact). */
function valueFor(type: FactType, parsed: ReturnType<typeof parseHole>): FactValue | null {
  if (parsed === null || parsed === undefined) return null;
  switch (type) {
    case 'money':
      return typeof parsed === 'object' ? parsed : typeof parsed === 'number' ? { amount: parsed, currency: 'USD' } : null;
    case 'jurisdiction':
      return typeof parsed === 'string' ? parsed : null;
    default:
      return typeof parsed === 'number' ? parsed : null;
  }
}

/** Value of a match of a boolean or list fact (no hole): true, or the matched words as one kebab-case item. */
function holelessValue(type: FactType, matched: string): FactValue {
  if (type === 'list') {
    return [matched.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')];
  }
  return true;
}

export function compileFact(name: string, def: CustomFactDef): CompiledFact {
  const compiled = def.patterns.map((pattern) => compilePattern(pattern));
  const wanted = HOLE_FOR_TYPE[def.type];
  return {
    name,
    type: def.type,
    topic: def.topic ?? null,
    find(text: string) {
      // Earliest match over all patterns; a pattern whose hole does not parse is skipped.
      let best: { value: FactValue; index: number; length: number } | null = null;
      for (const { regex, holes } of compiled) {
        const matcher = regex.matcher(text);
        let from = 0;
        while (from <= text.length && matcher.find(from)) {
          const index = matcher.start();
          const end = matcher.end();
          if (best !== null && index >= best.index) break;
          let value: FactValue | null;
          if (wanted === null) {
            value = holelessValue(def.type, matcher.group() ?? '');
          } else {
            const hole = holes.findIndex((kind) => kind === wanted);
            const group = hole < 0 ? null : matcher.group(`h${hole}`);
            value = group === null ? null : valueFor(def.type, parseHole(wanted as HoleName, group));
          }
          if (value !== null) {
            best = { value, index, length: end - index };
            break;
          }
          from = end > index ? end : index + 1;
        }
      }
      return best;
    },
  };
}

export function compileFacts(policy: Policy): CompiledFact[] {
  return Object.entries(policy.facts).map(([name, def]) => compileFact(name, def));
}
