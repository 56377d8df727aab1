import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { diffLines } from 'diff';
import {
  appendYamlItem,
  applyYamlEdits,
  setYamlValue,
  YamlEditError,
  type YamlEdit,
} from '../../src/render/yaml-edit.js';
import { copyExample, EXAMPLE, runCli } from '../helpers/fixtures.js';

/** A catalog written by a person: comments everywhere, mixed quoting, flow and block styles, blank lines. */
const CATALOG = `# Threat catalog — hand written.   
# Keep the order: security reviews it top to bottom.
apiVersion: threatcat.dev/v1alpha1
kind: ThreatCatalog
metadata:
  name: odd   # short name
  owners: {security: ["@sec"], platform: ['@plat']}
agent:
  name: odd
  workload: {kind: Deployment, name: odd, namespace: "agents"}
  manifests:
  - "manifests/*.yaml"      # dash at the key's column
  autonomyTier: approval
  aivss:
    version: "0.5"
    factors: {autonomyOfAction: 0.5, goalDrivenPlanning: 1, selfModification: 0, toolUse: 1, memoryUse: 0.5,
      contextualAwareness: 1, dynamicIdentity: 0.5, multiAgentInteractions: 0, nonDeterminism: 0.5, opacityAndReflexivity: 0.5}

components:
  - id: model
    category: inference
    trustSource: { kind: ModelConfig, name: m }
    telemetry: [sdk-callback]
    blastSurface: []


threats:
  # --- first threat: closed after the October window ---
  - id: T-1
    title: 'Prompt injection: the model is told to leak'
    class: coercion
    layer: L1
    components: [model]
    status: closed        # validated 2026-10-30, see evidence
    evidence:
      - source: sdk-callback
        signal:
          description: |
            a tool call
            outside the baseline
        validated: {at: "2026-10-30T00:00:00Z", snapshot: "sha256:${'a'.repeat(64)}", events: 12}
    # trailing note for T-1, keep me
  - id: T-2   # second
    title: "Model version swap"
    class: compromise
    layer: L3
    components:
      - model
    status: accepted
    acceptance:
      by: "@sec"     # who
      reason: low impact
    reopened:
      event: mcp-connection-added   # old record
      at: "2026-01-01T00:00:00Z"
    evidence: []
# end of file comment
`;

const REOPEN = {
  event: 'model-version-updated',
  ref: 'abc123',
  at: '2026-11-21T12:00:00Z',
  subject: 'gpt-4o → gpt-4.1',
};

/** Lines removed and added between two texts. */
function changes(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

function load(text: string): any {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}

/** Validates catalog text with the real CLI (schema + rules), in a copy of the example repository. */
function assertValid(text: string): void {
  const dir = copyExample();
  writeFileSync(join(dir, 'k8s-ops.threats.yaml'), text);
  const r = runCli(['validate', '-C', dir, '--format', 'json']);
  const schema = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'schema');
  assert.deepEqual(schema, [], r.stdout);
}

test('the hand-written fixture is a valid catalog (so the edits below are on realistic input)', () => {
  assertValid(CATALOG);
});

test('setting a scalar changes only that value; the comment on its line stays', () => {
  const out = setYamlValue(CATALOG, ['threats', 0, 'status'], 'open');
  assert.deepEqual(changes(CATALOG, out), {
    removed: ['    status: closed        # validated 2026-10-30, see evidence'],
    added: ['    status: open        # validated 2026-10-30, see evidence'],
  });
  assert.equal(load(out).threats[0].status, 'open');
});

test('adding a block mapping key (a reopened record) after status adds lines only, at the mapping indentation', () => {
  const out = setYamlValue(CATALOG, ['threats', 0, 'reopened'], REOPEN, { after: 'status' });
  const { removed, added } = changes(CATALOG, out);
  assert.deepEqual(removed, []);
  assert.deepEqual(added, [
    '    reopened:',
    '      event: model-version-updated',
    '      ref: abc123',
    '      at: 2026-11-21T12:00:00Z',
    '      subject: gpt-4o → gpt-4.1',
  ]);
  const lines = out.split('\n');
  assert.equal(
    lines[lines.indexOf('    reopened:') - 1],
    '    status: closed        # validated 2026-10-30, see evidence',
  );
  const data = load(out);
  assert.deepEqual(data.threats[0].reopened, REOPEN);
  assertValid(out);
});

