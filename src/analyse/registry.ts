import type { FailOn, Finding, Severity } from '../model/finding.js';

export { FAIL_ON, type FailOn } from '../model/finding.js';
import { SURFACE_EVENT_TYPES } from '../model/surface-event.js';
import { VERSION } from '../version.js';
import { RULES } from './rules/index.js';
import { REOPEN_TABLE } from './reopen-table.js';
import {
  EVIDENCE_INVALIDATED,
  MALFORMED_RECORD,
  MANIFEST_NOT_RENDERED,
  MANIFEST_RULE,
  REOPEN_PENDING,
  SCHEMA_RULE,
  THREAT_REOPENED,
  UNCOVERED_AGENT,
  UNREADABLE_INPUT,
} from './finding-ids.js';

/**
 * Every id a finding can carry, in one table: the semantic rules, the checks that are not rules (schema,
 * unreadable input, manifest syntax), the surface events `diff` reports and the re-open results the Action
 * reports. Text, JSON, SARIF and GitHub annotations all take ids, default severities and help from here.
 */
export type FindingKind = 'input' | 'rule' | 'event' | 'reopen';

export interface FindingType {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line: what it means. */
  summary: string;
  /** What to do about it. */
  help: string;
  /** The section of docs/findings.md about it. */
  helpUri: string;
}

export * from './finding-ids.js';

/** docs/findings.md at this release: one section per finding id. */
export const DOCS_URI = `https://github.com/threatcat/threatcat/blob/v${VERSION}/docs/findings.md`;

type Entry = Omit<FindingType, 'helpUri'>;

const INPUT: Entry[] = [
  {
    id: UNREADABLE_INPUT,
    kind: 'input',
    severity: 'error',
    summary: 'A catalog, baseline or configuration file cannot be read or parsed.',
    help: 'Fix the file at the line named (YAML syntax, duplicate key, binary content, size); the command exits 2 until it reads.',
  },
  {
    id: SCHEMA_RULE,
    kind: 'input',
    severity: 'error',
    summary: 'The catalog does not conform to schema/catalog.schema.json.',
    help: 'Correct the field named in the message (its type, enum value or required key); an editor with the schema shows the allowed values.',
  },
  {
    id: MANIFEST_RULE,
    kind: 'input',
    severity: 'error',
    summary: 'A manifest the agent points at cannot be parsed.',
    help: 'Fix the manifest syntax at the line named, or leave the file out of agent.manifests.',
  },
  {
    id: MALFORMED_RECORD,
    kind: 'input',
    severity: 'warning',
    summary: 'A record of an evidence file that `threatcat ingest` cannot read; it is counted and skipped.',
    help: 'Check the line named: a truncated or binary line means the export was cut or mixed with another stream; a record of another format needs `--source NAME` or a file of its own.',
  },
  {
    id: MANIFEST_NOT_RENDERED,
    kind: 'input',
    severity: 'note',
    summary:
      "A Kustomize app or Helm chart in the agent's manifests was not rendered (no kubectl or kustomize, a remote base, Helm), so its objects were not read as the cluster would get them.",
    help: 'For a Helm chart, commit its rendered output (`helm template RELEASE CHART_DIR > rendered.yaml`) and list it in agent.manifests; for Kustomize, install kubectl (v1.27+) or kustomize v5, or vendor the remote base into the repository.',
  },
  {
    id: UNCOVERED_AGENT,
    kind: 'input',
    severity: 'warning',
    summary:
      'A pull request adds or edits an agent no threat model covers: a kagent Agent, SandboxAgent, AgentTemplate or AgentHarness that no catalog names as its workload, or an MCP client configuration no catalog lists in agent.manifests (`threatcat diff`).',
    help: 'For an agent, write its Day-1 catalog with `threatcat init --agent NAME DIR` (the finding names both), review it and commit it with the change; for an MCP client configuration, list the file in the manifests of the catalog of the agent that uses it. `.threatcat.yaml` `rules: {uncovered-agent: error}` makes it block the pull request.',
  },
];

