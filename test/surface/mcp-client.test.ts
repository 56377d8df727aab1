import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn, sampleManifest, sampleText } from '../helpers/samples.js';

test('mcpServers: stdio (npx, docker run image), http and sse entries, at their key lines', () => {
  const text = sampleText('mcp.json');
  const r = readSurface([sampleManifest('mcp.json')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [
      s.ref.kind,
      s.ref.name,
      s.transport,
      s.command,
      s.url,
      s.image,
      s.position.line,
    ]),
    [
      ['MCPClientServer', 'filesystem', 'stdio', 'npx', undefined, undefined, lineIn(text, '"filesystem"')],
      [
        'MCPClientServer',
        'kubernetes',
        'stdio',
        'docker',
        undefined,
        'ghcr.io/example/k8s-mcp:1.2.0',
        lineIn(text, '"kubernetes"'),
      ],
      [
        'MCPClientServer',
        'github',
        'http',
        undefined,
        'https://api.githubcopilot.com/mcp/',
        undefined,
        lineIn(text, '"github"'),
      ],
      [
        'MCPClientServer',
        'legacy-sse',
        'sse',
        undefined,
        'http://mcp-gateway.internal:8080/sse',
        undefined,
        lineIn(text, '"legacy-sse"'),
      ],
    ],
  );
  assert.deepEqual(r.inventory.mcpServers[0].args, [
    '-y',
    '@modelcontextprotocol/server-filesystem@2025.7.1',
    './workspace',
  ]);
  assert.equal(r.inventory.mcpServers[0].position.file, 'samples/mcp.json');
});

test('VS Code servers (+ inputs)', () => {
  const r = readSurface([sampleManifest('vscode-mcp.json')]);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.ref.name, s.transport, s.url ?? s.command]),
    [
      ['github', 'http', 'https://api.githubcopilot.com/mcp/'],
      ['fetch', 'stdio', 'uvx'],
    ],
  );
});

test('only .json files are MCP client configs; an entry with neither command nor url is a problem', () => {
  assert.deepEqual(
    readSurface([readManifestText('servers:\n  a: {command: x}\n', 'values.yaml')]).inventory.mcpServers,
    [],
  );
  const r = readSurface([readManifestText('{\n  "mcpServers": {\n    "x": {"env": {}}\n  }\n}\n', '.mcp.json')]);
  assert.deepEqual(
    r.problems.map((p) => `${p.position.file}:${p.position.line}: ${p.message}`),
    ['.mcp.json:3: .mcp.json: mcpServers.x has neither command nor url'],
  );
});

const CLIENTS = join(ROOT, 'test/fixtures/upstream/mcp-client');
function client(path: string): { text: string; file: ManifestFile } {
  const text = readFileSync(join(CLIENTS, path), 'utf8');
  return { text, file: readManifestText(text, path) };
}

test('VS Code .vscode/mcp.json is JSONC (comments, trailing commas): read with positions, inputs and credentials', () => {
  const { text, file } = client('.vscode/mcp.json');
  assert.deepEqual(file.problems, [], 'not a "YAML syntax error"');
  const r = readSurface([file]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.inventory.mcpServers.map((s) => [s.ref.name, s.transport, s.url ?? s.command, s.position.line]),
    [
      ['dbhub', 'stdio', 'npx', lineIn(text, '"dbhub"')],
      ['github', 'http', 'https://api.githubcopilot.com/mcp/', lineIn(text, '"github"')],
      ['legacy-sse', 'sse', 'http://localhost:3001/sse', lineIn(text, '"legacy-sse"')],
      ['slack', 'http', 'https://mcp.slack.com/mcp', lineIn(text, '"slack"')],
      ['my-tools', 'stdio', 'node', lineIn(text, '"my-tools"')],
    ],
  );
  const [dbhub, github] = r.inventory.mcpServers;
  assert.deepEqual(
    dbhub.credentials?.map((c) => [c, dbhub.at?.[`credential:${c}`]?.line]),
    [
      ['arg 5 from ${input:db-dsn} (secret input)', lineIn(text, '"args": ["-y", "@bytebase/dbhub')],
      ['envFile ${workspaceFolder}/.env', lineIn(text, '"envFile"')],
    ],
  );
  assert.deepEqual(github.credentials, ['header Authorization from ${input:github-pat} (secret input)']);
  assert.equal(r.inventory.mcpServers[4].credentials, undefined, '${workspaceFolder} is a path, not a credential');
});

test('Claude Code .mcp.json, Cursor and Claude Desktop: env and header references, literal secrets never copied, mcp-remote', () => {
  const mcp = client('.mcp.json');
  const cursor = client('.cursor/mcp.json');
  const desktop = client('claude_desktop_config.json');
  const r = readSurface([mcp.file, cursor.file, desktop.file]);
  assert.deepEqual(r.problems, []);
  const server = (file: string, name: string) =>
    r.inventory.mcpServers.find((s) => s.position.file === file && s.ref.name === name)!;
  assert.deepEqual(server('.mcp.json', 'k8s-readonly').credentials, [
    'env KUBECONFIG from ${KUBECONFIG:-/home/dev/.kube/config}',
  ]);
  assert.deepEqual(server('.mcp.json', 'github').credentials, ['header Authorization from ${GITHUB_PAT}']);
  assert.equal(server('.mcp.json', 'postgres').image, 'crystaldba/postgres-mcp:0.3.0');
  assert.deepEqual(server('.cursor/mcp.json', 'context7').credentials, [
    'header CONTEXT7_API_KEY from ${env:CONTEXT7_API_KEY}',
  ]);
  const gh = server('claude_desktop_config.json', 'github');
  assert.deepEqual(gh.credentials, ['env GITHUB_PERSONAL_ACCESS_TOKEN written in the file']);
  assert.ok(!JSON.stringify(gh).includes('<redacted>'), 'the literal value is not on the surface');
  const linear = server('claude_desktop_config.json', 'remote-linear');
  assert.equal(linear.url, 'https://mcp.linear.app/sse', 'an mcp-remote bridge is the remote server');
  assert.equal(linear.at?.url.line, lineIn(desktop.text, '"mcp-remote", "https://mcp.linear.app/sse"'));
});

test('a JSON syntax error is one problem at its line and column; other JSONC files are not MCP configs', () => {
  const broken = readManifestText('{\n  "mcpServers": {\n    "a" {"command": "x"}\n  }\n}\n', '.mcp.json');
  assert.deepEqual(
    broken.problems.map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`),
    ['.mcp.json:3:9: JSON syntax error: colon expected'],
  );
  assert.deepEqual(broken.objects, []);
  const settings = readManifestText('// editor settings\n{"editor.tabSize": 2,}\n', '.vscode/settings.json');
  assert.deepEqual([settings.problems, settings.objects], [[], []]);
  // JSON Kubernetes manifests keep working, with positions.
  const list = readManifestText(
    '{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": [\n    {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "a"}}\n  ]\n}\n',
    'list.json',
  );
  assert.deepEqual(
    list.objects.map((o) => [o.kind, o.name, o.position.line, o.locate(['metadata', 'name']).line]),
    [['ServiceAccount', 'a', 5, 5]],
  );
});
