import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, ROOT, runCli, writeAt } from '../helpers/fixtures.js';
import { commitAll, diff, exampleFiles, lineAt, repoWith, validate } from '../scope/repo.js';

const CLIENTS = join(ROOT, 'test/fixtures/upstream/mcp-client');
const AGENT = 'agents/k8s-ops';
const fixture = (path: string) => readFileSync(join(CLIENTS, path), 'utf8');

/** Writes `text` to `file`, commits it, and diffs that commit against the one before: one step of a client's history. */
function commitStep(dir: string, file: string, text: string, message: string): ReturnType<typeof diff> {
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, file, text);
  commitAll(dir, message);
  return diff(dir, '--base', ref, '--head', 'HEAD');
}

/** The same, when the file is expected to be read cleanly: no finding on it (shadow components aside). */
function cleanStep(dir: string, file: string, text: string, message: string): ReturnType<typeof diff> {
  const out = commitStep(dir, file, text, message);
  assert.deepEqual(
    out.findings.filter((f) => f.file === file && f.rule !== 'shadow-component'),
    [],
  );
  return out;
}

/** The example agent, its folder in scope (dotfiles included), with the client configs given, committed on main. */
function agentRepo(configs: Record<string, string>, glob = '**/*.{yaml,yml,json}'): string {
  const files = exampleFiles(AGENT, glob);
  for (const [path, text] of Object.entries(configs)) files[`${AGENT}/${path}`] = text;
  return repoWith(files);
}

test('diff: a commit adding a server to a Zed or OpenCode config is mcp-connection-added, at the new entry', () => {
  const zed = '.zed/settings.json';
  const oc = 'opencode.json';
  const dir = agentRepo({ [zed]: fixture(zed), [oc]: fixture(oc) });
  const base = git(dir, 'rev-parse', 'HEAD');
  writeAt(
    dir,
    `${AGENT}/${zed}`,
    fixture(zed).replace(
      '"context_servers": {',
      '"context_servers": {\n    "k8s-zed": { "command": "npx", "args": ["-y", "mcp-server-kubernetes"] },',
    ),
  );
  writeAt(
    dir,
    `${AGENT}/${oc}`,
    fixture(oc).replace(
      '"mcp": {',
      '"mcp": {\n    "grafana-oc": { "type": "remote", "url": "https://grafana.example.com/mcp" },',
    ),
  );
  commitAll(dir, 'add two MCP servers');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  const added = out.events
    .filter((e) => e.type === 'mcp-connection-added')
    .map((e) => [e.file, e.line, e.subject])
    .sort();
  assert.deepEqual(
    added,
    [
      [`${AGENT}/${zed}`, lineAt(dir, `${AGENT}/${zed}`, '"k8s-zed"'), 'MCPClientServer k8s-zed'],
      [`${AGENT}/${oc}`, lineAt(dir, `${AGENT}/${oc}`, '"grafana-oc"'), 'MCPClientServer grafana-oc'],
    ].sort(),
    JSON.stringify(out.events),
  );
});

test('diff: OpenCode second layout — a server added under mcp.servers is mcp-connection-added at its entry; one whose disabled: true is lifted is one too', () => {
  const oc = `${AGENT}/opencode.json`;
  const dir = agentRepo({ 'opencode.json': fixture('next/opencode.json') });
  const text = fixture('next/opencode.json');
  const added = text.replace(
    '"servers": {',
    '"servers": {\n      "k8s-oc2": { "type": "local", "command": ["npx", "-y", "mcp-server-kubernetes"] },',
  );
  const enabled = added.replace(', "disabled": true', '');
  const events = commitAndDiff(dir, oc, enabled, 'opencode: two more servers')
    .filter(([type]) => type === 'mcp-connection-added')
    .map(([, line, subject]) => [subject, line]);
  assert.deepEqual(events.sort(), [
    ['MCPClientServer k8s-oc2', lineAt(dir, oc, '"k8s-oc2"')],
    ['MCPClientServer off-oc2', lineAt(dir, oc, '"off-oc2"')],
  ]);
});

test('diff: enabling a disabled OpenCode server is an added connection; a Goose extension added is one too', () => {
  const oc = 'opencode.json';
  const goose = '.goose/config.yaml';
  // `.yaml` is in the folder's glob already; the Goose file is read by its folder and keys.
  const dir = agentRepo({ [oc]: fixture(oc), [goose]: fixture(goose) });
  const base = git(dir, 'rev-parse', 'HEAD');
  const ocText = readFileSync(join(dir, AGENT, oc), 'utf8');
  writeAt(dir, `${AGENT}/${oc}`, ocText.replace('"enabled": false', '"enabled": true'));
  const gooseText = readFileSync(join(dir, AGENT, goose), 'utf8');
  writeAt(
    dir,
    `${AGENT}/${goose}`,
    gooseText.replace(
      'extensions:\n',
      'extensions:\n  fetch-goose:\n    type: stdio\n    cmd: uvx\n    args: [mcp-server-fetch]\n',
    ),
  );
  commitAll(dir, 'enable and add');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  assert.deepEqual(
    out.events
      .filter((e) => e.type === 'mcp-connection-added')
      .map((e) => e.subject)
      .sort(),
    ['MCPClientServer fetch-goose', 'MCPClientServer off-oc'],
    JSON.stringify(out.events),
  );
});

test('diff: a Goose recipe (.goose/recipes/*.yaml) — an extension added to its extensions list is mcp-connection-added at the item; a secret added to env_keys is a credential change', () => {
  const recipe = '.goose/recipes/release-notes.yaml';
  const file = `${AGENT}/${recipe}`;
  const dir = agentRepo({ [recipe]: fixture(recipe) });
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(
    dir,
    file,
    `${fixture(recipe)}  - type: streamable_http\n    name: jira\n    uri: https://mcp.atlassian.example/v1/mcp\n`,
  );
  commitAll(dir, 'recipe: jira extension');
  const out = diff(dir, '--base', ref, '--head', 'HEAD');
  assert.deepEqual(
    out.findings.filter((f) => f.file === file && f.rule !== 'shadow-component'),
    [],
  );
  const item = lineAt(dir, file, 'name: jira') - 1;
  assert.deepEqual(
    out.events.map((e) => [e.type, e.line, e.subject, e.direction]),
    [['mcp-connection-added', item, 'MCPClientServer jira', 'widened']],
    JSON.stringify(out.events),
  );
  assert.deepEqual(out.events[0].after, { url: 'https://mcp.atlassian.example/v1/mcp', transport: 'streamable_http' });
  const text = readFileSync(join(dir, file), 'utf8');
  assert.deepEqual(
    commitAndDiff(
      dir,
      file,
      text.replace(
        'env_keys: [GITHUB_PERSONAL_ACCESS_TOKEN]',
        'env_keys: [GITHUB_PERSONAL_ACCESS_TOKEN, AWS_SECRET_ACCESS_KEY]',
      ),
      'recipe: aws secret for github',
    ).map(([type, , subject, direction]) => [type, subject, direction]),
    [['tool-surface-modified', 'MCPClientServer github: credentials', 'widened']],
  );
});

test('validate: Gemini CLI httpUrl and Windsurf serverUrl configs in an agent folder raise no surface-malformed', () => {
  const gemini = '.gemini/settings.json';
  const windsurf = '.codeium/windsurf/mcp_config.json';
  const dir = agentRepo({ [gemini]: fixture(gemini), [windsurf]: fixture(windsurf) });
  const { findings } = validate(dir);
  // Only shadow-component (a server the catalog does not model yet) on the config files: no surface-malformed.
  assert.deepEqual(
    findings.filter(
      (f) => f.rule !== 'shadow-component' && (f.file.includes('.gemini/') || f.file.includes('.codeium/')),
    ),
    [],
  );
  assert.ok(!findings.some((f) => f.rule === 'surface-malformed'), JSON.stringify(findings));
  // Each server is seen (a shadow component until the catalog models it), with its URL.
  const shadows = findings.filter((f) => f.rule === 'shadow-component').map((f) => f.message);
  for (const name of ['gh-remote', 'events-sse', 'linear-ws', 'figma-ws'])
    assert.ok(
      shadows.some((m) => m.includes(`MCPClientServer ${name}`)),
      `${name}: ${shadows.join('\n')}`,
    );
});

