import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFile, git } from '../helpers/fixtures.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { prFiles, prRepo, runAction, type PrRepo } from '../helpers/action-env.js';

/**
 * The summary comment as a reviewer reads it, on the two most common pull requests: one that gives the agent a new
 * MCP server (with a model bump, a new tool and a wider permission on the way), and one that only edits the README.
 * Real repositories, the bundled Action, a loopback GitHub.
 */
const DIR = 'examples/k8s-ops';
const AGENT = `${DIR}/manifests/agent.yaml`;
const servers: FakeGitHub[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function start(repo: PrRepo): Promise<FakeGitHub> {
  const gh = new FakeGitHub({ owner: 'acme', repo: 'agents', pull: 7, files: prFiles(repo), viewer: 'github-actions' });
  await gh.start();
  servers.push(gh);
  return gh;
}

/** A new RemoteMCPServer wired into the agent; the URL and a tool name carry Markdown and Mermaid a PR could plant. */
function addIncidentServer(dir: string, url = 'http://incident-mcp.tools:8080/mcp', tool = 'create_incident'): void {
  appendFileSync(
    join(dir, `${DIR}/manifests/tools.yaml`),
    `---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata:
  name: incident-server
  namespace: agents
spec:
  description: incidents
  protocol: STREAMABLE_HTTP
  url: ${JSON.stringify(url)}
status:
  discoveredTools:
    - name: ${JSON.stringify(tool)}
      description: Open an incident
`,
  );
  editFile(
    join(dir, AGENT),
    '      - type: Agent\n',
    `      - type: McpServer
        mcpServer:
          apiGroup: kagent.dev
          kind: RemoteMCPServer
          name: incident-server
          toolNames:
            - ${JSON.stringify(tool)}
      - type: Agent\n`,
  );
}

function newServerPr(): PrRepo {
  return prRepo((dir) => {
    addIncidentServer(dir);
    editFile(join(dir, `${DIR}/manifests/model.yaml`), 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-6');
    editFile(
      join(dir, AGENT),
      '            - k8s_get_events\n',
      '            - k8s_get_events\n            - k8s_rollout_restart\n',
    );
    editFile(
      join(dir, `${DIR}/manifests/tools.yaml`),
      '    - name: k8s_get_events\n      description: Get the events of a namespace\n',
      '    - name: k8s_get_events\n      description: Get the events of a namespace\n    - name: k8s_rollout_restart\n      description: Restart a rollout\n',
    );
    editFile(join(dir, `${DIR}/manifests/rbac.yaml`), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
  });
}

/** The part a reviewer sees without opening anything: everything before the first <details>. */
function visible(body: string): string {
  const i = body.indexOf('<details>');
  return i < 0 ? body : body.slice(0, i);
}

test('a new MCP server: verdict first, the next step as commands, each problem once, values not JSON, diagram folded', async () => {
  const repo = newServerPr();
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url });
  assert.equal(r.code, 1, r.stdout);
  const body = gh.issueComments[0].body;
  console.log(`\n----- summary comment (new MCP server) -----\n${body}\n-----`);
  const lines = body.split('\n');
  assert.equal(lines[0], '<!-- threatcat:summary -->');
  // One line says whether the PR can merge.
  assert.equal(lines[1], '### :x: threatcat: 1 problem to fix before this PR passes');
  // The next step: the exact commands, run from the repository root against the PR's base branch.
  assert.match(
    body,
    /#### Next step\n\n.*\n\n```sh\ngit fetch origin main\nnpx threatcat diff --base origin\/main --write\nnpx threatcat validate\ngit add examples\/k8s-ops\/k8s-ops\.threats\.yaml\ngit commit -m "threatcat: update the threat model for this change"\n```/,
  );
  assert.match(body, /set `mode: commit` on the threatcat step/);
  // The new server is one problem (shadow component and its event told together), listed once.
  const top = visible(body);
  assert.equal((top.match(/incident-server/g) ?? []).length, 1, top);
  assert.match(
    top,
    /1\. :x: \*\*MCP server added\*\* `RemoteMCPServer agents\/incident-server` in `agents\/k8s-ops`: url `http:\/\/incident-mcp\.tools:8080\/mcp` · transport `STREAMABLE_HTTP` · tools `\+create_incident`<br>not in the threat model/,
  );
  assert.doesNotMatch(body, /shadow-component/, 'told in words with its change, not as a second finding');
  // Before/after as values.
  assert.match(
    top,
    /\*\*Model updated\*\* `ModelConfig agents\/k8s-ops-model` in `agents\/k8s-ops`: model `claude-sonnet-4-5-20250929` → `claude-sonnet-4-6`/,
  );
  assert.match(
    top,
    /\*\*Tools changed\*\* \(widened\) `RemoteMCPServer agents\/kagent-tool-server: allowed tools` in `agents\/k8s-ops`: tools `\+k8s_rollout_restart`/,
  );
  assert.match(top, /\*\*Permissions changed\*\* .*: permissions `\+ list secrets in all namespaces`/);
  assert.doesNotMatch(body, /\{"\w+":|\["\w+",/, 'no JSON anywhere');
  // Details and the diagram are folded.
  assert.doesNotMatch(top, /```mermaid|\| Threat \|/);
  assert.match(body, /<details><summary>Threats this change concerns \(\d+\)<\/summary>/);
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
  assert.ok(
    body.indexOf('```mermaid') > body.indexOf('<details><summary>Components diagram: 1 added, 3 changed, 0 removed'),
  );
  // The diagram marks what the PR adds and changes, and nothing else.
  const node = (label: RegExp) => /^ {2}(n\d+)\[/m.exec(diagram.split('\n').find((l) => label.test(l)) ?? '')?.[1];
  const added = node(/incident-server · mcp-tool · added · no component yet/);
  const model = node(/model · inference · changed/);
  const tools = node(/tool-server · mcp-tool · changed/);
  const sa = node(/agent-sa · identity · changed/);
  assert.ok(added && model && tools && sa, diagram);
  assert.match(diagram, new RegExp(`class ${added} added`));
  assert.match(diagram, new RegExp(`class ${[model, tools, sa].sort().join(',')} changed`));
  assert.match(diagram, /cluster-runtime · runtime"\]/, 'an untouched component is not marked');
  assert.match(diagram, /to-gitops · delegation to gitops-agent"\]\]/);
  // The review: one inline comment for the new server, not two.
  const onServer = (gh.reviews[0].comments as Array<{ path: string; body: string }>).filter((c) =>
    /incident-server/.test(c.body),
  );
  assert.equal(onServer.length, 1);
  assert.match(onServer[0].body, /Not in the threat model yet.*`npx threatcat diff --base origin\/main --write`/s);
  // The log: all findings in the CLI's text format; the new server annotated once.
  assert.match(r.stdout, /^examples\/k8s-ops\/manifests\/agent\.yaml:\d+:\d+ {2}error {2}shadow-component {2}/m);
  assert.equal((r.stdout.match(/^::(error|warning) .*incident-server/gm) ?? []).length, 1);
});

test('the same PR after `diff --write`-style catalog edits is described, not blocked, and offers no commands', async () => {
  const repo = prRepo((dir) => {
    addIncidentServer(dir);
    editFile(
      join(dir, `${DIR}/k8s-ops.threats.yaml`),
      '\ndelegations:\n',
      '  - id: incident-server\n    category: mcp-tool\n    trustSource: { kind: RemoteMCPServer, name: incident-server, namespace: agents }\n    telemetry: [mcp-log]\n    blastSurface: [incidents]\n\ndelegations:\n',
    );
    // A second server makes the library's compliance-boundary threat apply: the reviewer decided it does not.
    appendFileSync(
      join(dir, `${DIR}/k8s-ops.threats.yaml`),
      'dismissed:\n  - template: L7-mcp-chain-leaves-compliance-boundary\n    reason: both servers stay inside the cluster\n',
    );
  });
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url });
  assert.equal(r.code, 0, r.stdout);
  const body = gh.issueComments[0].body;
  assert.equal(
    body.split('\n')[1],
    '### :white_check_mark: threatcat: the threat model covers this change to the agent surface',
  );
  assert.doesNotMatch(body, /Next step|Problems/);
  assert.match(
    body,
    /#### Changes to the agent surface\n\n- \*\*MCP server added\*\* `RemoteMCPServer agents\/incident-server`/,
  );
  // The component the PR added is marked added in the diagram (it covers the new server).
  assert.match(body, /incident-server · mcp-tool · added"\]/);
});

test('a README-only PR gets no comment by default, a one-line one with comment-when: always', async () => {
  const repo = prRepo((dir) => writeFileSync(join(dir, 'README.md'), '# agents\n\nHow to deploy them.\n'));
  const gh = await start(repo);
  const quiet = await runAction({ repo, apiUrl: gh.url });
  assert.equal(quiet.code, 0, quiet.stdout);
  assert.equal(gh.issueComments.length, 0);
  assert.match(quiet.stdout, /no summary comment \(comment-when: changes; no agent surface changed\)/);
  assert.match(quiet.summary, /no agent surface changed/);

  const always = await runAction({ repo, apiUrl: gh.url, inputs: { 'comment-when': 'always' } });
  assert.equal(always.code, 0);
  const body = gh.issueComments[0].body;
  console.log(`\n----- summary comment (README only, comment-when: always) -----\n${body}\n-----`);
  assert.equal(
    body,
    '<!-- threatcat:summary -->\n:white_check_mark: **threatcat: no agent surface changed** — this pull request touches no agent manifest and no threat catalog.\n',
  );
});

test('a comment that no longer applies is brought up to date, never left saying what the PR no longer does', async () => {
  const repo = newServerPr();
  const gh = await start(repo);
  await runAction({ repo, apiUrl: gh.url });
  assert.equal(gh.issueComments.length, 1);
  // The author reverts the agent changes: the branch now differs from main by the README only.
  git(repo.dir, 'checkout', '-q', 'feature');
  git(repo.dir, 'checkout', repo.base, '--', DIR);
  writeFileSync(join(repo.dir, 'README.md'), '# agents\n\nreverted\n');
  git(repo.dir, 'commit', '-qam', 'revert');
  const next: PrRepo = { ...repo, head: git(repo.dir, 'rev-parse', 'HEAD') };
  git(repo.dir, 'checkout', '-q', '--detach', next.head);
  next.checkedOut = next.head;
  gh.opts.files = prFiles(next);
  const r = await runAction({ repo: next, apiUrl: gh.url });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(gh.issueComments.length, 1);
  assert.match(gh.issueComments[0].body, /no agent surface changed/);
  assert.doesNotMatch(gh.issueComments[0].body, /incident-server/);
});

test('comment-when: problems stays silent on a change the threat model already covers', async () => {
  const repo = prRepo((dir) =>
    editFile(join(dir, `${DIR}/manifests/model.yaml`), 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-6'),
  );
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url, inputs: { 'comment-when': 'problems' } });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(gh.issueComments.length, 0);
  const changes = await runAction({ repo, apiUrl: gh.url });
  assert.equal(changes.code, 0);
  assert.match(gh.issueComments[0].body, /model `claude-sonnet-4-5-20250929` → `claude-sonnet-4-6`/);
});

test('hostile values in a new server (URL, tool name) stay inert in the comment and in the diagram', async () => {
  const repo = prRepo((dir) =>
    addIncidentServer(
      dir,
      'http://x/"]) click agent "javascript:alert(1)" %%{init: {}}%% @acme/admins <img src=x>',
      'open_`incident`_@acme/admins_[x](https://evil.example)',
    ),
  );
  const gh = await start(repo);
  const r = await runAction({ repo, apiUrl: gh.url, inputs: { 'comment-when': 'always' } });
  assert.equal(r.code, 1, r.stdout);
  const body = gh.issueComments[0].body;
  // Values are code spans whose fence is longer than any backtick run inside: nothing in them is Markdown.
  assert.match(body, /``\+open_`incident`_@acme\/admins_\[x\]\(https:\/\/evil\.example\)``/);
  assert.match(
    body,
    /`http:\/\/x\/"\]\) click agent "javascript:alert\(1\)" %%\{init: \{\}\}%% @acme\/admins <img src=x>`/,
  );
  const outsideCode = body
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/\[workflow run\]\(https:\/\/github\.com\/[^)]*\)/, '');
  assert.doesNotMatch(outsideCode, /@acme|<img|javascript:|\]\(https/);
  // The diagram has only generated ids and escaped labels (nothing closes a label or starts a directive).
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
  assert.doesNotMatch(diagram, /click|%%|javascript/);
});
