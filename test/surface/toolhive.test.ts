import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { toolHash } from '../../src/model/tool-hash.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

const FILE = 'toolhive-mcpserver.yaml';

test('ToolHive v1beta1 MCPServer: image, proxy URL, identities, permission profile, MCPToolConfig filter and override', () => {
  const text = sampleText(FILE);
  const r = readSurface([sampleManifest(FILE)]);
  assert.deepEqual(r.problems, []);
  const [github, fetch] = r.inventory.mcpServers;
  assert.equal(github.ref.apiVersion, 'toolhive.stacklok.dev/v1beta1');
  assert.equal(github.position.line, lineIn(text, 'name: github', 'kind: MCPServer') - 3);
  assert.equal(github.image, 'ghcr.io/github/github-mcp-server:v0.13.0');
  assert.equal(github.at?.image.line, lineIn(text, 'image: ghcr.io/github/github-mcp-server'));
  assert.equal(github.url, 'http://mcp-github-proxy.toolhive-system:8080');
  assert.equal(github.transport, 'stdio');
  assert.deepEqual(github.args, ['stdio', '--read-only']);
  assert.equal(github.identity, 'system:serviceaccount:toolhive-system:github-mcp');
  assert.equal(github.proxyIdentity, 'system:serviceaccount:toolhive-system:github-proxy-runner');
  assert.equal(github.permissionProfile, 'builtin:network');
  assert.deepEqual(github.allowedTools, ['get_file_contents', 'list_issues', 'search_code']);
  assert.equal(github.at?.toolNames.line, lineIn(text, 'toolsFilter:'));
  // The override renames search_code and gives the model a new description: that is what gets pinned.
  assert.deepEqual(
    github.tools?.map((t) => [t.name, t.sha256 !== undefined, t.position?.line]),
    [
      ['get_file_contents', false, lineIn(text, '- get_file_contents')],
      ['list_issues', false, lineIn(text, '- list_issues')],
      ['code_search', true, lineIn(text, 'search_code:')],
    ],
  );
  assert.equal(
    github.tools?.[2].sha256,
    toolHash({
      name: 'code_search',
      description: 'Search code in allowed repositories',
      annotations: { readOnlyHint: true },
    }),
  );
  // v1alpha1, no serviceAccount: the operator's <name>-sa.
  assert.equal(fetch.ref.apiVersion, 'toolhive.stacklok.dev/v1alpha1');
  assert.equal(fetch.identity, 'system:serviceaccount:toolhive-system:fetch-sa');
  assert.equal(fetch.transport, 'streamable-http');
  assert.equal(fetch.tools, undefined);
});

test('ToolHive v1alpha1 spec.port is the proxy port; a missing image is a problem', () => {
  const m = readManifestText(
    `apiVersion: toolhive.stacklok.dev/v1alpha1
kind: MCPServer
metadata: {name: old, namespace: th}
spec:
  port: 9090
  transport: sse
`,
    'th.yaml',
  );
  const r = readSurface([m]);
  assert.equal(r.inventory.mcpServers[0].url, 'http://mcp-old-proxy.th:9090');
  assert.deepEqual(
    r.problems.map((p) => `${p.position.line}: ${p.message}`),
    ['4: MCPServer old: spec.image is required'],
  );
});