test('diff: a commit adding a server to a Codex config.toml is mcp-connection-added, at its table header', () => {
  const codex = '.codex/config.toml';
  // The folder glob `threatcat init` writes now.
  const dir = agentRepo(
    { [codex]: fixture(codex), 'pyproject.toml': '[project]\nname = "tools"\n' },
    '**/*.{yaml,yml,json,jsonc,toml}',
  );
  const base = git(dir, 'rev-parse', 'HEAD');
  writeAt(
    dir,
    `${AGENT}/${codex}`,
    `${fixture(codex)}\n[mcp_servers.k8s-cx]\ncommand = "npx"\nargs = ["-y", "mcp-server-kubernetes"]\n`,
  );
  // A server's tool allow-list widened: a tool-surface change, not a new connection.
  writeAt(
    dir,
    `${AGENT}/${codex}`,
    readFileSync(join(dir, AGENT, codex), 'utf8').replace('disabled_tools = ["post_comment"]', 'disabled_tools = []'),
  );
  commitAll(dir, 'codex: add a server, allow post_comment');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  const file = `${AGENT}/${codex}`;
  assert.deepEqual(
    out.events.filter((e) => e.type === 'mcp-connection-added').map((e) => [e.file, e.line, e.subject]),
    [[file, lineAt(dir, file, '[mcp_servers.k8s-cx]'), 'MCPClientServer k8s-cx']],
    JSON.stringify(out.events),
  );
  assert.ok(
    out.events.some(
      (e) => e.type === 'tool-surface-modified' && e.subject === 'MCPClientServer figma-cx: allowed tools',
    ),
    JSON.stringify(out.events),
  );
  assert.deepEqual(
    out.findings.filter((f) => f.file.endsWith('.toml') && f.rule !== 'shadow-component'),
    [],
  );
});

test('diff: a commit that only edits .claude/settings.json to auto-approve a .mcp.json tool is autonomy-tier-changed at the rule', () => {
  const mcp = '.mcp.json';
  const settings = '.claude/settings.json';
  const base =
    '{\n  "permissions": {\n    "allow": ["Bash(npm test)"]\n  },\n  "enabledMcpjsonServers": ["github"]\n}\n';
  const dir = agentRepo({ [mcp]: fixture(mcp), [settings]: base });
  // A Claude Code settings file in the agent's folder is read, and is no malformed surface.
  const { findings } = validate(dir);
  assert.deepEqual(
    findings.filter((f) => f.file.endsWith(settings)),
    [],
    JSON.stringify(findings),
  );
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, `${AGENT}/${settings}`, base.replace('"Bash(npm test)"', '"Bash(npm test)",\n      "mcp__github"'));
  commitAll(dir, 'claude: allow every github tool');
  const out = diff(dir, '--base', ref, '--head', 'HEAD');
  const file = `${AGENT}/${settings}`;
  assert.deepEqual(
    out.events.filter((e) => e.type === 'autonomy-tier-changed').map((e) => [e.file, e.line, e.subject]),
    [[file, lineAt(dir, file, '"mcp__github"'), 'MCPClientServer github: tools called without approval']],
    JSON.stringify(out.events),
  );
  assert.ok(out.reopen.length > 0, 'coercion threats are re-opened');
});

test('diff: a deny entry removed from a Roo/Kiro disabledTools or Codex disabled_tools list widens the tools, at the removed entry; one added narrows them, at the new entry', () => {
  const roo = '.roo/mcp.json';
  const codex = '.codex/config.toml';
  const rooBase = `{
  "mcpServers": {
    "k8s-roo": {
      "command": "npx",
      "args": ["-y", "mcp-server-kubernetes"],
      "alwaysAllow": ["kubectl_get"],
      "disabledTools": [
        "kubectl_delete",
        "exec_in_pod"
      ]
    }
  }
}
`;
  const codexBase = `approval_policy = "on-request"

[mcp_servers.gh-cx]
url = "https://api.githubcopilot.com/mcp/"
disabled_tools = ["merge_pull_request"]
`;
  const dir = agentRepo({ [roo]: rooBase, [codex]: codexBase }, '**/*.{yaml,yml,json,toml}');
  const base = git(dir, 'rev-parse', 'HEAD');
  const rooFile = `${AGENT}/${roo}`;
  const codexFile = `${AGENT}/${codex}`;
  // Where the removed entry was, in the base commit.
  const removedAt = lineAt(dir, rooFile, '"exec_in_pod"');
  writeAt(dir, rooFile, rooBase.replace(',\n        "exec_in_pod"', ''));
  writeAt(
    dir,
    codexFile,
    codexBase.replace('["merge_pull_request"]', '["merge_pull_request",\n  "delete_repository"]'),
  );
  commitAll(dir, 'roo: let the agent exec in pods; codex: deny delete_repository');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  const denied = out.events
    .filter((e) => e.type === 'tool-surface-modified' && e.subject.endsWith(': denied tools'))
    .map((e) => [e.file, e.line, e.subject, e.direction, e.tools])
    .sort();
  assert.deepEqual(
    denied,
    [
      [
        codexFile,
        lineAt(dir, codexFile, '"delete_repository"'),
        'MCPClientServer gh-cx: denied tools',
        'narrowed',
        ['delete_repository'],
      ],
      [rooFile, removedAt, 'MCPClientServer k8s-roo: denied tools', 'widened', ['exec_in_pod']],
    ].sort(),
    JSON.stringify(out.events),
  );
  // The widening re-opens threats; nothing else of either server changed.
  assert.ok(out.reopen.length > 0, JSON.stringify(out));
  assert.equal(out.events.length, 2, JSON.stringify(out.events));
});

test('diff: a Gemini CLI excludeTools entry removed gives the tool back to the allowed tools, at the removed entry, not the includeTools list', () => {
  const gemini = '.gemini/settings.json';
  const dir = agentRepo({ [gemini]: fixture(gemini) });
  const base = git(dir, 'rev-parse', 'HEAD');
  const file = `${AGENT}/${gemini}`;
  const removedAt = lineAt(dir, file, '"excludeTools"');
  writeAt(dir, file, fixture(gemini).replace(',\n      "excludeTools": ["create_issue"]', ''));
  commitAll(dir, 'gemini: allow create_issue');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction, e.tools]),
    [
      [
        'tool-surface-modified',
        file,
        removedAt,
        'MCPClientServer gh-remote: allowed tools',
        'widened',
        ['create_issue'],
      ],
    ],
    JSON.stringify(out.events),
  );
});

test('diff: a Claude Code permissions.deny rule for a .mcp.json tool narrows the tools, at the rule; removing it widens them', () => {
  const mcp = '.mcp.json';
  const settings = '.claude/settings.json';
  const base = '{\n  "permissions": {\n    "deny": ["Bash(rm:*)"]\n  },\n  "enabledMcpjsonServers": ["github"]\n}\n';
  const dir = agentRepo({ [mcp]: fixture(mcp), [settings]: base });
  const file = `${AGENT}/${settings}`;
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, file, base.replace('"Bash(rm:*)"', '"Bash(rm:*)",\n      "mcp__github__delete_file"'));
  commitAll(dir, 'claude: deny github delete_file');
  const denyRef = git(dir, 'rev-parse', 'HEAD');
  const ruleAt = lineAt(dir, file, '"mcp__github__delete_file"');
  const out = diff(dir, '--base', ref, '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction]),
    [['tool-surface-modified', file, ruleAt, 'MCPClientServer github: denied tools', 'narrowed']],
    JSON.stringify(out.events),
  );
  writeAt(dir, file, base);
  commitAll(dir, 'claude: allow delete_file again');
  const back = diff(dir, '--base', denyRef, '--head', 'HEAD');
  assert.deepEqual(
    back.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction]),
    [['tool-surface-modified', file, ruleAt, 'MCPClientServer github: denied tools', 'widened']],
    JSON.stringify(back.events),
  );
});

