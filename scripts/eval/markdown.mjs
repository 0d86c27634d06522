// EVAL.md rendering: pure functions from computed results to Markdown text.

export const pct = (x) => (x == null || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x) => (x == null ? '–' : x.toFixed(3));
const show = (v) => (v == null ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const clip = (s, n = 140) => { const t = cell(s); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };

const NUMERIC_CELL = /^(?:[-+]?\d+(?:\.\d+)?%?|–|∅)$/;

/** A Markdown table; columns whose cells are all numbers are right-aligned. */
export function table(header, rows) {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => NUMERIC_CELL.test(cell(r[i]))));
  return [
    `| ${header.join(' | ')} |`,
    `|${numeric.map((n) => (n ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function categoryTable(rows, baseline) {
  return table(
    ['CUAD category', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1', ...(baseline ? ['baseline F1'] : [])],
    rows.map((r) => [r.name, r.tp, r.fp, r.fn, r.tn, num(r.precision), num(r.recall), num(r.f1),
      ...(baseline ? [num(baseline.find((b) => b.name === r.name)?.f1)] : [])]),
  );
}

export function valueTable(values) {
  return table(['value', 'labelled', 'right', 'wrong', 'not read', 'accuracy'],
    values.map((v) => [v.name, v.labelled, v.right, v.wrong, v.missing, pct(v.labelled ? v.right / v.labelled : null)]));
}

export function errorsLine(errors) {
  const entries = Object.entries(errors).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([code, n]) => `${code}: ${n}`).join(', ');
}

export function missesTable(misses, limit = 400) {
  const rows = misses.slice(0, limit).map((m) => [m.doc, m.format, m.fact, m.verdict, show(m.expected), show(m.got), clip(m.excerpt)]);
  const more = misses.length > limit ? `\n\n… and ${misses.length - limit} more.` : '';
  return `${table(['document', 'format', 'fact', 'verdict', 'expected', 'got', 'excerpt'], rows)}${more}`;
}

export function valueMismatchTable(rows, limit = 25) {
  return table(['contract', 'label', 'termlint'], rows.slice(0, limit).map((r) => [clip(r.file, 70), clip(r.label, 50), show(r.got)]));
}
