// Names, paths and values from a pull request are data in every output: in the default text output a line break
// or control character never starts a new line (so "\n::error::" can never become a GitHub workflow command), and
// in the PR summary a `|` never breaks a table and HTML never gets through. Each hostile string is a case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { CATALOG, DEPLOYMENT, edit } from '../helpers/catalogs.js';
import { copyExample, git, runCli, tempDir } from '../helpers/fixtures.js';
import { codeSpan, escapeMarkdown } from '../../src/render/markdown-escape.js';
import { oneLine } from '../../src/model/inert-text.js';
import { renderSummary, type SummaryView } from '../../src/render/pr-summary.js';
import { readConfig } from '../../src/read/config.js';
import { readWorkspace } from '../../src/read/workspace.js';
import { validateCatalogs } from '../../src/analyse/validate.js';
import type { Finding } from '../../src/model/finding.js';

/** Hostile strings, each as a name would carry it. */
const HOSTILE: Record<string, string> = {
  'workflow command': 'x\n::error::pwned',
  'CRLF workflow command': 'x\r\n::warning file=a::pwned',
  'line separator': 'x\u2028::error::pwned',
  'next line (NEL)': 'x\u0085::error::pwned',
  'table pipe': 'a|b|c',
  'raw HTML': '<img src=x onerror=alert(1)>',
  mention: '@org/security-team',
  'issue reference': 'fixes #1',
  backticks: '``a`b``',
  'CDATA end': ']]>',
  'BIDI override': 'safe\u202eexe.yaml',
  NUL: 'nul\u0000byte',
  'terminal escape': '\u001b[2J\u001b[31mred',
  'markdown link': '[click](https://evil.example)',
  'www autolink': 'see www.evil.example now',
};

/** No line of `out` is a workflow command, and no raw control or invisible character is left in it. */
function assertInertText(out: string, what: string): void {
  for (const line of out.split('\n')) assert.doesNotMatch(line, /^\s*::/, `${what}: a line starts a workflow command`);
  assert.doesNotMatch(out, /[\r\u0000\u001b\u0085\u2028\u202e]/, `${what}: a raw control character`);
}

for (const [name, value] of Object.entries(HOSTILE)) {
  test(`text output: ${name} stays on its line, visibly`, () => {
    const line = oneLine(`before ${value} after`);
    assert.equal(line.split('\n').length, 1);
    assertInertText(line, name);
    assert.ok(line.startsWith('before ') && line.endsWith(' after'));
  });

  test(`Markdown: ${name} is inert text, in a paragraph and in a table cell`, () => {
    const md = `| a | b |\n|---|---|\n| ${escapeMarkdown(value)} | ${codeSpan(value, { table: true })} |\n\n${escapeMarkdown(value)} ${codeSpan(value)}\n`;
    const html = marked.parse(md, { gfm: true, async: false }) as string;
    assertInertHtml(html, name);
    const row = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    assert.equal((row.match(/<td>/g) ?? []).length, 2, `${name}: the row keeps its two cells\n${html}`);
  });
}

/** Elements untrusted text must never produce; a paragraph or cell of it must not produce structure either. */
const FORGED = /<(img|script|a|iframe|svg|style|details|input|video|object)\b/i;
const STRUCTURE = /<(h\d|blockquote|li|ul|ol|pre|hr)\b/i;

