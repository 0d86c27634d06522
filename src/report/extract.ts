// Output of `termlint extract`: what termlint read from each document, as JSON (report.md
// "extract", schemas/extract.schema.json), as a YAML term sheet (policy.md "Term sheets") that a
// person can check and hand to `check --termsheet`, or as a plain-text outline.
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Clause, DocError, DocFormat, FactHit, FactMap, FactValue } from '../types.js';
import { FACTS } from '../vocabulary.js';
import { changeJson, locationJson, valueJson } from './json.js';
import { WIDTH, clauseLabel, locationLabel, oneLine, padEnd, plural, truncate, wrap } from './text.js';
import { formatValue } from '../fact-values.js';

export interface ExtractFile {
  path: string;
  format: DocFormat | null;
  status: 'ok' | 'error';
  error: DocError | null;
  clauses: Clause[];
  facts: FactMap;
  warnings: string[];
  /** Known for term sheets; written into the YAML term sheet when set. */
  customer?: string | null;
  deal?: string | null;
}

export interface ExtractInput {
  tool: { name: 'termlint'; version: string };
  files: ExtractFile[];
}

/** Excerpts in YAML comments stay on one line of reasonable length. */
const MAX_COMMENT_EXCERPT = 160;
/** Below this the excerpt column is kept anyway and the row runs past 80 columns. */
const MIN_TEXT_EXCERPT = 20;

// ---------------------------------------------------------------- shared

/**
 * Every vocabulary fact in vocabulary order (absent ones as null), then any other facts the
 * map has (the policy's custom facts), sorted by name: one fixed order for every format.
 * An unreadable document has no facts at all rather than a column of nulls that would look
 * like "nothing stated".
 */
function orderedFacts(file: ExtractFile): Array<[string, FactHit | null]> {
  const facts = file.facts ?? {};
  const known = new Set(FACTS.map((f) => f.name));
  const custom = Object.keys(facts).filter((name) => !known.has(name)).sort();
  const vocabulary = file.status === 'ok' ? FACTS.map((f) => f.name) : FACTS.map((f) => f.name).filter((n) => Object.hasOwn(facts, n));
  return [...vocabulary, ...custom].map((name) => [name, Object.hasOwn(facts, name) ? facts[name] ?? null : null]);
}

function statedFacts(file: ExtractFile): Array<[string, FactHit]> {
  return orderedFacts(file).filter((entry): entry is [string, FactHit] => entry[1] !== null);
}

/** "(business days)", "(words and digits disagree: …)", "(inserted by …)" notes for a fact. */
function factNotes(hit: FactHit): string[] {
  const notes: string[] = [];
  if (hit.business) notes.push('business days');
  if (hit.conflict) notes.push(oneLine(hit.conflict));
  if (hit.change) notes.push(`inserted by a tracked change${hit.change.author ? ` (${hit.change.author})` : ''}`);
  return notes;
}

// ---------------------------------------------------------------- json

