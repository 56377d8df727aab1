import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { copyExample, ROOT, runCli, tempDir } from '../helpers/fixtures.js';

const SAMPLES = join(ROOT, 'test/fixtures/samples');
const FIXTURE = join(SAMPLES, 'otel-agent-traces.jsonl');
const NOW = '2026-11-21T12:00:00.000Z';

async function read(files: string[]) {
  const r = await readEvidence(
    files.map((abs) => ({ abs, file: abs })),
    { now: NOW },
  );
  return { ...r, rows: r.builder.toSummary().rows as unknown as Array<Record<string, unknown>> };
}

const str = (v: string) => ({ stringValue: v });
const attrs = (o: Record<string, string | number>) =>
  Object.entries(o).map(([key, v]) => ({ key, value: typeof v === 'number' ? { intValue: String(v) } : str(v) }));
const nanos = (iso: string) => `${Date.parse(iso)}000000`;

/** One ExportTraceServiceRequest line: spans of one resource. */
function request(resource: Record<string, string>, spans: Array<Record<string, unknown>>): string {
  return JSON.stringify({
    resourceSpans: [{ resource: { attributes: attrs(resource) }, scopeSpans: [{ scope: { name: 'test' }, spans }] }],
  });
}

let spanSeq = 0;
function span(name: string, kind: number, at: string, a: Record<string, string | number>, error = false) {
  spanSeq++;
  return {
    traceId: '5b8efff798038103d269b633813fc60c',
    spanId: spanSeq.toString(16).padStart(16, '0'),
    name,
    kind,
    startTimeUnixNano: nanos(at),
    endTimeUnixNano: nanos(at),
    attributes: attrs(a),
    status: error ? { code: 2, message: 'failed' } : {},
  };
}

test('OTLP file-exporter lines: tool calls, MCP calls (client and server side), agents and model calls by their GenAI attributes', async () => {
  const r = await read([FIXTURE]);
  assert.equal(r.files[0].reader, 'otlp', 'detected from the first line');
  assert.equal(r.events, 11, 'every GenAI or MCP span of the 11 is one event');
  assert.equal(r.malformed, 0);
  const tools = r.rows
    .filter((x) => x.type === 'tool')
    .map((x) => `${x.source} ${x.workload} ${x.server}/${x.tool} ${x.outcome} ${x.first}`);
  assert.deepEqual(tools, [
    // the MCP server's own span (kind SERVER, another resource): the server's evidence, under its workload
    'mcp-log tools/weather-mcp weather-mcp/get_weather ok 2026-08-22T12:00:01.950Z',
    // status ERROR (Forbidden) → error; a function tool has no server
    'sdk-callback agents/support-agent /kubectl_get error 2026-08-22T12:00:01.915Z',
    'sdk-callback agents/support-agent /search_runbooks ok 2026-08-22T12:00:01.910Z',
    // an MCP tools/call span (named "tools/call get_weather", not "execute_tool …"): the Service of server.address
    'sdk-callback agents/support-agent weather-mcp/get_weather ok 2026-08-22T12:00:01.920Z',
  ]);
  // invoke_agent, chat (gen_ai.provider.name or the legacy gen_ai.system), tools/list: coverage of the workload.
  const seen = r.rows.filter((x) => x.type === 'seen').map((x) => `${x.source} ${x.workload} ${x.count}`);
  assert.deepEqual(seen, ['sdk-callback agents/legacy-summarizer 1', 'sdk-callback agents/support-agent 6']);
});