const REOPEN: Entry[] = [
  {
    id: REOPEN_PENDING,
    kind: 'reopen',
    severity: 'error',
    summary:
      'A change to the agent surface invalidates the evidence of a closed or accepted threat, and the catalog does not yet re-open it.',
    help: 'Run `threatcat diff --base <base branch> --write` and commit the catalog, or set the Action input `mode: commit` to have the Action push the same edit.',
  },
  {
    id: THREAT_REOPENED,
    kind: 'reopen',
    severity: 'note',
    summary: 'A threat re-opened by a change to the agent surface.',
    help: 'Re-validate its evidence signals against runtime data (threatcat ingest) to close it again.',
  },
  {
    id: EVIDENCE_INVALIDATED,
    kind: 'reopen',
    severity: 'note',
    summary: 'An open threat whose evidence a change to the agent surface invalidates.',
    help: "Nothing blocks the PR: once the change is deployed, validate the threat's signals against behaviour observed after it (`threatcat ingest`), which closes it again.",
  },
];

/** What `diff --write` does about each event: the part of the fix that differs between them. */
const EVENT_FIX: Record<(typeof SURFACE_EVENT_TYPES)[number], string> = {
  'mcp-connection-added':
    'models a new server (a component with its threats) and re-opens the threats whose tool-call evidence the connection invalidates',
  'mcp-connection-removed': 're-opens the threats whose tool-call evidence covered the removed connection',
  'model-version-updated': 're-opens the threats whose evidence was observed with the previous model',
  'tool-surface-modified': 're-opens the threats whose evidence covered the previous tools',
  'autonomy-tier-changed': 're-opens the coercion threats, whose blast radius the new tier changes',
  'permissions-changed':
    're-opens the threats whose reachable capability the grants change (revoke a grant the agent does not need instead of widening it)',
};

const EVENTS: Entry[] = SURFACE_EVENT_TYPES.map((t) => ({
  id: t,
  kind: 'event',
  severity: 'warning',
  summary: `Agent surface change (${t}): invalidates ${REOPEN_TABLE[t].invalidates}.`,
  help: `Run \`threatcat diff --base <base branch> --write\` and commit the catalog: it ${EVENT_FIX[t]}. Then validate their signals against runtime evidence from after the change (\`threatcat ingest\`).`,
}));

const RULE_ENTRIES: Entry[] = RULES.map((r) => ({
  id: r.id,
  kind: 'rule',
  severity: r.severity,
  summary: r.summary,
  help: r.help,
}));

export const FINDING_TYPES: readonly FindingType[] = [...INPUT, ...RULE_ENTRIES, ...EVENTS, ...REOPEN].map((e) => ({
  ...e,
  helpUri: `${DOCS_URI}#${e.id}`,
}));

const BY_ID = new Map(FINDING_TYPES.map((t) => [t.id, t]));

export function findingType(id: string): FindingType | undefined {
  return BY_ID.get(id);
}

/** Ids whose severity `.threatcat.yaml` may set (unreadable input always stops the command). */
export const CONFIGURABLE_IDS: readonly string[] = FINDING_TYPES.filter(
  (t) => t.id !== UNREADABLE_INPUT && t.id !== MALFORMED_RECORD && t.kind !== 'event',
).map((t) => t.id);

/** The configured severity of each finding; `off` drops it. One place, for every command. */
export function applySeverities(findings: readonly Finding[], severities: Record<string, Severity | 'off'>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severities[f.rule] ?? f.severity;
    if (s !== 'off') out.push(s === f.severity ? f : { ...f, severity: s });
  }
  return out;
}

/**
 * Does a check fail? `error`: any error finding; `warning`: also warnings, except surface events, which are
 * information about the change rather than problems to fix; `never`: never.
 */

export function isFailing(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some(
    (f) =>
      f.severity === 'error' ||
      (failOn === 'warning' && f.severity === 'warning' && findingType(f.rule)?.kind !== 'event'),
  );
}
