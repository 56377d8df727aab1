import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { copyExample, editFile, git, runCli, ROOT, tempDir } from './helpers/fixtures.js';
import { convergedExample, detailedExample } from './helpers/converged.js';

/** Debian's chromium (.ci/run installs it); flags from the machine notes: no background network, no sandbox as root. */
const CHROMIUM = process.env.THREATCAT_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test-artifacts');

async function launch(): Promise<Browser> {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the report and waits for Mermaid; returns what a reader would notice going wrong. */
async function open(browser: Browser, file: string, screenshot?: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-diagrams]', { timeout: 60_000 });
  const state = await page.getAttribute('html', 'data-diagrams');
  const svgText = await page.$$eval('.diagram svg', (svgs) => svgs.map((s) => s.textContent ?? ''));
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  if (screenshot) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: true });
  }
  await page.close();
  return { state, svgText, consoleErrors, requests, pwned };
}

test('the HTML report is one self-contained file whose diagram renders offline in Chromium', async () => {
  const dir = convergedExample();
  const out = join(tempDir(), 'report.html');
  const r = runCli(['report', '-C', dir, '--format', 'html', '--output', out]);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.doesNotMatch(
    html,
    /<script[^>]+src=|<link[^>]+href=|https?:\/\/cdn/i,
    'no external script, stylesheet or CDN',
  );
  const size = statSync(out).size;
  assert.ok(size < 4 * 1024 * 1024, `report is ${size} bytes (Mermaid inline, trimmed)`);

  const browser = await launch();
  try {
    const page = await open(browser, out, 'report-k8s-ops.png');
    assert.equal(page.state, 'rendered');
    assert.equal(page.svgText.length, 1, 'one diagram, rendered as <svg> inside the diagram container');
    for (const label of ['k8s-ops', 'tool-server', 'agent-sa', 'cluster-runtime', 'agents/gitops-agent']) {
      assert.ok(page.svgText[0].includes(label), `diagram shows ${label}`);
    }
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(
      page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')),
      [],
      'no network request',
    );
  } finally {
    await browser.close();
  }
});

test('hostile catalog text is shown as text in the HTML report, never run', async () => {
  const dir = copyExample();
  const file = join(dir, 'k8s-ops.threats.yaml');
  editFile(
    file,
    'title: Malicious manifest generation or tool execution goes undetected',
    'title: "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"',
  );
  editFile(
    file,
    'trustSource: { kind: RemoteMCPServer, name: kagent-tool-server, namespace: agents }',
    'trustSource: { kind: RemoteMCPServer, name: "<img src=x onerror=window.__pwned=3>\\"] --> z[\\"x", namespace: agents }',
  );
  const out = join(tempDir(), 'report.html');
  assert.equal(runCli(['report', '-C', dir, '--format', 'html', '--output', out]).code, 0);
  const browser = await launch();
  try {
    const page = await open(browser, out, 'report-hostile.png');
    assert.equal(page.state, 'rendered');
    assert.equal(page.pwned, undefined, 'no injected script ran');
    assert.deepEqual(page.consoleErrors, []);
    assert.ok(page.svgText[0].includes('<img src=x onerror=window.__pwned=3>'), 'the label shows the text as written');
  } finally {
    await browser.close();
  }
});

test('a catalog written by init renders in the HTML report (Day 1: every threat open)', async () => {
  const dir = tempDir();
  cpSync(join(ROOT, 'test/fixtures/rag-agent'), dir, { recursive: true });
  assert.equal(runCli(['init', '--agent', 'support-bot', '-C', dir]).code, 0);
  const out = join(tempDir(), 'report.html');
  assert.equal(runCli(['report', '-C', dir, '--format', 'html', '--output', out]).code, 0);
  const browser = await launch();
  try {
    const page = await open(browser, out, 'report-init-support-bot.png');
    assert.equal(page.state, 'rendered');
    for (const label of ['support-bot', 'memory-qdrant', 'mcp-tickets-mcp', 'sa-support-bot-sa', 'runtime']) {
      assert.ok(page.svgText[0].includes(label), `diagram shows ${label}`);
    }
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await browser.close();
  }
});

