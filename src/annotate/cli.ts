// The check command's side of --annotate: refuse what cannot work before linting, and write the
// annotated copy (atomically, never over the input) after.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { FileResult } from '../types.js';
import { writeAtomic } from '../cli/output.js';
import { annotateDocx } from './index.js';

/** --annotate works on exactly one .docx: throws UsageError otherwise. */
export async function checkAnnotateTarget(target: string, inputs: string[], files: string[]): Promise<void> {
  if (inputs.includes('-') || files.length !== 1) {
    throw new UsageError(`--annotate needs exactly one .docx document to copy, got ${inputs.includes('-') ? 'stdin' : `${files.length} documents`}`);
  }
  const input = files[0];
  if (resolve(target) === resolve(input)) throw new UsageError(`--annotate would overwrite the input document ${input}; name another file`);
  const { sniffFormat } = await import('../read/index.js');
  let head: Uint8Array;
  try {
    head = readFileSync(input);
  } catch {
    return; // Unreadable: the check itself reports NOT_FOUND for it.
  }
  const format = sniffFormat(head, input).format;
  if (format !== null && format !== 'docx') throw new UsageError(`--annotate needs a .docx document; ${input} is ${format}`);
}

/** Write the annotated copy of the one checked document, with its (filtered, unwaived) findings. */
export function writeAnnotated(target: string, input: string, result: FileResult | undefined): void {
  if (!result || result.status !== 'ok' || result.format !== 'docx') {
    process.stderr.write(`termlint: ${input} could not be read, so no annotated copy was written to ${target}\n`);
    return;
  }
  const findings = result.findings.filter((f) => !f.waived);
  writeAtomic(target, annotateDocx(readFileSync(input), input, findings), [input]);
}
