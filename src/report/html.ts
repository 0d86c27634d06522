// `--format html`: one self-contained page a rep can open or attach to an email. No remote
// assets and no script (a Content-Security-Policy forbids both); the styles are inline. For each
// document it shows the clauses themselves, deviating ones marked by severity (a word as well as a
// colour), each finding's excerpt, fallback wording and owner beside its clause; the "consult
// before sending" list comes first, the policy's identity and the tool's version close the page.
// Every piece of document or policy text is escaped.
import type { FileResult, Finding, Location, Owner, Severity } from '../types.js';
import { summarise } from './summary.js';
import { clauseLabel, displayPath, locationLabel, plural, shortDate } from './text.js';
import { formatValue } from '../fact-values.js';
import type { ReportClause, ReportInput } from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const CSS = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--panel:#f6f8fa;--focus:#0b57d0;
--error:#b3261e;--error-bg:#fdecea;--warning:#8a5300;--warning-bg:#fff4d6;--info:#0b5394;--info-bg:#e8f1fb;--ok:#1a7f37}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip-link{position:absolute;left:.5rem;top:-3rem;background:var(--focus);color:#fff;padding:.5rem 1rem;border-radius:4px;z-index:10}
.skip-link:focus{top:.5rem}
header.page,footer.page{background:var(--panel);border-bottom:1px solid var(--line);padding:1rem 1.5rem}
footer.page{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.9rem}
h1{margin:0 0 .25rem;font-size:1.5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .5rem}
h4{font-size:1rem;margin:0 0 .25rem}
main{padding:0 1.5rem 2rem;max-width:80rem}
.totals{margin:.25rem 0 0}
nav ul{margin:.25rem 0 0;padding-left:1.25rem}
.consult{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;background:var(--panel)}
.consult ul{padding-left:1.25rem}
.consult li{margin:.25rem 0}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:700;letter-spacing:.02em;border:1px solid currentColor;white-space:nowrap}
.sev-error .badge.sev,.badge.sev-error{color:var(--error);background:var(--error-bg)}
.sev-warning .badge.sev,.badge.sev-warning{color:var(--warning);background:var(--warning-bg)}
.sev-info .badge.sev,.badge.sev-info{color:var(--info);background:var(--info-bg)}
.badge.owner{color:var(--ink);background:#fff;font-weight:600}
.badge.waived{color:var(--ok);background:#fff}
.file{border-top:2px solid var(--line);margin-top:1.5rem}
.file-error{color:var(--error);font-weight:600}
.notes{color:var(--muted);font-size:.9rem}
.clause{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;padding:.75rem;margin:.5rem 0;border:1px solid var(--line);border-left:6px solid var(--line);border-radius:4px}
.clause.plain{display:block;border-left-width:1px}
.clause.sev-error{border-left-color:var(--error)}
.clause.sev-warning{border-left-color:var(--warning)}
.clause.sev-info{border-left-color:var(--info)}
.clause .text p{margin:.25rem 0}
.clause .flag{font-weight:700}
.findings{display:flex;flex-direction:column;gap:.5rem}
details.finding{border:1px solid var(--line);border-radius:4px;padding:.25rem .5rem;background:#fff}
details.finding.sev-error{background:var(--error-bg)}
details.finding.sev-warning{background:var(--warning-bg)}
details.finding.sev-info{background:var(--info-bg)}
details.finding.is-waived{background:#fff;opacity:.85}
details summary{cursor:pointer}
details.finding summary{font-weight:600}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);font-weight:400}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid var(--line);background:rgba(255,255,255,.6);font-style:italic}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0;font-size:.9rem}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
details.quiet{margin:.5rem 0;color:var(--muted)}
details.quiet[open]{color:var(--ink)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}
@media (max-width:48rem){.clause{grid-template-columns:1fr}}
@media print{.skip-link,nav{display:none}.clause{break-inside:avoid}}
`;

interface Ctx {
  input: ReportInput;
}

function severityBadge(severity: Severity): string {
  return `<span class="badge sev sev-${severity}">${SEVERITY_WORD[severity]}</span>`;
}

function ownerBadge(owner: Owner | null, owners: Record<string, Owner>): string {
  if (!owner) return '<span class="badge owner">No owner named</span>';
  const known = Object.hasOwn(owners, owner.id) ? owners[owner.id] : owner;
  return `<span class="badge owner" title="Consult ${escapeHtml(known.name)}">${escapeHtml(known.name)}</span>`;
}

function contactLink(contact: string | null): string {
  if (!contact) return '';
  // Only e-mail addresses become links; nothing on the page points at the network.
  if (/^[^\s@<>"']+@[^\s@<>"']+$/.test(contact)) return ` <a href="mailto:${escapeHtml(contact)}">${escapeHtml(contact)}</a>`;
  return ` ${escapeHtml(contact)}`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

function findingHtml(f: Finding, ctx: Ctx, showWhere: boolean): string {
  const cls = `finding sev-${f.severity}${f.waived ? ' is-waived' : ''}`;
  const where = [clauseLabel(f.clause), locationLabel(f.location)].filter((p) => p !== null).join(' · ');
  const summary = [
    severityBadge(f.severity),
    f.waived ? '<span class="badge waived">Waived</span>' : '',
    showWhere && where ? `<span>${escapeHtml(where)}:</span>` : '',
    `<span>${escapeHtml(f.message)}</span>`,
    `<span class="rule">${escapeHtml(f.ruleId)}</span>`,
  ].filter(Boolean).join(' ');
  const meta: string[] = [];
  meta.push(`<dt>Consult</dt><dd>${ownerBadge(f.owner, ctx.input.owners)}${f.owner ? contactLink((Object.hasOwn(ctx.input.owners, f.owner.id) ? ctx.input.owners[f.owner.id] : f.owner).contact) : ''}</dd>`);
  if (where) meta.push(`<dt>Where</dt><dd>${escapeHtml(where)}</dd>`);
  if (f.fact) {
    const expected = f.fact.expected ? ` (expected ${escapeHtml(f.fact.expected)})` : '';
    meta.push(`<dt>Fact</dt><dd><code>${escapeHtml(f.fact.name)}</code> = ${escapeHtml(formatValue(f.fact.value))}${expected}</dd>`);
  }
  if (f.change) {
    const by = f.change.author ? ` by ${escapeHtml(f.change.author)}` : '';
    const when = f.change.date ? `, ${escapeHtml(shortDate(f.change.date))}` : '';
    meta.push(`<dt>Redline</dt><dd>Inserted${by}${when}</dd>`);
  }
  if (f.waived) {
    const until = f.waived.expires ? ` until ${escapeHtml(f.waived.expires)}` : '';
    meta.push(`<dt>Waived</dt><dd>by ${escapeHtml(f.waived.by)}${until}: ${escapeHtml(f.waived.reason)}</dd>`);
  }
  const body = [
    f.excerpt ? `<blockquote>${escapeHtml(f.excerpt)}</blockquote>` : '',
    f.fallback ? `<p><strong>Fallback:</strong> ${escapeHtml(f.fallback)}</p>` : '',
    `<dl class="meta">${meta.join('')}</dl>`,
  ].join('');
  // Open by default: the excerpt and fallback belong beside the clause; a rep may fold them away.
  return `<details class="${cls}" open><summary>${summary}</summary>${body}</details>`;
}

// ---------------------------------------------------------------- placing findings on clauses

function position(location: Location): number[] {
  return [location.page ?? -1, location.paragraph ?? -1, location.line ?? -1];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function hasPlace(location: Location | null): location is Location {
  return location !== null && (location.page !== null || location.paragraph !== null || location.line !== null);
}

/**
 * The clause a finding is about: the one with its number (the nearest before its location when
 * numbers repeat), else the last clause starting at or before its location; -1 for a finding
 * about the whole document (a missing clause, a fact not stated).
 */
export function clauseIndexOf(f: Finding, clauses: ReportClause[]): number {
  if (!hasPlace(f.location)) return -1;
  const at = position(f.location);
  const startsBefore = (c: ReportClause) => compare(position(c.location), at) <= 0;
  const number = f.clause?.number ?? null;
  if (number !== null) {
    const same = clauses.flatMap((c, i) => (c.number === number ? [i] : []));
    if (same.length === 1) return same[0];
    const before = same.filter((i) => startsBefore(clauses[i]));
    if (before.length > 0) return before[before.length - 1];
  }
  let found = -1;
  clauses.forEach((c, i) => {
    if (startsBefore(c)) found = i;
  });
  return found;
}

function worst(findings: Finding[]): Severity | null {
  const active = findings.filter((f) => !f.waived);
  if (active.length === 0) return null;
  return active.reduce((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), active[0].severity);
}

function clauseHtml(c: ReportClause, id: string, findings: Finding[], ctx: Ctx): string {
  const title = clauseLabel(c) ?? 'Unnumbered paragraph';
  const text = paragraphs(c.text);
  if (findings.length === 0) {
    return `<article class="clause plain" id="${id}" aria-labelledby="${id}-h"><h4 id="${id}-h">${escapeHtml(title)}</h4><div class="text">${text}</div></article>`;
  }
  const level = worst(findings);
  const flag = level
    ? `<span class="flag">${severityBadge(level)}</span> `
    : '<span class="badge waived">Waived</span> ';
  const sorted = [...findings].sort((a, b) => Number(Boolean(a.waived)) - Number(Boolean(b.waived)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return [
    `<article class="clause ${level ? `sev-${level}` : 'is-waived'}" id="${id}" aria-labelledby="${id}-h">`,
    `<div class="text"><h4 id="${id}-h">${flag}${escapeHtml(title)}</h4>${text}</div>`,
    `<aside class="findings" aria-label="${escapeHtml(`Findings on ${title}`)}">${sorted.map((f) => findingHtml(f, ctx, false)).join('')}</aside>`,
    '</article>',
  ].join('');
}

/** Clauses without findings, folded in runs so the deviating ones stand out. */
function quietRun(run: string[], labels: string[]): string {
  const first = labels[0];
  const last = labels[labels.length - 1];
  const range = first === last ? first : `${first} – ${last}`;
  return `<details class="quiet"><summary>${plural(run.length, 'clause')} without findings (${escapeHtml(range)})</summary>${run.join('')}</details>`;
}

function documentHtml(file: FileResult, fileId: string, clauses: ReportClause[], ctx: Ctx): string {
  const onClause = new Map<number, Finding[]>();
  const general: Finding[] = [];
  for (const f of file.findings) {
    const i = clauseIndexOf(f, clauses);
    if (i < 0) general.push(f);
    else onClause.set(i, [...(onClause.get(i) ?? []), f]);
  }
  const parts: string[] = [];
  if (general.length > 0) {
    parts.push(`<h3>About the whole document</h3><div class="findings">${general.map((f) => findingHtml(f, ctx, true)).join('')}</div>`);
  }
  parts.push('<h3>Clauses</h3>');
  let run: string[] = [];
  let labels: string[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(quietRun(run, labels));
    run = [];
    labels = [];
  };
  clauses.forEach((c, i) => {
    const id = `${fileId}-c${i + 1}`;
    const findings = onClause.get(i) ?? [];
    if (findings.length === 0) {
      run.push(clauseHtml(c, id, [], ctx));
      labels.push(clauseLabel(c) ?? `¶ ${i + 1}`);
      return;
    }
    flush();
    parts.push(clauseHtml(c, id, findings, ctx));
  });
  flush();
  return parts.join('');
}

function fileHtml(file: FileResult, index: number, ctx: Ctx): string {
  const id = `file-${index + 1}`;
  const path = displayPath(file.path, ctx.input.cwd);
  const active = file.findings.filter((f) => !f.waived);
  const counts = countsText(active) || 'no deviations';
  const head = `<h2 id="${id}-h">${escapeHtml(path)} <small>(${escapeHtml(file.format ?? 'unknown format')} · ${escapeHtml(counts)})</small></h2>`;
  const notes = (file.warnings ?? []).length
    ? `<ul class="notes">${(file.warnings ?? []).map((w) => `<li>Note: ${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  let body: string;
  if (file.status === 'error') {
    const code = file.error?.code ?? 'INTERNAL';
    body = `<p class="file-error">Not checked: <code>${escapeHtml(code)}</code> ${escapeHtml(file.error?.message ?? 'could not be read')}</p>`;
  } else {
    const doc = ctx.input.documents && Object.hasOwn(ctx.input.documents, file.path) ? ctx.input.documents[file.path] : null;
    if (doc && doc.clauses.length > 0) body = documentHtml(file, id, doc.clauses, ctx);
    else if (file.findings.length > 0) body = `<div class="findings">${file.findings.map((f) => findingHtml(f, ctx, true)).join('')}</div>`;
    else body = '<p>No deviations from the policy.</p>';
  }
  return `<section class="file" id="${id}" aria-labelledby="${id}-h">${head}${notes}${body}</section>`;
}

function countsText(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return [
    n('error') ? plural(n('error'), 'error') : '',
    n('warning') ? plural(n('warning'), 'warning') : '',
    n('info') ? plural(n('info'), 'info', 'infos') : '',
  ].filter(Boolean).join(', ');
}

// ---------------------------------------------------------------- consult list

interface Tally {
  owner: Owner | null;
  findings: Finding[];
  /** Rule id -> clause numbers, in report order. */
  rules: Map<string, string[]>;
}

function consultHtml(input: ReportInput): string {
  const tallies = new Map<string, Tally>();
  for (const file of input.files) {
    for (const f of file.findings) {
      if (f.waived) continue;
      const key = f.owner?.id ?? '';
      let tally = tallies.get(key);
      if (!tally) {
        const owner = f.owner ? (Object.hasOwn(input.owners, f.owner.id) ? input.owners[f.owner.id] : f.owner) : null;
        tally = { owner, findings: [], rules: new Map() };
        tallies.set(key, tally);
      }
      tally.findings.push(f);
      const clauses = tally.rules.get(f.ruleId) ?? [];
      const number = f.clause?.number;
      if (number && !clauses.includes(number)) clauses.push(number);
      tally.rules.set(f.ruleId, clauses);
    }
  }
  const count = (t: Tally, s: Severity) => t.findings.filter((f) => f.severity === s).length;
  const ordered = [...tallies.values()].sort(
    (a, b) =>
      Number(a.owner === null) - Number(b.owner === null) ||
      count(b, 'error') - count(a, 'error') ||
      count(b, 'warning') - count(a, 'warning') ||
      count(b, 'info') - count(a, 'info') ||
      (a.owner?.name ?? '').localeCompare(b.owner?.name ?? ''),
  );
  const body = ordered.length === 0
    ? '<p>Nobody: no finding needs another function’s approval.</p>'
    : `<ul>${ordered.map((t) => {
      const who = t.owner ? `<strong>${escapeHtml(t.owner.name)}</strong>${contactLink(t.owner.contact)}` : '<strong>No owner named in the policy</strong>';
      const severities = (['error', 'warning', 'info'] as Severity[])
        .filter((s) => count(t, s) > 0)
        .map((s) => `<span class="badge sev-${s}">${escapeHtml(plural(count(t, s), SEVERITY_WORD[s].toLowerCase(), s === 'info' ? 'infos' : undefined))}</span>`)
        .join(' ');
      const rules = [...t.rules].map(([id, clauses]) => `<span class="rule">${escapeHtml(id)}</span>${clauses.length ? ` (${escapeHtml(clauses.join(', '))})` : ''}`).join(', ');
      return `<li>${who}: ${severities} — ${rules}</li>`;
    }).join('')}</ul>`;
  return `<section class="consult" aria-labelledby="consult-h"><h2 id="consult-h">Consult before sending</h2>${body}</section>`;
}

// ---------------------------------------------------------------- page

function totalsText(input: ReportInput): string {
  const s = summarise(input.files);
  const parts = [plural(s.files, 'file'), plural(s.errors, 'error'), plural(s.warnings, 'warning')];
  if (s.infos) parts.push(plural(s.infos, 'info', 'infos'));
  if (s.waived) parts.push(`${s.waived} waived`);
  if (s.unreadable) parts.push(`${s.unreadable} unreadable (not checked)`);
  return parts.join(' · ');
}

function policyHtml(input: ReportInput): string {
  const p = input.policy;
  const origin = p.builtin ? 'built-in default playbook' : p.source;
  const effective = p.effective ? `, effective ${p.effective}` : '';
  return `Policy: <strong>${escapeHtml(p.name)}</strong> ${escapeHtml(p.version)}${escapeHtml(effective)} (${escapeHtml(origin)}), sha256 <code>${escapeHtml(p.sha256)}</code> · ${escapeHtml(input.tool.name)} ${escapeHtml(input.tool.version)}`;
}

export function formatHtml(input: ReportInput): string {
  const ctx: Ctx = { input };
  const files = input.files.map((f, i) => fileHtml(f, i, ctx)).join('\n');
  const nav = input.files.length > 1
    ? `<nav aria-label="Documents"><ul>${input.files.map((f, i) => `<li><a href="#file-${i + 1}">${escapeHtml(displayPath(f.path, input.cwd))}</a> (${escapeHtml(countsText(f.findings.filter((x) => !x.waived)) || (f.status === 'error' ? 'not checked' : 'no deviations'))})</li>`).join('')}</ul></nav>`
    : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from anywhere: the page is complete as written.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>termlint report: ${escapeHtml(input.policy.name)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#main">Skip to the report</a>',
    '<header class="page">',
    '<h1>termlint report</h1>',
    `<p class="totals">${escapeHtml(totalsText(input))}</p>`,
    `<p class="totals">${policyHtml(input)}</p>`,
    nav,
    '</header>',
    '<main id="main" tabindex="-1">',
    consultHtml(input),
    files,
    '</main>',
    `<footer class="page">${policyHtml(input)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
