import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSurfaces } from '../../src/analyse/surface-diff.js';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import type { SurfaceEvent } from '../../src/model/surface-event.js';
import { lineIn } from '../helpers/samples.js';
import { ROOT } from '../helpers/fixtures.js';

// Client configs written for these tests, modelled on each client's format (sources in
// src/read/manifests/mcp-client-approvals.ts and mcp-client-claude.ts).

const AGENT = readManifestText(
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: agents}\nspec: {template: {spec: {containers: [{name: a, image: app:1}]}}}\n',
  'agent/deploy.yaml',
);

/** The agent's surface with these client configs (path → text) beside it. */
function surface(files: Record<string, string>) {
  const read = Object.entries(files).map(([p, t]) => readManifestText(t, p));
  return findAgentSurface([...read, AGENT], { kind: 'Deployment', name: 'app', namespace: 'agents' })!;
}

function events(base: Record<string, string>, head: Record<string, string>): SurfaceEvent[] {
  return diffSurfaces(surface(base), surface(head));
}

const approvalEvents = (es: SurfaceEvent[]) =>
  es
    .filter((e) => e.type === 'autonomy-tier-changed')
    .map((e) => [e.file, e.line, e.direction, e.subject, e.after] as const);

const GEMINI = `{
  "mcpServers": {
    "gh": {
      "httpUrl": "https://api.githubcopilot.com/mcp/",
      "includeTools": ["get_issue", "create_issue"]
    }
  }
}
`;

const ROO = `{
  "mcpServers": {
    "k8s": {
      "command": "npx",
      "args": ["-y", "mcp-server-kubernetes"],
      "alwaysAllow": ["list_pods"]
    }
  }
}
`;

const CLINE = `{
  "mcpServers": {
    "fs": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/srv"],
      "autoApprove": []
    }
  }
}
`;

test('Gemini trust, Roo alwaysAllow and Cline/Kiro autoApprove: the tools run without approval, each at its node', () => {
  const gemini = GEMINI.replace('"includeTools"', '"trust": true,\n      "includeTools"');
  const roo = ROO;
  const kiro = CLINE.replace('"autoApprove": []', '"autoApprove": ["read_file", "*"]');
  const r = readSurface([
    readManifestText(gemini, '.gemini/settings.json'),
    readManifestText(roo, '.roo/mcp.json'),
    readManifestText(kiro, '.kiro/settings/mcp.json'),
  ]);
  assert.deepEqual(r.problems, []);
  const by = Object.fromEntries(r.inventory.mcpServers.map((s) => [s.ref.name, s]));
  assert.deepEqual(by.gh.autoApproved, ['*']);
  assert.equal(by.gh.at?.['autoApproved:*'].line, lineIn(gemini, '"trust"'));
  assert.deepEqual(by.k8s.autoApproved, ['list_pods']);
  assert.equal(by.k8s.at?.['autoApproved:list_pods'].line, lineIn(roo, '"alwaysAllow"'));
  assert.deepEqual(by.fs.autoApproved, ['*'], 'Kiro "*": every tool');
  // A server without any of these asks for every call (the clients' default).
  const plain = readSurface([readManifestText(CLINE, 'cline_mcp_settings.json')]).inventory.mcpServers[0];
  assert.equal(plain.autoApproved, undefined);
});

test('diff: trust: true and a tool added to alwaysAllow/autoApprove widen autonomy, at the line that approves them', () => {
  const base = { '.gemini/settings.json': GEMINI, '.roo/mcp.json': ROO, 'cline_mcp_settings.json': CLINE };
  const head = {
    '.gemini/settings.json': GEMINI.replace('"includeTools"', '"trust": true,\n      "includeTools"'),
    '.roo/mcp.json': ROO.replace('["list_pods"]', '["list_pods",\n        "delete_pod"]'),
    'cline_mcp_settings.json': CLINE.replace('"autoApprove": []', '"autoApprove": ["write_file"]'),
  };
  const byFile = (a: readonly unknown[], b: readonly unknown[]) => String(a[0]).localeCompare(String(b[0]));
  assert.deepEqual(
    [...approvalEvents(events(base, head))].sort(byFile),
    [
      [
        '.gemini/settings.json',
        lineIn(head['.gemini/settings.json'], '"trust"'),
        'widened',
        'MCPClientServer gh: tools called without approval',
        ['*'],
      ],
      [
        '.roo/mcp.json',
        lineIn(head['.roo/mcp.json'], '"delete_pod"'),
        'widened',
        'MCPClientServer k8s: tools called without approval',
        ['delete_pod', 'list_pods'],
      ],
      [
        'cline_mcp_settings.json',
        lineIn(head['cline_mcp_settings.json'], '"autoApprove"'),
        'widened',
        'MCPClientServer fs: tools called without approval',
        ['write_file'],
      ],
    ].sort(byFile),
  );
  // The reverse (trust dropped, a tool taken out of alwaysAllow) narrows.
  const back = approvalEvents(events(head, base));
  assert.deepEqual(
    back.map((e) => e[2]),
    ['narrowed', 'narrowed', 'narrowed'],
  );
});

