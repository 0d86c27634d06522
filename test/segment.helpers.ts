// Builders of ReadDocuments for segmenter tests.
import type { Block, Clause, ReadDocument } from '../src/types.js';

export type BlockSpec = string | (Partial<Block> & { text: string });

/** One block per entry, located on lines 1, 3, 5, … as a blank-line separated text file would be. */
export function docOf(specs: BlockSpec[], format: ReadDocument['format'] = 'txt'): ReadDocument {
  const blocks: Block[] = specs.map((spec, i) => {
    const base: Block = { text: '', location: { page: null, paragraph: null, line: i * 2 + 1 }, kind: 'body' };
    return typeof spec === 'string' ? { ...base, text: spec } : { ...base, ...spec };
  });
  return { path: 'test.txt', format, blocks, pages: null, warnings: [] };
}

/** Blank-line separated paragraphs of a text file, each with its first line number. */
export function paragraphsOf(text: string, path = 'test.txt'): ReadDocument {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  let current: { text: string; line: number } | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current) blocks.push({ text: current.text, location: { page: null, paragraph: null, line: current.line }, kind: 'body' });
      current = null;
      return;
    }
    if (current) current.text += ` ${line.trim()}`;
    else current = { text: line.trim(), line: i + 1 };
  });
  if (current) {
    const c = current as { text: string; line: number };
    blocks.push({ text: c.text, location: { page: null, paragraph: null, line: c.line }, kind: 'body' });
  }
  return { path, format: 'txt', blocks, pages: null, warnings: [] };
}

/** "number | heading" of each clause, for compact outline assertions. */
export function outline(clauses: Clause[]): string[] {
  return clauses.map((c) => `${c.kind}:${c.number ?? '-'}|${c.heading ?? ''}|L${c.level}`);
}

export function byNumber(clauses: Clause[], number: string): Clause {
  const found = clauses.find((c) => c.number === number);
  if (!found) throw new Error(`no clause ${number} in ${outline(clauses).join(', ')}`);
  return found;
}