test('OTLP: attributes decide, not span names; remote agents are tool calls; workloads from k8s resource attributes', async () => {
  const dir = tempDir();
  const file = join(dir, 'traces.jsonl');
  const at = '2026-11-20T10:00:00Z';
  writeFileSync(
    file,
    `${[
      request({ 'k8s.namespace.name': 'agents', 'k8s.pod.name': 'triage-6d9f7c8b5d-x2x9q', 'service.name': 'triage' }, [
        // a name that looks like a tool call, without GenAI attributes: an ordinary span, ignored
        span('execute_tool rm_rf', 1, at, { 'http.method': 'POST' }),
        // a remote agent (A2A): a tool call to that agent
        span('invoke_agent gitops-agent', 3, at, {
          'gen_ai.operation.name': 'invoke_agent',
          'gen_ai.agent.name': 'gitops-agent',
          'gen_ai.provider.name': 'openai',
          'server.address': 'gitops-agent.agents.svc.cluster.local',
        }),
        // the tool name only in the span name (the convention's "{operation} {target}")
        span('execute_tool k8s_apply_manifest', 1, at, {
          'gen_ai.operation.name': 'execute_tool',
          'error.type': 'tool_error',
        }),
        // an MCP call to a server outside the cluster: the address as it is
        span('tools/call create_issue', 3, at, {
          'mcp.method.name': 'tools/call',
          'gen_ai.tool.name': 'create_issue',
          'server.address': 'api.githubcopilot.com',
        }),
      ]),
      // a StatefulSet pod; an int64 time as a JSON number (lenient exporters)
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: attrs({ 'k8s.namespace.name': 'llm', 'k8s.statefulset.name': 'planner' }) },
            scopeSpans: [
              {
                spans: [
                  {
                    ...span('execute_tool search', 1, at, {
                      'gen_ai.operation.name': 'execute_tool',
                      'gen_ai.tool.name': 'search',
                    }),
                    startTimeUnixNano: Date.parse(at) * 1e6,
                  },
                ],
              },
            ],
          },
        ],
      }),
      // no Kubernetes attributes at all: no workload (the rows say the source has data, for no known workload)
      request({ 'service.name': 'laptop-agent' }, [
        span('execute_tool search', 1, at, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'search' }),
      ]),
      // a metrics line of a file exporter shared by all pipelines: not traces, one record that attributes nothing
      JSON.stringify({ resourceMetrics: [{ resource: {}, scopeMetrics: [] }] }),
    ].join('\n')}\n`,
  );
  const r = await read([file]);
  assert.equal(r.malformed, 0);
  // 5 GenAI or MCP spans, and the metrics line (every record is an event, a folded stage or malformed).
  assert.equal(r.events, 6);
  assert.equal(r.files[0].records, 4);
  assert.deepEqual(
    r.rows.filter((x) => x.type === 'tool').map((x) => `${x.workload} ${x.server}/${x.tool} ${x.outcome}`),
    [
      ' /search ok',
      'agents/triage /k8s_apply_manifest error',
      'agents/triage api.githubcopilot.com/create_issue ok',
      'agents/triage gitops-agent/gitops-agent ok',
      'llm/planner /search ok',
    ],
  );
});

test('OTLP: an A2A client span (a2a.method.name SendMessage) is a call of the remote agent it names; other A2A spans are coverage', async () => {
  const dir = tempDir();
  const file = join(dir, 'traces.jsonl');
  const at = '2026-11-20T10:00:00Z';
  // The A2A conventions (open-telemetry/semantic-conventions-genai model/a2a): the A2A SDK's spans carry no
  // gen_ai.operation.name, only the protocol's method and the target Agent Card's name.
  writeFileSync(
    file,
    `${[
      request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'triage' }, [
        span('SendStreamingMessage', 3, at, {
          'a2a.method.name': 'SendStreamingMessage',
          'a2a.protocol.version': '1.0',
          'gen_ai.agent.name': 'gitops-agent',
          'server.address': 'gitops-agent.agents.svc.cluster.local',
          'server.port': 8080,
        }),
        span('SendMessage', 3, at, {
          'a2a.method.name': 'SendMessage',
          'gen_ai.agent.name': 'billing-agent',
          'server.address': 'agents.example.com',
          'error.type': '-32001',
        }),
        // polling a task is not a new call
        span('GetTask', 3, at, { 'a2a.method.name': 'GetTask', 'gen_ai.agent.name': 'gitops-agent' }),
      ]),
      // the remote agent's own side: coverage of its workload
      request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'gitops-agent' }, [
        span('SendStreamingMessage', 2, at, {
          'a2a.method.name': 'SendStreamingMessage',
          'gen_ai.agent.name': 'gitops-agent',
        }),
      ]),
    ].join('\n')}\n`,
  );
  const r = await read([file]);
  assert.equal(r.malformed, 0);
  assert.equal(r.events, 4);
  assert.deepEqual(
    r.rows.filter((x) => x.type === 'tool').map((x) => `${x.source} ${x.workload} ${x.server}/${x.tool} ${x.outcome}`),
    [
      'sdk-callback agents/triage agents.example.com/billing-agent error',
      'sdk-callback agents/triage gitops-agent/gitops-agent ok',
    ],
  );
  assert.deepEqual(
    r.rows.filter((x) => x.type === 'seen').map((x) => `${x.workload} ${x.count}`),
    ['agents/gitops-agent 1', 'agents/triage 1'],
  );
});

