import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { editFile, git, runCli, tempDir } from '../helpers/fixtures.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { prFiles, prRepo, runAction, type PrRepo } from '../helpers/action-env.js';

/**
 * A pull request that connects the agent to a new MCP server: the Action reports the uncovered server once, and
 * offers (check mode) or pushes (commit mode) the same catalog edits `threatcat diff --write` makes — the
 * server's component and the library's threats for it.
 */

const CATALOG = 'examples/k8s-ops/k8s-ops.threats.yaml';
const AGENT = 'examples/k8s-ops/manifests/agent.yaml';
const TOOLS = 'examples/k8s-ops/manifests/tools.yaml';

const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

function newServerPr(): PrRepo {
  return prRepo((dir) => {
    editFile(
      join(dir, AGENT),
      '      - type: Agent\n',
      '      - type: McpServer\n        mcpServer:\n          apiGroup: kagent.dev\n          kind: RemoteMCPServer\n          name: github-mcp\n          toolNames: [create_pull_request]\n      - type: Agent\n',
    );
    writeFileSync(
      join(dir, TOOLS),
      `${readFileSync(join(dir, TOOLS), 'utf8')}---\napiVersion: kagent.dev/v1alpha2\nkind: RemoteMCPServer\nmetadata:\n  name: github-mcp\n  namespace: agents\nspec:\n  protocol: STREAMABLE_HTTP\n  url: https://api.githubcopilot.com/mcp/\n`,
    );
  });
}

async function start(repo: PrRepo): Promise<FakeGitHub> {
  const gh = new FakeGitHub({ owner: 'acme', repo: 'agents', pull: 7, files: prFiles(repo), viewer: 'github-actions' });
  await gh.start();
  servers.push(gh);
  return gh;
}

test('check mode: the new server is one shadow-component finding in the PR summary, naming the fix, and the pending model is listed', async () => {
  const repo = newServerPr();
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const summary = gh.issueComments[0].body;
  // validate and diff both see the uncovered server: the summary shows the problem once, with the fix.
  const rows = summary.split('\n').filter((l) => l.includes('not in the threat model'));
  assert.equal(rows.length, 1, summary);
  assert.match(rows[0], /RemoteMCPServer agents\/github-mcp/);
  assert.match(summary, /#### Next step[\s\S]*npx threatcat diff --base origin\/main --write/);
  // What --write would add, listed in the summary as pending: the tool threats of the new server, not the
  // runtime's (a container escape is not what a remote MCP server brings in).
  assert.match(summary, /threat model of what this change brings in or takes out \(pending/);
  assert.match(summary, /`\+ mcp-tool mcp-github-mcp \(RemoteMCPServer\/agents\/github-mcp\)`/);
  assert.match(summary, /`\+ threat k8s-ops\.L3-mcp-tool-description-poisoning /);
  // Each with why the library template applies, naming the catalog's own components (its server is `tool-server`).
  assert.match(
    summary,
    /`\+ threat k8s-ops\.L3-mcp-tool-description-poisoning \([^)`]*\): applies because: mcp-tool present \(tool-server, mcp-github-mcp\)`/,
  );
  assert.doesNotMatch(summary, /\+ threat k8s-ops\.L4-container-escape-cve/);
  // The job summary says the same.
  assert.match(r.summary, /`\+ mcp-tool mcp-github-mcp/);
});

test('commit mode pushes the catalog with the new component and its threats; the pushed catalog validates', async () => {
  const repo = newServerPr();
  const origin = tempDir('threatcat-origin-');
  git(origin, 'init', '-q', '--bare');
  git(repo.dir, 'remote', 'add', 'origin', origin);
  git(repo.dir, 'push', '-q', 'origin', 'main', 'feature');
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url, inputs: { mode: 'commit' } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const pushed = git(origin, 'rev-parse', 'feature');
  assert.equal(git(origin, 'rev-parse', `${pushed}^`), repo.head, 'one commit on top of the PR head');
  assert.deepEqual(git(origin, 'diff', '--name-only', repo.head, pushed).split('\n'), [CATALOG]);
  const catalog = jsYaml.load(git(origin, 'show', `${pushed}:${CATALOG}`), { schema: jsYaml.CORE_SCHEMA }) as {
    components: Array<{
      id: string;
      category: string;
      trustSource: { name: string };
      added?: { event: string; ref: string };
    }>;
    threats: Array<{ id: string; status: string; components: string[]; added?: { event: string } }>;
  };
  const component = catalog.components.find((c) => c.trustSource.name === 'github-mcp');
  assert.ok(component, 'the new server has a component');
  assert.equal(component!.category, 'mcp-tool');
  assert.deepEqual(component!.added && [component!.added.event, component!.added.ref], [
    'mcp-connection-added',
    repo.head,
  ]);
  assert.ok(
    catalog.threats.some((t) => t.components.includes(component!.id)),
    'threats concern the new component',
  );
  assert.match(git(origin, 'log', '-1', '--format=%B', pushed), /\+ mcp-tool mcp-github-mcp/);
  // With the model pushed, the summary no longer reports the shadow component.
  const summary = gh.issueComments[0].body;
  assert.doesNotMatch(summary, /`shadow-component`/);
  assert.match(summary, new RegExp(`pushed ${pushed.slice(0, 12)} to feature`));
  // The pushed catalog passes validate.
  const check = tempDir('threatcat-pushed-');
  git(check, 'clone', '-q', '-b', 'feature', origin, '.');
  const v = runCli(['validate', '-C', check]);
  assert.equal(v.code, 0, v.stdout + v.stderr);
});
