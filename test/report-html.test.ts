import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { copyExample, editFile, runCli, ROOT, tempDir } from './helpers/fixtures.js';
import { convergedExample } from './helpers/converged.js';

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