test('OTLP: a metrics or logs line, or spans none of which is GenAI or MCP, is one record counted as an event: every record accounted for', async () => {
  const dir = tempDir();
  const file = join(dir, 'shared-export.jsonl');
  const at = '2026-11-20T10:00:00Z';
  writeFileSync(
    file,
    [
      request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'support-agent' }, [
        span('execute_tool search_runbooks', 1, at, {
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': 'search_runbooks',
        }),
      ]),
      JSON.stringify({
        resourceMetrics: [{ resource: { attributes: attrs({ 'service.name': 'api' }) }, scopeMetrics: [] }],
      }),
      JSON.stringify({ resourceLogs: [{ resource: { attributes: attrs({ 'service.name': 'api' }) }, scopeLogs: [] }] }),
      request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'support-agent' }, [
        span('GET /healthz', 2, at, { 'http.request.method': 'GET' }),
      ]),
    ].join('\n'),
  );
  const r = await read([file]);
  const f = r.files[0];
  assert.deepEqual([f.records, f.events, f.folded, f.malformed], [4, 4, 0, 0]);
  // Only the tool call attributes anything.
  assert.deepEqual(
    r.rows.filter((x) => x.type === 'tool').map((x) => x.tool),
    ['search_runbooks'],
  );
});

test('OTLP: gzip, a pretty-printed request, malformed lines counted and named by line', async () => {
  const dir = tempDir();
  const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n');
  const noTime = request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'x' }, [
    {
      ...span('execute_tool t', 1, '2026-11-20T10:00:00Z', { 'gen_ai.operation.name': 'execute_tool' }),
      startTimeUnixNano: '0',
    },
  ]);
  const gz = join(dir, 'traces.otlp');
  writeFileSync(
    gz,
    gzipSync(`${[lines[0], '{"resourceSpans": [ broken', noTime, lines[1], '{"hello":1}', lines[2]].join('\n')}\n`),
  );
  const r = await read([gz]);
  assert.equal(r.files[0].gzip, true);
  assert.equal(r.events, 11, 'the three good lines');
  assert.equal(r.malformed, 3);
  assert.deepEqual(
    r.files[0].samples.map((s) => `${s.line}: ${s.reason}`),
    [
      '2: invalid JSON (truncated)',
      `3: span ${(JSON.parse(noTime).resourceSpans[0].scopeSpans[0].spans[0] as { spanId: string }).spanId} (execute_tool t) has no valid startTimeUnixNano`,
      '5: not an OTLP JSON export line (resourceSpans, resourceMetrics or resourceLogs)',
    ],
  );

  // The same request pretty-printed as one document (an OTLP/HTTP body saved to a file): the same rows.
  const pretty = join(dir, 'request.json');
  writeFileSync(pretty, JSON.stringify(JSON.parse(lines[0]), null, 2));
  const one = await read([pretty]);
  const line = join(dir, 'line.jsonl');
  writeFileSync(line, `${lines[0]}\n`);
  assert.equal(one.malformed, 0);
  assert.deepEqual(one.rows, (await read([line])).rows);
  assert.equal(one.events, 7, 'six spans of the agent, one of the MCP server');
});