test('replacing an existing block mapping swaps exactly its lines; the comment on the key line survives', () => {
  const text = CATALOG.replace('    reopened:\n', '    reopened:   # last re-open\n');
  const out = setYamlValue(text, ['threats', 1, 'reopened'], REOPEN);
  const { removed, added } = changes(text, out);
  assert.deepEqual(removed, ['      event: mcp-connection-added   # old record', '      at: "2026-01-01T00:00:00Z"']);
  assert.deepEqual(added, [
    '      event: model-version-updated',
    '      ref: abc123',
    '      at: 2026-11-21T12:00:00Z',
    '      subject: gpt-4o → gpt-4.1',
  ]);
  assert.match(out, /reopened: {3}# last re-open\n/);
  assert.deepEqual(load(out).threats[1].reopened, REOPEN);
});

test('the same edits applied twice give the same bytes as once', () => {
  const edits = [
    { op: 'set', path: ['threats', 0, 'status'], value: 'open' },
    { op: 'set', path: ['threats', 0, 'reopened'], value: REOPEN, after: 'status' },
    { op: 'set', path: ['threats', 1, 'status'], value: 'open' },
    { op: 'set', path: ['threats', 1, 'reopened'], value: REOPEN, after: 'status' },
  ] as const;
  const once = applyYamlEdits(CATALOG, edits);
  assert.notEqual(once, CATALOG);
  assert.equal(applyYamlEdits(once, edits), once);
  // Same data in another key order is the same data: no rewrite of the human's order.
  assert.equal(
    setYamlValue(once, ['threats', 0, 'reopened'], {
      subject: REOPEN.subject,
      at: REOPEN.at,
      ref: REOPEN.ref,
      event: REOPEN.event,
    }),
    once,
  );
});

test('every line outside the edited nodes is byte-identical, comments included', () => {
  const out = applyYamlEdits(CATALOG, [
    { op: 'set', path: ['threats', 0, 'status'], value: 'open' },
    { op: 'set', path: ['threats', 0, 'reopened'], value: REOPEN, after: 'status' },
    { op: 'set', path: ['threats', 1, 'reopened'], value: REOPEN },
  ]);
  const { removed } = changes(CATALOG, out);
  assert.deepEqual(removed, [
    '    status: closed        # validated 2026-10-30, see evidence',
    '      event: mcp-connection-added   # old record',
    '      at: "2026-01-01T00:00:00Z"',
  ]);
  for (const comment of CATALOG.split('\n').filter((l) => l.includes('#') && !removed.includes(l))) {
    assert.ok(out.split('\n').includes(comment), `line kept: ${comment}`);
  }
});

test('appending to a block sequence follows the existing dash column; to a flow sequence stays flow', () => {
  const ev = { source: 'kube-audit', signal: { description: 'secrets read' } };
  const out = appendYamlItem(CATALOG, ['threats', 0, 'evidence'], ev);
  assert.deepEqual(changes(CATALOG, out), {
    removed: [],
    added: ['      - source: kube-audit', '        signal:', '          description: secrets read'],
  });
  // The new item goes after the last item's content, before the comment that trails the mapping.
  assert.match(out, /events: 12\}\n {6}- source: kube-audit\n[\s\S]*\n {4}# trailing note for T-1, keep me\n/);
  assert.deepEqual(load(out).threats[0].evidence[1], ev);

  const flow = appendYamlItem(CATALOG, ['threats', 0, 'components'], 'identity');
  assert.deepEqual(changes(CATALOG, flow), {
    removed: ['    components: [model]'],
    added: ['    components: [model, identity]'],
  });
  // init writes padded flow lists (`[ a, b ]`): the padding stays on both sides.
  const padded = appendYamlItem('components: [ model, tools ] # reviewed\n', ['components'], 'identity');
  assert.equal(padded, 'components: [ model, tools, identity ] # reviewed\n');

  const empty = appendYamlItem(CATALOG, ['threats', 1, 'evidence'], ev);
  assert.deepEqual(load(empty).threats[1].evidence, [ev]);

  const zeroIndent = appendYamlItem(CATALOG, ['agent', 'manifests'], 'more/*.yaml');
  assert.deepEqual(changes(CATALOG, zeroIndent), { removed: [], added: ['  - more/*.yaml'] });
});

test('a derived flow list that outgrows one line is rewritten in block style, as init writes a long list; the comment on its line stays, and the same edit again changes nothing', () => {
  const text =
    'components:\n  - id: runtime # the pods\n    category: runtime\n' +
    '    blastSurface: [the node the pod runs on, the mounted ServiceAccount token] # reviewed\n    telemetry: [ebpf]\n';
  const wide = [
    'the node the pod runs on',
    'the mounted ServiceAccount token',
    'the instance metadata service (169.254.169.254, fd00:ec2::254)',
    'any network destination, the internet included (no NetworkPolicy limits egress)',
  ];
  const edit: YamlEdit = { op: 'set', path: ['components', 0, 'blastSurface'], value: wide };
  const out = applyYamlEdits(text, [edit]);
  assert.equal(
    out,
    'components:\n  - id: runtime # the pods\n    category: runtime\n    blastSurface: # reviewed\n' +
      `${wide.map((w) => `      - ${w}\n`).join('')}    telemetry: [ebpf]\n`,
  );
  assert.ok(
    out.split('\n').every((l) => l.length <= 120),
    'no line longer than init writes',
  );
  assert.equal(applyYamlEdits(out, [edit]), out, 'byte-identical on the second write');
  // A list that still fits stays on its line.
  const short = applyYamlEdits(text, [{ ...edit, value: ['the node the pod runs on', 'the IMDS'] }]);
  assert.match(short, /\n {4}blastSurface: \[the node the pod runs on, the IMDS\] # reviewed\n/);
  // Back to a short list from block: it stays block (the file's style, no churn).
  const back = applyYamlEdits(out, [{ ...edit, value: ['the node the pod runs on'] }]);
  assert.match(back, /\n {4}blastSurface: # reviewed\n {6}- the node the pod runs on\n {4}telemetry/);
});

test('a missing intermediate key is created under the nearest mapping', () => {
  const out = setYamlValue(CATALOG, ['threats', 0, 'capability', 'tools'], ['k8s_get']);
  assert.deepEqual(load(out).threats[0].capability, { tools: ['k8s_get'] });
  assert.deepEqual(changes(CATALOG, out).removed, []);
});

test('a four-space, CRLF file keeps its indentation and line endings', () => {
  const text = 'metadata:\r\n    name: x\r\nthreats:\r\n    -   id: A\r\n        status: closed\r\n';
  const out = setYamlValue(setYamlValue(text, ['threats', 0, 'status'], 'open'), ['threats', 0, 'reopened'], {
    event: 'signal-fired',
    at: 'x',
  });
  assert.equal(
    out,
    'metadata:\r\n    name: x\r\nthreats:\r\n    -   id: A\r\n        status: open\r\n        reopened:\r\n            event: signal-fired\r\n            at: x\r\n',
  );
});

test('the example catalog: re-open every threat, validate, and nothing else moves', () => {
  const text = readFileSync(join(EXAMPLE, 'k8s-ops.threats.yaml'), 'utf8');
  const n = load(text).threats.length;
  let out = text;
  for (let i = 0; i < n; i++) {
    out = setYamlValue(out, ['threats', i, 'status'], 'open');
    out = setYamlValue(out, ['threats', i, 'reopened'], REOPEN, { after: 'status' });
  }
  const data = load(out);
  assertValid(out);
  assert.equal(data.threats.filter((t: any) => t.reopened?.event === REOPEN.event).length, n);
  const { removed } = changes(text, out);
  assert.ok(
    removed.every((l) => /^ {4}status: /.test(l)),
    `only status lines replaced: ${removed.join(' | ')}`,
  );
});

test('impossible edits fail clearly instead of corrupting the file', () => {
  assert.throws(() => setYamlValue(CATALOG, ['threats', 9, 'status'], 'open'), YamlEditError);
  assert.throws(() => setYamlValue(CATALOG, ['kind', 'x'], 1), /not a mapping or sequence/);
  assert.throws(() => appendYamlItem(CATALOG, ['metadata', 'name'], 'x'), /not a sequence/);
  assert.throws(() => setYamlValue('a: [1\n', ['a'], 1), /does not parse/);
});

test('values written inside a flow collection are quoted for flow context and stay on their line (found by fuzzing)', () => {
  const text = 'a:\n  match: { decision: forbid, resource: [roles, bindings] } # keep\n  refs: [x, y]\n';
  const cases: Array<[YamlEdit, unknown]> = [
    [{ op: 'set', path: ['a', 'match', 'decision'], value: 'z[~' }, 'z[~'],
    [{ op: 'set', path: ['a', 'refs', 0], value: 'a, b' }, 'a, b'],
    [{ op: 'set', path: ['a', 'match', 'go'], value: { fcq: 'multi\nline' } }, { fcq: 'multi\nline' }],
    [{ op: 'append', path: ['a', 'refs'], value: 'c]' }, 'c]'],
    [{ op: 'set', path: ['a', 'match', 'decision'], value: 'two\nlines' }, 'two\nlines'],
  ];
  for (const [edit, expected] of cases) {
    const out = applyYamlEdits(text, [edit]);
    const data = jsYaml.load(out) as { a: { match: Record<string, unknown>; refs: unknown[] } };
    const last = edit.path[edit.path.length - 1];
    const got =
      edit.op === 'append'
        ? data.a.refs.at(-1)
        : edit.path[1] === 'refs'
          ? data.a.refs[0]
          : data.a.match[last as string];
    assert.deepEqual(got, expected, out);
    assert.equal(out.split('\n').length, text.split('\n').length, `one line still:\n${out}`);
    assert.match(out, /# keep\n/);
  }
});

test('a value that becomes several lines keeps the comment that followed it, as a comment (found by fuzzing)', () => {
  const text = 'a:\n  title: old   # reviewed\n  list: [x]\n  map:\n    k: 1\n    j: 2   # last\nb: 1\n';
  const cases: Array<[string[], unknown]> = [
    [['a', 'title'], 'multi\nline'],
    [['a', 'map'], 'multi\nline'],
    [['a', 'title'], { k: 'v', w: [1, 2] }],
  ];
  for (const [path, value] of cases) {
    const out = applyYamlEdits(text, [{ op: 'set', path, value }]);
    const data = jsYaml.load(out) as { a: Record<string, unknown>; b: number };
    assert.deepEqual(data.a[path[1]], value, out);
    assert.equal(data.b, 1);
    const comment = path[1] === 'title' ? '# reviewed' : '# last';
    assert.ok(out.includes(comment), `the comment is kept:\n${out}`);
    assert.doesNotMatch(JSON.stringify(data), /#/, 'and it is not part of any value');
  }
});

test('a score rewritten inside a flow block keeps its one decimal, as init writes it: 6.0, not 6', () => {
  const text =
    '    aivss: {score: 4.4, severity: Medium, vector: (CVSS:6.3/AARS:2.5)} # computed\n    list: [1.5, 2]\n';
  const out = applyYamlEdits(text, [
    { op: 'set', path: ['aivss', 'score'], value: 6 },
    { op: 'set', path: ['list', 0], value: 3 },
  ]);
  assert.equal(
    out,
    '    aivss: {score: 6.0, severity: Medium, vector: (CVSS:6.3/AARS:2.5)} # computed\n    list: [3.0, 2]\n',
  );
});

test('a comment op replaces the reason beside a value, adds one where there is none, and stays one line', () => {
  const text =
    'cvss:\n  base: 6.3 # old reach\n  vector: CVSS:4.0/AV:N\nflow: {base: 5.3, exploitMaturity: poc} # library\nbare: 1\nmid: {a: 1,\n  b: 2}\n';
  const out = applyYamlEdits(text, [
    { op: 'comment', path: ['cvss', 'base'], comment: 'new reach\n- injected: true' },
    { op: 'comment', path: ['flow', 'base'], comment: 'raised' },
    { op: 'comment', path: ['bare'], comment: 'why' },
    { op: 'comment', path: ['mid', 'a'], comment: 'inside' },
  ]);
  assert.equal(
    out,
    'cvss:\n  base: 6.3 # new reach - injected: true\n  vector: CVSS:4.0/AV:N\nflow: {base: 5.3, exploitMaturity: poc} # raised\nbare: 1 # why\nmid: {a: 1,\n  b: 2} # inside\n',
  );
  assert.deepEqual(jsYaml.load(out), jsYaml.load(text), 'comments only: the data is the same');
  assert.equal(applyYamlEdits(out, [{ op: 'comment', path: ['bare'], comment: 'why' }]), out, 'idempotent');
  assert.throws(() => applyYamlEdits(text, [{ op: 'comment', path: ['nope'], comment: 'x' }]), YamlEditError);
});

test("a comment op with `replaces` rewrites only the tool's own words: a person's comment on the line stays", () => {
  const text = 'factors:\n  a: 0.5 # reads state in its namespace(s)\n  b: 0.5        # 0.70\n  c: 0.5\n';
  const edit = (path: string, comment: string): YamlEdit => ({
    op: 'comment',
    path: ['factors', path],
    comment,
    replaces: 'reads state in its namespace(s)',
  });
  const out = applyYamlEdits(text, [edit('a', 'reads cluster-wide'), edit('b', 'x'), edit('c', 'y')]);
  assert.equal(out, 'factors:\n  a: 0.5 # reads cluster-wide\n  b: 0.5        # 0.70\n  c: 0.5 # y\n');
});

test('an append with a comment puts it on its own line above the new item, at the dash column, one line', () => {
  const text = 'threats:\n  - id: A # kept\n    status: open\n\n# trailing\n';
  const out = applyYamlEdits(text, [
    { op: 'append', path: ['threats'], value: { id: 'B', status: 'open' }, comment: 'applies because:\n- x: 1' },
  ]);
  assert.equal(
    out,
    'threats:\n  - id: A # kept\n    status: open\n  # applies because: - x: 1\n  - id: B\n    status: open\n\n# trailing\n',
  );
  assert.deepEqual((jsYaml.load(out) as { threats: unknown[] }).threats, [
    { id: 'A', status: 'open' },
    { id: 'B', status: 'open' },
  ]);
  const crlf = appendYamlItem('list:\r\n  - a\r\n', ['list'], 'b', { comment: 'why' });
  assert.equal(crlf, 'list:\r\n  - a\r\n  # why\r\n  - b\r\n');
});

test('U+2028, U+2029 and NEL in a written value, key or comment: escaped in double quotes (or as text in a comment), never a line break; the data re-reads the same', () => {
  const name = 'a\u2028b\u2029c\u0085d';
  const raw = /[\u0085\u2028\u2029]/;
  const text = "a:\n  plain: old # keep\n  single: 'old'\n  flow: {x: 1}\n  list:\n    - one\n  block:\n    k: v\n";
  const cases: Array<[YamlEdit, (d: Record<string, any>) => unknown, unknown]> = [
    [{ op: 'set', path: ['a', 'plain'], value: name }, (d) => d.a.plain, name],
    [{ op: 'set', path: ['a', 'single'], value: name }, (d) => d.a.single, name],
    [{ op: 'set', path: ['a', 'flow', 'x'], value: name }, (d) => d.a.flow.x, name],
    [
      { op: 'set', path: ['a', 'new'], value: { [name]: [name, 'multi\nline'] } },
      (d) => d.a.new,
      { [name]: [name, 'multi\nline'] },
    ],
    [
      { op: 'set', path: ['a', 'block'], value: { k: `${name}\nsecond line` } },
      (d) => d.a.block.k,
      `${name}\nsecond line`,
    ],
    [{ op: 'append', path: ['a', 'list'], value: name, comment: `why: ${name}` }, (d) => d.a.list[1], name],
    [{ op: 'set', path: ['a', 'other'], value: 1, comment: `why: ${name}` }, (d) => d.a.other, 1],
  ];
  for (const [edit, get, expected] of cases) {
    const out = applyYamlEdits(text, [edit]);
    assert.doesNotMatch(out, raw, out);
    assert.deepEqual(get(jsYaml.load(out) as Record<string, any>), expected, out);
    if ('comment' in edit) assert.ok(out.includes('# why: a\\u2028b\\u2029c\\u0085d'), out);
    if (edit.op === 'set') assert.equal(applyYamlEdits(out, [edit]), out, 'a second write changes nothing');
  }
  // A comment op, and its `replaces` recognising the tool's own earlier words, written escaped.
  const commented = applyYamlEdits(text, [{ op: 'comment', path: ['a', 'flow', 'x'], comment: `reach of ${name}` }]);
  assert.ok(commented.includes('  flow: {x: 1} # reach of a\\u2028b\\u2029c\\u0085d\n'), commented);
  const replaced = applyYamlEdits(commented, [
    { op: 'comment', path: ['a', 'flow', 'x'], comment: 'raised', replaces: `reach of ${name}` },
  ]);
  assert.ok(replaced.includes('  flow: {x: 1} # raised\n'), replaced);
});

test('a key whose value is written `null`, `~` or nothing, set to a list or a map: the new value replaces the null word, its comment stays, and a second write changes nothing (found by fuzzing)', () => {
  for (const written of [
    'null',
    '~',
    'Null',
    '',
    'null   # none yet',
    '# none yet',
    '!!null # none yet',
    '!!null ""',
  ]) {
    const text = `threat:\n  mitigations:${written ? ` ${written}` : ''}\n  status: open\n`;
    for (const value of [['network policy', 'approval'], { owner: 'platform', review: 'quarterly' }]) {
      const out = setYamlValue(text, ['threat', 'mitigations'], value);
      assert.deepEqual(jsYaml.load(out), { threat: { mitigations: value, status: 'open' } }, out);
      assert.doesNotMatch(out, /null|~/, `no null word left behind:\n${out}`);
      if (written.includes('#')) assert.match(out, /^ {2}mitigations: # none yet\n/m, out);
      assert.equal(setYamlValue(out, ['threat', 'mitigations'], value), out, 'a second write changes nothing');
    }
    // A one-line value keeps the comment after it, a blank between them.
    for (const value of ['tracked elsewhere', []]) {
      const out = setYamlValue(text, ['threat', 'mitigations'], value);
      assert.deepEqual(jsYaml.load(out), { threat: { mitigations: value, status: 'open' } }, out);
      if (written.includes('#')) assert.match(out, / # none yet\n/, out);
    }
    // A list appended to a null key, and a deeper key set under it, go through the same replacement.
    const appended = appendYamlItem(text, ['threat', 'mitigations'], 'approval');
    assert.deepEqual(jsYaml.load(appended), { threat: { mitigations: ['approval'], status: 'open' } }, appended);
    const deeper = setYamlValue(text, ['threat', 'mitigations', 'owner'], 'platform');
    assert.deepEqual(jsYaml.load(deeper), { threat: { mitigations: { owner: 'platform' }, status: 'open' } }, deeper);
  }
});

test('an anchored list item (`- &a1 ""`) or an empty one (`-`, `- &a1`, `- # why`) replaced by a list, a map or a scalar: valid YAML with the new value, the anchor kept so its aliases still load (found by fuzzing)', () => {
  const items = ['&a1 ""', '&a1 null', '&a1 old # why', '&a1 [x]', '&a1', '!!str x', '!!null "" # why', '', '# why'];
  for (const item of items) {
    const anchored = item.includes('&a1');
    const text = `evidence:\n  - ${item}\n  - kept\n${anchored ? 'again: *a1\n' : ''}`.replace('- \n', '-\n');
    for (const value of [['kube-audit', 'mcp-log'], { source: 'ebpf', signal: 'exec' }, 'one word', 'two\nlines']) {
      const out = setYamlValue(text, ['evidence', 0], value);
      const expected: Record<string, unknown> = { evidence: [value, 'kept'] };
      if (anchored) expected.again = value;
      assert.deepEqual(jsYaml.load(out), expected, `${item} = ${JSON.stringify(value)}:\n${out}`);
      if (item.includes('#')) assert.match(out, /# why/, `the comment stays:\n${out}`);
      assert.equal(setYamlValue(out, ['evidence', 0], value), out, 'a second write changes nothing');
    }
  }
  // A value under a key: replaced by a collection, it keeps its anchor too.
  for (const written of ['&s ""', '&s null', '&s', '&s\n    k: v']) {
    const text = `a:\n  b: ${written}\n  c: *s\n`;
    const out = setYamlValue(text, ['a', 'b'], ['x', 'y']);
    assert.deepEqual(jsYaml.load(out), { a: { b: ['x', 'y'], c: ['x', 'y'] } }, out);
  }
});

test('a new key whose value is an empty list or map, with a comment: one line, `key: [] # why`, also where sequences are not indented under their key (found by fuzzing)', () => {
  const text = 'agent:\n  manifests:\n  - "manifests/*.yaml"\n  name: ops\n';
  for (const value of [[], {}]) {
    const out = setYamlValue(text, ['agent', 'tools'], value, { comment: 'none granted yet' });
    assert.equal(out, `${text}  tools: ${JSON.stringify(value)} # none granted yet\n`);
    assert.deepEqual((jsYaml.load(out) as { agent: Record<string, unknown> }).agent.tools, value);
  }
});

test('a list written at the column of its key (`- a` under `tools:`) replaced by a list init writes on one line: the one line goes under the key, deeper than it, where it parses (found by fuzzing)', () => {
  const text =
    'threats:\n- id: T-1\n  capability:\n    tools:\n    - k8s_apply_manifest\n    - k8s_get # read only\n  status: open\n';
  const tools = ['k8s_apply_manifest', 'k8s_patch_resource', 'k8s_get'];
  const edit: YamlEdit = { op: 'set', path: ['threats', 0, 'capability', 'tools'], value: tools, compact: true };
  const out = applyYamlEdits(text, [edit]);
  assert.equal(
    out,
    'threats:\n- id: T-1\n  capability:\n    tools:\n      [k8s_apply_manifest, k8s_patch_resource, k8s_get]\n  status: open\n',
  );
  assert.deepEqual(jsYaml.load(out), {
    threats: [{ id: 'T-1', capability: { tools }, status: 'open' }],
  });
  assert.equal(applyYamlEdits(out, [edit]), out, 'a second write changes nothing');
});

test('a single-quoted value with a comment after it, set to several lines: the comment stays after the closing quote, not inside the string (found by fuzzing)', () => {
  const text = "threats:\n- id: T-1\n  title: 'Prompt injection' # from the library\n  status: open\n";
  const title = 'Prompt injection\nthrough tool results\n';
  const out = setYamlValue(text, ['threats', 0, 'title'], title);
  assert.deepEqual(jsYaml.load(out), { threats: [{ id: 'T-1', title, status: 'open' }] }, out);
  assert.match(out, /' # from the library\n {2}status: open\n$/, out);
  assert.equal(setYamlValue(out, ['threats', 0, 'title'], title), out, 'a second write changes nothing');
});

test('values written by an edit are quoted where a YAML 1.1 reader (PyYAML, yamllint) would misread or refuse them', () => {
  const text = 'signal:\n  match: {endpoint: [":10250*"]}\n  verbs: [get]\nnote: plain\n';
  let out = setYamlValue(text, ['signal', 'match', 'endpoint'], [':10250*', ':10255*']);
  out = setYamlValue(out, ['signal', 'verbs'], ['get', 'on']);
  out = setYamlValue(out, ['note'], 'yes');
  out = appendYamlItem(out, ['signal', 'verbs'], '1:20');
  assert.match(out, /endpoint: \[":10250\*", ":10255\*"\]/);
  assert.match(out, /verbs: \[get, "on", "1:20"\]/);
  assert.match(out, /^note: "yes"$/m);
  assert.deepEqual(jsYaml.load(out), {
    signal: { match: { endpoint: [':10250*', ':10255*'] }, verbs: ['get', 'on', '1:20'] },
    note: 'yes',
  });
});