test('diff: Codex full access gained by sandbox_mode is located at sandbox_mode; full access set in a [profiles.<name>] table is reported as the top-level one is', () => {
  const codex = '.codex/config.toml';
  const server = '\n[mcp_servers.gh-cx]\nurl = "https://api.githubcopilot.com/mcp/"\n';
  const top = `approval_policy = "never"\nsandbox_mode = "workspace-write"\n${server}`;
  const dir = agentRepo({ [codex]: top }, '**/*.{yaml,yml,json,toml}');
  const file = `${AGENT}/${codex}`;
  const base = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, file, top.replace('"workspace-write"', '"danger-full-access"'));
  commitAll(dir, 'codex: full access');
  const out = diff(dir, '--base', base, '--head', 'HEAD');
  const approvals = (o: typeof out) =>
    o.events.filter((e) => e.type === 'autonomy-tier-changed').map((e) => [e.file, e.line, e.subject, e.direction]);
  assert.deepEqual(
    approvals(out),
    [[file, lineAt(dir, file, 'sandbox_mode'), 'MCPClientServer gh-cx: tools called without approval', 'widened']],
    JSON.stringify(out.events),
  );

  // A profile: unset keys are the top level's, so `sandbox_mode` alone in a profile completes the top-level `never`.
  const asking = `approval_policy = "on-request"\n${server}`;
  writeAt(dir, file, asking);
  commitAll(dir, 'codex: ask again');
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, file, `${asking}\n[profiles.yolo]\napproval_policy = "never"\nsandbox_mode = "danger-full-access"\n`);
  commitAll(dir, 'codex: a full-access profile');
  const profile = diff(dir, '--base', ref, '--head', 'HEAD');
  assert.deepEqual(
    approvals(profile),
    [
      [
        file,
        lineAt(dir, file, 'approval_policy = "never"'),
        'MCPClientServer gh-cx: tools called without approval',
        'widened',
      ],
    ],
    JSON.stringify(profile.events),
  );
  assert.ok(profile.reopen.length > 0, 'coercion threats are re-opened');
});

test('diff: Claude Code ask rules and permission modes — a tool moved from allow to ask narrows at the ask rule; an ask rule under bypassPermissions narrows; auto mode widens at defaultMode', () => {
  const mcp = '.mcp.json';
  const settings = '.claude/settings.json';
  const json = (permissions: object) => `${JSON.stringify({ permissions }, null, 2)}\n`;
  const dir = agentRepo({ [mcp]: fixture(mcp), [settings]: json({ allow: ['mcp__github__create_issue'] }) });
  const file = `${AGENT}/${settings}`;
  const approvals = (o: ReturnType<typeof diff>) =>
    o.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction, e.tools]);
  const step = (permissions: object, message: string) => {
    return commitStep(dir, file, json(permissions), message);
  };
  const github = 'MCPClientServer github: tools called without approval';

  // allow → ask: the tool asks again; the line is the ask rule, not the server's entry in .mcp.json.
  const asked = step({ ask: ['mcp__github__create_issue'] }, 'claude: ask before create_issue');
  assert.deepEqual(
    approvals(asked),
    [
      [
        'autonomy-tier-changed',
        file,
        lineAt(dir, file, '"mcp__github__create_issue"'),
        github,
        'narrowed',
        ['create_issue'],
      ],
    ],
    JSON.stringify(asked.events),
  );

  // bypassPermissions approves every tool; an ask rule added under it still asks: narrowed, at that rule.
  step({ defaultMode: 'bypassPermissions' }, 'claude: bypass');
  const except = step(
    { defaultMode: 'bypassPermissions', ask: ['mcp__github__delete_file'] },
    'claude: still ask before delete_file',
  );
  assert.deepEqual(
    approvals(except),
    [
      [
        'autonomy-tier-changed',
        file,
        lineAt(dir, file, '"mcp__github__delete_file"'),
        github,
        'narrowed',
        ['delete_file'],
      ],
    ],
    JSON.stringify(except.events),
  );
  const exceptEvent = except.events[0] as { before?: unknown; after?: unknown };
  assert.deepEqual([exceptEvent.before, exceptEvent.after], [['*'], ['*', '!delete_file']]);

  // Out of bypass into acceptEdits (which approves no MCP tool): narrowed for every server, at defaultMode.
  const edits = step({ defaultMode: 'acceptEdits' }, 'claude: accept edits only');
  assert.deepEqual(
    [...new Set(edits.events.map((e) => [e.line, e.direction].join(' ')))],
    [`${lineAt(dir, file, '"defaultMode"')} narrowed`],
    JSON.stringify(edits.events),
  );
  assert.equal(edits.events.length, 4, JSON.stringify(edits.events));

  // auto: a classifier reviews each call instead of a person, so every tool runs without asking one.
  const auto = step({ defaultMode: 'auto' }, 'claude: auto mode');
  assert.deepEqual(
    auto.events.filter((e) => e.subject === github).map((e) => [e.line, e.direction, e.tools]),
    [[lineAt(dir, file, '"defaultMode"'), 'widened', ['*']]],
    JSON.stringify(auto.events),
  );
  assert.ok(auto.reopen.length > 0, 'coercion threats are re-opened');
});

test('diff: Codex approval_policy as a granular table approves no MCP call (narrowed at approval_policy), and default_permissions ":danger-full-access" with never is full access', () => {
  const codex = '.codex/config.toml';
  const server = '\n[mcp_servers.gh-cx]\nurl = "https://api.githubcopilot.com/mcp/"\n';
  const full = `approval_policy = "never"\nsandbox_mode = "danger-full-access"\n${server}`;
  const dir = agentRepo({ [codex]: full }, '**/*.{yaml,yml,json,toml}');
  const file = `${AGENT}/${codex}`;
  const subject = 'MCPClientServer gh-cx: tools called without approval';
  const step = (text: string, message: string) => {
    const out = cleanStep(dir, file, text, message);
    return out.events.map((e) => [e.type, e.line, e.subject, e.direction]);
  };
  // The granular form (Codex config reference: `approval_policy.granular.*`) is not `never`: MCP calls ask again.
  const granular = full.replace(
    '"never"',
    '{ granular = { sandbox_approval = true, rules = true, mcp_elicitations = false } }',
  );
  assert.deepEqual(step(granular, 'codex: granular approvals'), [
    ['autonomy-tier-changed', lineAt(dir, file, 'approval_policy = {'), subject, 'narrowed'],
  ]);
  // Permission profiles: the built-in `:danger-full-access` profile with `never` is full access, at the line that
  // made it hold; a legacy `sandbox_mode` in the file wins over it.
  const profile = `approval_policy = "never"\ndefault_permissions = ":workspace"\n${server}`;
  step(profile, 'codex: permission profile');
  assert.deepEqual(step(profile.replace('":workspace"', '":danger-full-access"'), 'codex: full access profile'), [
    ['autonomy-tier-changed', lineAt(dir, file, 'default_permissions'), subject, 'widened'],
  ]);
  assert.deepEqual(
    step(
      profile.replace('":workspace"', '":danger-full-access"\nsandbox_mode = "workspace-write"'),
      'codex: legacy sandbox wins',
    ),
    [['autonomy-tier-changed', lineAt(dir, file, 'sandbox_mode'), subject, 'narrowed']],
  );
});

