import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { git, ROOT, runCli, tempDir } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';
import { commit, convergedRepo, diffJson, edit, line, type DiffJson } from '../diff/scenario.js';

/**
 * Fields the upstream CRDs carry today that the readers had not taken (the drift audit against kagent 5229184e280a
 * and kserve aaac4e294dae). Fixtures written from those commits' Go types and CRDs.
 */
const KAGENT = join(ROOT, 'test/fixtures/upstream/kagent/13-substrate-snapshots-model-checks.yaml');
const KSERVE = join(ROOT, 'test/fixtures/upstream/kserve/isvc-v1beta1-logger.yaml');

/** An Agent v1alpha2 pod, AgentTemplate delegation isolation and kmcp HTTPS (kagent 5229184e280a, kmcp v0.3.0). */
const KAGENT_POD = join(ROOT, 'test/fixtures/upstream/kagent/14-agent-pod-delegation-isolation.yaml');

/** A repository holding the kagent fixture, with a converged catalog (every threat closed) for each agent named. */
function kagentRepo(agents: string[], fixture = KAGENT, file = F): string {
  const dir = tempDir('threatcat-drift-');
  cpSync(fixture, join(dir, file));
  git(dir, 'init', '-q', '-b', 'main');
  for (const agent of agents) {
    const r = runCli(['init', '--agent', agent, '-C', dir, 'agents']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const catalog = join(dir, `agents/${agent}.threats.yaml`);
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace(/^ {4}status: open$/gm, '    status: closed'));
  }
  commit(dir, 'team-b agents');
  return dir;
}

const F = 'agents/team-b.yaml';

test('Substrate snapshot stores: a SandboxAgent, AgentHarness (v1alpha2) or Harness writing snapshots elsewhere is a runtime update at the location', () => {
  const dir = kagentRepo(['runbook-keeper', 'notes-claw', 'doc-drafter']);
  edit(dir, F, 'gs://team-b-agent-snapshots/runbook-keeper/', 'gs://shared-scratch/runbook-keeper/');
  edit(dir, F, 'gs://team-b-agent-snapshots/notes-claw/', 'gs://shared-scratch/notes-claw/');
  edit(dir, F, 'gs://team-b-agent-snapshots/drafting/', 'gs://shared-scratch/drafting/');
  commit(dir, 'snapshots to the shared scratch bucket');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, F), 'utf8');
  // One event per agent, in catalog order.
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        'changed',
        F,
        lineIn(t, 'gs://shared-scratch/drafting/'),
        'AgentTemplate team-b/doc-drafter: runtime',
      ],
      [
        'model-version-updated',
        'changed',
        F,
        lineIn(t, 'gs://shared-scratch/notes-claw/'),
        'AgentHarness team-b/notes-claw: runtime',
      ],
      [
        'model-version-updated',
        'changed',
        F,
        lineIn(t, 'gs://shared-scratch/runbook-keeper/'),
        'SandboxAgent team-b/runbook-keeper: runtime',
      ],
    ],
    JSON.stringify(d.events),
  );
  // What runs the agent changed: the supply-chain threats of its runtime re-open.
  assert.ok(
    d.reopen.some((r) => r.threat === 'runbook-keeper.L4-base-image-supply-chain'),
    JSON.stringify(d.reopen),
  );
  // init names where the agent's memory is kept in its runtime component.
  assert.match(
    readFileSync(join(dir, 'agents/runbook-keeper.threats.yaml'), 'utf8'),
    /memory snapshots and session data stored at gs:\/\/team-b-agent-snapshots\/runbook-keeper\//,
  );
});

