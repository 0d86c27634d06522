// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
// One run; the policy's rules are tool.driver.rules; each finding is a result pointing at the
// document (a line region for txt/md, page/paragraph and the clause as a logical location for
// docx/pdf). Waived findings carry an external suppression; unreadable documents are tool
// execution notifications and make the invocation unsuccessful, so nothing is silently clean.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import type { FileResult, Finding, Severity } from '../types.js';
import { errorCode, errorText, ruleCatalog } from './ci.js';
import { valueJson } from './json.js';
import { clauseLabel, displayPath, locationLabel, oneLine } from './text.js';
import type { ReportInput, ReportRule } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/termlint';
/** Key of our partial fingerprint; bump the version if the recipe ever changes. */
export const FINGERPRINT_KEY = 'termlint/v1';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(input: ReportInput): string {
  const rules = ruleCatalog(input);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const failed = input.files.filter((f) => f.status === 'error');

  const notifications = input.files.flatMap((file) => notificationsFor(file, input.cwd));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            version: input.tool.version,
            semanticVersion: input.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: input.files.flatMap((file) =>
          file.findings.map((f) => result(f, artifactUri(file.path, input.cwd), ruleIndex.get(f.ruleId) ?? -1)),
        ),
        properties: {
          policy: {
            name: input.policy.name,
            version: input.policy.version,
            source: input.policy.source,
            sha256: input.policy.sha256,
            effective: input.policy.effective,
          },
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// ---------------------------------------------------------------- rules

function ruleDescriptor(rule: ReportRule) {
  const short = rule.message ? genericMessage(rule.message) : humanise(rule.id);
  const help = [rule.why, rule.fallback ? `Fallback wording: ${rule.fallback}` : undefined].filter((t): t is string => Boolean(t));
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: short },
    fullDescription: { text: rule.why ? oneLine(rule.why) : short },
    ...(rule.docs && isWebUrl(rule.docs) ? { helpUri: rule.docs } : {}),
    ...(help.length > 0 ? { help: { text: help.join('\n\n') } } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] ?? 'warning' },
    properties: {
      tags: rule.owner ? [`owner:${rule.owner}`] : [],
      // A docs link that is not a web URL (a path in the playbook repo) still travels along.
      ...(rule.docs && !isWebUrl(rule.docs) ? { docs: rule.docs } : {}),
    },
  };
}

/** A rule's message template without its per-finding values: "Payment is due in … days". */
function genericMessage(template: string): string {
  return oneLine(template.replace(/\{[a-z_.]+\}/gi, '…'));
}

/** "payment-terms" -> "Payment terms". */
function humanise(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "payment-terms" -> "PaymentTerms", the SARIF convention for reportingDescriptor.name. */
function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function isWebUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

// ---------------------------------------------------------------- results

function result(f: Finding, uri: string, ruleIndex: number) {
  const clause = clauseLabel(f.clause);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[f.severity as Severity],
    message: { text: messageText(f) },
    locations: [location(f, uri, clause)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.ruleId, f.excerpt ?? clause ?? '') },
    ...(f.waived
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${f.waived.reason} (waived by ${f.waived.by}${f.waived.expires ? ` until ${f.waived.expires}` : ''})`,
            },
          ],
        }
      : {}),
    properties: findingProperties(f, clause),
  };
}

/**
 * The finding's message, plus where it is when no line region can say so (docx/pdf), since
 * viewers show the message text first.
 */
function messageText(f: Finding): string {
  const hasLine = f.location?.line !== null && f.location?.line !== undefined;
  if (hasLine) return f.message;
  const where = [clauseLabel(f.clause), locationLabel(f.location)].filter(Boolean).join(', ');
  return where ? `${f.message} (${where})` : f.message;
}

function location(f: Finding, uri: string, clause: string | null) {
  const line = f.location?.line ?? null;
  const page = f.location?.page ?? null;
  const paragraph = f.location?.paragraph ?? null;
  const where: Record<string, number> = {};
  if (page !== null) where.page = page;
  if (paragraph !== null) where.paragraph = paragraph;
  return {
    physicalLocation: {
      artifactLocation: { uri },
      ...(line !== null ? { region: { startLine: line } } : {}),
    },
    ...(clause
      ? { logicalLocations: [{ name: clause, ...(f.clause?.number ? { fullyQualifiedName: f.clause.number } : {}), kind: 'section' }] }
      : {}),
    ...(Object.keys(where).length > 0 ? { properties: where } : {}),
  };
}

function findingProperties(f: Finding, clause: string | null) {
  const props: Record<string, unknown> = {};
  if (f.owner) props.owner = { id: f.owner.id, name: f.owner.name, contact: f.owner.contact };
  if (clause) props.clause = clause;
  if (f.topic) props.topic = f.topic;
  if (f.fact) props.fact = { name: f.fact.name, value: valueJson(f.fact.value), expected: f.fact.expected };
  if (f.excerpt) props.excerpt = f.excerpt;
  if (f.fallback) props.fallback = f.fallback;
  if (f.change) props.change = { type: f.change.type, author: f.change.author ?? null, date: f.change.date ?? null };
  return props;
}

/**
 * sha256 of the rule id and the finding's text, lowercased with whitespace collapsed: the same
 * deviation keeps its fingerprint when lines shift or the document is re-wrapped, so code
 * scanning does not close and reopen the alert.
 */
export function fingerprint(ruleId: string, text: string): string {
  const normalised = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\u0000${normalised}`).digest('hex');
}

// ---------------------------------------------------------------- files

/**
 * A SARIF artifact URI: relative to the working folder (so to the repository root in CI), with
 * forward slashes and each segment percent-encoded (spaces, '#', '%' are common in contract
 * file names); a file outside the working folder becomes a file:// URI.
 */
export function artifactUri(path: string, cwd: string): string {
  const shown = displayPath(path, cwd);
  if (isAbsolute(shown) || /^[A-Za-z]:[\\/]/.test(shown)) return pathToFileURL(shown).href;
  return shown.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

function notificationsFor(file: FileResult, cwd: string) {
  const uri = artifactUri(file.path, cwd);
  const shown = displayPath(file.path, cwd);
  const locations = [{ physicalLocation: { artifactLocation: { uri } } }];
  const out: object[] = [];
  if (file.status === 'error') {
    const code = errorCode(file);
    out.push({
      level: 'error',
      message: { text: `${code}: ${errorText(file, shown)}` },
      descriptor: { id: code },
      locations,
    });
  }
  // Reader notes ("named .pdf but read as docx") matter to whoever trusts the results.
  for (const warning of file.warnings ?? []) {
    out.push({ level: 'warning', message: { text: `${shown}: ${warning}` }, locations });
  }
  return out;
}