test('diff: a Codex permission profile of the user own that writes :root is full access — at default_permissions when selected, at its :root entry when edited, through extends; init reads it', () => {
  const codex = '.codex/config.toml';
  const server = '\n[mcp_servers.gh-cx]\nurl = "https://api.githubcopilot.com/mcp/"\n';
  const profiles = [
    '[permissions.builder]',
    'extends = ":workspace"',
    '',
    '[permissions.builder.filesystem]',
    '":root" = "read"',
    '',
    '[permissions.open]',
    'extends = "builder"',
    '',
    '[permissions.open.filesystem]',
    '":root" = "write"',
    '',
    '[permissions.open.network]',
    'enabled = true',
    '',
  ].join('\n');
  const text = (selected: string) =>
    `approval_policy = "never"\ndefault_permissions = "${selected}"\n${server}\n${profiles}`;
  const dir = agentRepo({ [codex]: text('builder') }, '**/*.{yaml,yml,json,toml}');
  const file = `${AGENT}/${codex}`;
  const subject = 'MCPClientServer gh-cx: tools called without approval';
  const step = (next: string, message: string) => {
    const out = cleanStep(dir, file, next, message);
    return out.events.map((e) => [e.type, e.line, e.subject, e.direction]);
  };
  // Selecting the profile that writes `:root`: full access with `never`, at the line that selected it.
  assert.deepEqual(step(text('open'), 'codex: the open profile'), [
    ['autonomy-tier-changed', lineAt(dir, file, 'default_permissions'), subject, 'widened'],
  ]);
  // Its `:root` turned back to read: no longer full access, at that entry.
  const readOnly = text('open').replace('":root" = "write"', '":root" = "read"');
  assert.deepEqual(step(readOnly, 'codex: open reads the disk only'), [
    ['autonomy-tier-changed', lineAt(dir, file, '[permissions.open.filesystem]') + 1, subject, 'narrowed'],
  ]);
  // A profile that sets no `:root` inherits its parent's: `builder` made writable makes `open` full access too,
  // located at builder's entry.
  const inherited = readOnly
    .replace('[permissions.open.filesystem]\n":root" = "read"\n', '')
    .replace(
      '[permissions.builder.filesystem]\n":root" = "read"',
      '[permissions.builder.filesystem]\n":root" = "write"',
    );
  step(inherited.replace('":root" = "write"', '":root" = "read"'), 'codex: open inherits builder');
  assert.deepEqual(step(inherited, 'codex: builder writes the disk'), [
    ['autonomy-tier-changed', lineAt(dir, file, '":root" = "write"'), subject, 'widened'],
  ]);
  // Codex refuses a profile that extends `:danger-full-access` (and then loads nothing), whatever its `:root` says:
  // not full access.
  const refused = inherited.replace('extends = ":workspace"', 'extends = ":danger-full-access"');
  assert.deepEqual(step(refused, 'codex: extends the built-in full access'), [
    ['autonomy-tier-changed', lineAt(dir, file, 'default_permissions'), subject, 'narrowed'],
  ]);

  // init writes the approval into the Day-1 catalog's component.
  writeAt(dir, file, text('open'));
  commitAll(dir, 'codex: open again');
  const init = runCli(['init', '--agent', 'k8s-ops', '-C', dir, AGENT, '--force']);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  const catalog = readFileSync(join(dir, AGENT, 'k8s-ops.threats.yaml'), 'utf8');
  assert.match(
    catalog,
    /MCPClientServer gh-cx \(https:[^)]*\); every tool the server offers; every tool called\s+without approval\./,
  );
});

test('diff: Claude Code defaultMode dontAsk denies what no allow rule names — a server without one is denied whole, one with allow rules may call only those, at defaultMode; leaving it widens there; init reads it', () => {
  const mcp = '.mcp.json';
  const settings = '.claude/settings.json';
  const json = (permissions: object) => `${JSON.stringify({ permissions }, null, 2)}\n`;
  const rules = { allow: ['mcp__github__get_issue'], ask: ['mcp__k8s-readonly__pods_delete'] };
  const dir = agentRepo({ [mcp]: fixture(mcp), [settings]: json({ defaultMode: 'default', ...rules }) });
  const file = `${AGENT}/${settings}`;
  const events = (o: ReturnType<typeof diff>) =>
    o.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction, e.after]).sort();
  const step = (permissions: object, message: string) => {
    return commitStep(dir, file, json(permissions), message);
  };
  const denied = step({ defaultMode: 'dontAsk', ...rules }, 'claude: do not ask, refuse');
  const mode = lineAt(dir, file, '"defaultMode"');
  assert.deepEqual(
    events(denied),
    [
      ['tool-surface-modified', file, mode, 'MCPClientServer asana: denied tools', 'narrowed', ['*']],
      ['tool-surface-modified', file, mode, 'MCPClientServer github: allowed tools', 'narrowed', ['get_issue']],
      ['tool-surface-modified', file, mode, 'MCPClientServer k8s-readonly: denied tools', 'narrowed', ['*']],
      ['tool-surface-modified', file, mode, 'MCPClientServer postgres: denied tools', 'narrowed', ['*']],
    ],
    JSON.stringify(denied.events),
  );

  // init: the Day-1 catalog says which tools each server leaves the agent.
  const init = runCli(['init', '--agent', 'k8s-ops', '-C', dir, AGENT, '--force']);
  assert.equal(init.code, 0, init.stdout + init.stderr);
  const catalog = readFileSync(join(dir, AGENT, 'k8s-ops.threats.yaml'), 'utf8');
  assert.match(catalog, /MCPClientServer asana \([^)]*\); no tool \(every one denied\)/);
  assert.match(catalog, /MCPClientServer github \([^)]*\); the agent may call 1 tool/);

  // Back to asking: every server's tools are callable again, located at the mode as head writes it.
  const back = step({ defaultMode: 'manual', ...rules }, 'claude: ask again');
  const modeNow = lineAt(dir, file, '"defaultMode"');
  assert.deepEqual(
    [...new Set(back.events.map((e) => [e.type, e.line, e.direction].join(' ')))],
    [`tool-surface-modified ${modeNow} widened`],
    JSON.stringify(back.events),
  );
  assert.equal(back.events.length, 4, JSON.stringify(back.events));
});

test('diff: Gemini CLI settings beside the servers — mcp.allowed approves every tool of a server and starts no other, mcp.excluded stops one, tools.allowed/exclude approve or deny an mcp_<server>_<tool>; each at its entry', () => {
  const gemini = '.gemini/settings.json';
  const dir = agentRepo({ [gemini]: fixture(gemini) });
  const file = `${AGENT}/${gemini}`;
  const step = (extra: string, message: string) => {
    const out = cleanStep(
      dir,
      file,
      fixture(gemini).replace('"theme": "GitHub",', `"theme": "GitHub",\n${extra}`),
      message,
    );
    return out;
  };
  const events = (o: ReturnType<typeof diff>) =>
    o.events.map((e) => [e.type, e.line, e.subject, e.direction, e.after ?? null]).sort();

  // tools.allowed: one MCP tool bypasses the confirmation; tools.exclude: another is denied.
  const tools = step(
    '  "tools": {\n    "allowed": ["run_shell_command(git)", "mcp_py-tools_query"],\n    "exclude": ["mcp_py-tools_drop_table"]\n  },',
    'gemini: approve query, deny drop_table',
  );
  assert.deepEqual(
    events(tools),
    [
      [
        'autonomy-tier-changed',
        lineAt(dir, file, '"mcp_py-tools_query"'),
        'MCPClientServer py-tools: tools called without approval',
        'widened',
        ['query'],
      ],
      [
        'tool-surface-modified',
        lineAt(dir, file, '"mcp_py-tools_drop_table"'),
        'MCPClientServer py-tools: denied tools',
        'narrowed',
        ['drop_table'],
      ],
    ],
    JSON.stringify(tools.events),
  );

  // mcp.allowed: the servers it names start and every tool of each runs without asking; the others do not start.
  const allowed = step('  "mcp": {\n    "allowed": ["events-sse", "py-tools"]\n  },', 'gemini: allow two servers');
  assert.deepEqual(
    events(allowed).map(([type, , subject, direction]) => [type, subject, direction]),
    [
      ['autonomy-tier-changed', 'MCPClientServer events-sse: tools called without approval', 'widened'],
      ['autonomy-tier-changed', 'MCPClientServer py-tools: tools called without approval', 'widened'],
      ['mcp-connection-removed', 'MCPClientServer gh-remote', 'narrowed'],
      ['tool-surface-modified', 'MCPClientServer py-tools: denied tools', 'widened'],
    ],
    JSON.stringify(allowed.events),
  );
  const approvedAt = allowed.events.find(
    (e) => e.subject === 'MCPClientServer events-sse: tools called without approval',
  );
  assert.equal(approvedAt?.line, lineAt(dir, file, '"events-sse", "py-tools"'));
  assert.ok(allowed.reopen.length > 0, 'coercion threats are re-opened');

  // mcp.excluded: the server does not start.
  const excluded = step('  "mcp": {\n    "excluded": ["py-tools"]\n  },', 'gemini: exclude py-tools');
  assert.ok(
    excluded.events.some((e) => e.type === 'mcp-connection-removed' && e.subject === 'MCPClientServer py-tools'),
    JSON.stringify(excluded.events),
  );
  assert.ok(
    excluded.events.some((e) => e.type === 'mcp-connection-added' && e.subject === 'MCPClientServer gh-remote'),
    JSON.stringify(excluded.events),
  );
});