test('ModelConfig: a Bedrock guardrail on another version, another OpenAI organization, another SAP token URL, a skill-image pull Secret', () => {
  const dir = kagentRepo(['runbook-keeper', 'doc-drafter', 'skill-runner']);
  edit(dir, F, 'version: "3"', 'version: DRAFT');
  edit(dir, F, 'organization: org-teamb', 'organization: org-sandbox');
  edit(dir, F, 'https://team-b.authentication.eu10.hana.ondemand.com', 'https://tokens.example.net');
  edit(dir, F, '      - name: skills-registry\n', '      - name: skills-registry\n      - name: partner-registry\n');
  commit(dir, 'draft guardrail, sandbox org, other token URL, partner skills registry');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, F), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.after]),
    [
      [
        'model-version-updated',
        'changed',
        lineIn(t, 'authUrl:'),
        'ModelConfig team-b/sap-drafts',
        {
          provider: 'SAPAICore',
          model: 'gpt-4o',
          endpoint: 'https://api.ai.prod.eu-central-1.aws.ml.hana.ondemand.com',
          credentials:
            'OAuth token from https://tokens.example.net, api key from Secret sap-aicore-client/client-secret',
        },
      ],
      [
        'model-version-updated',
        'changed',
        lineIn(t, 'guardrail:'),
        'ModelConfig team-b/bedrock-guarded: guardrails',
        ['bedrock guardrail arn:aws:bedrock:eu-west-1:111122223333:guardrail/gr7runbooks01 version DRAFT'],
      ],
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, '- name: partner-registry'),
        'Agent team-b/skill-runner: skills and plugins',
        [
          'image pull credentials from Secret partner-registry',
          'image pull credentials from Secret skills-registry',
          'oci ghcr.io/example-org/skills/release-notes:1.4.0',
        ],
      ],
      [
        'model-version-updated',
        'changed',
        lineIn(t, 'organization: org-sandbox'),
        'ModelConfig team-b/openai-team-b',
        {
          provider: 'OpenAI',
          model: 'gpt-4.1-mini',
          credentials: 'api key from Secret openai-team-b/api-key, organization org-sandbox',
        },
      ],
    ],
    JSON.stringify(d.events),
  );
  // init names the guardrail in the model component it wrote.
  assert.match(
    readFileSync(join(dir, 'agents/runbook-keeper.threats.yaml'), 'utf8'),
    /Checked by the bedrock guardrail arn:aws:bedrock:eu-west-1:111122223333:guardrail\/gr7runbooks01 version 3\./,
  );
});

test('kmcp MCPServer: its host path made writable, and a sidecar handed another Secret, are tool-surface events at the volume and the secretKeyRef', () => {
  const dir = kagentRepo(['runbook-keeper']);
  edit(dir, F, '        mountPath: /runbooks\n        readOnly: true\n', '        mountPath: /runbooks\n');
  edit(dir, F, 'name: runbooks-git', 'name: org-admin-git');
  commit(dir, 'write the runbooks in place with the org token');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, F), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'changed',
        lineIn(t, '- name: runbooks', 'volumes:'),
        'MCPServer team-b/repo-files: host paths',
        ['/srv/runbooks:/runbooks'],
      ],
      [
        'tool-surface-modified',
        'changed',
        lineIn(t, 'secretKeyRef:', 'git-sync'),
        'MCPServer team-b/repo-files: credentials',
        ['env GITSYNC_PASSWORD from Secret org-admin-git/token'],
      ],
    ],
    JSON.stringify(d.events),
  );
});

test('kmcp MCPServer: a Secret mounted through deployment.volumes (secret, Secrets Store CSI) is a credential of the server, at the volume', () => {
  // kmcp 1cec6470560f (= v0.3.0): pkg/controller/transportadapter createVolumes appends deployment.volumes to the pod.
  const dir = kagentRepo(['runbook-keeper']);
  edit(
    dir,
    F,
    '          type: Directory\n    volumeMounts:\n',
    '          type: Directory\n      - name: deploy-key\n        secret:\n          secretName: runbooks-deploy-key\n      - name: vault\n        csi:\n          driver: secrets-store.csi.k8s.io\n          volumeAttributes:\n            secretProviderClass: team-b-prod\n    volumeMounts:\n',
  );
  commit(dir, 'the server pushes with a deploy key and reads the vault');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, F), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, 'secretName: runbooks-deploy-key'),
        'MCPServer team-b/repo-files: credentials',
        [
          'env GITSYNC_PASSWORD from Secret runbooks-git/token',
          'volume deploy-key from Secret runbooks-deploy-key',
          'volume vault from SecretProviderClass team-b-prod',
        ],
      ],
    ],
    JSON.stringify(d.events),
  );
});

