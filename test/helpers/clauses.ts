// Build Clause objects directly, so topic and fact extraction can be tested without a reader or segmenter.
import { expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/facts.js';
import { classifyClauses } from '../../src/extract/topics.js';
import type { Clause, FactMap } from '../../src/types.js';

let paragraph = 0;

/** One clause with a single source span. `level` defaults to 0 (a top-level section). */
export function clause(number: string | null, heading: string | null, text: string, level = 0): Clause {
  paragraph += 1;
  const location = { page: null, paragraph, line: null };
  return { number, heading, text, location, topics: [], level, kind: 'clause', spans: [{ offset: 0, location }] };
}

/** A contract preamble naming the parties, so vendor/customer roles resolve. */
export function preamble(text = 'This Master Services Agreement is entered into by Acme Software Inc. ("Provider") and Globex Corporation ("Customer").'): Clause {
  return { ...clause(null, null, text), kind: 'preamble' };
}

/** Topics and facts of clauses read after a standard preamble, as the pipeline would. */
export function factsOf(...clauses: Clause[]): FactMap {
  const all = [preamble(), ...clauses];
  classifyClauses(all);
  return extractFacts(all);
}

/** [heading, text, fact, expected value (null = absent)] */
export type FactRow = [string | null, string, string, unknown];

/** One test per row: a one-clause document must yield the fact's value (or leave it absent). */
export function runFactTable(rows: FactRow[]): void {
  it.each(rows)('%s | %s -> %s', (heading, text, fact, expected) => {
    const facts = factsOf(clause('1', heading, text));
    expect(facts[fact]?.value ?? null).toEqual(expected);
  });
}