const MCP_JSON = `{
  "mcpServers": {
    "github": {
      "type": "http",
      "url": "https://api.githubcopilot.com/mcp/"
    },
    "k8s": {
      "command": "npx",
      "args": ["-y", "mcp-server-kubernetes"]
    }
  }
}
`;

const SETTINGS = `{
  "permissions": {
    "allow": [
      "Bash(npm test)",
      "mcp__github__get_issue"
    ],
    "deny": []
  },
  "enabledMcpjsonServers": ["github"]
}
`;

test('Claude Code .claude/settings.json: permissions.allow mcp__ rules approve tools of the .mcp.json beside it', () => {
  const s = surface({ 'agent/.mcp.json': MCP_JSON, 'agent/.claude/settings.json': SETTINGS });
  const by = Object.fromEntries(s.mcpServers.map((m) => [m.ref.name, m]));
  assert.deepEqual(by.github.autoApproved, ['get_issue']);
  assert.deepEqual(by.github.at?.['autoApproved:get_issue'], {
    file: 'agent/.claude/settings.json',
    line: lineIn(SETTINGS, 'mcp__github__get_issue'),
    column: 7,
  });
  assert.equal(by.k8s.autoApproved, undefined);
  // Settings of another folder govern nothing here.
  const other = surface({ 'agent/.mcp.json': MCP_JSON, 'other/.claude/settings.json': SETTINGS });
  assert.ok(other.mcpServers.every((m) => m.autoApproved === undefined));
  const r = readSurface([
    readManifestText(MCP_JSON, 'agent/.mcp.json'),
    readManifestText(SETTINGS, 'agent/.claude/settings.json'),
  ]);
  assert.deepEqual(r.problems, [], 'a valid settings file is no malformed surface');
});

test('diff: Claude Code settings — a server-wide allow rule, bypassPermissions, a rejected server, each at its line', () => {
  const base = { 'agent/.mcp.json': MCP_JSON, 'agent/.claude/settings.json': SETTINGS };
  const allowAll = SETTINGS.replace('"mcp__github__get_issue"', '"mcp__github__get_issue",\n      "mcp__k8s"');
  const es = events(base, { ...base, 'agent/.claude/settings.json': allowAll });
  assert.deepEqual(approvalEvents(es), [
    [
      'agent/.claude/settings.json',
      lineIn(allowAll, '"mcp__k8s"'),
      'widened',
      'MCPClientServer k8s: tools called without approval',
      ['*'],
    ],
  ]);
  const bypass = SETTINGS.replace('"deny": []', '"deny": [],\n    "defaultMode": "bypassPermissions"');
  const es2 = events(base, { ...base, 'agent/.claude/settings.json': bypass });
  assert.deepEqual(
    approvalEvents(es2).map((e) => [e[1], e[2], e[3]]),
    [
      [lineIn(bypass, '"defaultMode"'), 'widened', 'MCPClientServer github: tools called without approval'],
      [lineIn(bypass, '"defaultMode"'), 'widened', 'MCPClientServer k8s: tools called without approval'],
    ],
  );
  // acceptEdits approves no MCP tool.
  const edits = SETTINGS.replace('"deny": []', '"deny": [],\n    "defaultMode": "acceptEdits"');
  assert.deepEqual(approvalEvents(events(base, { ...base, 'agent/.claude/settings.json': edits })), []);
  // A denied (or ask) rule wins over allow.
  const denied = SETTINGS.replace('"deny": []', '"deny": ["mcp__github__get_issue"]');
  assert.deepEqual(
    approvalEvents(events(base, { ...base, 'agent/.claude/settings.json': denied })).map((e) => e[2]),
    ['narrowed'],
  );
  // A server the settings reject does not start: the connection is gone; lifting the rejection brings it back.
  const rejected = SETTINGS.replace(
    '"enabledMcpjsonServers"',
    '"disabledMcpjsonServers": ["k8s"],\n  "enabledMcpjsonServers"',
  );
  const gone = events(base, { ...base, 'agent/.claude/settings.json': rejected });
  assert.deepEqual(
    gone.filter((e) => e.type.startsWith('mcp-connection')).map((e) => [e.type, e.subject]),
    [['mcp-connection-removed', 'MCPClientServer k8s']],
  );
  const back = events({ ...base, 'agent/.claude/settings.json': rejected }, base);
  assert.deepEqual(
    back.filter((e) => e.type.startsWith('mcp-connection')).map((e) => [e.type, e.subject]),
    [['mcp-connection-added', 'MCPClientServer k8s']],
  );
});

test('Claude Code settings: a settings.local.json adds its rules; a malformed key is reported at its line', () => {
  const local = '{\n  "permissions": {\n    "allow": ["mcp__k8s__list_pods"]\n  }\n}\n';
  const s = surface({
    'agent/.mcp.json': MCP_JSON,
    'agent/.claude/settings.json': SETTINGS,
    'agent/.claude/settings.local.json': local,
  });
  assert.deepEqual(s.mcpServers.find((m) => m.ref.name === 'k8s')?.autoApproved, ['list_pods']);
  const bad = '{\n  "permissions": {\n    "allow": "mcp__k8s"\n  },\n  "enableAllProjectMcpServers": "yes"\n}\n';
  const r = readSurface([readManifestText(bad, 'agent/.claude/settings.json')]);
  assert.deepEqual(
    r.problems.map((p) => [p.position.file, p.position.line]),
    [
      ['agent/.claude/settings.json', lineIn(bad, '"allow"')],
      ['agent/.claude/settings.json', lineIn(bad, '"enableAllProjectMcpServers"')],
    ],
  );
  // A settings file without MCP keys is not read at all (no object, no problem).
  assert.deepEqual(readManifestText('{"model": "opus"}', '.claude/settings.json').objects, []);
});