test('a Bedrock guardrail removed widens the model, located where it was; an Azure AD token in the ModelConfig is a credential', () => {
  const base = readFileSync(KAGENT, 'utf8');
  const guard =
    '    guardrail:\n      identifier: arn:aws:bedrock:eu-west-1:111122223333:guardrail/gr7runbooks01\n      version: "3"\n      trace: enabled\n';
  assert.equal(base.split(guard).length, 2);
  const head = base.replace(guard, '');
  const agent = (yaml: string, name: string) => {
    const r = readSurface([readManifestText(yaml, F)]);
    assert.deepEqual(r.problems, []);
    return r.agents.find((a) => a.agent.name === name)!;
  };
  const events = diffSurfaces(agent(base, 'runbook-keeper'), agent(head, 'runbook-keeper'));
  assert.deepEqual(
    events.map((e) => [e.type, e.direction, e.line, e.subject, e.scope.aspect]),
    [
      [
        'model-version-updated',
        'widened',
        lineIn(base, 'guardrail:'),
        'ModelConfig team-b/bedrock-guarded: guardrails',
        'guardrails',
      ],
    ],
  );
  const claw = agent(base, 'notes-claw');
  assert.deepEqual(claw.models[0].credentials, ['azure AD token (literal)']);
  assert.equal(claw.models[0].at?.['credential:azure AD token (literal)']?.line, lineIn(base, 'azureAdToken:'));
  // Malformed: a location that is not a string is a problem at its line, never a throw.
  const bad = base.replace('location: gs://team-b-agent-snapshots/runbook-keeper/', 'location: {bucket: x}');
  const r = readSurface([readManifestText(bad, F)]);
  assert.ok(
    r.problems.some((p) => p.position.line === lineIn(bad, 'location: {bucket: x}')),
    JSON.stringify(r.problems),
  );
});

test('KServe payload logger: the prompts copied to another collector is a model update at its url; init lists where they go', () => {
  const dir = convergedRepo((d) => copyFileSync(KSERVE, join(d, 'manifests/isvc.yaml')));
  const f = 'manifests/isvc.yaml';
  edit(
    dir,
    f,
    '      mode: request\n      url: http://payload-audit.observability.svc.cluster.local/\n',
    '      mode: all\n      url: https://collector.partner-analytics.example.com/ingest\n',
  );
  commit(dir, 'transformer payloads to the analytics partner');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject]),
    [
      [
        'model-version-updated',
        'changed',
        f,
        line(dir, f, 'collector.partner-analytics'),
        'InferenceService models/support-llm transformer: logging',
      ],
    ],
    JSON.stringify(out.events),
  );
  // init models where the payloads go: the model component's blast surface.
  const init = tempDir('threatcat-drift-isvc-');
  cpSync(KSERVE, join(init, 'agents/isvc.yaml'));
  cpSync(join(ROOT, 'examples/k8s-ops/manifests'), join(init, 'agents'), { recursive: true });
  git(init, 'init', '-q', '-b', 'main');
  const r = runCli(['init', '--agent', 'k8s-ops', '-C', init, 'agents']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(
    readFileSync(join(init, 'agents/k8s-ops.threats.yaml'), 'utf8'),
    /copies of request and response payloads to http:\/\/payload-audit\.observability\.svc\.cluster\.local\//,
  );
});

test('ToolHive MCPServer with Vault Agent Injection: another Vault role or secret path is a credentials event at its annotation', () => {
  const vault = join(ROOT, 'test/fixtures/upstream/toolhive/mcpserver-vault-injection.yaml');
  const dir = convergedRepo((d) => copyFileSync(vault, join(d, 'manifests/jira.yaml')));
  const f = 'manifests/jira.yaml';
  edit(dir, f, 'role: jira-mcp-readonly', 'role: jira-mcp-admin');
  edit(dir, f, 'jira: kv/data/mcp/jira-readonly', 'jira: kv/data/mcp/jira-admin');
  commit(dir, 'the Jira server as admin');
  const { out } = diffJson(dir, '--base', 'HEAD~1', '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.direction, e.file, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'changed',
        f,
        line(dir, f, 'agent-inject-secret-jira: kv/data/mcp/jira-admin'),
        'MCPServer tools/jira: credentials',
        ['env file jira from Vault kv/data/mcp/jira-admin', 'vault role jira-mcp-admin'],
      ],
    ],
    JSON.stringify(out.events),
  );
});

