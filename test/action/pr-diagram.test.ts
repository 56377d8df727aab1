import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { EXAMPLE, ROOT, editFile, git, tempDir } from '../helpers/fixtures.js';
import { runDiff } from '../../src/app/diff.js';
import { loadCatalogText } from '../../src/read/catalog-file.js';
import type { ThreatCatalog } from '../../src/model/catalog.js';
import type { DiffEvent } from '../../src/model/diff-result.js';
import { componentDiagram, componentFacts } from '../../src/render/mermaid-components.js';
import { markdownTemplate } from '../../src/render/handlebars-env.js';
import { eventView } from '../../src/render/event-view.js';

/**
 * The components diagram of a PR, from real diffs of real commits: what the PR adds, changes and removes is marked,
 * including elements no component covers; nothing else is.
 */
const INCIDENT = `---
apiVersion: kagent.dev/v1alpha2
kind: RemoteMCPServer
metadata: { name: incident-server, namespace: agents }
spec: { protocol: STREAMABLE_HTTP, url: "http://incident-mcp.tools:8080/mcp" }
`;
const INCIDENT_REF =
  '      - type: McpServer\n        mcpServer: { kind: RemoteMCPServer, name: incident-server, toolNames: [create_incident] }\n';

/** base: the example (with `baseEdit`); head: `edit` on top. Returns the events and the head catalog. */
async function diffOf(edit: (dir: string) => void, baseEdit?: (dir: string) => void) {
  const dir = tempDir('threatcat-diagram-');
  cpSync(EXAMPLE, dir, { recursive: true });
  baseEdit?.(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  edit(dir);
  git(dir, 'commit', '-qam', 'head');
  const r = await runDiff({ root: dir, base: 'HEAD~1', head: 'HEAD', now: new Date('2026-11-21T12:00:00Z') });
  const file = join(dir, 'k8s-ops.threats.yaml');
  const data = loadCatalogText(readFileSync(file, 'utf8'), 'k8s-ops.threats.yaml', file).data as ThreatCatalog;
  return { events: r.events as DiffEvent[], data };
}

function nodes(diagram: string): Map<string, { id: string; label: string }> {
  const out = new Map<string, { id: string; label: string }>();
  for (const m of diagram.matchAll(/^ {2}(n\d+)\[\[?"([^"]*)"\]\]?$/gm))
    out.set(m[2].split(' · ')[0], { id: m[1], label: m[2] });
  return out;
}

test('a removed MCP server that a component covers: that component is marked removed, and linked as cut', async () => {
  const { events, data } = await diffOf((dir) => {
    const agent = join(dir, 'manifests/agent.yaml');
    const text = readFileSync(agent, 'utf8');
    const start = text.indexOf('      - type: McpServer');
    const end = text.indexOf('      - type: Agent');
    editFile(agent, text.slice(start, end), '');
  });
  assert.ok(
    events.some((e) => e.type === 'mcp-connection-removed'),
    JSON.stringify(events.map((e) => e.type)),
  );
  const diagram = componentDiagram('k8s-ops', componentFacts(data, events));
  const n = nodes(diagram);
  assert.equal(n.get('tool-server')?.label, 'tool-server · mcp-tool · removed');
  assert.match(diagram, new RegExp(`agent -\\.-x ${n.get('tool-server')?.id}$`, 'm'));
  assert.match(diagram, new RegExp(`^ {2}class ${n.get('tool-server')?.id} removed$`, 'm'));
  for (const untouched of ['model', 'agent-sa', 'cluster-runtime', 'to-gitops'])
    assert.doesNotMatch(n.get(untouched)?.label ?? '', /added|changed|removed/, untouched);
  // What was removed is stated plainly: its values, the tools it took away; no arrows to "(none)".
  const e = events.find((x) => x.type === 'mcp-connection-removed')!;
  const review = markdownTemplate('review-comment.md.hbs')({ kind: 'event', event: eventView(e), threats: [] });
  assert.match(
    review,
    /\*\*MCP server removed\*\* `RemoteMCPServer agents\/kagent-tool-server` in `agents\/k8s-ops`: url `http:\/\/kagent-tools\.kagent:8084\/mcp` · transport `STREAMABLE_HTTP` · tools `−k8s_apply_manifest`/,
  );
  assert.doesNotMatch(review, /\(none\)/);
});

test('a removed server no component covered still shows, as removed; an added one as added with no component yet', async () => {
  const removed = await diffOf(
    (dir) => {
      editFile(join(dir, 'manifests/agent.yaml'), INCIDENT_REF, '');
    },
    (dir) => {
      appendFileSync(join(dir, 'manifests/tools.yaml'), INCIDENT);
      editFile(join(dir, 'manifests/agent.yaml'), '      - type: Agent\n', `${INCIDENT_REF}      - type: Agent\n`);
    },
  );
  const gone = componentDiagram('k8s-ops', componentFacts(removed.data, removed.events));
  assert.equal(nodes(gone).get('incident-server')?.label, 'incident-server · mcp-tool · removed');
  assert.match(gone, /class n\d+ removed/);

  const added = await diffOf((dir) => {
    appendFileSync(join(dir, 'manifests/tools.yaml'), INCIDENT);
    editFile(join(dir, 'manifests/agent.yaml'), '      - type: Agent\n', `${INCIDENT_REF}      - type: Agent\n`);
  });
  const facts = componentFacts(added.data, added.events);
  assert.deepEqual(
    facts.filter((f) => f.mark),
    [
      {
        id: 'incident-server',
        kind: 'component',
        category: 'mcp-tool',
        trustSource: 'RemoteMCPServer/incident-server',
        mark: 'added',
        uncovered: true,
      },
    ],
  );
});

test('an event that says which way it goes (direction) shows it in the summary and the review comment', async () => {
  const { events } = await diffOf((dir) => {
    editFile(join(dir, 'manifests/rbac.yaml'), '    verbs: ["get"]\n', '    verbs: ["get", "list"]\n');
  });
  const e = events.find((x) => x.type === 'permissions-changed')!;
  assert.equal(e.direction, 'widened');
  const review = markdownTemplate('review-comment.md.hbs')({ kind: 'event', event: eventView(e), threats: [] });
  assert.match(
    review,
    /\*\*Permissions changed\*\* \(widened\) `system:serviceaccount:agents:k8s-ops-sa: 1 permission added`/,
  );
  assert.match(review, /permissions `\+ list secrets in all namespaces`/);
  assert.doesNotMatch(
    markdownTemplate('review-comment.md.hbs')({
      kind: 'event',
      event: eventView({ ...e, direction: 'changed' } as DiffEvent),
      threats: [],
    }),
    /\(widened\)|\(narrowed\)|\(changed\)/,
  );
});

test('the diagrams are valid Mermaid (parsed by the bundled Mermaid in Chromium, as GitHub renders them)', async () => {
  const removed = await diffOf((dir) => {
    const agent = join(dir, 'manifests/agent.yaml');
    const text = readFileSync(agent, 'utf8');
    editFile(agent, text.slice(text.indexOf('      - type: McpServer'), text.indexOf('      - type: Agent')), '');
  });
  const added = await diffOf((dir) => {
    appendFileSync(join(dir, 'manifests/tools.yaml'), INCIDENT);
    editFile(join(dir, 'manifests/agent.yaml'), '      - type: Agent\n', `${INCIDENT_REF}      - type: Agent\n`);
    editFile(join(dir, 'manifests/model.yaml'), 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-6');
  });
  const diagrams = [
    componentDiagram('k8s-ops', componentFacts(removed.data, removed.events), 'changed'),
    componentDiagram('k8s-ops', componentFacts(added.data, added.events)),
  ];
  const CHROMIUM = process.env.THREATCAT_CHROMIUM ?? '/usr/bin/chromium';
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<html><body></body></html>');
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'dist/vendor/mermaid.min.js'), 'utf8') });
    for (const d of diagrams) {
      const result = await page.evaluate(async (text) => {
        try {
          await (globalThis as any).mermaid.parse(text);
          return 'ok';
        } catch (err) {
          return String((err as Error).message);
        }
      }, d);
      assert.equal(result, 'ok', d);
    }
    // The check can fail: an edge Mermaid does not know is rejected.
    const broken = await page.evaluate(
      async (text) => {
        try {
          await (globalThis as any).mermaid.parse(text);
          return 'ok';
        } catch {
          return 'rejected';
        }
      },
      diagrams[0].replace('-.-x', '-.-q'),
    );
    assert.equal(broken, 'rejected');
  } finally {
    await browser.close();
  }
});