const CODEX = `model = "gpt-5-codex"
approval_policy = "on-request"
sandbox_mode = "workspace-write"

[mcp_servers.figma]
url = "https://mcp.figma.com/mcp"

[mcp_servers.figma.tools.get_file]
approval_mode = "auto"
`;

test('diff: Codex full access (never + danger-full-access) and a tool set to approval_mode = "approve"', () => {
  const path = '.codex/config.toml';
  const perTool = CODEX.replace('approval_mode = "auto"', 'approval_mode = "approve"');
  assert.deepEqual(approvalEvents(events({ [path]: CODEX }, { [path]: perTool })), [
    [
      path,
      lineIn(perTool, 'approval_mode'),
      'widened',
      'MCPClientServer figma: tools called without approval',
      ['get_file'],
    ],
  ]);
  const full = CODEX.replace('"on-request"', '"never"').replace('"workspace-write"', '"danger-full-access"');
  assert.deepEqual(approvalEvents(events({ [path]: CODEX }, { [path]: full })), [
    [path, lineIn(full, 'approval_policy'), 'widened', 'MCPClientServer figma: tools called without approval', ['*']],
  ]);
  // One of the two alone leaves MCP tool calls as they were.
  const neverOnly = CODEX.replace('"on-request"', '"never"');
  assert.deepEqual(approvalEvents(events({ [path]: CODEX }, { [path]: neverOnly })), []);
});

test('Codex profiles: default_permissions ":danger-full-access" with never in a profile is full access; a granular approval_policy table in the profile is not', () => {
  const path = '.codex/config.toml';
  const base = 'approval_policy = "on-request"\n\n[mcp_servers.figma]\nurl = "https://mcp.figma.com/mcp"\n';
  const yolo = `${base}\n[profiles.yolo]\napproval_policy = "never"\ndefault_permissions = ":danger-full-access"\n`;
  const subject = 'MCPClientServer figma: tools called without approval';
  assert.deepEqual(surface({ [path]: yolo }).mcpServers[0].autoApproved, ['*']);
  // A profile added is located at its first key that approves, as for sandbox_mode.
  assert.deepEqual(approvalEvents(events({ [path]: base }, { [path]: yolo })), [
    [path, lineIn(yolo, 'approval_policy = "never"'), 'widened', subject, ['*']],
  ]);
  // The same profile asking by category (`[profiles.yolo.approval_policy.granular]`) is not never: narrowed.
  const granular = `${yolo.replace('approval_policy = "never"\n', '')}\n[profiles.yolo.approval_policy.granular]\nsandbox_approval = true\nmcp_elicitations = false\n`;
  assert.equal(surface({ [path]: granular }).mcpServers[0].autoApproved, undefined);
  assert.deepEqual(
    approvalEvents(events({ [path]: yolo }, { [path]: granular })).map((e) => [e[2], e[4]]),
    [['narrowed', []]],
  );
});

test('Codex: a permission profile that writes :root in the scoped form, reached through extends, is full access; one that only reads it, or extends :danger-full-access, is not', () => {
  const file = 'agent/.codex/config.toml';
  const codex = (root: string, parent = '":workspace"') =>
    `approval_policy = "never"\ndefault_permissions = "ci"\n\n[permissions.base]\nextends = ${parent}\n\n[permissions.base.filesystem]\n":root" = ${root}\n\n[permissions.ci]\nextends = "base"\n\n[mcp_servers.docs]\nurl = "https://mcp.example.com/mcp"\n`;
  const approved = (text: string) =>
    surface({ [file]: text }).mcpServers.find((s) => s.ref.name === 'docs')?.autoApproved;
  assert.deepEqual(approved(codex('{ "." = "write" }')), ['*']);
  assert.equal(approved(codex('"read"')), undefined);
  assert.equal(approved(codex('"write"', '":danger-full-access"')), undefined);
  assert.equal(
    approved(codex('"write"').replace('extends = "base"', 'extends = "ci"')),
    undefined,
    'a cycle is refused',
  );
});

test('Amazon Q CLI agent: allowedTools globs match servers and tools; tools naming no tool of a server leaves it none', () => {
  const file = 'agent/.amazonq/cli-agents/ops.json';
  const agent = JSON.stringify({
    mcpServers: { 'git-mcp': { command: 'git-mcp' }, fetch: { command: 'uvx', args: ['mcp-server-fetch'] } },
    tools: ['fs_read', '@git-*'],
    allowedTools: ['@git-*/read_*', '@*/status'],
  });
  const servers = surface({ [file]: agent }).mcpServers;
  const git = servers.find((s) => s.ref.name === 'git-mcp');
  const fetch = servers.find((s) => s.ref.name === 'fetch');
  assert.deepEqual(git?.autoApproved, ['read_*', 'status']);
  assert.equal(git?.allowedTools, undefined);
  assert.deepEqual(fetch?.autoApproved, ['status']);
  assert.deepEqual(fetch?.allowedTools, []);
});