const C = 'agents/team-c.yaml';

test('Agent v1alpha2 pod: a host path made writable, a sidecar, a registry Secret and another skills-init Secret are tool-surface events at each', () => {
  const dir = kagentRepo(['log-triage'], KAGENT_POD, C);
  edit(
    dir,
    C,
    '          mountPath: /node/pod-logs\n          readOnly: true\n',
    '          mountPath: /node/pod-logs\n',
  );
  edit(
    dir,
    C,
    '                  key: token\n',
    '                  key: token\n        - name: debug-shell\n          image: docker.io/library/busybox:1.36\n',
  );
  edit(
    dir,
    C,
    '        - name: agent-registry\n',
    '        - name: agent-registry\n        - name: partner-registry\n',
  );
  edit(dir, C, 'name: skills-s3', 'name: org-admin-s3');
  commit(dir, 'write access to the pod logs, a debug shell, the partner registry, the org S3 keys');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, C), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, '- name: partner-registry'),
        'Agent team-c/log-triage: runtime credentials',
        [
          'env UPSTREAM_TOKEN from Secret triage-upstream/token',
          'image pull credentials from Secret agent-registry',
          'image pull credentials from Secret partner-registry',
        ],
      ],
      [
        'tool-surface-modified',
        'changed',
        lineIn(t, '- name: pod-logs', 'volumes:'),
        'Agent team-c/log-triage: host paths',
        ['/var/log/pods:/node/pod-logs'],
      ],
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, '- name: debug-shell'),
        'Agent team-c/log-triage: sidecar containers',
        ['debug-shell docker.io/library/busybox:1.36', 'token-proxy ghcr.io/example-org/token-proxy:0.4.2'],
      ],
      [
        'tool-surface-modified',
        'changed',
        lineIn(t, 'secretKeyRef:', 'initContainer:'),
        'Agent team-c/log-triage: skills and plugins',
        ['s3 s3://team-c-skills/triage/', 'skills-init env AWS_ACCESS_KEY_ID from Secret org-admin-s3/access-key-id'],
      ],
    ],
    JSON.stringify(d.events),
  );
  // init wrote the node directory and the sidecar into the runtime component.
  const catalog = readFileSync(join(dir, 'agents/log-triage.threats.yaml'), 'utf8');
  assert.match(
    catalog,
    /the node directory \/var\/log\/pods:\/node\/pod-logs \(read-only\) mounted into the agent's pod/,
  );
  assert.match(
    catalog,
    /sidecar containers token-proxy ghcr\.io\/example-org\/token-proxy:0\.4\.2 sharing the agent pod's network/,
  );
});

test("a delegate AgentTemplate moved into the parent's runtime (isolation Shared) and a kmcp server's certificate check turned off widen, at the field", () => {
  const dir = kagentRepo(['log-triage', 'release-planner'], KAGENT_POD, C);
  edit(dir, C, 'isolation: Dedicated', 'isolation: Shared');
  edit(dir, C, 'insecureSkipVerify: false', 'insecureSkipVerify: true');
  commit(dir, 'share the auditor runtime; skip the notes server certificate check');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, C), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.before, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, 'insecureSkipVerify: true'),
        'MCPServer team-c/triage-notes: TLS',
        ['client certificate from Secret triage-notes-mtls'],
        ['certificate verification off', 'client certificate from Secret triage-notes-mtls'],
      ],
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, '        isolation: Shared'),
        'delegation to AgentTemplate team-c/change-auditor: isolation',
        'Dedicated',
        'Shared',
      ],
    ],
    JSON.stringify(d.events),
  );
  // Unset is the CRD default, Shared: dropping `isolation: Dedicated` widens too, at the delegation.
  const base = readFileSync(KAGENT_POD, 'utf8');
  const head = base.replace('        isolation: Dedicated\n', '');
  const planner = (yaml: string) =>
    readSurface([readManifestText(yaml, C)]).agents.find((a) => a.agent.name === 'release-planner')!;
  const events = diffSurfaces(planner(base), planner(head));
  assert.deepEqual(
    events.map((e) => [e.direction, e.line, e.scope.aspect]),
    [['widened', lineIn(head, 'name: change-auditor', 'templateRef:'), 'delegation-isolation']],
  );
  // init says where the delegate runs when it shares the parent's runtime.
  const r = runCli(['init', '--agent', 'release-planner', '-C', dir, 'agents', '--force']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(
    readFileSync(join(dir, 'agents/release-planner.threats.yaml'), 'utf8'),
    /it runs inside\s+release-planner's runtime boundary \(isolation Shared\)/,
  );
});

