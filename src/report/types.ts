// What every report formatter receives, and the shape of a formatter.
import type { FileResult, Location, Owner } from '../types.js';
import type { StaleWaiver } from '../waivers/apply.js';

export interface ReportInput {
  tool: { name: 'termlint'; version: string };
  /** The policy the documents were judged by; every report names it so a result can be traced. */
  policy: {
    name: string;
    version: string;
    /** Path as given, or "built-in". */
    source: string;
    sha256: string;
    builtin: boolean;
    effective: string | null;
  };
  files: FileResult[];
  /** The policy's owners, for the "consult before sending" list. */
  owners: Record<string, Owner>;
  /** Stylish only: colour on or off (the caller decides from TTY, NO_COLOR, --no-color). */
  color: boolean;
  /** Paths are printed relative to this folder. */
  cwd: string;
  /** Waivers that matched no finding in this run (json: top-level `staleWaivers`); absent without a waivers file. */
  staleWaivers?: StaleWaiver[];
  /**
   * The rules that were checked (severity not off), in policy order. CI formats list them
   * (SARIF tool.driver.rules, one JUnit testcase per rule); optional so older callers still work.
   */
  rules?: ReportRule[];
  /**
   * Each readable document's clauses, by FileResult.path; filled only for formats that show the
   * document itself (html), so the others stay cheap.
   */
  documents?: Record<string, { clauses: ReportClause[] }>;
}

/** One clause of a document as a report shows it. */
export interface ReportClause {
  number: string | null;
  heading: string | null;
  text: string;
  location: Location;
}

/** What a report needs to know about one policy rule. */
export interface ReportRule {
  id: string;
  severity: string;
  /** Owner id, or null when the rule names none. */
  owner: string | null;
  message?: string;
  why?: string;
  docs?: string;
  fallback?: string;
}

/** A pure function from the results to the report's full text. */
export type Formatter = (input: ReportInput) => string;
