import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { SurfaceMcpServer } from '../../src/model/surface.js';
import { ROOT } from '../helpers/fixtures.js';
import { lineIn } from '../helpers/samples.js';

// Fixtures modelled on each client's current format (sources in src/read/manifests/mcp-client.ts).
const CLIENTS = join(ROOT, 'test/fixtures/upstream/mcp-client');

function read(...paths: string[]) {
  const texts = Object.fromEntries(paths.map((p) => [p, readFileSync(join(CLIENTS, p), 'utf8')]));
  const files = paths.map((p) => readManifestText(texts[p], p));
  const r = readSurface(files);
  return { texts, files, problems: r.problems, servers: r.inventory.mcpServers };
}

const row = (s: SurfaceMcpServer) => [s.position.file, s.ref.name, s.transport, s.url ?? s.command, s.position.line];

test('Gemini CLI httpUrl and url, Windsurf serverUrl: the URL is read, and a valid file raises no problem', () => {
  const gemini = '.gemini/settings.json';
  const windsurf = '.codeium/windsurf/mcp_config.json';
  const { texts, files, problems, servers } = read(gemini, windsurf);
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  const g = texts[gemini];
  const w = texts[windsurf];
  assert.deepEqual(servers.map(row), [
    [gemini, 'gh-remote', 'http', 'https://api.githubcopilot.com/mcp/', lineIn(g, '"gh-remote"')],
    [gemini, 'events-sse', 'sse', 'http://localhost:8080/sse', lineIn(g, '"events-sse"')],
    [gemini, 'py-tools', 'stdio', 'python', lineIn(g, '"py-tools"')],
    [windsurf, 'linear-ws', 'http', 'https://mcp.linear.app/sse', lineIn(w, '"linear-ws"')],
    [windsurf, 'figma-ws', 'http', 'https://mcp.figma.com/mcp', lineIn(w, '"figma-ws"')],
    [windsurf, 'memory-ws', 'stdio', 'npx', lineIn(w, '"memory-ws"')],
  ]);
  assert.equal(servers[0].at?.url.line, lineIn(g, '"httpUrl"'), 'a URL change is reported at its own line');
  assert.equal(servers[3].at?.url.line, lineIn(w, '"serverUrl"'));
});

test('Gemini CLI includeTools less excludeTools are the tools the agent may call; $VAR and {env:VAR} are references', () => {
  const { texts, servers } = read('.gemini/settings.json', 'opencode.json');
  const gh = servers.find((s) => s.ref.name === 'gh-remote')!;
  assert.deepEqual(gh.allowedTools, ['get_issue', 'list_issues']);
  assert.equal(gh.at?.allowedTools.line, lineIn(texts['.gemini/settings.json'], '"includeTools"'));
  assert.deepEqual(gh.credentials, ['header Authorization from $GITHUB_PAT'], 'not "written in the file"');
  assert.deepEqual(servers.find((s) => s.ref.name === 'py-tools')!.credentials, [
    'env DATABASE_URL from $DB_CONNECTION_STRING',
  ]);
  assert.equal(servers.find((s) => s.ref.name === 'events-sse')!.allowedTools, undefined, 'no list: every tool');
  assert.deepEqual(servers.find((s) => s.ref.name === 'jira-oc')!.credentials, [
    'header Authorization from {env:JIRA_TOKEN}',
  ]);
});

