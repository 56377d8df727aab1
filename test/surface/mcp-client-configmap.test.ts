import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { lineIn } from '../helpers/samples.js';

// An agent whose MCP client configuration is mounted from a ConfigMap (written for this test).
const CM = `apiVersion: v1
kind: ConfigMap
metadata: {name: agent-mcp, namespace: agents}
data:
  mcp.json: |
    {
      "mcpServers": {
        "shell": {
          "command": "npx",
          "args": ["-y", "mcp-shell-server"]
        },
        "github": {
          "type": "http",
          "url": "https://api.githubcopilot.com/mcp/",
          "headers": {"Authorization": "Bearer \${GITHUB_PAT}"}
        }
      }
    }
  inline.json: '{"mcpServers": {"fetch": {"command": "uvx", "args": ["mcp-server-fetch"]}}}'
  values.json: '{"replicas": 2}'
  dns.json: '{"servers": {"primary": {"address": "10.0.0.2"}}}'
  notes.txt: '{"mcpServers": {"ignored": {"command": "x"}}}'
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: agents}
spec:
  template:
    spec:
      containers:
        - name: a
          image: app:1
          volumeMounts: [{name: mcp, mountPath: /home/app/.config/mcp}]
      volumes: [{name: mcp, configMap: {name: agent-mcp}}]
`;

const surface = (text: string) =>
  findAgentSurface([readManifestText(text, 'deploy/agent.yaml')], {
    kind: 'Deployment',
    name: 'app',
    namespace: 'agents',
  })!;

test('a ConfigMap data key holding an mcp.json: its servers join the surface, at the ConfigMap lines', () => {
  const r = readSurface([readManifestText(CM, 'deploy/agent.yaml')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [
      s.ref.kind,
      s.ref.name,
      s.transport,
      s.url ?? s.command,
      s.position.file,
      s.position.line,
    ]),
    [
      ['MCPClientServer', 'shell', 'stdio', 'npx', 'deploy/agent.yaml', lineIn(CM, '"shell"')],
      [
        'MCPClientServer',
        'github',
        'http',
        'https://api.githubcopilot.com/mcp/',
        'deploy/agent.yaml',
        lineIn(CM, '"github"'),
      ],
      // A one-line value: every node at its key.
      ['MCPClientServer', 'fetch', 'stdio', 'uvx', 'deploy/agent.yaml', lineIn(CM, 'inline.json')],
    ],
  );
  const gh = r.inventory.mcpServers.find((s) => s.ref.name === 'github')!;
  assert.deepEqual(gh.credentials, ['header Authorization from ${GITHUB_PAT}']);
  assert.equal(gh.at?.url.line, lineIn(CM, '"url"'));
  assert.equal(gh.position.column, lineText(CM, '"github"').indexOf('"github"') + 1);
});

test('diff: a server added to a ConfigMap mcp.json is mcp-connection-added at its line; alwaysAllow there widens autonomy', () => {
  const head = CM.replace(
    '        "github": {',
    '        "k8s": {"command": "npx", "args": ["-y", "mcp-server-kubernetes"], "alwaysAllow": ["delete_pod"]},\n        "github": {',
  ).replace(
    '"args": ["-y", "mcp-shell-server"]',
    '"args": ["-y", "mcp-shell-server"],\n          "autoApprove": ["run_command"]',
  );
  const events = diffSurfaces(surface(CM), surface(head));
  assert.deepEqual(
    events
      .filter((e) => e.type === 'mcp-connection-added' || e.type === 'autonomy-tier-changed')
      .map((e) => [e.type, e.direction, e.line, e.subject]),
    [
      [
        'autonomy-tier-changed',
        'widened',
        lineIn(head, '"autoApprove"'),
        'MCPClientServer shell: tools called without approval',
      ],
      ['mcp-connection-added', 'widened', lineIn(head, '"k8s"'), 'MCPClientServer k8s'],
    ],
  );
});

function lineText(text: string, needle: string): string {
  return text.split('\n')[lineIn(text, needle) - 1];
}