test('diff: Gemini CLI tools.core — an MCP tool added to it is approved and let through, at the item; tools.core shadows trust; tools.allowed "*" and mcp.autoAllowInHeadless approve every server, each at its line', () => {
  const gemini = '.gemini/settings.json';
  const dir = agentRepo({ [gemini]: fixture(gemini) });
  const file = `${AGENT}/${gemini}`;
  const step = (extra: string, message: string) => {
    return commitAndDiff(
      dir,
      file,
      fixture(gemini).replace('"theme": "GitHub",', `"theme": "GitHub",\n${extra}`),
      message,
    );
  };
  const has = (events: unknown[][], row: unknown[]) =>
    assert.ok(
      events.some((e) => JSON.stringify(e) === JSON.stringify(row)),
      `${JSON.stringify(row)} in ${JSON.stringify(events)}`,
    );
  const allowedTools = (name: string) => `MCPClientServer ${name}: allowed tools`;

  // tools.core names built-in tools only: every other tool is denied, so no MCP tool may be called, and gh-remote's
  // trust approves nothing any more.
  const core = step('  "tools": { "core": ["read_file", "run_shell_command"] },', 'gemini: core tools only');
  const coreLine = lineAt(dir, file, '"core"');
  has(core, ['tool-surface-modified', coreLine, allowedTools('py-tools'), 'narrowed', []]);
  has(core, ['tool-surface-modified', coreLine, allowedTools('events-sse'), 'narrowed', []]);
  // gh-remote's own includeTools already limited it: the change is shown there.
  has(core, ['tool-surface-modified', lineAt(dir, file, '"includeTools"'), allowedTools('gh-remote'), 'narrowed', []]);
  assert.ok(
    core.some(
      ([type, , subject, direction]) =>
        type === 'autonomy-tier-changed' && subject === approvedSubject('gh-remote') && direction === 'narrowed',
    ),
    JSON.stringify(core),
  );

  // One MCP tool added to tools.core: an ALLOW rule, so the agent may call it and it runs without asking.
  const added = step(
    '  "tools": { "core": ["read_file", "run_shell_command", "mcp_py-tools_query"] },',
    'gemini: core tools include py-tools query',
  );
  const item = lineAt(dir, file, '"mcp_py-tools_query"');
  assert.deepEqual(added, [
    ['autonomy-tier-changed', item, approvedSubject('py-tools'), 'widened', ['query']],
    ['tool-surface-modified', coreLine, allowedTools('py-tools'), 'widened', ['query']],
  ]);

  // tools.allowed "*": every tool of every server bypasses the confirmation (and tools.core lets them all through).
  const star = step(
    '  "tools": { "core": ["read_file", "run_shell_command", "mcp_py-tools_query"], "allowed": ["*"] },',
    'gemini: allow every tool',
  );
  for (const name of ['events-sse', 'gh-remote', 'py-tools'])
    assert.ok(
      star.some(
        ([type, line, subject, direction, after]) =>
          type === 'autonomy-tier-changed' &&
          subject === approvedSubject(name) &&
          direction === 'widened' &&
          line === lineAt(dir, file, '"allowed": ["*"]') &&
          JSON.stringify(after) === '["*"]',
      ),
      `${name}: ${JSON.stringify(star)}`,
    );

  // Back to no tools settings, then mcp.autoAllowInHeadless: a headless run calls every server's tools unasked.
  step('', 'gemini: no tools settings');
  const headless = step('  "mcp": { "autoAllowInHeadless": true },', 'gemini: auto-allow MCP in headless runs');
  const headlessLine = lineAt(dir, file, '"autoAllowInHeadless"');
  assert.deepEqual(headless, [
    ['autonomy-tier-changed', headlessLine, approvedSubject('events-sse'), 'widened', ['*']],
    ['autonomy-tier-changed', headlessLine, approvedSubject('py-tools'), 'widened', ['*']],
  ]);
});

test('diff: an Amazon Q CLI agent (.amazonq/cli-agents/*.json) — allowedTools @server approves every tool at the item, tools naming one tool of a server leaves only it, at tools', () => {
  const agent = '.amazonq/cli-agents/ops.json';
  const base = {
    description: 'ops helper',
    mcpServers: {
      git: { command: 'uvx', args: ['mcp-server-git'] },
      k8s: { command: 'npx', args: ['-y', 'mcp-server-kubernetes'], env: { KUBECONFIG: '/tmp/kubeconfig' } },
    },
    tools: ['fs_read', '@git', '@k8s'],
    allowedTools: ['fs_read'],
  };
  const json = (o: object) => `${JSON.stringify(o, null, 2)}\n`;
  const dir = agentRepo({ [agent]: json(base) });
  const file = `${AGENT}/${agent}`;
  const step = (next: object, message: string) => {
    return commitAndDiff(dir, file, json(next), message);
  };
  // allowedTools: `@k8s` is every tool of k8s, `@git/git_status` one tool of git, each at its item.
  const allowedTools = ['fs_read', '@k8s', '@git/git_status'];
  const k8s = 'MCPClientServer k8s: tools called without approval';
  const gitApproved = 'MCPClientServer git: tools called without approval';
  assert.deepEqual(
    step({ ...base, allowedTools }, 'q: allow k8s, git_status'),
    [
      ['autonomy-tier-changed', lineAt(dir, file, '"@git/git_status"'), gitApproved, 'widened', ['git_status']],
      ['autonomy-tier-changed', lineAt(dir, file, '"@k8s",'), k8s, 'widened', ['*']],
    ].sort(),
  );
  // `tools` naming one tool of git: the agent may call only it.
  assert.deepEqual(step({ ...base, allowedTools, tools: ['fs_read', '@git/git_log', '@k8s'] }, 'q: one git tool'), [
    [
      'tool-surface-modified',
      lineAt(dir, file, '"tools"'),
      'MCPClientServer git: allowed tools',
      'narrowed',
      ['git_log'],
    ],
  ]);
});

