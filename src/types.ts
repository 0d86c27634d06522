// Shared data shapes of the pipeline: read -> segment -> classify/extract -> judge -> report.

export type DocFormat = 'docx' | 'pdf' | 'md' | 'txt' | 'termsheet';

/** Where something sits in the source. Unknown parts are null. Page and paragraph are 1-based. */
export interface Location {
  page: number | null;
  paragraph: number | null;
  line: number | null;
}

/** One paragraph-like unit as a reader found it, in document order. */
export interface Block {
  text: string;
  location: Location;
  /** What the source says this block is: a styled heading, a list item, a table row or plain body text. */
  kind: 'heading' | 'list-item' | 'table-row' | 'body';
  /** Heading level from a style or markdown '#' count (1 = top). */
  headingLevel?: number;
  /** List nesting level (0 = top) for list items. */
  listLevel?: number;
  /** A clause number the source states outside the text (e.g. a Word list label), without trailing dot. */
  label?: string;
  /** Set when the text comes from a tracked insertion in a Word redline. */
  change?: Change | null;
  /** Word comments anchored in this block (an existing review's remarks). */
  comments?: WordComment[];
}

/** A comment someone left in a Word document. */
export interface WordComment {
  author: string | null;
  date: string | null;
  text: string;
}

export interface Change {
  type: 'insertion';
  author: string | null;
  date: string | null;
}

/** The output of a reader for a prose contract. */
export interface ReadDocument {
  path: string;
  format: Exclude<DocFormat, 'termsheet'>;
  blocks: Block[];
  /** Page count for PDFs, null otherwise. */
  pages: number | null;
  warnings: string[];
}

/** A YAML term sheet: facts are stated directly. */
export interface TermSheetDocument {
  path: string;
  format: 'termsheet';
  customer: string | null;
  deal: string | null;
  facts: Record<string, FactValue>;
  /** 1-based line of each key, for findings that point into the term sheet. */
  lines: Record<string, number>;
  warnings: string[];
}

export interface Clause {
  /** Clause number as printed ("4.2", "5(a)", "IV", "7"), null for unnumbered paragraphs. */
  number: string | null;
  heading: string | null;
  text: string;
  location: Location;
  /** Topics filled in by classification. */
  topics: string[];
  /** Nesting depth: 0 for top-level articles/sections. */
  level: number;
  /** Kind of unit; 'preamble', 'signature', 'exhibit' etc. help extraction skip noise. */
  kind: 'clause' | 'preamble' | 'definition' | 'exhibit' | 'signature' | 'title';
  /** Where each source block starts inside `text` (ascending offsets), so a sentence can be located exactly. */
  spans: Array<{ offset: number; location: Location; change?: Change | null }>;
  /** Set when the clause's text comes from a tracked insertion. */
  change?: Change | null;
  /** Word comments anchored in the clause's blocks. */
  comments?: WordComment[];
}

export interface Money {
  amount: number;
  currency: string;
}

export type FactValue = number | boolean | string | string[] | Money;

export type FactType =
  | 'days'
  | 'months'
  | 'years'
  | 'hours'
  | 'percent'
  | 'money'
  | 'multiple'
  | 'jurisdiction'
  | 'boolean'
  | 'list'
  | 'number';

/** A fact read from a document, with its evidence. */
export interface FactHit {
  value: FactValue;
  clause: string | null;
  heading: string | null;
  location: Location;
  excerpt: string;
  /** Day/hour counts stated in business or working days. */
  business?: boolean;
  /** "thirty (45) days": words and digits disagree; the digits are taken and this says so. */
  conflict?: string;
  change?: Change | null;
}

export type FactMap = Record<string, FactHit | null>;

export type Severity = 'error' | 'warning' | 'info';
export type RuleSeverity = Severity | 'off';

export interface Owner {
  id: string;
  name: string;
  contact: string | null;
}

export interface RuleExamples {
  pass?: string[];
  fail?: string[];
}

/** A policy rule as written in YAML (after extends are merged). */
export interface Rule {
  id: string;
  fact?: string;
  max?: number;
  min?: number;
  equals?: FactValue;
  in?: FactValue[];
  not_in?: FactValue[];
  when_absent?: RuleSeverity;
  require?: string;
  forbid?: string;
  topic?: string;
  forbid_phrases?: string[];
  severity: RuleSeverity;
  owner?: string;
  message?: string;
  why?: string;
  fallback?: string;
  docs?: string;
  examples?: RuleExamples;
  /** Policy file this rule came from (extends chains). */
  source?: string;
}

export interface TopicDef {
  headings?: string[];
  patterns?: string[];
}

export interface CustomFactDef {
  type: FactType;
  topic?: string;
  patterns: string[];
  description?: string;
}

export interface Policy {
  termlint: 1;
  name: string;
  version: string;
  effective: string | null;
  owners: Record<string, Owner>;
  rules: Rule[];
  topics: Record<string, TopicDef>;
  facts: Record<string, CustomFactDef>;
  /** Path as given (or "built-in"), the file's sha256 and the extends chain in load order. */
  source: string;
  sha256: string;
  chain: string[];
  builtin: boolean;
}

/** A policy-defined topic compiled for matching (linear-time patterns). */
export interface CompiledTopic {
  name: string;
  headings: string[];
  /** True when the clause text matches one of the topic's patterns. */
  matches(text: string): boolean;
}

/** A policy-defined fact compiled for matching (typed holes, linear-time patterns). */
export interface CompiledFact {
  name: string;
  type: FactType;
  topic: string | null;
  /** First match in the text: the typed value and where it was found. */
  find(text: string): { value: FactValue; index: number; length: number } | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  owner: Owner | null;
  message: string;
  topic: string | null;
  fact: { name: string; value: FactValue | null; expected: string | null } | null;
  clause: { number: string | null; heading: string | null } | null;
  location: Location | null;
  excerpt: string | null;
  fallback: string | null;
  waived: { by: string; reason: string; expires: string | null } | null;
  change: Change | null;
}

export interface DocError {
  code: string;
  message: string;
}

export interface FileResult {
  path: string;
  format: DocFormat | null;
  status: 'ok' | 'error';
  error: DocError | null;
  findings: Finding[];
  warnings?: string[];
}

/** Everything known about one document after reading, segmenting and extracting. */
export interface AnalysedDocument {
  path: string;
  format: DocFormat;
  clauses: Clause[];
  facts: FactMap;
  warnings: string[];
  pages: number | null;
}