/** The example's tool-call log as the OTLP a traced agent and a traced MCP server would export. */
function toolCallsAsOtlp(): string {
  const calls = readFileSync(join(ROOT, 'examples/k8s-ops/evidence/tool-calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { time: string; tool: string; outcome?: string; source?: string });
  const agent = { 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'k8s-ops', 'service.name': 'k8s-ops' };
  const server = {
    'k8s.namespace.name': 'kagent',
    'k8s.deployment.name': 'kagent-tools',
    'service.name': 'kagent-tools',
  };
  const out: string[] = [];
  for (let i = 0; i < calls.length; i += 10) {
    const batch = calls.slice(i, i + 10);
    const client = batch.filter((c) => c.source !== 'mcp-log');
    const served = batch.filter((c) => c.source === 'mcp-log');
    const attrsOf = (c: (typeof calls)[number]) => ({
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': c.tool,
      'mcp.method.name': 'tools/call',
      'server.address': 'kagent-tools.kagent.svc.cluster.local',
    });
    if (client.length > 0)
      out.push(
        request(
          agent,
          client.map((c) => span(`tools/call ${c.tool}`, 3, c.time, attrsOf(c), c.outcome === 'error')),
        ),
      );
    if (served.length > 0)
      out.push(
        request(
          server,
          served.map((c) => span(`tools/call ${c.tool}`, 2, c.time, attrsOf(c), c.outcome === 'error')),
        ),
      );
  }
  return `${out.join('\n')}\n`;
}

test('ingest: OTLP traces close and re-open threats as the tool-call log they encode does', () => {
  const dir = copyExample();
  writeFileSync(join(dir, 'evidence/traces.jsonl'), toolCallsAsOtlp());
  const run = (toolEvidence: string) => {
    const r = runCli(
      ['ingest', 'evidence/audit.jsonl.gz', 'evidence/tetragon.jsonl', toolEvidence, '--format', 'json', '-C', dir],
      { cwd: dir },
    );
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return { code: r.code, out: JSON.parse(r.stdout) };
  };
  const log = run('evidence/tool-calls.jsonl');
  const otlp = run('evidence/traces.jsonl');
  assert.equal(otlp.out.snapshot.sources.otlp, 168);
  for (const k of ['closed', 'gaps', 'fired', 'reopened', 'dormant', 'denied', 'drift'])
    assert.deepEqual(otlp.out[k], log.out[k], k);
  assert.equal(otlp.code, log.code);
  assert.ok(
    otlp.out.closed.some((c: { threat: string }) => c.threat === 'K8SOPS-L1-01'),
    'the sdk-callback signal validated by traced tool calls',
  );

  // The agent applies a manifest and delegates to the GitOps sub-agent: both sdk-callback signals fire.
  const at = '2026-11-20T09:00:00Z';
  writeFileSync(
    join(dir, 'evidence/more.jsonl'),
    `${request({ 'k8s.namespace.name': 'agents', 'k8s.deployment.name': 'k8s-ops' }, [
      span('execute_tool k8s_apply_manifest', 1, at, {
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': 'k8s_apply_manifest',
      }),
      span('invoke_agent gitops-agent', 3, at, {
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': 'gitops-agent',
      }),
    ])}\n`,
  );
  const r = runCli(['ingest', 'evidence/traces.jsonl', 'evidence/more.jsonl', '--format', 'json', '-C', dir], {
    cwd: dir,
  });
  assert.equal(r.code, 1, r.stderr);
  const fired = JSON.parse(r.stdout).fired.map((f: { threat: string; source: string }) => `${f.threat} ${f.source}`);
  assert.deepEqual(fired.sort(), ['K8SOPS-L1-01 sdk-callback', 'K8SOPS-L7-01 sdk-callback']);
});
