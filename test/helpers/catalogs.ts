// In-memory catalogs for rule tests: real YAML text through the real loader, the real schema and the real rules,
// without touching the file system.
import { loadCatalogText } from '../../src/read/catalog-file.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { catalogSurface } from '../../src/read/catalog-surface.js';
import { startValidation, validateCatalogs } from '../../src/analyse/validate.js';
import { libraryTemplateIds } from '../../src/read/library-ids.js';
import type { Finding, Severity } from '../../src/model/finding.js';
import type { ManifestGlob } from '../../src/analyse/rules/rule.js';
import { runCli, tempDir, writeAt, type CliResult } from './fixtures.js';

/** A small catalog that passes the schema and every rule (with DEPLOYMENT as its manifest). */
export const CATALOG = `apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata:
  name: demo
  owners:
    security: ["@example/security"]
    platform: ["@example/platform"]
agent:
  name: demo
  workload: { kind: Deployment, name: demo, namespace: agents }
  manifests:
    - deploy.yaml
  autonomyTier: approval
  aivss:
    version: "0.5"
    factors:
      autonomyOfAction: 0.5
      goalDrivenPlanning: 1.0
      selfModification: 0
      toolUse: 1.0
      memoryUse: 0.5
      contextualAwareness: 1.0
      dynamicIdentity: 0.5
      multiAgentInteractions: 0
      nonDeterminism: 0.5
      opacityAndReflexivity: 0.5
components:
  - id: model
    category: inference
    trustSource: { kind: Deployment, name: demo, namespace: agents }
    telemetry: [sdk-callback]
    blastSurface: [generated manifests]
  - id: demo-sa
    category: identity
    trustSource: { kind: ServiceAccount, name: demo, namespace: agents }
    telemetry: [kube-audit]
    blastSurface: [secrets in agents]
delegations:
  - id: to-helper
    to: { agent: helper, namespace: agents }
    trustSource: { kind: Deployment, name: demo, namespace: agents }
    telemetry: [sdk-callback]
permissions:
  - identity: system:serviceaccount:agents:demo
    component: demo-sa
    dormant:
      - apiGroup: ""
        resource: secrets
        verb: list
        namespace: agents
        blast: 7
        disposition: revoke
threats:
  - id: DEMO-01
    title: Prompt injection leads the model to read secrets
    class: coercion
    layer: L1
    components: [model, demo-sa]
    status: open
    evidence:
      - source: kube-audit
        signal:
          description: secrets listed by the agent identity
          match: { verb: list, resource: secrets }
  - id: DEMO-02
    title: Stolen ServiceAccount token
    class: compromise
    layer: L4
    components: [demo-sa]
    status: closed
    evidence:
      - source: kube-audit
        signal:
          description: the agent identity used from outside its pod
          match: { newBehaviour: true }
        validated:
          at: 2026-11-01T10:00:00Z
          snapshot: sha256:${'a'.repeat(64)}
          events: 1200
`;

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: demo
  namespace: agents
spec:
  template:
    spec:
      serviceAccountName: demo
`;

export const TODAY = '2026-11-21';

/** Replace exactly one occurrence (a fixture that drifted fails loudly instead of testing nothing). */
export function edit(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`edit: expected one match of ${JSON.stringify(from)}, found ${count}`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle` (the nth occurrence with `nth`). */
export function lineIn(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && ++seen === nth) return i + 1;
  }
  throw new Error(`lineIn: ${JSON.stringify(needle)} (#${nth}) not found`);
}

export interface CheckOptions {
  today?: string;
  severities?: Record<string, Severity | 'off'>;
  acceptanceWarningDays?: number;
  /** Manifest files by repo path; default: deploy.yaml = DEPLOYMENT. */
  manifests?: Record<string, string>;
  /** Files each catalog's manifest patterns match; default: every pattern matches every manifest given. */
  globs?: (patterns: string[]) => ManifestGlob[];
  /** Hand the catalogs to the validation this many at a time (as `threatcat validate` does), not all at once. */
  batch?: number;
}

/** Validates catalogs given as text (file name → YAML) and returns every finding. */
export function check(catalogs: Record<string, string>, opts: CheckOptions = {}): Finding[] {
  const manifestTexts = opts.manifests ?? { 'deploy.yaml': DEPLOYMENT };
  const manifests = Object.entries(manifestTexts).map(([file, text]) => readManifestText(text, file));
  const input = Object.entries(catalogs).map(([file, text]) => {
    const loaded = loadCatalogText(text, file, `/virtual/${file}`);
    const patterns =
      ((loaded.data as { agent?: { manifests?: unknown } }).agent?.manifests as string[] | undefined) ?? [];
    const globs = opts.globs
      ? opts.globs(patterns)
      : patterns.map((pattern) => ({ pattern, files: manifests.map((m) => m.file) }));
    return { loaded, globs, manifests, ...catalogSurface(manifests, loaded.data) };
  });
  const settings = {
    today: opts.today ?? TODAY,
    severities: opts.severities ?? {},
    acceptanceWarningDays: opts.acceptanceWarningDays ?? 14,
    maxEvidenceAgeDays: 30,
    templateIds: libraryTemplateIds,
  };
  if (opts.batch === undefined) return validateCatalogs({ ...settings, catalogs: input }).findings;
  const run = startValidation(settings);
  for (let i = 0; i < input.length; i += opts.batch) run.add(input.slice(i, i + opts.batch));
  return run.finish().findings;
}

/** Findings of one rule only. */
export function checkRule(rule: string, catalogs: Record<string, string>, opts: CheckOptions = {}): Finding[] {
  return check(catalogs, opts).filter((f) => f.rule === rule);
}

/**
 * Runs the real CLI over a temp repository holding the files given (catalog, manifests, .threatcat.yaml),
 * with `--format json`; returns the exit code and the parsed findings.
 */
export function cliJson(
  files: Record<string, string>,
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): CliResult & { findings: Finding[] } {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) writeAt(dir, path, content);
  const r = runCli(['validate', '-C', dir, '--format', 'json', ...extraArgs], { env });
  let findings: Finding[] = [];
  try {
    findings = JSON.parse(r.stdout).findings;
  } catch {
    throw new Error(`validate did not print JSON (exit ${r.code}): ${r.stdout}${r.stderr}`);
  }
  return { ...r, findings };
}
