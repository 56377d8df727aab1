import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
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
