// A one-line progress display on stderr for long runs: files done/total, errors so far, ETA.
// Only on a terminal, only for more than MIN_FILES files, never with --quiet: CI logs and
// redirected stderr get nothing of it.
import type { FileResult } from '../types.js';

/** Runs of this many files or fewer finish too soon to need a progress line. */
export const MIN_FILES = 5;
/** Redraw at most this often. */
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  tick(result: FileResult): void;
  /** Clear the line so the report starts on a clean one. */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The text of the line, e.g. "termlint: 12/40 files, 1 error, ETA 8s". */
export function progressLine(done: number, total: number, errors: number, elapsedMs: number): string {
  const eta = done > 0 && done < total ? `, ETA ${duration((elapsedMs / done) * (total - done))}` : '';
  return `termlint: ${done}/${total} files, ${errors} error${errors === 1 ? '' : 's'}${eta}`;
}

export function createProgress(
  total: number,
  opts: { quiet?: boolean; stream?: ProgressStream; now?: () => number } = {},
): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet || !stream.isTTY || total <= MIN_FILES) return SILENT;
  const now = opts.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  let errors = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const draw = () => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\x1b[2K${progressLine(done, total, errors, now() - started).slice(0, width)}`);
    drawn = true;
  };
  draw();
  return {
    tick(result) {
      done += 1;
      if (result.status === 'error') errors += 1;
      const t = now();
      if (t - lastDraw >= REDRAW_MS || done === total) {
        lastDraw = t;
        draw();
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
