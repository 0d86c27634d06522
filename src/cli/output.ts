// Where reports go: stdout, or a file written atomically (temp file + rename) so a failed run
// never leaves a half-written report, and never the input document itself.
import { renameSync, writeFileSync, realpathSync, existsSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export function writeAtomic(target: string, content: string | Uint8Array, inputs: string[] = []): void {
  const abs = resolve(target);
  const real = existsSync(abs) ? realpathSync(abs) : abs;
  for (const input of inputs) {
    if (existsSync(input) && realpathSync(input) === real) {
      throw new UsageError(`refusing to overwrite the input document ${input} with the report`);
    }
  }
  const tmp = join(dirname(abs), `.${basename(abs)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`cannot write ${target}: ${(err as Error).message}`);
  }
}

export function emit(text: string, outputFile: string | undefined, inputs: string[]): void {
  if (outputFile) writeAtomic(outputFile, text, inputs);
  else process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

/** Colour only on a terminal, and never when NO_COLOR is set or --no-color is given (FORCE_COLOR forces it). */
export function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag === false || toFile) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}
