import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { readSurface } from '../../src/read/manifests/surface.js';

/**
 * ToolHive auth objects written wrong (src/read/manifests/toolhive-auth.ts): read as absent with a problem at
 * file:line, never a throw; and a deep or wide MCPExternalAuthConfig is read in bounded size.
 */

const WRONG = `apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: github, namespace: ai}
spec:
  image: ghcr.io/github/github-mcp-server:v0.20.0
  authzConfigRef: {name: {not: a string}}
  externalAuthConfigRef: {name: wide}
  authServerRef: [not, a, map]
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServer
metadata: {name: other, namespace: ai}
spec:
  image: ghcr.io/github/github-mcp-server:v0.20.0
  authzConfigRef: {name: bad-policies}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPAuthzConfig
metadata: {name: bad-policies, namespace: ai}
spec: {type: cedarv1, config: {policies: "permit(principal, action, resource);"}}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: VirtualMCPServer
metadata: {name: gw, namespace: ai}
spec:
  groupRef: {name: tools}
  incomingAuth: {type: oidc, oidcConfigRef: {name: corp}, authzConfig: "inline"}
  outgoingAuth: {source: inline, backends: [a, b], default: {type: externalAuthConfigRef, externalAuthConfigRef: {name: 7}}}
  embeddingServerRef: embed
  authServerConfig: {upstreamProviders: {not: a list}}
---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPServerEntry
metadata: {name: docs, namespace: ai}
spec: {remoteUrl: https://docs.example.com/mcp, transport: sse, allowPrivateEndpoint: "maybe", caBundleRef: {configMapRef: [x]}}
`;

function wide(): string {
  const mappings = Array.from(
    { length: 500 },
    (_, i) => `      - {claim: c${i}, roleArn: "arn:aws:iam::1:role/r${i}"}`,
  );
  let deep = 'x';
  for (let i = 0; i < 90; i++) deep = `{a: ${deep}}`;
  return `---
apiVersion: toolhive.stacklok.dev/v1beta1
kind: MCPExternalAuthConfig
metadata: {name: wide, namespace: ai}
spec:
  type: awsSts
  awsSts:
    region: us-east-1
    nested: ${deep}
    roleMappings:
${mappings.join('\n')}
`;
}

test('ToolHive auth fields of the wrong type are problems at file:line, and an MCPExternalAuthConfig is read in bounded size', () => {
  const r = readSurface([readManifestText(WRONG + wide(), 'thv.yaml')]);
  const github = r.inventory.mcpServers.find((s) => s.ref.name === 'github');
  assert.ok(github, 'the server is still read');
  assert.equal(github.authorization, undefined);
  const creds = github.credentials ?? [];
  assert.ok(
    creds.includes('token from MCPExternalAuthConfig wide: awsSts.roleMappings[c0].roleArn arn:aws:iam::1:role/r0'),
  );
  assert.ok(creds.some((c) => /: awsSts\.roleMappings \+450 more sha256:[0-9a-f]{12}$/.test(c)));
  assert.ok(creds.length <= 210, `${creds.length} credentials`);
  // A policies field that is not a list: no rule, but the reference still shows, and a problem says why.
  const other = r.inventory.mcpServers.find((s) => s.ref.name === 'other');
  assert.deepEqual(other?.authorization, ['MCPAuthzConfig bad-policies (no policies)']);
  const problems = r.problems.map((p) => `${p.position.file}:${p.position.line} ${p.message}`);
  for (const line of [6, 8, 20, 27, 28, 29, 35])
    assert.ok(
      problems.some((p) => p.startsWith(`thv.yaml:${line} `)),
      `a problem at line ${line}: ${problems.join('\n')}`,
    );
  const gw = r.inventory.mcpServers.find((s) => s.ref.name === 'gw');
  assert.equal(gw?.authentication, 'oidc:corp');
});
