// Errors with stable codes. A DocumentError concerns one input document and never stops the run;
// a UsageError is the user's command line or policy and ends the run with exit code 2.

export type DocErrorCode =
  | 'NOT_FOUND'
  | 'EMPTY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_FILE'
  | 'CORRUPT_DOCX'
  | 'CORRUPT_PDF'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT_LAYER'
  | 'INVALID_TERMSHEET'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'INTERNAL';

export class DocumentError extends Error {
  constructor(
    readonly code: DocErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A problem in a policy, waiver or term-sheet file, with its position. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export class PolicyError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'PolicyError';
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