test('VS Code: chat.permissions.default autoApprove or autopilot approves every tool of the mcp.json beside it, and of settings mcp.servers, at the key; chat.tools.global.autoApprove only in user settings', () => {
  const mcp = '{\n  "servers": {\n    "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }\n  }\n}\n';
  const settings = (body: string) => `{\n  "editor.formatOnSave": true,\n${body}\n}\n`;
  const approvedOf = (files: Record<string, string>) =>
    surface(files).mcpServers.map((s) => [s.ref.name, s.autoApproved ?? null, s.at?.autoApproved?.line ?? null]);
  for (const level of ['autoApprove', 'autopilot'])
    assert.deepEqual(
      approvedOf({
        'agent/.vscode/mcp.json': mcp,
        'agent/.vscode/settings.json': settings(`  "chat.permissions.default": "${level}"`),
      }),
      [['gh', ['*'], 3]],
    );
  assert.deepEqual(
    approvedOf({
      'agent/.vscode/mcp.json': mcp,
      'agent/.vscode/settings.json': settings('  "chat.permissions.default": "default"'),
    }),
    [['gh', null, null]],
  );
  // Application-machine scope: VS Code ignores it in a workspace, honours it in the user's settings.
  const yolo = settings('  "chat.tools.global.autoApprove": true');
  assert.deepEqual(approvedOf({ 'agent/.vscode/mcp.json': mcp, 'agent/.vscode/settings.json': yolo }), [
    ['gh', null, null],
  ]);
  assert.deepEqual(approvedOf({ 'agent/Code/User/mcp.json': mcp, 'agent/Code/User/settings.json': yolo }), [
    ['gh', ['*'], 3],
  ]);
  // Settings beside another folder's mcp.json decide nothing for it.
  assert.deepEqual(
    approvedOf({
      'agent/.vscode/mcp.json': mcp,
      'agent/other/.vscode/settings.json': settings('  "chat.permissions.default": "autoApprove"'),
    }),
    [['gh', null, null]],
  );
  // The older form: servers (and their inputs) under `mcp` in settings.json, governed by the same file.
  const older = settings(
    '  "chat.permissions.default": "autopilot",\n  "mcp": {\n    "inputs": [{ "type": "promptString", "id": "tok", "password": true }],\n    "servers": { "db": { "command": "npx", "args": ["-y", "dbhub"], "env": { "DSN": "${input:tok}" } } }\n  }',
  );
  const [db] = surface({ 'agent/.vscode/settings.json': older }).mcpServers;
  assert.deepEqual(
    [db.ref.name, db.command, db.autoApproved, db.credentials, db.position.line],
    ['db', 'npx', ['*'], ['env DSN from ${input:tok} (secret input)'], lineIn(older, '"servers"')],
  );
  const bad = readManifestText(
    settings('  "chat.permissions.default": ["autoApprove"]'),
    'agent/.vscode/settings.json',
  );
  const problems = readSurface([bad]).problems;
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].position.line, 3);
});