/** A Deployment-backed Agent's pod labels, callers and mounted Secrets (kagent 5229184e280a, 57e366cf2). */
const KAGENT_PODS = join(ROOT, 'test/fixtures/upstream/kagent/15-agent-pod-labels-callers.yaml');
const B = 'agents/billing.yaml';

test('Agent on a ModelConfig the chart installs: pointing it at another one is a model update at modelConfig, though neither is in the repository', () => {
  const dir = kagentRepo(['billing-helper'], KAGENT_PODS, B);
  edit(dir, B, 'modelConfig: platform-default', 'modelConfig: platform-reasoning');
  commit(dir, 'the reasoning model');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, B), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.before, e.after]),
    [
      [
        'model-version-updated',
        'changed',
        lineIn(t, 'modelConfig: platform-reasoning'),
        'ModelConfig billing/platform-reasoning',
        { object: 'ModelConfig billing/platform-default' },
        { object: 'ModelConfig billing/platform-reasoning' },
      ],
    ],
    JSON.stringify(d.events),
  );
  assert.ok(d.reopen.length > 0, 'the model threats are re-opened');
  // Dropping the reference leaves kagent's default-model-config: another model again, at the declarative block.
  edit(dir, B, '    modelConfig: platform-reasoning\n', '');
  commit(dir, 'back to the default model');
  const back = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  assert.deepEqual(
    back.events.map((e) => [e.type, e.line, e.after]),
    [
      [
        'model-version-updated',
        lineIn(readFileSync(join(dir, B), 'utf8'), '  declarative:'),
        { object: 'ModelConfig billing/default-model-config' },
      ],
    ],
  );
});

test("Agent v1alpha2 deployment.labels are its pods' labels: opting into the namespace's internet egress widens at the policy", () => {
  const dir = kagentRepo(['billing-helper'], KAGENT_PODS, B);
  const s = findAgentSurface([readManifestText(readFileSync(KAGENT_PODS, 'utf8'), B)], {
    kind: 'Agent',
    name: 'billing-helper',
    namespace: 'billing',
  });
  assert.deepEqual(s?.egress?.pods.labels, { app: 'kagent', kagent: 'billing-helper', team: 'billing' });
  edit(dir, B, '        team: billing\n', '        team: billing\n        egress: internet\n');
  commit(dir, 'the helper fetches exchange rates');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, B), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line]),
    [['permissions-changed', 'widened', lineIn(t, '- ipBlock:', 'name: internet-egress')]],
    JSON.stringify(d.events),
  );
  assert.match(d.events[0].subject, /the internet \(0\.0\.0\.0\/0\) and the cloud metadata service .* now reachable/);
});

test('Agent v1alpha2 allowedNamespaces: every namespace may now call the agent as a tool, at the field', () => {
  const dir = kagentRepo(['billing-helper'], KAGENT_PODS, B);
  edit(dir, B, 'from: Same', 'from: All');
  commit(dir, 'let every team ask the billing helper');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, B), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.before, e.after]),
    [['autonomy-tier-changed', 'widened', lineIn(t, 'allowedNamespaces:'), 'Same', 'All']],
    JSON.stringify(d.events),
  );
});