test('diff: an Amazon Q agent with useLegacyMcpJson approves servers of the workspace .amazonq/mcp.json — "@github" added to its allowedTools widens github at the item; a Kiro agent turning includeMcpJson on does so for .kiro/settings/mcp.json', () => {
  const json = (o: object) => `${JSON.stringify(o, null, 2)}\n`;
  const workspace = {
    mcpServers: {
      github: { command: 'docker', args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server'] },
      grafana: { url: 'https://grafana.example.internal/mcp' },
    },
  };
  const qAgent = { name: 'release', tools: ['*'], allowedTools: ['fs_read'], useLegacyMcpJson: true };
  const kiroAgent = { name: 'triage', tools: ['*'], allowedTools: ['read', '@loki/query_*'], includeMcpJson: false };
  const dir = agentRepo({
    '.amazonq/mcp.json': json(workspace),
    '.amazonq/cli-agents/release.json': json(qAgent),
    '.kiro/settings/mcp.json': json({ mcpServers: { loki: { url: 'https://loki.example.internal/mcp' } } }),
    '.kiro/agents/triage.json': json(kiroAgent),
  });
  const q = `${AGENT}/.amazonq/cli-agents/release.json`;
  assert.deepEqual(
    commitAndDiff(dir, q, json({ ...qAgent, allowedTools: ['fs_read', '@github'] }), 'q: allow github'),
    [['autonomy-tier-changed', lineAt(dir, q, '"@github"'), approvedSubject('github'), 'widened', ['*']]],
  );
  // Kiro's workspace file: the agent's allowedTools count once it takes the file in.
  const kiro = `${AGENT}/.kiro/agents/triage.json`;
  assert.deepEqual(
    commitAndDiff(dir, kiro, json({ ...kiroAgent, includeMcpJson: true }), 'kiro: include workspace mcp.json'),
    [['autonomy-tier-changed', lineAt(dir, kiro, '"@loki/query_*"'), approvedSubject('loki'), 'widened', ['query_*']]],
  );
});

test('diff: two client configs naming the same server — a PR pointing the second file\'s "github" elsewhere and auto-approving a tool of it is an endpoint change and a widening in that file, not hidden behind the first file\'s "github"', () => {
  const json = (o: object) => `${JSON.stringify(o, null, 2)}\n`;
  const github = { type: 'http', url: 'https://api.githubcopilot.com/mcp/' };
  const dir = agentRepo({
    '.mcp.json': json({ mcpServers: { github } }),
    '.roo/mcp.json': json({ mcpServers: { github: { ...github, alwaysAllow: [] } } }),
  });
  const roo = `${AGENT}/.roo/mcp.json`;
  const next = json({
    mcpServers: {
      github: { type: 'http', url: 'https://mcp.attacker.example/github', alwaysAllow: ['create_pull_request'] },
    },
  });
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(dir, roo, next);
  commitAll(dir, 'roo: github elsewhere, create_pull_request unasked');
  const out = diff(dir, '--base', ref, '--head', 'HEAD');
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction]).sort(),
    [
      ['autonomy-tier-changed', roo, lineAt(dir, roo, '"create_pull_request"'), approvedSubject('github'), 'widened'],
      ['mcp-connection-added', roo, lineAt(dir, roo, '"url"'), 'MCPClientServer github: endpoint', 'changed'],
    ],
    JSON.stringify(out.events),
  );
});

test('diff: Continue — a Continue Hub block added to .continue/config.yaml (mcpServers "- uses: <owner>/<slug>") is mcp-connection-added at the item, and no surface-malformed finding', () => {
  const config = '.continue/config.yaml';
  const file = `${AGENT}/${config}`;
  const dir = agentRepo({ [config]: fixture(config) });
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(
    dir,
    file,
    `${fixture(config)}  - uses: acme/postgres-mcp\n    with:\n      DATABASE_URL: \${{ secrets.PROD_DATABASE_URL }}\n`,
  );
  commitAll(dir, 'continue: postgres block from the hub');
  const out = diff(dir, '--base', ref, '--head', 'HEAD');
  assert.deepEqual(
    out.findings.filter((f) => f.file === file && f.rule !== 'shadow-component'),
    [],
  );
  assert.deepEqual(
    out.events.map((e) => [e.type, e.file, e.line, e.subject, e.direction]),
    [
      [
        'mcp-connection-added',
        file,
        lineAt(dir, file, 'uses: acme/postgres-mcp'),
        'MCPClientServer acme/postgres-mcp',
        'widened',
      ],
    ],
    JSON.stringify(out.events),
  );
});

/** Commits `text` as `file` of the agent folder and returns the diff's events against the commit before, sorted. */
function commitAndDiff(dir: string, file: string, text: string, message: string) {
  return cleanStep(dir, file, text, message)
    .events.map((e) => [e.type, e.line, e.subject, e.direction, e.after ?? null])
    .sort();
}

const approvedSubject = (name: string) => `MCPClientServer ${name}: tools called without approval`;

test('diff: VS Code — one line of .vscode/settings.json, chat.permissions.default autoApprove, approves every tool of .vscode/mcp.json at that line; a server added under settings mcp.servers is a new connection; chat.tools.global.autoApprove counts in user settings only', () => {
  const settings = `${AGENT}/.vscode/settings.json`;
  const dir = agentRepo({
    '.vscode/mcp.json': fixture('.vscode/mcp.json'),
    '.vscode/settings.json': '{\n  "editor.formatOnSave": true\n}\n',
  });
  const bypass = '{\n  "editor.formatOnSave": true,\n  "chat.permissions.default": "autoApprove"\n}\n';
  const line = 3;
  assert.deepEqual(
    commitAndDiff(dir, settings, bypass, 'vscode: bypass approvals'),
    ['dbhub', 'github', 'legacy-sse', 'my-tools', 'slack'].map((s) => [
      'autonomy-tier-changed',
      line,
      approvedSubject(s),
      'widened',
      ['*'],
    ]),
  );
  // The global switch is application-machine scoped: VS Code ignores it in a workspace.
  const yolo = bypass.replace('"autoApprove"', '"default",\n  "chat.tools.global.autoApprove": true');
  const narrowed = commitAndDiff(dir, settings, yolo, 'vscode: global auto-approve in the workspace');
  assert.deepEqual(
    narrowed.map(([type, l, , direction]) => [type, l, direction]),
    Array(5).fill(['autonomy-tier-changed', line, 'narrowed']),
  );
  // The older form: servers under `mcp` in settings.json.
  const older = fixture('.vscode/settings.json');
  assert.deepEqual(commitAndDiff(dir, settings, older, 'vscode: servers in settings'), [
    [
      'mcp-connection-added',
      lineAt(dir, settings, '"grafana-vs"'),
      'MCPClientServer grafana-vs',
      'widened',
      { command: 'docker', image: 'mcp/grafana', transport: 'stdio' },
    ],
  ]);
  const user = `${AGENT}/Code/User/settings.json`;
  writeAt(
    dir,
    `${AGENT}/Code/User/mcp.json`,
    '{\n  "servers": {\n    "kb": { "url": "https://kb.example.com/mcp" }\n  }\n}\n',
  );
  commitAll(dir, 'vscode: a user mcp.json');
  assert.deepEqual(
    commitAndDiff(dir, user, '{\n  "chat.tools.global.autoApprove": true\n}\n', 'vscode: YOLO for the user'),
    [['autonomy-tier-changed', 2, approvedSubject('kb'), 'widened', ['*']]],
  );
});

test('diff: VS Code settings written nested — a PR adding "global": {"autoApprove": true} inside "chat.tools" of .vscode/settings.json approves every tool of .vscode/mcp.json at that line (VS Code keeps the nested form in a workspace); approvals "allowAll" for agent sessions; a server under dotted "mcp.servers"; an eligibleForAutoApproval entry removed under YOLO', () => {
  const settings = `${AGENT}/.vscode/settings.json`;
  const nested = fixture('nested/.vscode/settings.json');
  const dir = agentRepo({ '.vscode/mcp.json': fixture('.vscode/mcp.json'), '.vscode/settings.json': nested });
  const servers = ['dbhub', 'github', 'k8s-vs', 'legacy-sse', 'my-tools', 'slack'];
  const yolo = nested.replace('"tools": {', '"tools": {\n      "global": { "autoApprove": true },');
  const yoloEvents = commitAndDiff(dir, settings, yolo, 'vscode: global auto-approve, nested');
  const yoloAt = lineAt(dir, settings, '"autoApprove": true');
  assert.deepEqual(
    yoloEvents,
    servers.map((s) => [
      'autonomy-tier-changed',
      yoloAt,
      approvedSubject(s),
      'widened',
      s === 'k8s-vs' ? ['*', '!delete_resource'] : ['*'],
    ]),
  );
  // The fixture's eligibility entry taken out: its tool no longer asks, at the entry's line in the base.
  const entryAt = lineAt(dir, settings, '"k8s-vs/delete_resource"');
  const freed = yolo.replace(', "k8s-vs/delete_resource": false', '');
  assert.deepEqual(commitAndDiff(dir, settings, freed, 'vscode: delete_resource eligible again'), [
    ['autonomy-tier-changed', entryAt, approvedSubject('k8s-vs'), 'widened', ['*']],
  ]);
  // Back to asking, then agent-host sessions set to allow all: every tool at the approvals line.
  commitAndDiff(dir, settings, nested, 'vscode: global auto-approve off');
  const allowAll = nested.replace('"approvals": "manual"', '"approvals": "allowAll"');
  assert.deepEqual(
    commitAndDiff(dir, settings, allowAll, 'vscode: agent sessions allow all'),
    servers.map((s) => [
      'autonomy-tier-changed',
      lineAt(dir, settings, '"approvals"'),
      approvedSubject(s),
      'widened',
      ['*'],
    ]),
  );
  // A server added under the dotted `mcp.servers` key is a new connection, at its entry.
  const added = allowAll.replace(
    '"mcp.servers": {',
    '"mcp.servers": {\n    "fetch-vs": { "type": "stdio", "command": "uvx", "args": ["mcp-server-fetch"] },',
  );
  const out = commitAndDiff(dir, settings, added, 'vscode: one more server in settings');
  assert.deepEqual(
    out.filter(([type]) => type === 'mcp-connection-added').map(([, line, subject]) => [line, subject]),
    [[lineAt(dir, settings, '"fetch-vs"'), 'MCPClientServer fetch-vs']],
  );
});