test('VS Code settings nested or partly dotted are read as VS Code reads them: the nested global auto-approve counts even in a workspace, chat.defaultConfiguration approvals, eligibleForAutoApproval under YOLO, dotted mcp.servers', () => {
  const clients = (p: string) => readFileSync(join(ROOT, 'test/fixtures/upstream/mcp-client', p), 'utf8');
  const nested = clients('nested/.vscode/settings.json');
  const mcp = '{\n  "servers": {\n    "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }\n  }\n}\n';
  const approvedOf = (files: Record<string, string>) =>
    surface(files).mcpServers.map((s) => [
      s.ref.name,
      s.autoApproved ?? null,
      s.autoApprovedExcept ?? null,
      s.at?.autoApproved?.line ?? null,
    ]);
  // The fixture approves nothing: manual approvals, default permissions, nothing global.
  const [k8s] = surface({ 'agent/.vscode/settings.json': nested }).mcpServers;
  assert.deepEqual(
    [k8s.ref.name, k8s.command, k8s.autoApproved, k8s.credentials, k8s.position.line],
    ['k8s-vs', 'npx', undefined, ['env K8S_TOKEN from ${input:kube-token} (secret input)'], lineIn(nested, '"k8s-vs"')],
    'servers and inputs under dotted mcp.servers / mcp.inputs',
  );
  const ws = (text: string) => approvedOf({ 'agent/.vscode/mcp.json': mcp, 'agent/.vscode/settings.json': text });
  // YOLO mode written nested has a top-level key VS Code does not drop from a workspace: it counts there.
  const yolo = nested.replace('"tools": {', '"tools": {\n      "global": { "autoApprove": true },');
  // …and the fixture's own eligibility entry keeps its server's delete_resource asking.
  const yoloAt = lineIn(yolo, '"autoApprove": true');
  assert.deepEqual(ws(yolo), [
    ['gh', ['*'], null, yoloAt],
    ['k8s-vs', ['*'], ['delete_resource'], yoloAt],
  ]);
  // The same in one dotted key is out of a workspace's scope.
  assert.deepEqual(ws('{\n  "chat.tools.global.autoApprove": true\n}\n'), [['gh', null, null, null]]);
  // Mixed: `"chat.tools.global": {…}` is read, and a later `"chat": {…}` replaces what came before it.
  assert.deepEqual(ws('{\n  "chat.tools.global": { "autoApprove": true }\n}\n'), [['gh', ['*'], null, 2]]);
  assert.deepEqual(ws('{\n  "chat.tools.global": { "autoApprove": true },\n  "chat": { "editor": {} }\n}\n'), [
    ['gh', null, null, null],
  ]);
  // The permission level, nested.
  const bypass = nested.replace(
    '"permissions": { "default": "default" }',
    '"permissions": { "default": "autoApprove" }',
  );
  const levelAt = lineIn(bypass, '"permissions"');
  assert.deepEqual(ws(bypass), [
    ['gh', ['*'], null, levelAt],
    ['k8s-vs', ['*'], null, levelAt],
  ]);
  // Agent-host sessions: allowAll (and assisted, a model judging each call) approve; manual asks.
  for (const level of ['allowAll', 'assisted']) {
    const agent = nested.replace('"approvals": "manual"', `"approvals": "${level}"`);
    const agentAt = lineIn(agent, '"approvals"');
    assert.deepEqual(ws(agent), [
      ['gh', ['*'], null, agentAt],
      ['k8s-vs', ['*'], null, agentAt],
    ]);
  }
  // User settings: YOLO with a tool held back asks for that tool only; a permission level approves it too.
  const user = clients('Code/User/settings.json');
  const on = user.replace('"autoApprove": false', '"autoApprove": true');
  const kb = clients('Code/User/mcp.json');
  const userOf = (text: string) =>
    approvedOf({ 'agent/Code/User/mcp.json': kb, 'agent/Code/User/settings.json': text });
  assert.deepEqual(userOf(user), [['kb', null, null, null]]);
  assert.deepEqual(userOf(on), [['kb', ['*'], ['delete_page'], lineIn(on, '"autoApprove": true')]]);
  const [held] = surface({ 'agent/Code/User/mcp.json': kb, 'agent/Code/User/settings.json': on }).mcpServers;
  assert.equal(held.at?.['autoApprovedExcept:delete_page']?.line, lineIn(on, '"kb/delete_page"'));
  const level = on.replace('"default": "default"', '"default": "autopilot"');
  assert.deepEqual(userOf(level), [['kb', ['*'], null, lineIn(level, '"permissions"')]]);
  // A nested setting of the wrong type is one problem at its line.
  const bad = nested.replace('"default": "default"', '"default": ["autoApprove"]');
  const problems = readSurface([readManifestText(bad, 'agent/.vscode/settings.json')]).problems;
  assert.deepEqual(
    problems.map((p) => p.position.line),
    [lineIn(bad, '"permissions"')],
    JSON.stringify(problems),
  );
});

test('Cursor: .cursor/permissions.json mcpAllowlist <server>:<tool> runs those tools of the .cursor/mcp.json beside it without approval, <server>:* every tool, each at its entry', () => {
  const clients = (p: string) => readFileSync(join(ROOT, 'test/fixtures/upstream/mcp-client', p), 'utf8');
  const mcp = clients('.cursor/mcp.json');
  const permissions = clients('.cursor/permissions.json');
  const approvedOf = (files: Record<string, string>) =>
    surface(files).mcpServers.map((s) => [
      s.ref.name,
      s.autoApproved ?? null,
      s.autoApproved ? s.at?.[`autoApproved:${s.autoApproved[0]}`]?.line : null,
    ]);
  const docs = lineIn(permissions, '"context7:get-library-docs"');
  assert.deepEqual(approvedOf({ 'agent/.cursor/mcp.json': mcp, 'agent/.cursor/permissions.json': permissions }), [
    ['playwright', null, null],
    ['context7', ['get-library-docs', 'resolve-library-id'], docs],
    ['local-notes', null, null],
  ]);
  // A whole server, and a server wildcard.
  const all = permissions.replace('"mcpAllowlist": [', '"mcpAllowlist": ["playwright:*", "local-*:read_note", ');
  const at = lineIn(all, '"playwright:*"');
  assert.deepEqual(approvedOf({ 'agent/.cursor/mcp.json': mcp, 'agent/.cursor/permissions.json': all }), [
    ['playwright', ['*'], at],
    ['context7', ['get-library-docs', 'resolve-library-id'], at],
    ['local-notes', ['read_note'], at],
  ]);
  // Another folder's permissions decide nothing here; the user's ~/.cursor pair is read the same way.
  assert.deepEqual(approvedOf({ 'agent/.cursor/mcp.json': mcp, 'agent/other/.cursor/permissions.json': all })[0], [
    'playwright',
    null,
    null,
  ]);
  assert.deepEqual(approvedOf({ 'home/dev/.cursor/mcp.json': mcp, 'home/dev/.cursor/permissions.json': all })[0], [
    'playwright',
    ['*'],
    at,
  ]);
  const bad = readManifestText('{\n  "mcpAllowlist": "context7:*"\n}\n', 'agent/.cursor/permissions.json');
  const problems = readSurface([bad]).problems;
  assert.deepEqual(
    problems.map((p) => p.position.line),
    [2],
    JSON.stringify(problems),
  );
});

