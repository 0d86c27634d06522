// Build Clause objects directly, so topic and fact extraction can be tested without a reader or segmenter.
import type { Clause } from '../../src/types.js';

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
