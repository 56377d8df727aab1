import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BIN, EXAMPLE, editFile, git, ROOT, runCli, tempDir } from '../helpers/fixtures.js';

/** `file:line:col  severity  rule  message`: the one text line for a finding, whichever command prints it. */
const FINDING_LINE = /^(\S+):(\d+):(\d+) {2}(error|warning|note) {2}([a-z][a-z0-9-]*) {2}(\S.*)$/;

/** The example agent in a git repository, with a new MCP server in the working tree (not committed). */
function repoWithNewServer(): string {
  const dir = tempDir('threatcat-text-');
  cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'agent');
  const tools = join(dir, 'manifests/tools.yaml');
  writeFileSync(
    tools,
    `${readFileSync(tools, 'utf8')}---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: { name: incident-server, namespace: agents }
spec: { protocol: STREAMABLE_HTTP, url: "http://incident-mcp.tools:8080/mcp" }
`,
  );
  editFile(
    join(dir, 'manifests/agent.yaml'),
    '      - type: Agent\n',
    '      - type: McpServer\n        mcpServer: { kind: RemoteMCPServer, name: incident-server, toolNames: [create_incident] }\n      - type: Agent\n',
  );
  return dir;
}

test('validate and diff print a finding on the same line, word for word; events use the same line', () => {
  const dir = repoWithNewServer();
  const v = runCli(['validate', '-C', dir]);
  const d = runCli(['diff', '-C', dir, '--base', 'HEAD']);
  assert.equal(v.code, 1, v.stderr);
  assert.equal(d.code, 1, d.stderr);
  const shadow = (out: string) => out.split('\n').filter((l) => / {2}shadow-component {2}/.test(l));
  assert.equal(shadow(v.stdout).length, 1, v.stdout);
  // diff knows the base it compared with and names it in the fix; validate cannot, and says <base>.
  assert.deepEqual(
    shadow(d.stdout).map((l) => l.replace('--base HEAD ', '--base <base> ')),
    shadow(v.stdout),
  );
  assert.match(shadow(d.stdout)[0], /`threatcat diff --base HEAD --write`/);
  const [, file, line, , severity, rule] = FINDING_LINE.exec(shadow(v.stdout)[0]) ?? [];
  assert.deepEqual([file, severity, rule], ['manifests/agent.yaml', 'error', 'shadow-component']);
  assert.ok(Number(line) > 0);
  // The event is a line of the same shape, its values as people read them.
  const event = d.stdout.split('\n').find((l) => / {2}mcp-connection-added {2}/.test(l)) ?? '';
  assert.match(event, FINDING_LINE);
  assert.match(
    event,
    /^manifests\/agent\.yaml:\d+:\d+ {2}warning {2}mcp-connection-added {2}RemoteMCPServer agents\/incident-server \(widened\): url http:\/\/incident-mcp\.tools:8080\/mcp; transport STREAMABLE_HTTP; tools \+create_incident \(agent agents\/k8s-ops\)\.$/,
  );
  assert.doesNotMatch(d.stdout, /\[shadow-component\]|: error \[/, 'the old diff format is gone');
});

test('ingest names malformed lines with the same finding line', () => {
  const dir = tempDir('threatcat-ingest-text-');
  cpSync(EXAMPLE, dir, { recursive: true });
  const good = readFileSync(join(dir, 'evidence/tool-calls.jsonl'), 'utf8').split('\n').filter(Boolean);
  writeFileSync(join(dir, 'calls.jsonl'), [good[0], '{"truncated": ', good[1], ''].join('\n'));
  const r = runCli(['ingest', '-C', dir, 'calls.jsonl']);
  const line = r.stdout.split('\n').find((l) => l.startsWith('calls.jsonl:2:')) ?? '';
  assert.match(line, FINDING_LINE, r.stdout);
  assert.match(line, /^calls\.jsonl:2:1 {2}warning {2}malformed-record {2}\S/);
});

/** Runs the bundled CLI on a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, THREATCAT_NOW: '2026-11-21T12:00:00Z', TERM: 'xterm', NO_COLOR: '', ...env },
  });
  assert.equal(r.error, undefined, 'util-linux script(1) is needed for the terminal tests');
  return r.stdout.replace(/\r\n/g, '\n');
}

function brokenCatalog(): string {
  const dir = tempDir('threatcat-color-');
  cpSync(EXAMPLE, dir, { recursive: true });
  editFile(join(dir, 'k8s-ops.threats.yaml'), 'autonomyOfAction: 0.5 ', 'autonomyOfAction: 0.7 ');
  return dir;
}

test('on a terminal the severity word is coloured; NO_COLOR, TERM=dumb and a pipe get plain text', () => {
  const dir = brokenCatalog();
  const tty = onTerminal(['validate', '-C', dir]);
  assert.match(tty, /:\d+:\d+ {2}\u001b\[1;31merror\u001b\[0m {2}aivss-factor-level {2}/);
  for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
    const plain = onTerminal(['validate', '-C', dir], env);
    assert.match(plain, /:\d+:\d+ {2}error {2}aivss-factor-level {2}/, JSON.stringify(env));
    assert.doesNotMatch(plain, /\u001b\[/, JSON.stringify(env));
  }
  assert.doesNotMatch(runCli(['validate', '-C', dir]).stdout, /\u001b\[/);
});

test('ingest progress on a terminal: percent of the compressed file, and the line is ended before the report', () => {
  const dir = tempDir('threatcat-progress-');
  cpSync(EXAMPLE, dir, { recursive: true });
  // A few MB of audit events, compressed: the percentage is of the file as stored.
  const lines = readFileSync(join(dir, 'evidence/tool-calls.jsonl'), 'utf8');
  writeFileSync(join(dir, 'calls.jsonl.gz'), gzipSync(lines.repeat(200)));
  const out = onTerminal(['ingest', '-C', dir, 'calls.jsonl.gz']);
  const i = out.indexOf('Snapshot sha256:');
  assert.ok(i > 0, out);
  const progress = out.slice(0, i);
  assert.match(
    progress,
    /threatcat ingest: calls\.jsonl\.gz: 100% of \d+ kB compressed \(\d+(\.\d)? MB decompressed\)\n$/,
  );
  // Without a terminal: no progress line at all.
  const piped = runCli(['ingest', '-C', dir, 'calls.jsonl.gz']);
  assert.doesNotMatch(piped.stderr, /threatcat ingest: calls/);
  assert.match(piped.stdout, /^Snapshot sha256:/);
});