test('OpenCode: every tool runs without asking unless permission says otherwise; the last matching rule decides, <server>_<tool> names one tool, and an agent of its own counts', () => {
  const config = (extra: string) =>
    `{\n  "mcp": {\n    "jira": { "type": "remote", "url": "https://jira.example.com/mcp" },\n    "k8s.ops": { "type": "local", "command": ["npx", "-y", "mcp-server-kubernetes"] }\n  }${extra}\n}\n`;
  const of = (extra: string) => {
    const text = config(extra);
    const servers = surface({ 'agent/opencode.json': text }).mcpServers;
    return Object.fromEntries(
      servers.map((s) => [
        s.ref.name,
        {
          approved: s.autoApproved ?? null,
          except: s.autoApprovedExcept ?? null,
          denied: s.deniedTools ?? null,
          allowed: s.allowedTools ?? null,
        },
      ]),
    );
  };
  const none = { approved: null, except: null, denied: null, allowed: null };
  const all = { ...none, approved: ['*'] };
  // No permission: the built-in agents' `*: allow` approves every MCP tool.
  assert.deepEqual(of(''), { jira: all, 'k8s.ops': all });
  // A plain action is every permission's.
  assert.deepEqual(of(',\n  "permission": "ask"'), { jira: none, 'k8s.ops': none });
  // The last rule that matches decides; the server name is written as OpenCode spells the tool key (`.` → `_`).
  assert.deepEqual(of(',\n  "permission": { "*": "ask", "jira_*": "allow", "k8s_ops_delete_pod": "deny" }'), {
    jira: all,
    'k8s.ops': { ...none, denied: ['delete_pod'] },
  });
  assert.deepEqual(of(',\n  "permission": { "jira_*": "allow", "*": "ask" }'), { jira: none, 'k8s.ops': none });
  assert.deepEqual(of(',\n  "permission": { "jira_create_issue": "ask", "jira_delete_issue": "deny" }'), {
    jira: { ...all, except: ['create_issue'], denied: ['delete_issue'] },
    'k8s.ops': all,
  });
  assert.deepEqual(of(',\n  "permission": { "*": "deny", "jira_get_issue": "allow", "jira_search": { "*": "ask" } }'), {
    jira: { ...none, approved: ['get_issue'], allowed: ['get_issue', 'search'] },
    'k8s.ops': { ...none, denied: ['*'] },
  });
  // An agent's own rules: one `--agent` away, so what it approves is approved.
  assert.deepEqual(of(',\n  "permission": "ask",\n  "agent": { "ops": { "permission": { "k8s_ops_*": "allow" } } }'), {
    jira: none,
    'k8s.ops': all,
  });
});

test("OpenCode: the deprecated tools map is an allow or deny rule per tool before permission, which overrides a key it repeats; an agent's own tools map counts", () => {
  const config = (extra: string) =>
    `{\n  "mcp": {\n    "jira": { "type": "remote", "url": "https://jira.example.com/mcp" },\n    "k8s.ops": { "type": "local", "command": ["npx", "-y", "mcp-server-kubernetes"] }\n  },\n${extra}\n}\n`;
  const of = (extra: string) => {
    const text = config(extra);
    return Object.fromEntries(
      surface({ 'agent/opencode.json': text }).mcpServers.map((s) => [
        s.ref.name,
        [s.autoApproved ?? null, s.deniedTools ?? null, s.at?.deniedTools?.line ?? null],
      ]),
    );
  };
  // `false` for every tool of a server: none of them may be called, located at the map's entry.
  assert.deepEqual(of('  "tools": { "jira_*": false, "k8s_ops_delete_pod": false }'), {
    jira: [null, ['*'], 6],
    'k8s.ops': [['*'], ['delete_pod'], 6],
  });
  // `permission` wins over the map for a key both write; its other rules come after the map's.
  assert.deepEqual(of('  "tools": { "jira_*": false },\n  "permission": { "jira_*": "allow" }'), {
    jira: [['*'], null, null],
    'k8s.ops': [['*'], null, null],
  });
  assert.deepEqual(of('  "tools": { "jira_*": true },\n  "permission": { "*": "ask" }'), {
    jira: [null, null, null],
    'k8s.ops': [null, null, null],
  });
  // An agent's own map, after the top level's rules: what it enables is one `--agent` away.
  assert.deepEqual(of('  "permission": "ask",\n  "agent": { "ops": { "tools": { "jira_*": true } } }'), {
    jira: [['*'], null, null],
    'k8s.ops': [null, null, null],
  });
  // A value that is not a boolean is one problem at its line.
  const bad = readManifestText(config('  "tools": { "jira_*": "no" }'), 'agent/opencode.json');
  assert.deepEqual(
    readSurface([bad]).problems.map((p) => p.position.line),
    [6],
  );
});

