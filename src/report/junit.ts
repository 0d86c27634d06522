// `--format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, Azure, CircleCI).
// One <testsuite> per document, one <testcase> per rule checked (classname = path,
// name = rule id). A rule with error or warning findings fails, with every finding's details;
// a rule whose findings are all waived is skipped; info findings are notes, so the testcase
// passes and carries them in <system-out>. An unreadable document is one `read` testcase with
// an <error>, never a suite of passing rules.
import type { FileResult, Finding, Severity } from '../types.js';
import { errorCode, errorText, ruleCatalog, xmlAttr, xmlText } from './ci.js';
import { displayPath, locationLabel, clauseLabel, oneLine } from './text.js';
import type { ReportInput } from './types.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

interface SuiteXml {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  xml: string[];
}

export function formatJunit(input: ReportInput): string {
  const ruleIds = ruleCatalog(input).map((r) => r.id);
  const properties = [
    ['policy', `${input.policy.name} ${input.policy.version}`],
    ['policy.source', input.policy.source],
    ['policy.sha256', input.policy.sha256],
    ['tool', `${input.tool.name} ${input.tool.version}`],
  ];
  const suites = input.files.map((file) => suite(file, input.cwd, ruleIds, properties));
  const total = (key: keyof Omit<SuiteXml, 'xml'>) => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="termlint" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" skipped="${total('skipped')}">`,
    ...suites.flatMap((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(file: FileResult, cwd: string, ruleIds: string[], properties: string[][]): SuiteXml {
  const path = displayPath(file.path, cwd);
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  let tests = 0;

  if (file.status === 'error') {
    const code = errorCode(file);
    const message = errorText(file, path);
    tests = 1;
    errors = 1;
    cases.push(
      `    <testcase classname="${xmlAttr(path)}" name="read">`,
      `      <error message="${xmlAttr(message)}" type="${xmlAttr(code)}">${xmlText(`${code}: ${message}\nThe document was not checked.`)}</error>`,
      '    </testcase>',
    );
  } else {
    for (const ruleId of ruleIds) {
      tests++;
      const findings = file.findings.filter((f) => f.ruleId === ruleId);
      const active = findings.filter((f) => !f.waived);
      const failing = active.filter((f) => f.severity !== 'info');
      const open = `    <testcase classname="${xmlAttr(path)}" name="${xmlAttr(ruleId)}"`;
      if (findings.length === 0) {
        cases.push(`${open}/>`);
      } else if (failing.length > 0) {
        failures++;
        const worst = failing.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
        const message = failing.length === 1 ? failing[0].message : `${failing.length} findings: ${failing[0].message}`;
        cases.push(
          `${open}>`,
          `      <failure message="${xmlAttr(message)}" type="${worst.severity}">${xmlText(findings.map(details).join('\n\n'))}</failure>`,
          '    </testcase>',
        );
      } else if (active.length === 0) {
        skipped++;
        const w = findings[0].waived!;
        const message = `waived by ${w.by}${w.expires ? ` until ${w.expires}` : ''}: ${w.reason}`;
        cases.push(`${open}>`, `      <skipped message="${xmlAttr(message)}"/>`, '    </testcase>');
      } else {
        // Only info findings: a note for the reader, not a failed check.
        cases.push(`${open}>`, `      <system-out>${xmlText(findings.map(details).join('\n\n'))}</system-out>`, '    </testcase>');
      }
    }
  }

  const notes = (file.warnings ?? []).map((w) => `note: ${w}`);
  const xml = [
    `  <testsuite name="${xmlAttr(path)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    '    <properties>',
    ...[['format', file.format ?? 'unknown'], ...properties].map(([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`),
    '    </properties>',
    ...cases,
    ...(notes.length > 0 ? [`    <system-out>${xmlText(notes.join('\n'))}</system-out>`] : []),
    '  </testsuite>',
  ];
  return { tests, failures, errors, skipped, xml };
}

/** One finding as the plain text a CI log shows under the failed test. */
function details(f: Finding): string {
  const lines = [`${f.severity}: ${f.message}`];
  const clause = clauseLabel(f.clause);
  const where = locationLabel(f.location);
  if (clause || !where) lines.push(`  Clause: ${clause ?? 'whole document'}`);
  if (where) lines.push(`  Location: ${where}`);
  if (f.excerpt) lines.push(`  Excerpt: "${oneLine(f.excerpt)}"`);
  if (f.owner) lines.push(`  Owner: ${f.owner.name}${f.owner.contact ? ` <${f.owner.contact}>` : ''}`);
  if (f.fallback) lines.push(`  Fallback: ${oneLine(f.fallback)}`);
  if (f.change) lines.push(`  Inserted by a tracked change${f.change.author ? ` (${f.change.author})` : ''}`);
  if (f.waived) lines.push(`  Waived by ${f.waived.by}${f.waived.expires ? ` until ${f.waived.expires}` : ''}: ${f.waived.reason}`);
  return lines.join('\n');
}
