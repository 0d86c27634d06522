// The progress line: only on a TTY, only for runs of more than 5 files, never with --quiet.
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../src/cli/progress.js';
import type { FileResult } from '../src/types.js';

const ok: FileResult = { path: 'a.md', format: 'md', status: 'ok', error: null, findings: [] };
const bad: FileResult = { ...ok, status: 'error', error: { code: 'CORRUPT_PDF', message: 'x' } };

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } };
}

describe('progress', () => {
  it.each([
    [true, false, 6, true],
    [false, false, 6, false],
    [true, true, 6, false],
    [true, false, 5, false],
  ])('tty %s, quiet %s, %i files -> draws %s', (isTTY, quiet, total, draws) => {
    const { writes, stream } = fakeStream(isTTY);
    const progress = createProgress(total, { quiet, stream });
    for (let i = 0; i < total; i++) progress.tick(i === 2 ? bad : ok);
    progress.done();
    expect(writes.length > 0).toBe(draws);
  });

  it('counts files and errors, and clears its line at the end', () => {
    const { writes, stream } = fakeStream(true);
    let t = 0;
    const progress = createProgress(6, { stream, now: () => t });
    for (let i = 0; i < 6; i++) {
      t += 1000;
      progress.tick(i < 2 ? bad : ok);
    }
    progress.done();
    expect(writes.some((w) => w.includes('termlint: 6/6 files, 2 errors'))).toBe(true);
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });

  it.each([
    [0, 10, 0, 0, 'termlint: 0/10 files, 0 errors'],
    [4, 10, 1, 8000, 'termlint: 4/10 files, 1 error, ETA 12s'],
    [1, 100, 0, 2000, 'termlint: 1/100 files, 0 errors, ETA 3m18s'],
    [10, 10, 3, 9000, 'termlint: 10/10 files, 3 errors'],
  ])('line for %i/%i with %i errors after %i ms', (done, total, errors, elapsed, expected) => {
    expect(progressLine(done, total, errors, elapsed)).toBe(expected);
  });
});
