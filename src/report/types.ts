// What every report formatter receives, and the shape of a formatter.
import type { FileResult, Owner } from '../types.js';

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
}

/** A pure function from the results to the report's full text. */
export type Formatter = (input: ReportInput) => string;
