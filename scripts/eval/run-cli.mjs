// Run the built CLI's `extract --format json` over many files: in batches (bounded memory per process),
// a few batches at once, each with a timeout. A batch that dies or times out is split in halves and
// retried, so one bad document costs only itself.
import { spawn } from 'node:child_process';

/** Split a list into chunks of `size`. */
export function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function runOnce(cliPath, files, { cwd, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, 'extract', '--format', 'json', ...files], {
      cwd, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ ok: false, code: 'TIMEOUT', message: `batch timed out after ${timeoutMs / 1000}s` });
      try {
        const json = JSON.parse(Buffer.concat(out).toString('utf8'));
        resolve({ ok: true, files: json.files ?? [], tool: json.tool });
      } catch {
        resolve({ ok: false, code: code === 0 ? 'BAD_JSON' : 'CLI_FAILED', message: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}` });
      }
    });
  });
}

async function runBisecting(cliPath, files, opts) {
  const r = await runOnce(cliPath, files, opts);
  if (r.ok) return r.files;
  if (files.length === 1) {
    return [{ path: files[0], status: 'error', error: { code: `HARNESS_${r.code}`, message: r.message }, clauses: [], facts: {} }];
  }
  const half = Math.ceil(files.length / 2);
  return [...await runBisecting(cliPath, files.slice(0, half), opts), ...await runBisecting(cliPath, files.slice(half), opts)];
}

/**
 * Extract every file; returns a Map from the path as given to that file's extract record.
 * `onBatch(done, total)` reports progress.
 */
export async function extractAll(cliPath, files, { cwd, batchSize = 25, parallel = 2, timeoutMs = 600_000, onBatch } = {}) {
  const batches = chunk(files, batchSize);
  const results = new Map();
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < batches.length) {
      const batch = batches[next++];
      const records = await runBisecting(cliPath, batch, { cwd, timeoutMs });
      // The CLI echoes the path it was given; match on that, falling back to order.
      records.forEach((rec, i) => results.set(batch.includes(rec.path) ? rec.path : batch[i], rec));
      done += batch.length;
      onBatch?.(done, files.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, worker));
  for (const f of files) {
    if (!results.has(f)) results.set(f, { path: f, status: 'error', error: { code: 'HARNESS_NO_RESULT', message: 'not in the CLI output' }, clauses: [], facts: {} });
  }
  return results;
}