test("Agent v1alpha2 pod: a Secret mounted as a volume is one of the runtime's credentials, at the volume", () => {
  const dir = kagentRepo(['billing-helper'], KAGENT_PODS, B);
  edit(
    dir,
    B,
    '        - name: db-ca\n          configMap:\n            name: billing-db-ca\n',
    '        - name: db-ca\n          configMap:\n            name: billing-db-ca\n        - name: db-admin\n          secret:\n            secretName: billing-db-admin\n',
  );
  commit(dir, 'mount the admin credentials');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, B), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject, e.after]),
    [
      [
        'tool-surface-modified',
        'widened',
        lineIn(t, 'secretName: billing-db-admin'),
        'Agent billing/billing-helper: runtime credentials',
        ['volume db-admin from Secret billing-db-admin'],
      ],
    ],
    JSON.stringify(d.events),
  );
});

/** An InferenceGraph in front of the models a plain agent calls (kserve aaac4e294dae). */
const KSERVE_GRAPH = join(ROOT, 'test/fixtures/upstream/kserve/inferencegraph.yaml');

test('KServe InferenceGraph: traffic moved to the canary, or a route to another model, is a model update at the step', () => {
  const G = 'claims/graph.yaml';
  const dir = tempDir('threatcat-drift-');
  cpSync(KSERVE_GRAPH, join(dir, G));
  git(dir, 'init', '-q', '-b', 'main');
  const r = runCli(['init', '--agent', 'claims-assistant', '-C', dir, 'claims']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const catalog = readFileSync(join(dir, 'claims/claims-assistant.threats.yaml'), 'utf8');
  assert.match(catalog, /trustSource: \{kind: InferenceGraph, name: claims-router, namespace: claims\}/);
  commit(dir, 'claims assistant');
  edit(dir, G, 'weight: 90', 'weight: 50');
  edit(dir, G, 'weight: 10', 'weight: 50');
  commit(dir, 'half the claims to the canary');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  let t = readFileSync(join(dir, G), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject]),
    [['model-version-updated', 'changed', lineIn(t, 'weight: 50'), 'InferenceGraph claims/claims-router']],
    JSON.stringify(d.events),
  );
  // The threats of the graph's model component are the ones it invalidates (open already: a Day-1 catalog).
  assert.ok(d.alreadyOpen.some((r) => r.threat === 'claims-assistant.L1-indirect-prompt-injection'));
  edit(dir, G, 'serviceName: claims-llm-canary', 'serviceUrl: https://api.example-llm.com/v1/chat');
  commit(dir, 'the canary is a hosted model');
  const d2 = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  t = readFileSync(join(dir, G), 'utf8');
  assert.deepEqual(
    d2.events.map((e) => [e.type, e.line, e.after]),
    [
      [
        'model-version-updated',
        lineIn(t, 'serviceUrl: https://api.example-llm.com'),
        {
          provider: 'KServe InferenceGraph',
          model:
            'root Sequence: InferenceService claims-screen, node answer; answer Splitter: InferenceService claims-llm-stable weight 50, https://api.example-llm.com/v1/chat weight 50',
          identity: 'system:serviceaccount:claims:claims-router',
        },
      ],
    ],
    JSON.stringify(d2.events),
  );
});

/** LLMInferenceService routers: a routing group, a gateway, route specs and InferencePools (kserve aaac4e294dae). */
const KSERVE_ROUTER = join(ROOT, 'test/fixtures/upstream/kserve/llminferenceservice-router.yaml');