test('Zed context_servers (JSONC), OpenCode mcp and Amp amp.mcpServers: each server with its transport and URL or command', () => {
  const zed = '.zed/settings.json';
  const oc = 'opencode.json';
  const amp = '.amp/settings.json';
  const { texts, files, problems, servers } = read(zed, oc, amp);
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  assert.deepEqual(servers.map(row), [
    [zed, 'pg-zed', 'stdio', 'npx', lineIn(texts[zed], '"pg-zed"')],
    [zed, 'remote-zed', 'http', 'https://mcp.example.com/mcp', lineIn(texts[zed], '"remote-zed"')],
    [oc, 'jira-oc', 'http', 'https://jira.example.com/mcp', lineIn(texts[oc], '"jira-oc"')],
    [oc, 'local-oc', 'stdio', 'npx', lineIn(texts[oc], '"local-oc"')],
    [amp, 'playwright-amp', 'stdio', 'npx', lineIn(texts[amp], '"playwright-amp"')],
    [amp, 'sentry-amp', 'http', 'https://mcp.sentry.dev/mcp', lineIn(texts[amp], '"sentry-amp"')],
  ]);
  // Zed's extension-provided server names no command here, and `enabled: false` starts nothing: neither is a
  // connection (nor a problem).
  const local = servers.find((s) => s.ref.name === 'local-oc')!;
  assert.deepEqual(
    local.args,
    ['-y', '@modelcontextprotocol/server-everything'],
    'OpenCode: command[0] is the program',
  );
  assert.deepEqual(local.credentials, ['env MY_ENV_VAR written in the file']);
  assert.ok(!JSON.stringify(local).includes('my_env_var_value'), 'the literal value is not on the surface');
  assert.deepEqual(servers.find((s) => s.ref.name === 'pg-zed')!.credentials, ['env PGPASSWORD from ${PGPASSWORD}']);
});

test('Continue uses: a Hub block is a server named after it, its with inputs its credentials; override sets the name and command', () => {
  const file = '.continue/config.yaml';
  const text = [
    'name: Team assistant',
    'version: 1.0.0',
    'schema: v1',
    'mcpServers:',
    '  - uses: acme/jira-mcp',
    '    with:',
    '      JIRA_TOKEN: ${{ secrets.JIRA_TOKEN }}',
    '  - uses: ./blocks/warehouse.yaml',
    '    override:',
    '      name: warehouse',
    '      command: uvx',
    '      args: [warehouse-mcp, --read-only]',
    '',
  ].join('\n');
  const parsed = readManifestText(text, file);
  const r = readSurface([parsed]);
  assert.deepEqual([...parsed.problems, ...r.problems], []);
  const [jira, warehouse] = r.inventory.mcpServers;
  assert.deepEqual(
    [jira.ref.name, jira.transport, jira.command, jira.position.line, jira.credentials],
    [
      'acme/jira-mcp',
      undefined,
      undefined,
      lineIn(text, 'uses: acme/jira-mcp'),
      ['env JIRA_TOKEN from ${{ secrets.JIRA_TOKEN }'],
    ],
  );
  assert.deepEqual(
    [warehouse.ref.name, warehouse.transport, warehouse.command, warehouse.args, warehouse.position.line],
    ['warehouse', 'stdio', 'uvx', ['warehouse-mcp', '--read-only'], lineIn(text, 'uses: ./blocks/warehouse.yaml')],
  );
});

test("Goose recipe: its extensions list is servers (builtin passed over), approved by Goose's default mode at the item; env_keys are credentials", () => {
  const recipe = '.goose/recipes/release-notes.yaml';
  const { texts, files, problems, servers } = read(recipe);
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  assert.deepEqual(servers.map(row), [[recipe, 'github', 'stdio', 'npx', lineIn(texts[recipe], '- type: stdio')]]);
  assert.deepEqual(servers[0].autoApproved, ['*']);
  assert.equal(servers[0].at?.['autoApproved:*'].line, lineIn(texts[recipe], '- type: stdio'));
  assert.deepEqual(servers[0].credentials, ['env GITHUB_PERSONAL_ACCESS_TOKEN from $GITHUB_PERSONAL_ACCESS_TOKEN']);
});