test("OpenCode Markdown agents (.opencode/agent/*.md): the front matter's permission and tools are an agent of its own, at their lines; disable: true, or another folder's, counts for nothing", () => {
  const config =
    '{\n  "permission": "ask",\n  "mcp": {\n    "jira": { "type": "remote", "url": "https://jira.example.com/mcp" },\n    "k8s.ops": { "type": "local", "command": ["npx", "-y", "mcp-server-kubernetes"] }\n  }\n}\n';
  const agent = (extra = '') =>
    `---\ndescription: Operations: runs kubectl for the on-call\nmode: subagent\n${extra}tools:\n  jira_*: false\npermission:\n  k8s_ops_*: allow\n---\nYou are the ops agent.\npermission: a line of the prompt, not of the configuration\n`;
  const of = (files: Record<string, string>) => {
    const read = Object.entries(files).map(([p, t]) => readManifestText(t, p));
    assert.deepEqual(
      read.flatMap((m) => m.problems),
      [],
    );
    return surface(files).mcpServers.map((s) => [
      s.ref.name,
      s.autoApproved ?? null,
      s.at?.autoApproved ? `${s.at.autoApproved.file}:${s.at.autoApproved.line}` : null,
      s.deniedTools ?? null,
    ]);
  };
  // The agent is one `--agent` away: what it allows runs without asking; what it denies, the others still ask for.
  assert.deepEqual(of({ 'agent/opencode.json': config, 'agent/.opencode/agent/ops.md': agent() }), [
    ['jira', null, null, null],
    ['k8s.ops', ['*'], 'agent/.opencode/agent/ops.md:7', null],
  ]);
  assert.deepEqual(
    of({ 'agent/.config/opencode/opencode.json': config, 'agent/.config/opencode/agents/team/ops.md': agent() }),
    [
      ['jira', null, null, null],
      ['k8s.ops', ['*'], 'agent/.config/opencode/agents/team/ops.md:7', null],
    ],
  );
  assert.deepEqual(of({ 'agent/opencode.json': config, 'agent/.opencode/agent/ops.md': agent('disable: true\n') }), [
    ['jira', null, null, null],
    ['k8s.ops', null, null, null],
  ]);
  assert.deepEqual(of({ 'agent/opencode.json': config, 'agent/other/.opencode/agent/ops.md': agent() }), [
    ['jira', null, null, null],
    ['k8s.ops', null, null, null],
  ]);
});

test('Zed user settings: agent.tool_permissions.default allow (or always_allow_tool_actions) approves every tool of its context_servers, deny denies them; a project .zed/settings.json has no agent settings', () => {
  const zed = (agent: string) =>
    `{\n  "agent": ${agent},\n  "context_servers": {\n    "pg": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres"] }\n  }\n}\n`;
  const of = (file: string, agent: string) =>
    surface({ [file]: zed(agent) }).mcpServers.map((s) => [s.autoApproved ?? null, s.deniedTools ?? null]);
  const user = 'agent/.config/zed/settings.json';
  assert.deepEqual(of(user, '{ "tool_permissions": { "default": "allow" } }'), [[['*'], null]]);
  assert.deepEqual(of(user, '{ "always_allow_tool_actions": true }'), [[['*'], null]]);
  assert.deepEqual(of(user, '{ "always_allow_tool_actions": true, "tool_permissions": { "default": "confirm" } }'), [
    [null, null],
  ]);
  assert.deepEqual(of(user, '{ "tool_permissions": { "default": "deny" } }'), [[null, ['*']]]);
  assert.deepEqual(of('agent/.zed/settings.json', '{ "tool_permissions": { "default": "allow" } }'), [[null, null]]);
});

test('Zed user settings: a tool\'s own mode, tool_permissions.tools["mcp:<server>:<tool>"].default, overrides the global default for that tool', () => {
  const zed = (permissions: string) =>
    `{\n  "agent": {\n    "tool_permissions": ${permissions}\n  },\n  "context_servers": {\n    "pg": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres"] }\n  }\n}\n`;
  const of = (file: string, permissions: string) =>
    surface({ [file]: zed(permissions) }).mcpServers.map((s) => ({
      approved: s.autoApproved ?? null,
      except: s.autoApprovedExcept ?? null,
      denied: s.deniedTools ?? null,
      allowed: s.allowedTools ?? null,
      at: s.at?.autoApproved?.line ?? null,
    }));
  const user = 'agent/.config/zed/settings.json';
  const none = { approved: null, except: null, denied: null, allowed: null, at: null };
  assert.deepEqual(
    of(
      user,
      '{\n      "default": "confirm",\n      "tools": {\n        "mcp:pg:query": { "default": "allow" },\n        "mcp:pg:drop_table": { "default": "deny" },\n        "mcp:other:query": { "default": "allow" },\n        "terminal": { "default": "allow" }\n      }\n    }',
    ),
    [{ ...none, approved: ['query'], denied: ['drop_table'], at: 6 }],
  );
  assert.deepEqual(of(user, '{ "default": "allow", "tools": { "mcp:pg:drop_table": { "default": "confirm" } } }'), [
    { ...none, approved: ['*'], except: ['drop_table'], at: 3 },
  ]);
  // Everything denied but a tool allowed on its own: that tool is the only one the agent may call.
  assert.deepEqual(of(user, '{ "default": "deny", "tools": { "mcp:pg:query": { "default": "allow" } } }'), [
    { ...none, approved: ['query'], allowed: ['query'], at: 3 },
  ]);
  // `default_mode` is the older name of a tool's `default`; with no global default, the rest still asks.
  assert.deepEqual(of(user, '{ "tools": { "mcp:pg:query": { "default_mode": "allow" } } }'), [
    { ...none, approved: ['query'], at: 3 },
  ]);
  assert.deepEqual(of('agent/.zed/settings.json', '{ "tools": { "mcp:pg:query": { "default": "allow" } } }'), [none]);
});

