// Check many documents on several cores: a pool of worker threads (src/worker.ts), each compiling
// the policy once and then taking one document at a time. Results come back in input order, so
// the report is the same whatever --jobs is. A document that runs past its time budget ends as a
// TIMEOUT entry (its worker is terminated and replaced); a worker that crashes on a document
// makes that document an INTERNAL entry; the run always goes on.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FileResult, Policy } from '../types.js';
import { PACKAGE_ROOT } from '../version.js';

export interface LintRunOptions {
  /** Worker threads; 1 checks in this thread. */
  jobs: number;
  /** Time budget per document, in milliseconds. */
  timeoutMs: number;
  /** Called as each document finishes (in completion order), e.g. for progress. */
  onResult?: (result: FileResult, index: number) => void;
}

/** Messages between the pool and src/worker.ts. */
export type ToWorker = { id: number; path: string };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: FileResult }
  | { type: 'crash'; id: number; message: string };

export function timeoutResult(path: string, timeoutMs: number): FileResult {
  return {
    path, format: null, status: 'error', findings: [],
    error: {
      code: 'TIMEOUT',
      message: `${path} took longer than ${timeoutMs / 1000} s to check and was stopped (raise --timeout to allow more)`,
    },
  };
}

export function internalResult(path: string, detail: string): FileResult {
  return {
    path, format: null, status: 'error', findings: [],
    error: {
      code: 'INTERNAL',
      message: `${path}: internal error while checking (${detail}); please report this with the file if you can share it`,
    },
  };
}

/** The compiled worker entry (dist/worker.js), also when this module runs from src/ under a test runner. */
function workerUrl(): URL {
  if (import.meta.url.endsWith('.ts')) return pathToFileURL(join(PACKAGE_ROOT, 'dist', 'worker.js'));
  return new URL('../worker.js', import.meta.url);
}

/** Check every file in this thread, one at a time, with the same budget as the pool (see below). */
export async function lintInProcess(files: string[], policy: Policy, opts: LintRunOptions): Promise<FileResult[]> {
  const { analyseFile, compilePolicy, resultOf } = await import('../pipeline.js');
  const compiled = await compilePolicy(policy);
  const results: FileResult[] = [];
  for (const [index, path] of files.entries()) {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const work = (async () => resultOf(path, await analyseFile(path, compiled), policy))().catch(
      (err: unknown) => internalResult(path, err instanceof Error ? err.message : String(err)),
    );
    const budget = new Promise<FileResult>((done) => {
      timer = setTimeout(() => done(timeoutResult(path, opts.timeoutMs)), opts.timeoutMs);
    });
    // In this thread synchronous work cannot be interrupted: a document that only finishes after
    // its budget is still a TIMEOUT, so --jobs 1 and --jobs N report the same thing.
    let result = await Promise.race([work, budget]);
    clearTimeout(timer);
    if (result.status === 'ok' && performance.now() - started > opts.timeoutMs) result = timeoutResult(path, opts.timeoutMs);
    results.push(result);
    opts.onResult?.(result, index);
  }
  return results;
}

/**
 * V8 settings for a check run. Every thread that checks JIT-compiles the same hot code (pdf.js, the
 * extractors); with one thread V8 does that on the otherwise idle second core for free, but in a pool
 * each worker compiles it again on cores the workers need. Inlining less makes each optimising compile
 * much cheaper (on CUAD PDFs the pool's total compile time about halves) with no measurable loss in the
 * compiled code, with one thread or several. Flags are process-wide; they are set before checking starts.
 */
const CHECK_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=200'];
// Workers keep V8's default young generation: 32 or 64 MB semi-spaces cut scavenges but put a
// 40-PDF --jobs 2 run at 460-560 MB peak instead of about 360 MB.

let checkV8FlagsSet = false;

function setCheckV8Flags(): void {
  if (checkV8FlagsSet) return;
  checkV8FlagsSet = true;
  for (const flag of CHECK_V8_FLAGS) setFlagsFromString(flag);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: { index: number; timer: NodeJS.Timeout } | null;
  retired: boolean;
}

/** Check files on `opts.jobs` worker threads; resolves with results in the order of `files`. */
export function lintInPool(files: string[], policy: Policy, opts: LintRunOptions): Promise<FileResult[]> {
  const results: Array<FileResult | undefined> = new Array(files.length);
  // Largest files first, so one big PDF does not start last and leave the other cores idle.
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  const sizes = files.map(size);
  const queue = files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  let finished = 0;
  const slots: Slot[] = [];

  return new Promise((resolvePool, rejectPool) => {
    let settled = false;
    const shutdown = () => Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      void shutdown().then(() => rejectPool(err));
    };

    const complete = (slot: Slot, result: FileResult) => {
      const task = slot.task;
      if (!task) return;
      clearTimeout(task.timer);
      slot.task = null;
      results[task.index] = result;
      finished += 1;
      opts.onResult?.(result, task.index);
      if (finished === files.length) {
        settled = true;
        void shutdown().then(() => resolvePool(results as FileResult[]));
        return;
      }
      dispatch(slot);
    };

    const dispatch = (slot: Slot) => {
      if (settled || slot.retired || !slot.ready || slot.task) return;
      const index = queue.shift();
      if (index === undefined) return;
      const timer = setTimeout(() => {
        // Synchronous work in a thread can only be stopped by ending the thread: replace it.
        retire(slot);
        complete(slot, timeoutResult(files[index], opts.timeoutMs));
      }, opts.timeoutMs);
      slot.task = { index, timer };
      slot.worker.postMessage({ id: index, path: files[index] } satisfies ToWorker);
    };

    /** Stop a worker and put a fresh one in its place (the slot keeps its current task for `complete`). */
    const retire = (slot: Slot) => {
      if (slot.retired) return;
      slot.retired = true;
      void slot.worker.terminate().catch(() => 0);
      if (queue.length > 0 && !settled) slots.push(start());
    };

    const start = (): Slot => {
      const worker = new Worker(workerUrl(), { workerData: { policy } });
      const slot: Slot = { worker, ready: false, task: null, retired: false };
      worker.on('message', (msg: FromWorker) => {
        if (slot.retired) return;
        if (msg.type === 'ready') {
          slot.ready = true;
          dispatch(slot);
        } else if (slot.task && msg.id === slot.task.index) {
          complete(slot, msg.type === 'result' ? msg.result : internalResult(files[msg.id], msg.message));
        }
      });
      const died = (detail: string) => {
        if (slot.retired) return;
        if (!slot.ready) {
          // A worker that cannot even start will not start next time either.
          fail(new Error(`cannot start a worker thread (${detail})`));
          return;
        }
        const task = slot.task;
        retire(slot);
        if (task) complete(slot, internalResult(files[task.index], detail));
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => died(`worker thread exited with code ${code}`));
      return slot;
    };

    if (files.length === 0) {
      settled = true;
      resolvePool([]);
      return;
    }
    for (let i = 0; i < Math.min(opts.jobs, files.length); i++) slots.push(start());
  });
}

/** In this thread for --jobs 1 or a single document (no worker start-up to pay), else on a pool. */
export function lintAll(files: string[], policy: Policy, opts: LintRunOptions): Promise<FileResult[]> {
  setCheckV8Flags();
  return opts.jobs <= 1 || files.length <= 1 ? lintInProcess(files, policy, opts) : lintInPool(files, policy, opts);
}