export function formatExtractJson(input: ExtractInput): string {
  const out = {
    tool: { name: input.tool.name, version: input.tool.version },
    files: input.files.map((file) => ({
      path: file.path,
      format: file.format,
      status: file.status,
      error: file.error ? { code: file.error.code, message: file.error.message } : null,
      clauses: file.clauses.map((clause) => ({
        number: clause.number,
        heading: clause.heading,
        topics: [...clause.topics],
        location: locationJson(clause.location),
        text: clause.text,
        kind: clause.kind,
        level: clause.level,
        // Word comments on the clause and the tracked insertion it holds, only when there are any.
        ...(clause.comments?.length ? { comments: clause.comments.map((c) => ({ author: c.author, date: c.date, text: c.text })) } : {}),
        ...(clause.change ? { change: changeJson(clause.change) } : {}),
      })),
      facts: Object.fromEntries(orderedFacts(file).flatMap(([name, hit]) => {
        const entry: [string, unknown] = [name, hit ? factJson(hit) : null];
        // facts.md: a count stated in business days also sets `<fact>_business: true`.
        return hit?.business ? [entry, [`${name}_business`, { ...factJson(hit), value: true }]] : [entry];
      })),
      warnings: [...(file.warnings ?? [])],
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function factJson(hit: FactHit) {
  return {
    value: valueJson(hit.value),
    clause: hit.clause,
    heading: hit.heading ?? null,
    location: locationJson(hit.location),
    excerpt: hit.excerpt,
    // Optional evidence, present only when it applies.
    ...(hit.business !== undefined ? { business: hit.business } : {}),
    ...(hit.conflict !== undefined ? { conflict: hit.conflict } : {}),
    ...(hit.change ? { change: changeJson(hit.change) } : {}),
  };
}

// ---------------------------------------------------------------- yaml term sheet

export function formatExtractYaml(input: ExtractInput): string {
  return input.files.map((file) => termSheetDocument(file, input.tool.version)).join('---\n');
}

function termSheetDocument(file: ExtractFile, version: string): string {
  if (file.status === 'error') {
    // No term sheet for a document that could not be read: comments only, so nobody mistakes
    // an empty `terms:` for "nothing to check".
    const code = file.error?.code ?? 'INTERNAL';
    const message = oneLine(file.error?.message ?? 'could not be read');
    return `# termlint extract: ${file.path} could not be read: ${code} ${message}\n# No term sheet was written for it.\n`;
  }

  const stated = statedFacts(file);
  const total = orderedFacts(file).length;
  const terms: Record<string, FactValue> = {};
  // Each term's evidence, in the order the terms are written (a `<fact>_business` key follows its fact).
  const evidence: FactHit[] = [];
  for (const [name, hit] of stated) {
    terms[name] = plainValue(hit.value);
    evidence.push(hit);
    if (hit.business) {
      terms[`${name}_business`] = true;
      evidence.push(hit);
    }
  }

  const sheet: Record<string, unknown> = { termsheet: 1 };
  if (file.customer) sheet.customer = file.customer;
  if (file.deal) sheet.deal = file.deal;
  sheet.terms = terms;

  const doc = new Document(sheet);
  doc.commentBefore = [
    ` Term sheet read by termlint ${version} from ${file.path}${file.format ? ` (${file.format})` : ''}.`,
    ` ${stated.length} of ${total} facts stated; the others are left out.`,
    ' Check each value against the excerpt in the comment above it.',
  ].join('\n');

  const termsNode = doc.get('terms', true);
  if (isMap(termsNode)) {
    evidence.forEach((hit, i) => {
      const pair = termsNode.items[i];
      if (isScalar(pair.key)) pair.key.commentBefore = ` ${evidenceComment(hit)}`;
      // Lists and money on one line, like a person would write them.
      if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

/** Strings on one line; everything else as the fact's type gives it. */
function plainValue(value: FactValue): FactValue {
  const copy = valueJson(value) as FactValue;
  return typeof copy === 'string' ? oneLine(copy) : copy;
}

/** `4.2 Payment, ¶ 41 (business days): "… within sixty (60) days …"` */
function evidenceComment(hit: FactHit): string {
  const where = [clauseLabel({ number: hit.clause, heading: hit.heading ?? null }), locationLabel(hit.location)]
    .filter((p) => p !== null)
    .join(', ') || 'no clause';
  const notes = factNotes(hit);
  const noteText = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${where}${noteText}: "${truncate(oneLine(hit.excerpt), MAX_COMMENT_EXCERPT)}"`;
}

// ---------------------------------------------------------------- text outline

export function formatExtractText(input: ExtractInput): string {
  const sections = input.files.map(textSection);
  return `${sections.join('\n\n')}\n`;
}

function textSection(file: ExtractFile): string {
  if (file.status === 'error') {
    const lines = [`${file.path}: ${file.error?.code ?? 'INTERNAL'} ${file.error?.message ?? 'could not be read'}`];
    for (const w of file.warnings ?? []) lines.push(...wrap(`note: ${w}`, WIDTH, '  ', '        '));
    return lines.join('\n');
  }

  const lines: string[] = [`${file.path} · ${file.format ?? 'unknown format'}`];
  for (const w of file.warnings ?? []) lines.push(...wrap(`note: ${w}`, WIDTH, '  ', '        '));

  lines.push('', `  Clauses (${file.clauses.length})`);
  const numberWidth = Math.min(10, Math.max(1, ...file.clauses.map((c) => (c.number ?? '–').length)));
  for (const clause of file.clauses) {
    const indent = '  '.repeat(Math.min(clause.level, 4));
    const number = padEnd(clause.number ?? '–', numberWidth);
    const title = clause.heading ? oneLine(clause.heading) : clause.kind !== 'clause' ? `(${clause.kind})` : `"${truncate(oneLine(clause.text), 40)}"`;
    const topics = clause.topics.length > 0 ? ` [${clause.topics.join(', ')}]` : '';
    const where = locationLabel(clause.location);
    const text = `${number}  ${title}${topics}${where ? ` · ${where}` : ''}`;
    const prefix = `    ${indent}`;
    lines.push(...wrap(text, WIDTH, prefix, `${prefix}${' '.repeat(numberWidth + 2)}`));
    const noteIndent = `${prefix}${' '.repeat(numberWidth + 2)}`;
    for (const comment of clause.comments ?? []) {
      lines.push(...wrap(`comment${comment.author ? ` by ${comment.author}` : ''}: ${oneLine(comment.text)}`, WIDTH, noteIndent, `${noteIndent}  `));
    }
  }

  const all = orderedFacts(file);
  const stated = statedFacts(file);
  lines.push('', `  Facts (${stated.length} of ${all.length} stated)`);
  if (stated.length > 0) {
    const nameWidth = Math.max(...stated.map(([name]) => name.length));
    const values = stated.map(([, hit]) => formatValue(hit.value));
    const valueWidth = Math.min(24, Math.max(...values.map((v) => v.length)));
    const clauseWidth = Math.min(10, Math.max(...stated.map(([, hit]) => (hit.clause ?? '–').length)));
    stated.forEach(([name, hit], i) => {
      const row = `    ${padEnd(name, nameWidth)}  ${padEnd(values[i], valueWidth)}  ${padEnd(hit.clause ?? '–', clauseWidth)}  `;
      // The excerpt takes what is left of the line, so the table stays one row per fact.
      const room = Math.max(MIN_TEXT_EXCERPT, WIDTH - row.length - 2);
      lines.push(`${row}"${truncate(oneLine(hit.excerpt), room)}"`);
      const notes = factNotes(hit);
      if (notes.length > 0) lines.push(...wrap(`(${notes.join('; ')})`, WIDTH, `${' '.repeat(6 + nameWidth)}`));
    });
  }
  const missing = all.filter(([, hit]) => hit === null).map(([name]) => name);
  if (missing.length > 0) lines.push(...wrap(`Not stated (${plural(missing.length, 'fact')}): ${missing.join(', ')}`, WIDTH, '    ', '      '));
  return lines.join('\n');
}