/** The text a reader sees outside code spans, with entities decoded: where GitHub looks for @names and #refs. */
function visibleText(html: string): string {
  return html
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(
      /&(lt|gt|amp|quot|#39);/g,
      (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" })[e] ?? e,
    );
}

/** Rendered Markdown holds no forged element, link, mention, reference or invisible character. */
function assertInertHtml(html: string, what: string, opts: { structure?: boolean } = {}): void {
  assert.doesNotMatch(html, FORGED, `${what}: an element was forged\n${html}`);
  if (!opts.structure) assert.doesNotMatch(html, STRUCTURE, `${what}: structure was forged\n${html}`);
  assert.doesNotMatch(html, /<[^>]*onerror/i, `${what}: an attribute`);
  // GitHub links @names and #numbers in the rendered text (entities decoded), never inside code.
  assert.doesNotMatch(visibleText(html), /(^|[^\w])@\w|(^|[^\w&])#\d/, `${what}: a mention or reference\n${html}`);
  assert.doesNotMatch(html, /[\u0000\u202e\u2028\u0085\u001b]/, `${what}: an invisible or control character`);
}

test('validate: hostile file names and manifest patterns never add a line to the text output', () => {
  const dir = tempDir();
  const patterns = Object.values(HOSTILE).map((v) => JSON.stringify(`missing/${v}.yaml`));
  writeFileSync(
    join(dir, 'demo.threats.yaml'),
    edit(CATALOG, '    - deploy.yaml\n', `    - deploy.yaml\n${patterns.map((p) => `    - ${p}\n`).join('')}`),
  );
  writeFileSync(join(dir, 'deploy.yaml'), DEPLOYMENT);
  // A file name may hold anything but '/' and NUL: a broken catalog named with a workflow command.
  writeFileSync(join(dir, 'x\n::error::pwned <img src=x> |.threats.yaml'), 'a: [\n');
  const r = runCli(['validate', '-C', dir]);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assertInertText(r.stdout + r.stderr, 'validate');
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, patterns.length + 2, 'one line per finding, and the summary');
  assert.ok(
    lines.some((l) => l.startsWith('x\\n::error::pwned <img src=x> |.threats.yaml:2:1  error  unreadable-input')),
  );
});

test('diff: a hostile tool name in a change stays on its line', () => {
  const dir = copyExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  const agent = join(dir, 'manifests/agent.yaml');
  const tool = JSON.stringify(`k8s_x\n::error::pwned\u202e <img src=x onerror=alert(1)> | @org`);
  const text = readFileSync(agent, 'utf8').replace(
    '            - k8s_get_events\n',
    `            - k8s_get_events\n            - ${tool}\n`,
  );
  writeFileSync(agent, text);
  const r = runCli(['diff', '-C', dir, '--base', 'HEAD']);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.match(r.stdout, /tool-surface-modified/);
  assertInertText(r.stdout + r.stderr, 'diff');
  assert.match(r.stdout, /k8s_x\\n::error::pwned\\u202e/);
});

test('ingest: a hostile evidence file name and record stay on their lines, in the output and the commit message', () => {
  const dir = copyExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'example');
  const name = 'x\n::error::pwned \u202e.jsonl';
  writeFileSync(
    join(dir, name),
    `${readFileSync(join(dir, 'evidence/tool-calls.jsonl'), 'utf8')}not json\n{"time":"2026-11-14T09:00:04Z","workload":"agents/k8s-ops","server":"s\\n::error::pwned","tool":"t\\nThreatcat-Snapshot: sha256:forged","outcome":"ok"}\n`,
  );
  const r = runCli(['ingest', '-C', dir, name, '--commit'], {
    env: {
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assertInertText(r.stdout + r.stderr, 'ingest');
  assert.match(r.stdout, /x\\n::error::pwned \\u202e\.jsonl:\d+:1 {2}warning {2}malformed-record {2}invalid JSON/);
  const message = git(dir, 'log', '-1', '--format=%B');
  assert.equal((message.match(/^Threatcat-Snapshot:/gm) ?? []).length, 1, message);
});

test('PR summary: hostile names keep the problem list and the threats table whole and HTML out of the comment', () => {
  const dir = tempDir();
  const files: Record<string, string> = { 'demo.threats.yaml': CATALOG, 'deploy.yaml': DEPLOYMENT };
  const hostileFiles = Object.values(HOSTILE)
    .map((v) => v.replace(/[\u0000/]/g, '_'))
    .map((v, i) => `m${i} ${v}.yaml`);
  for (const f of hostileFiles) files[f] = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n';
  files['demo.threats.yaml'] = edit(
    CATALOG,
    '    - deploy.yaml\n',
    `    - deploy.yaml\n${hostileFiles.map((f) => `    - ${JSON.stringify(f)}\n`).join('')}${Object.values(HOSTILE)
      .map((v) => `    - ${JSON.stringify(`none/${v}`)}\n`)
      .join('')}`,
  );
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  const config = readConfig(dir);
  const ws = readWorkspace(dir, config, []);
  const findings: Finding[] = validateCatalogs({
    catalogs: ws.catalogs,
    today: '2026-11-21',
    severities: {},
    acceptanceWarningDays: 14,
    maxEvidenceAgeDays: 30,
  }).findings;
  assert.ok(findings.length >= hostileFiles.length * 2, `${findings.length} findings`);
  const hostile = Object.values(HOSTILE);
  const view: SummaryView = {
    marker: '<!-- threatcat -->',
    quiet: false,
    status: 'fail',
    verdict: ':x: threatcat: problems to fix',
    failOn: 'error',
    base: 'a|b<img src=x>',
    head: '`x` @org',
    version: '0.0.0',
    diffAvailable: false,
    counts: { errors: findings.length, warnings: 0, changes: 0, threats: hostile.length },
    problems: findings.map((f) => ({
      severity: f.severity,
      kind: 'finding' as const,
      file: f.file,
      line: f.line,
      rule: f.rule,
      message: f.message,
    })),
    changes: [],
    // Catalog text in the one table of the comment: titles, classes and layers from a PR.
    reopened: hostile.map((v, i) => ({
      threat: `T-${i}|x`,
      title: v,
      class: v,
      layer: v,
      layers: [v],
      events: ['mcp-connection-added'],
      catalog: v,
      status: 'closed',
      kind: 'reopen' as const,
      pending: true,
    })),
    notices: [],
    agents: [],
    notes: hostile,
    omitted: { reopened: 0, changes: 0, problems: 0, diagrams: false },
  };
  const md = renderSummary(view, 'pr-comment.md.hbs', 1_000_000);
  const html = marked.parse(md, { gfm: true, async: false }) as string;
  // The comment folds its threats table in <details> of its own; any other <details> would be forged.
  const ours = /<details><summary>Threats this change concerns \(\d+\)<\/summary>/g;
  assert.equal((html.match(ours) ?? []).length, 1);
  assertInertHtml(html.replace(ours, ''), 'PR summary', { structure: true });
  // Each finding stays one item of the problem list, whatever its file name or message holds.
  const list = html.slice(html.indexOf('<ol>'), html.indexOf('</ol>'));
  assert.equal((list.match(/<li>/g) ?? []).length, findings.length, list);
  const rows = html
    .slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
    .split('</tr>')
    .filter((r) => r.includes('<td'));
  assert.equal(rows.length, hostile.length);
  for (const row of rows) assert.equal((row.match(/<td>/g) ?? []).length, 7, `a row lost its shape:\n${row}`);
});