test('Goose extensions and Continue mcpServers (YAML): stdio and remote servers; builtin and disabled ones are not connections', () => {
  const goose = '.goose/config.yaml';
  const block = '.continue/mcpServers/playwright.yaml';
  const cont = '.continue/config.yaml';
  const { texts, files, problems, servers } = read(goose, block, cont);
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  assert.deepEqual(servers.map(row), [
    [goose, 'github-goose', 'stdio', 'npx', lineIn(texts[goose], 'github-goose:')],
    [
      goose,
      'remote-goose',
      'streamable_http',
      'https://mcp.example.com/goose/mcp',
      lineIn(texts[goose], 'remote-goose:'),
    ],
    [block, 'playwright-cont', 'stdio', 'npx', lineIn(texts[block], 'name: playwright-cont')],
    [cont, 'sqlite-cont', 'stdio', 'uvx', lineIn(texts[cont], 'name: sqlite-cont')],
    [
      cont,
      'remote-cont',
      'streamable-http',
      'https://mcp.example.com/continue/mcp',
      lineIn(texts[cont], 'name: remote-cont'),
    ],
  ]);
  const gh = servers[0];
  assert.deepEqual(gh.args, ['-y', '@modelcontextprotocol/server-github']);
  assert.equal(gh.at?.command.line, lineIn(texts[goose], 'cmd: npx'));
  assert.deepEqual(gh.credentials, ['env GITHUB_PERSONAL_ACCESS_TOKEN from ${GITHUB_TOKEN}']);
  assert.deepEqual(servers[1].credentials, ['header Authorization from ${REMOTE_TOKEN}']);
});

test('config.yaml and settings.json are client configs by their keys and folder, never by name alone', () => {
  const servers = (text: string, file: string) => readSurface([readManifestText(text, file)]).inventory.mcpServers;
  const goose = 'extensions:\n  fetch:\n    type: stdio\n    cmd: uvx\n    args: [mcp-server-fetch]\n';
  const cont = 'name: x\nmcpServers:\n  - name: fetch\n    command: uvx\n';
  assert.deepEqual(
    servers(goose, 'home/.config/goose/config.yaml').map((s) => s.command),
    ['uvx'],
  );
  assert.deepEqual(
    servers(cont, '.continue/config.yaml').map((s) => s.command),
    ['uvx'],
  );
  // The same keys elsewhere: a Helm values file, an application's config.
  assert.deepEqual(servers(goose, 'charts/app/config.yaml'), []);
  assert.deepEqual(servers(cont, 'config.yaml'), []);
  assert.deepEqual(servers('{"context_servers": {"a": {"command": "x"}}}', 'app.json'), []);
  assert.deepEqual(servers('{"mcp": {"a": {"type": "local", "command": ["x"]}}}', 'package-config.json'), []);
  // A Kubernetes manifest named config.yaml in a client's folder is a Kubernetes object.
  const cm =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\ndata:\n  x: y\nextensions: {a: {type: stdio, cmd: x}}\n';
  const file = readManifestText(cm, '.goose/config.yaml');
  assert.deepEqual(
    file.objects.map((o) => o.kind),
    ['ConfigMap'],
  );
  assert.deepEqual(readSurface([file]).inventory.mcpServers, []);
  // A file with both mcpServers and VS Code servers: both are read.
  assert.deepEqual(
    servers('{"mcpServers": {"a": {"command": "x"}}, "servers": {"b": {"url": "https://b/mcp"}}}', '.mcp.json').map(
      (s) => s.ref.name,
    ),
    ['a', 'b'],
  );
});