test('Goose: GOOSE_MODE auto, or none, approves every tool of every extension; approve and smart_approve approve none; chat denies them', () => {
  const goose = (mode: string) =>
    `${mode}extensions:\n  github:\n    type: stdio\n    cmd: npx\n    args: ["-y", "@modelcontextprotocol/server-github"]\n    enabled: true\n`;
  const of = (mode: string) =>
    surface({ 'agent/.goose/config.yaml': goose(mode) }).mcpServers.map((s) => [
      s.autoApproved ?? null,
      s.deniedTools ?? null,
      s.at?.autoApproved?.line ?? null,
    ]);
  assert.deepEqual(of(''), [[['*'], null, 2]], 'unset is auto: located at the extension');
  assert.deepEqual(of('GOOSE_MODE: auto\n'), [[['*'], null, 1]]);
  assert.deepEqual(of('GOOSE_MODE: yolo\n'), [[['*'], null, 1]]);
  assert.deepEqual(of('GOOSE_MODE: approve\n'), [[null, null, null]]);
  assert.deepEqual(of('GOOSE_MODE: smart_approve\n'), [[null, null, null]]);
  assert.deepEqual(of('GOOSE_MODE: chat\n'), [[null, ['*'], null]]);
});

test('Goose permission.yaml beside config.yaml: in approve and smart_approve, user always_allow approves <extension>__<tool>, never_allow denies it (and wins); auto and chat ignore it', () => {
  const config = (mode: string) =>
    `GOOSE_MODE: ${mode}\nextensions:\n  gh:\n    name: GitHub Tools\n    type: stdio\n    cmd: npx\n    args: ["-y", "@modelcontextprotocol/server-github"]\n    enabled: true\n`;
  const permission =
    'user:\n  always_allow:\n  - githubtools__get_issue\n  - githubtools__list_prs\n  - developer__shell\n  ask_before:\n  - githubtools__create_issue\n  never_allow:\n  - githubtools__delete_repo\n  - githubtools__list_prs\nsmart_approve:\n  always_allow: []\n  ask_before:\n  - githubtools__merge_pr\n  never_allow: []\n';
  const of = (mode: string, folder = 'agent/.config/goose') =>
    surface({
      'agent/.config/goose/config.yaml': config(mode),
      [`${folder}/permission.yaml`]: permission,
    }).mcpServers.map((s) => [s.autoApproved ?? null, s.at?.autoApproved?.line ?? null, s.deniedTools ?? null]);
  // The extension's tool prefix is its name as Goose keys it: whitespace dropped, lower-cased.
  assert.deepEqual(of('approve'), [[['get_issue'], 3, ['delete_repo', 'list_prs']]]);
  assert.deepEqual(of('smart_approve'), [[['get_issue'], 3, ['delete_repo', 'list_prs']]]);
  assert.deepEqual(of('guarded'), [[['get_issue'], 3, ['delete_repo', 'list_prs']]]);
  assert.deepEqual(of('auto'), [[['*'], 1, null]]);
  assert.deepEqual(of('chat'), [[null, null, ['*']]]);
  // A permission.yaml of another folder decides nothing for this config.
  assert.deepEqual(of('approve', 'agent/other/goose'), [[null, null, null]]);
  // A list of the wrong type is one problem at its line.
  const bad = readManifestText(
    'user:\n  always_allow: githubtools__get_issue\n',
    'agent/.config/goose/permission.yaml',
  );
  const problems = readSurface([bad]).problems;
  assert.deepEqual(
    problems.map((p) => p.position.line),
    [2],
    JSON.stringify(problems),
  );
});

test('Kiro CLI agent (.kiro/agents/*.json): allowedTools and tools are read as for an Amazon Q CLI agent', () => {
  const agent = JSON.stringify({
    mcpServers: {
      k8s: { command: 'npx', args: ['-y', 'mcp-server-kubernetes'] },
      docs: { url: 'https://d.example/mcp' },
    },
    tools: ['read', '@k8s'],
    allowedTools: ['@k8s/list_*'],
  });
  const servers = surface({ 'agent/.kiro/agents/ops.json': agent }).mcpServers;
  assert.deepEqual(
    servers.map((s) => [s.ref.name, s.autoApproved ?? null, s.allowedTools ?? null]),
    [
      ['k8s', ['list_*'], null],
      ['docs', null, []],
    ],
  );
});