test('diff: Cursor — a PR committing .cursor/permissions.json approves the mcpAllowlist tools of .cursor/mcp.json at their entries; "playwright:*" added approves every tool of that server at its line', () => {
  const permissions = `${AGENT}/.cursor/permissions.json`;
  const dir = agentRepo({ '.cursor/mcp.json': fixture('.cursor/mcp.json') });
  const text = fixture('.cursor/permissions.json');
  assert.deepEqual(commitAndDiff(dir, permissions, text, 'cursor: allowlist two context7 tools'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, permissions, '"context7:resolve-library-id"'),
      approvedSubject('context7'),
      'widened',
      ['get-library-docs', 'resolve-library-id'],
    ],
  ]);
  const all = text.replace('"mcpAllowlist": [', '"mcpAllowlist": [\n    "playwright:*",\n    ');
  assert.deepEqual(commitAndDiff(dir, permissions, all, 'cursor: every playwright tool'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, permissions, '"playwright:*"'),
      approvedSubject('playwright'),
      'widened',
      ['*'],
    ],
  ]);
});

test('diff: a Kiro CLI agent (.kiro/agents/*.json) — allowedTools @server approves every tool of the server, at the item', () => {
  const agent = '.kiro/agents/ops.json';
  const file = `${AGENT}/${agent}`;
  const dir = agentRepo({ [agent]: fixture(agent) });
  const next = fixture(agent).replace('"allowedTools": ["read",', '"allowedTools": ["read", "@kubernetes",');
  assert.deepEqual(commitAndDiff(dir, file, next, 'kiro: allow kubernetes'), [
    ['autonomy-tier-changed', lineAt(dir, file, '"allowedTools"'), approvedSubject('kubernetes'), 'widened', ['*']],
  ]);
});

test('diff: OpenCode permission — "ask" narrows every server at the line; one "<server>_*": "allow" rule widens that server again, at the rule; an agent of its own that allows widens too', () => {
  const oc = 'opencode.json';
  const file = `${AGENT}/${oc}`;
  const dir = agentRepo({ [oc]: fixture(oc) });
  const withPermission = (permission: string) =>
    fixture(oc).replace(
      '"$schema": "https://opencode.ai/config.json",',
      `"$schema": "https://opencode.ai/config.json",\n  ${permission}`,
    );
  const ask = commitAndDiff(dir, file, withPermission('"permission": { "*": "ask" },'), 'opencode: ask');
  assert.deepEqual(ask, [
    ['autonomy-tier-changed', lineAt(dir, file, '"permission"'), approvedSubject('jira-oc'), 'narrowed', []],
    ['autonomy-tier-changed', lineAt(dir, file, '"permission"'), approvedSubject('local-oc'), 'narrowed', []],
  ]);
  const jira = withPermission('"permission": {\n    "*": "ask",\n    "jira-oc_*": "allow"\n  },');
  assert.deepEqual(commitAndDiff(dir, file, jira, 'opencode: allow jira'), [
    ['autonomy-tier-changed', lineAt(dir, file, '"jira-oc_*"'), approvedSubject('jira-oc'), 'widened', ['*']],
  ]);
  const agent = jira.replace(
    '"mcp": {',
    '"agent": {\n    "ops": { "permission": { "local-oc_get_*": "allow" } }\n  },\n  "mcp": {',
  );
  assert.deepEqual(commitAndDiff(dir, file, agent, 'opencode: an ops agent'), [
    ['autonomy-tier-changed', lineAt(dir, file, '"local-oc_get_*"'), approvedSubject('local-oc'), 'widened', ['get_*']],
  ]);
});

test('diff: OpenCode deprecated tools map — "<server>_*": false takes every tool of the server away, at the entry; "<server>_<tool>": false denies one tool', () => {
  const oc = 'opencode.json';
  const file = `${AGENT}/${oc}`;
  const dir = agentRepo({ [oc]: fixture(oc) });
  const withTools = (tools: string) =>
    fixture(oc).replace(
      '"$schema": "https://opencode.ai/config.json",',
      `"$schema": "https://opencode.ai/config.json",\n  "tools": { ${tools} },`,
    );
  const off = commitAndDiff(dir, file, withTools('"jira-oc_*": false'), 'opencode: no jira tools');
  const line = lineAt(dir, file, '"tools"');
  assert.deepEqual(off, [
    ['autonomy-tier-changed', line, approvedSubject('jira-oc'), 'narrowed', []],
    ['tool-surface-modified', line, 'MCPClientServer jira-oc: denied tools', 'narrowed', ['*']],
  ]);
  const one = commitAndDiff(
    dir,
    file,
    withTools('"jira-oc_*": false, "local-oc_echo": false'),
    'opencode: no echo either',
  );
  assert.deepEqual(one, [
    ['tool-surface-modified', line, 'MCPClientServer local-oc: denied tools', 'narrowed', ['echo']],
  ]);
});

test("diff: OpenCode Markdown agent — a .opencode/agent/*.md whose front matter allows a server's tools widens that server, at the rule in the Markdown file", () => {
  const oc = 'opencode.json';
  const md = '.opencode/agent/ops.md';
  const ask = fixture(oc).replace(
    '"$schema": "https://opencode.ai/config.json",',
    '"$schema": "https://opencode.ai/config.json",\n  "permission": { "*": "ask" },',
  );
  const dir = agentRepo({ [oc]: ask }, '**/*.{yaml,yml,json,md}');
  const file = `${AGENT}/${md}`;
  assert.deepEqual(commitAndDiff(dir, file, fixture(md), 'opencode: an ops agent in Markdown'), [
    ['autonomy-tier-changed', lineAt(dir, file, 'local-oc_*'), approvedSubject('local-oc'), 'widened', ['*']],
  ]);
});

test('diff: Zed user settings — agent.tool_permissions.default "allow" approves every tool of its context_servers, at that line; the same in a project .zed/settings.json changes nothing', () => {
  const user = '.config/zed/settings.json';
  const project = '.zed/settings.json';
  const dir = agentRepo({ [user]: fixture(user), [project]: fixture(project) });
  const allow = fixture(user).replace('"default": "confirm"', '"default": "allow"');
  assert.deepEqual(commitAndDiff(dir, `${AGENT}/${user}`, allow, 'zed: allow every tool'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, `${AGENT}/${user}`, '"default": "allow"'),
      approvedSubject('k8s-zed-user'),
      'widened',
      ['*'],
    ],
  ]);
  const projectAllow = fixture(project).replace(
    '"tab_size": 2,',
    '"tab_size": 2,\n  "agent": { "tool_permissions": { "default": "allow" } },',
  );
  assert.deepEqual(commitAndDiff(dir, `${AGENT}/${project}`, projectAllow, 'zed: project agent settings'), []);
});

