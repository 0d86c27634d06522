// Temp-dir helpers for policy tests: write small YAML files and read diagnostics back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../src/errors.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'termlint-policy-'));
}

/** Write files (name -> text) into a fresh temp dir; returns the dir. */
export function writeFiles(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** "line:column severity message" lines, for compact assertions. */
export function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
}

export const HEADER = 'termlint: 1\nname: Test\nversion: 1\n';
