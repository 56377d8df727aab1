// Generates realistic catalogs for the benchmarks: one folder per agent with its catalog and a manifest.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FACTORS = [
  'autonomyOfAction',
  'goalDrivenPlanning',
  'selfModification',
  'toolUse',
  'memoryUse',
  'contextualAwareness',
  'dynamicIdentity',
  'multiAgentInteractions',
  'nonDeterminism',
  'opacityAndReflexivity',
];
const LAYERS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'];

export function catalogText(n, threats, { broken = false } = {}) {
  const name = `agent-${String(n).padStart(3, '0')}`;
  const lines = [
    `# Generated benchmark catalog ${name}`,
    'apiVersion: threatcat.dev/v1alpha1',
    'kind: ThreatCatalog',
    'metadata:',
    `  name: ${name}`,
    '  description: Generated for threatcat benchmarks.',
    '  owners:',
    '    security: ["@example/security"]',
    '    platform: ["@example/platform"]',
    'agent:',
    `  name: ${name}`,
    `  workload: { kind: Deployment, name: ${name}, namespace: agents }`,
    '  manifests: [deploy.yaml]',
    '  autonomyTier: approval',
    '  aivss:',
    '    version: "0.5"',
    '    factors:',
    ...FACTORS.map((f, i) => `      ${f}: ${broken && i === 0 ? 0.7 : [0, 0.5, 1.0][(n + i) % 3]}`),
    'components:',
    '  - id: model',
    '    category: inference',
    `    trustSource: { kind: Deployment, name: ${name}, namespace: agents }`,
    '    telemetry: [sdk-callback, ebpf]',
    '    blastSurface: [generated manifests]',
    '  - id: tools',
    '    category: mcp-tool',
    '    trustSource: { kind: RemoteMCPServer, name: tools, namespace: agents }',
    '    telemetry: [mcp-log, kube-audit]',
    '    blastSurface: [every namespace the tool server reaches]',
    '  - id: sa',
    '    category: identity',
    `    trustSource: { kind: ServiceAccount, name: ${name}, namespace: agents }`,
    '    telemetry: [kube-audit]',
    '    blastSurface: [secrets in agents]',
    'threats:',
  ];
  for (let t = 0; t < threats; t++) {
    lines.push(
      `  - id: ${name.toUpperCase()}-T${String(t).padStart(3, '0')}`,
      `    title: Generated threat ${t} of ${name} - prompt injection reaches tool ${t % 7}`,
      `    class: ${t % 2 ? 'compromise' : 'coercion'}`,
      `    layer: ${LAYERS[t % 7]}`,
      '    owasp: [T2, T6]',
      '    components: [model, tools, sa]',
      '    capability:',
      '      description: cluster-wide read of secrets through the tool server',
      '      rules:',
      '        - apiGroups: [""]',
      '          resources: [secrets, configmaps]',
      '          verbs: [get, list]',
      `    cvss: { base: ${(5 + (t % 5)).toFixed(1)}, exploitMaturity: poc }`,
      '    status: open',
      '    reopenOn: [permissions-changed, tool-surface-modified]',
      '    evidence:',
      '      - source: kube-audit',
      '        signal:',
      '          description: secrets read by the agent identity outside its baseline',
      '          match: { verb: [get, list], resource: secrets, decision: allow }',
      '      - source: mcp-log',
      '        signal:',
      `          description: tool call ${t} with arguments outside the baseline`,
      `          match: { tool: [tool_${t % 7}], newBehaviour: true }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function deploymentText(n) {
  const name = `agent-${String(n).padStart(3, '0')}`;
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: agents\nspec:\n  template:\n    spec:\n      serviceAccountName: ${name}\n`;
}

/** Writes `count` agent folders under `dir` (replacing it); `broken` of them get one finding each. */
export function writeCatalogs(dir, count, threats, broken = 0) {
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  for (let n = 0; n < count; n++) {
    const sub = join(dir, `agent-${String(n).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `agent-${String(n).padStart(3, '0')}.threats.yaml`);
    writeFileSync(file, catalogText(n, threats, { broken: n < broken }));
    writeFileSync(join(sub, 'deploy.yaml'), deploymentText(n));
    files.push(file);
  }
  return files;
}