test('the HTML report a CISO reads: open, accepted, closed; a section per threat; grouped dormant permissions; the commit; a print layout', async () => {
  const dir = detailedExample();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'catalog after 28 days of evidence');
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  const out = join(tempDir(), 'report.html');
  const r = runCli(['report', '-C', dir, '--format', 'html', '--output', out]);
  assert.equal(r.code, 0, r.stderr);

  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(out).href);
    await page.waitForSelector('html[data-diagrams="rendered"]', { timeout: 60_000 });

    assert.equal(
      (await page.textContent('#source'))?.trim(),
      `Made from commit ${head.slice(0, 12)} by threatcat 0.1.0`,
    );
    // Groups in the order a reader acts on them, each with its own table.
    const groups = await page.$$eval('h4.group', (hs) => hs.map((h) => h.textContent?.trim()));
    assert.deepEqual(groups, ['Open (6)', 'Accepted (1)', 'Closed (1)']);
    const closedRows = await page.$$eval('table.threats-closed tbody tr', (rows) =>
      rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    assert.equal(closedRows.length, 1);
    assert.match(closedRows[0][2] ?? '', /^K8SOPS-L4-01/);
    assert.equal(closedRows[0][3], 'closed 2026-11-17 (ebpf)');
    const acceptedStatus = await page.$$eval('table.threats-accepted tbody tr td:nth-child(4)', (tds) =>
      tds.map((td) => td.textContent?.trim()),
    );
    assert.deepEqual(acceptedStatus, ['until 2026-11-28']);

    // One detail section per threat, reached from its row.
    assert.equal(await page.locator('article.threat').count(), 8);
    const href = await page.getAttribute('table.threats-closed tbody tr a.tref', 'href');
    const l4 = page.locator(`article${href}`);
    assert.match((await l4.locator('h4').textContent()) ?? '', /K8SOPS-L4-01/);
    assert.equal(
      (await l4.locator('dd.description').textContent())?.trim(),
      'The projected token in the agent pod is a bearer credential for everything its RBAC allows.',
    );
    assert.deepEqual(await l4.locator('dd.mitigations li').allTextContents(), [
      'Bound, short-lived projected tokens (expirationSeconds 600)',
      'Least-privilege RBAC generated from the observed baseline',
    ]);
    assert.match(
      (await l4.locator('dd.closed-by').textContent()) ?? '',
      /ebpf signal “the projected token file read by a process other than the agent runtime”, validated 2026-11-17 against snapshot sha256:abababababab… \(3 events\)/,
    );
    const l2 = page.locator('article.threat', { hasText: 'K8SOPS-L2-01' });
    assert.equal(
      (await l2.locator('dd.reopened').textContent())?.trim(),
      're-opened 2026-11-19 by mcp-connection-added: MCP server github added (git 4f2a9c1)',
    );
    assert.match((await l2.locator('dd.capability').textContent()) ?? '', /RBAC: get, list secrets, configmaps/);
    const l5 = page.locator('article.threat', { hasText: 'K8SOPS-L5-01' });
    assert.match((await l5.textContent()) ?? '', /n\/a: the threat has no CVSS base score yet/);
    assert.match((await page.textContent('p.footnote')) ?? '', /^\* n\/a: the threat has no CVSS base score yet/);

    const dormant = await page.$$eval('table.dormant tbody tr', (rows) =>
      rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    assert.deepEqual(dormant, [
      ['secrets', 'get', 'all namespaces', '9', 'revoke'],
      ['networking.k8s.io/networkpolicies', 'delete', 'all namespaces', '6', 'none'],
    ]);
    assert.deepEqual(errors, []);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-ciso.png'), fullPage: true });

    // Printed: a white page without the screen's dark header, each agent on its own page, no threat split.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const header = getComputedStyle(document.querySelector('header.page')!);
      const article = getComputedStyle(document.querySelector('article.threat')!);
      return { headerBg: header.backgroundColor, articleBreak: article.breakInside };
    });
    assert.deepEqual(printed, { headerBg: 'rgb(255, 255, 255)', articleBreak: 'avoid' });
    await page.screenshot({ path: join(ARTIFACTS, 'report-ciso-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'report-ciso.pdf'), format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await page.close();
  } finally {
    await browser.close();
  }
});