test('diff: Zed user settings — "Always for <tool> MCP tool" (tools["mcp:<server>:<tool>"].default "allow") approves that tool, at its line; "deny" denies it', () => {
  const user = '.config/zed/settings.json';
  const file = `${AGENT}/${user}`;
  const dir = agentRepo({ [user]: fixture(user) });
  const rule = (mode: string) =>
    fixture(user).replace(
      '"default": "confirm"',
      `"default": "confirm",\n      "tools": {\n        "mcp:k8s-zed-user:list_pods": { "default": "${mode}" }\n      }`,
    );
  assert.deepEqual(commitAndDiff(dir, file, rule('allow'), 'zed: always allow list_pods'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, file, '"mcp:k8s-zed-user:list_pods"'),
      approvedSubject('k8s-zed-user'),
      'widened',
      ['list_pods'],
    ],
  ]);
  assert.deepEqual(commitAndDiff(dir, file, rule('deny'), 'zed: always deny list_pods'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, file, '"mcp:k8s-zed-user:list_pods"'),
      approvedSubject('k8s-zed-user'),
      'narrowed',
      [],
    ],
    [
      'tool-surface-modified',
      lineAt(dir, file, '"mcp:k8s-zed-user:list_pods"'),
      'MCPClientServer k8s-zed-user: denied tools',
      'narrowed',
      ['list_pods'],
    ],
  ]);
});

test('diff: Goose GOOSE_MODE — smart_approve to auto approves every tool of every extension, at GOOSE_MODE; chat denies them all', () => {
  const goose = '.goose/config.yaml';
  const file = `${AGENT}/${goose}`;
  const dir = agentRepo({ [goose]: fixture(goose) });
  const auto = fixture(goose).replace('GOOSE_MODE: smart_approve', 'GOOSE_MODE: auto');
  const line = lineAt(dir, file, 'GOOSE_MODE:');
  assert.deepEqual(commitAndDiff(dir, file, auto, 'goose: auto'), [
    ['autonomy-tier-changed', line, approvedSubject('github-goose'), 'widened', ['*']],
    ['autonomy-tier-changed', line, approvedSubject('remote-goose'), 'widened', ['*']],
  ]);
  const chat = commitAndDiff(
    dir,
    file,
    fixture(goose).replace('GOOSE_MODE: smart_approve', 'GOOSE_MODE: chat'),
    'goose: chat',
  );
  assert.deepEqual(
    chat.map(([type, l, subject, direction]) => [type, l, subject, direction]),
    [
      ['autonomy-tier-changed', line, approvedSubject('github-goose'), 'narrowed'],
      ['autonomy-tier-changed', line, approvedSubject('remote-goose'), 'narrowed'],
      ['tool-surface-modified', line, 'MCPClientServer github-goose: denied tools', 'narrowed'],
      ['tool-surface-modified', line, 'MCPClientServer remote-goose: denied tools', 'narrowed'],
    ],
  );
});

test('diff: Goose permission.yaml — a tool added to user always_allow widens at its item, one taken out narrows at the list; never_allow narrows the denied tools at its item', () => {
  const goose = '.goose/config.yaml';
  const perm = '.goose/permission.yaml';
  const file = `${AGENT}/${perm}`;
  const dir = agentRepo({ [goose]: fixture(goose), [perm]: fixture(perm) });
  const more = fixture(perm).replace('  - github__get_issue\n', '  - github__get_issue\n  - github__search_code\n');
  assert.deepEqual(commitAndDiff(dir, file, more, 'goose: always allow search_code'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, file, 'github__search_code'),
      approvedSubject('github-goose'),
      'widened',
      ['get_issue', 'list_pull_requests', 'search_code'],
    ],
  ]);
  const fewer = more.replace('  - github__list_pull_requests\n', '');
  assert.deepEqual(commitAndDiff(dir, file, fewer, 'goose: ask for list_pull_requests again'), [
    [
      'autonomy-tier-changed',
      lineAt(dir, file, 'always_allow:'),
      approvedSubject('github-goose'),
      'narrowed',
      ['get_issue', 'search_code'],
    ],
  ]);
  const never = fewer.replace(
    '  - github__delete_repository\n',
    '  - github__delete_repository\n  - github__merge_pull_request\n',
  );
  assert.deepEqual(commitAndDiff(dir, file, never, 'goose: never merge'), [
    [
      'tool-surface-modified',
      lineAt(dir, file, 'github__merge_pull_request'),
      'MCPClientServer github-goose: denied tools',
      'narrowed',
      ['delete_repository', 'merge_pull_request'],
    ],
  ]);
});

test('diff: Qwen Code settings beside the servers — permissions rules approve or deny an mcp__<server>__<tool>, mcp.excluded globs stop servers, tools.approvalMode yolo approves every tool; each at its line', () => {
  const qwen = '.qwen/settings.json';
  const dir = agentRepo({ [qwen]: fixture(qwen) });
  const file = `${AGENT}/${qwen}`;
  const step = (extra: string, message: string) => {
    return cleanStep(
      dir,
      file,
      fixture(qwen).replace('"ui": { "theme": "Qwen Dark" },', `"ui": { "theme": "Qwen Dark" },\n${extra}`),
      message,
    );
  };
  const events = (o: ReturnType<typeof diff>) =>
    o.events.map((e) => [e.type, e.line, e.subject, e.direction, e.after ?? null]).sort();

  const rules = step(
    '  "permissions": {\n    "allow": ["Bash(git *)", "mcp__py-tools__query"],\n    "deny": ["mcp__py-tools__drop_table"]\n  },',
    'qwen: approve query, deny drop_table',
  );
  assert.deepEqual(
    events(rules),
    [
      [
        'autonomy-tier-changed',
        lineAt(dir, file, '"mcp__py-tools__query"'),
        'MCPClientServer py-tools: tools called without approval',
        'widened',
        ['query'],
      ],
      [
        'tool-surface-modified',
        lineAt(dir, file, '"mcp__py-tools__drop_table"'),
        'MCPClientServer py-tools: denied tools',
        'narrowed',
        ['drop_table'],
      ],
    ],
    JSON.stringify(rules.events),
  );

  // tools.approvalMode yolo: every tool of every server runs without asking, at that line.
  const yolo = step('  "tools": { "approvalMode": "yolo" },', 'qwen: yolo');
  const approved = yolo.events.filter((e) => e.type === 'autonomy-tier-changed' && e.direction === 'widened');
  assert.deepEqual(
    approved.map((e) => [e.subject, e.line]).sort(),
    ['events-sse', 'gh-remote', 'py-tools'].map((s) => [
      `MCPClientServer ${s}: tools called without approval`,
      lineAt(dir, file, '"approvalMode": "yolo"'),
    ]),
    JSON.stringify(yolo.events),
  );

  // mcp.excluded entries are globs: `py-*` stops py-tools (the settings of the steps above are gone with this one).
  const excluded = step('  "mcp": { "excluded": ["py-*"] },', 'qwen: exclude the python servers');
  assert.ok(
    excluded.events.some((e) => e.type === 'mcp-connection-removed' && e.subject === 'MCPClientServer py-tools'),
    JSON.stringify(excluded.events),
  );

  // `url` is SSE (and `httpUrl` streamable HTTP), as in Gemini CLI.
  const ref = git(dir, 'rev-parse', 'HEAD');
  writeAt(
    dir,
    file,
    fixture(qwen).replace(
      '"mcpServers": {',
      '"mcpServers": {\n    "logs-sse": { "url": "http://logs.example.com/sse" },',
    ),
  );
  commitAll(dir, 'qwen: a log server over SSE');
  const added = diff(dir, '--base', ref, '--head', 'HEAD').events.find((e) => e.type === 'mcp-connection-added');
  assert.deepEqual(added?.after, { transport: 'sse', url: 'http://logs.example.com/sse' });
});