test('Codex .codex/config.toml: [mcp_servers.<name>] stdio and streamable HTTP servers, tool lists and credentials', () => {
  const codex = '.codex/config.toml';
  const { texts, files, problems, servers } = read(codex);
  const t = texts[codex];
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  assert.deepEqual(servers.map(row), [
    [codex, 'context7-cx', 'stdio', 'npx', lineIn(t, '[mcp_servers.context7-cx]')],
    [codex, 'figma-cx', 'http', 'https://mcp.figma.com/mcp', lineIn(t, '[mcp_servers.figma-cx]')],
  ]);
  const [ctx7, figma] = servers;
  assert.deepEqual(ctx7.args, ['-y', '@upstash/context7-mcp']);
  assert.equal(ctx7.at?.command.line, lineIn(t, 'command = "npx"'));
  assert.deepEqual(ctx7.credentials, [
    'env CONTEXT7_API_KEY from $CONTEXT7_API_KEY',
    'env MY_ENV_VAR written in the file',
  ]);
  assert.equal(ctx7.at?.['credential:env MY_ENV_VAR written in the file']?.line, lineIn(t, 'MY_ENV_VAR ='));
  assert.ok(!JSON.stringify(ctx7).includes('MY_ENV_VALUE'), 'the literal value is not on the surface');
  assert.equal(figma.at?.url.line, lineIn(t, 'url = "https://mcp.figma.com/mcp"'));
  assert.deepEqual(figma.allowedTools, ['get_file', 'get_comments'], 'enabled_tools less disabled_tools');
  assert.equal(figma.at?.allowedTools.line, lineIn(t, 'enabled_tools'));
  assert.deepEqual(figma.credentials, [
    'header Authorization from $FIGMA_OAUTH_TOKEN',
    'header X-Figma-Region written in the file',
    'header X-Org-Id from $FIGMA_ORG_ID',
  ]);
});

test('TOML: only .codex/config.toml is read; a syntax error is one problem at its line; nesting is bounded', () => {
  assert.deepEqual(readManifestText('[tool.poetry\nname = \n', 'pyproject.toml'), {
    file: 'pyproject.toml',
    objects: [],
    problems: [],
  });
  const broken = readManifestText('[mcp_servers.a]\ncommand = "x"\nargs = [\n', 'agent/.codex/config.toml');
  assert.equal(broken.objects.length, 0);
  assert.equal(broken.problems.length, 1);
  assert.match(broken.problems[0].message, /^TOML syntax error/);
  assert.equal(broken.problems[0].position.file, 'agent/.codex/config.toml');
  assert.ok(broken.problems[0].position.line >= 3, JSON.stringify(broken.problems));
  const deep = readManifestText(`x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`, '.codex/config.toml');
  assert.equal(deep.objects.length, 0);
  assert.equal(deep.problems.length, 1);
  const dotted = readManifestText(
    `[${Array.from({ length: 300 }, (_, i) => `k${i}`).join('.')}]\n`,
    '.codex/config.toml',
  );
  assert.equal(dotted.objects.length, 0);
  assert.equal(dotted.problems.length, 1, 'dotted keys nest too');
  // A Codex config without MCP servers (model settings only) is not a client config, and not wrong.
  assert.deepEqual(readManifestText('model = "gpt-5"\n', '.codex/config.toml').problems, []);
});

test('opencode.jsonc is read as JSONC', () => {
  const text =
    '{\n  // OpenCode, with comments\n  "mcp": {\n    "jc": { "type": "remote", "url": "https://jc.example.com/mcp", },\n  },\n}\n';
  const r = readSurface([readManifestText(text, 'opencode.jsonc')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.inventory.mcpServers.map(row), [
    ['opencode.jsonc', 'jc', 'http', 'https://jc.example.com/mcp', 4],
  ]);
});

test('OpenCode second layout: servers under mcp.servers (disabled: true is no connection), mcp.timeout no server; a first-layout server named "servers" is still one', () => {
  const file = 'next/opencode.json';
  const { texts, files, problems, servers } = read(file);
  assert.deepEqual([...files.flatMap((f) => f.problems), ...problems], []);
  const t = texts[file];
  assert.deepEqual(servers.map(row), [
    [file, 'grafana-oc2', 'http', 'https://grafana.example.com/mcp', lineIn(t, '"grafana-oc2"')],
    [file, 'fs-oc2', 'stdio', 'npx', lineIn(t, '"fs-oc2"')],
  ]);
  assert.deepEqual(servers[0].credentials, ['header Authorization from {env:GRAFANA_TOKEN}']);
  const legacy = '{\n  "mcp": {\n    "servers": { "type": "remote", "url": "https://s.example.com/mcp" }\n  }\n}\n';
  assert.deepEqual(readSurface([readManifestText(legacy, 'opencode.json')]).inventory.mcpServers.map(row), [
    ['opencode.json', 'servers', 'http', 'https://s.example.com/mcp', 3],
  ]);
});