test("KServe LLMInferenceService router: traffic moved in its routing group, another InferencePool, gateway listener or pool's pods are model updates at the field", () => {
  const L = 'support/llm.yaml';
  const dir = tempDir('threatcat-drift-');
  cpSync(KSERVE_ROUTER, join(dir, L));
  git(dir, 'init', '-q', '-b', 'main');
  const r = runCli(['init', '--agent', 'support-bot', '-C', dir, 'support']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  commit(dir, 'support bot');
  const pr = (from: string, to: string) => {
    edit(dir, L, from, to);
    commit(dir, `${from} -> ${to}`);
    const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
    const t = readFileSync(join(dir, L), 'utf8');
    return { d, t };
  };
  // Traffic moved between the members of the routing group: another model answers half the requests.
  let { d, t } = pr('weight: 90', 'weight: 50');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.direction, e.line, e.subject]),
    [['model-version-updated', 'changed', lineIn(t, 'weight: 50'), 'LLMInferenceService support/support-llm']],
    JSON.stringify(d.events),
  );
  assert.match(JSON.stringify(d.events[0].after), /routing group support weight 50/);
  // Another InferencePool: other pods (another model) answer.
  ({ d, t } = pr('name: support-qwen-pool', 'name: shared-gpu-pool'));
  assert.deepEqual(
    d.events.map((e) => [e.type, e.line, e.subject]),
    [['model-version-updated', lineIn(t, 'name: shared-gpu-pool'), 'LLMInferenceService support/support-llm']],
    JSON.stringify(d.events),
  );
  assert.match(JSON.stringify(d.events[0].after), /InferencePool shared-gpu-pool/);
  // The gateway's public listener: who can reach the model, and through which of the gateway's policies.
  ({ d, t } = pr('sectionName: internal', 'sectionName: public'));
  assert.deepEqual(
    d.events.map((e) => [e.type, e.line]),
    [['model-version-updated', lineIn(t, 'sectionName: public')]],
    JSON.stringify(d.events),
  );
  // The inline pool now selects the pods of another service: they answer the next version's requests.
  ({ d, t } = pr('app.kubernetes.io/name: support-llm-next', 'app.kubernetes.io/name: support-llm'));
  assert.deepEqual(
    d.events.map((e) => [e.type, e.line, e.subject]),
    [
      [
        'model-version-updated',
        lineIn(t, 'app.kubernetes.io/name: support-llm'),
        'LLMInferenceService support/support-llm-next',
      ],
    ],
    JSON.stringify(d.events),
  );
  // The route spec's backend weight moved: the line of the weight.
  ({ d, t } = pr('weight: 100', 'weight: 0'));
  assert.deepEqual(
    d.events.map((e) => [e.type, e.line]),
    [['model-version-updated', lineIn(t, 'weight: 0')]],
    JSON.stringify(d.events),
  );
});

/** The InferenceServices claims-router routes to, kept in the platform team's folder (kserve aaac4e294dae). */
const KSERVE_GRAPH_MODELS = join(ROOT, 'test/fixtures/upstream/kserve/inferencegraph-platform-models.yaml');

test('KServe InferenceGraph: a model swapped in an InferenceService it routes to, kept in a platform folder, is a model update of the graph at that line', () => {
  const G = 'claims/graph.yaml';
  const P = 'platform/kserve/claims-llms.yaml';
  const dir = tempDir('threatcat-drift-');
  cpSync(KSERVE_GRAPH, join(dir, G));
  mkdirSync(join(dir, 'platform/kserve'), { recursive: true });
  cpSync(KSERVE_GRAPH_MODELS, join(dir, P));
  git(dir, 'init', '-q', '-b', 'main');
  const r = runCli(['init', '--agent', 'claims-assistant', '-C', dir, 'claims']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  // init names what the graph routes to; the platform's InferenceServices are no components of the agent's own.
  const catalog = readFileSync(join(dir, 'claims/claims-assistant.threats.yaml'), 'utf8');
  assert.doesNotMatch(catalog, /kind: InferenceService, name: claims-llm-stable/);
  commit(dir, 'claims assistant');
  assert.equal(runCli(['validate', '-C', dir]).code, 0);
  edit(
    dir,
    P,
    'storageUri: hf://meta-llama/Llama-3.1-8B-Instruct',
    'storageUri: hf://meta-llama/Llama-3.3-70B-Instruct',
  );
  commit(dir, 'platform: a larger stable model');
  const d = JSON.parse(runCli(['diff', '-C', dir, '--base', 'HEAD~1', '--format', 'json']).stdout) as DiffJson;
  const t = readFileSync(join(dir, P), 'utf8');
  assert.deepEqual(
    d.events.map((e) => [e.type, e.file, e.line, e.subject]),
    [['model-version-updated', P, lineIn(t, 'Llama-3.3-70B'), 'InferenceGraph claims/claims-router']],
    JSON.stringify(d.events),
  );
  assert.match(
    JSON.stringify(d.events[0].after),
    /InferenceService claims-llm-stable \(hf:\/\/meta-llama\/Llama-3\.3-70B-Instruct/,
  );
  assert.ok(d.alreadyOpen.some((x) => x.threat === 'claims-assistant.L1-indirect-prompt-injection'));
});
