import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, codeSpan, fencedBlock, mermaidLabel } from '../../src/render/markdown-escape.js';
import { DiffLines } from '../../src/model/diff-lines.js';
import {
  planReview,
  MAX_INLINE_COMMENTS,
  candidateFingerprint,
  type ReviewCandidate,
} from '../../src/analyse/review-plan.js';
import { lineEdits } from '../../src/analyse/suggestions.js';
import { selectAnnotations, workflowCommand, type Annotation } from '../../src/render/workflow-commands.js';
import { makeRedactor } from '../../src/render/redact.js';
import { readInputs } from '../../src/action/inputs.js';
import { renderSummary, type SummaryView } from '../../src/render/pr-summary.js';
import { componentDiagram } from '../../src/render/mermaid-components.js';

test('untrusted text cannot forge Markdown: links, mentions, HTML, tables, fences', () => {
  const s = escapeMarkdown('[click](https://evil.example) @org/team #12 <img src=x> a|b **bold** `x`\n# heading');
  assert.doesNotMatch(s, /(?<!\\)\](?=\()/, 'an unescaped ] before ( would make a link');
  assert.doesNotMatch(s, /@org/);
  assert.doesNotMatch(s, /<img/);
  assert.doesNotMatch(s, /\|/);
  assert.doesNotMatch(s, /\n/);
  assert.doesNotMatch(s, /https:\/\//);
  assert.equal(escapeMarkdown('- item'), '\\- item');
  // an ordered-list marker is escaped on its dot (a backslash before a digit would show literally)
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
  assert.equal(escapeMarkdown('version 0.5'), 'version 0.5');
  // a backtick run inside a code span gets a longer fence
  assert.equal(codeSpan('a``b'), '```a``b```');
  assert.equal(fencedBlock('suggestion', 'x ``` y\n'), '````suggestion\nx ``` y\n````');
  assert.equal(fencedBlock('suggestion', ''), '```suggestion\n```');
  assert.doesNotMatch(mermaidLabel('a"]; click n1 "https://x'), /["\]]/);
});

test('diff lines: RIGHT lines of hunks (added and context), LEFT lines of removals', () => {
  const d = new DiffLines();
  d.addFilePatch('f.yaml', '@@ -1,4 +1,5 @@\n a\n-b\n+B\n+C\n c\n d\n@@ -20,2 +21,2 @@\n x\n-y\n+z');
  for (const l of [1, 2, 3, 4, 5, 21, 22]) assert.ok(d.has('f.yaml', l), `RIGHT ${l}`);
  for (const l of [6, 7, 20, 23]) assert.ok(!d.has('f.yaml', l), `not RIGHT ${l}`);
  assert.ok(d.isAdded('f.yaml', 2) && !d.isAdded('f.yaml', 1));
  assert.ok(d.hasLeft('f.yaml', 2) && d.hasLeft('f.yaml', 21) && !d.hasLeft('f.yaml', 5));
  assert.ok(d.hasRange('f.yaml', 1, 5) && !d.hasRange('f.yaml', 4, 21));
});

const cand = (line: number, extra: Partial<ReviewCandidate> = {}): ReviewCandidate => ({
  path: 'f.yaml',
  line,
  severity: 'error',
  body: `problem on ${line}`,
  summary: `s${line}`,
  ...extra,
});

test('review plan: only diff lines, no repeats, outdated ones removed unless replied to, at most 30 per review', () => {
  const d = new DiffLines();
  d.addFilePatch('f.yaml', `@@ -1,0 +1,40 @@\n${Array.from({ length: 40 }, (_, i) => `+l${i}`).join('\n')}`);
  const candidates = [...Array.from({ length: 35 }, (_, i) => cand(i + 1)), cand(100), cand(3)];
  const postedOld = [
    { id: 1, fingerprint: candidateFingerprint(cand(2)), hasReplies: false },
    { id: 2, fingerprint: 'f'.repeat(32), hasReplies: false },
    { id: 3, fingerprint: 'e'.repeat(32), hasReplies: true },
    { id: 4, fingerprint: candidateFingerprint(cand(2)), hasReplies: false },
  ];
  const plan = planReview(candidates, d, postedOld);
  assert.equal(plan.post.length, MAX_INLINE_COMMENTS);
  assert.equal(plan.overflow.length, 4, '35 on the diff, one already posted, one duplicate');
  assert.equal(plan.alreadyPosted, 1);
  assert.deepEqual(
    plan.outsideDiff.map((c) => c.line),
    [100],
  );
  assert.deepEqual(plan.remove, [2, 4], 'outdated, and a duplicate of a posted one');
  assert.deepEqual(plan.resolve, [3]);
  assert.ok(!plan.post.some((c) => c.line === 2));
});

test('suggestion edits: replacements anchored on existing lines', () => {
  assert.deepEqual(lineEdits('a\nstatus: closed\nc\n', 'a\nstatus: open\nreopened: x\nc\n'), [
    { start: 2, end: 2, replacement: 'status: open\nreopened: x\n' },
  ]);
  assert.deepEqual(lineEdits('a\nb\n', 'a\nb\nc\n'), [{ start: 2, end: 2, replacement: 'b\nc\n' }]);
  assert.deepEqual(lineEdits('a\nb\n', 'z\na\nb\n'), [{ start: 1, end: 1, replacement: 'z\na\n' }]);
});

test('annotations: most severe first, at most 10 errors and 10 warnings per step', () => {
  const mk = (severity: Annotation['severity'], i: number): Annotation => ({
    severity,
    file: 'f',
    line: i,
    title: 't',
    message: 'm',
  });
  const items = [
    ...Array.from({ length: 15 }, (_, i) => mk('warning', i)),
    ...Array.from({ length: 12 }, (_, i) => mk('error', i)),
    mk('note', 1),
  ];
  const { shown, dropped } = selectAnnotations(items);
  assert.deepEqual(
    shown.map((a) => a.severity),
    [...Array(10).fill('error'), ...Array(10).fill('warning'), 'note'],
  );
  assert.equal(dropped, 7);
  assert.equal(
    workflowCommand({ severity: 'note', file: 'a,b:c', line: 3, title: 'x', message: 'line1\nline2%' }),
    '::notice file=a%2Cb%3Ac,line=3,title=x::line1%0Aline2%25',
  );
});

test('redaction covers the token and the forms git and HTTP carry it in', () => {
  const token = 'ghs_abcdefghijklmnop1234';
  const redact = makeRedactor([token, '']);
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  assert.equal(redact(`a ${token} b AUTHORIZATION: basic ${basic} c`), 'a *** b AUTHORIZATION: basic *** c');
});

test('inputs are validated (the runner does not enforce them)', () => {
  assert.throws(
    () => readInputs({ 'INPUT_FAIL-ON': 'sometimes' }),
    /input 'fail-on': 'sometimes' is not one of error, warning, never/,
  );
  assert.throws(() => readInputs({ INPUT_COMMENT: 'yes' }), /input 'comment': 'yes' is not a boolean/);
  const d = readInputs({ GITHUB_TOKEN: 'x' });
  assert.deepEqual(
    [d.mode, d.failOn, d.comment, d.reviewComments, d.sarif, d.workingDirectory, d.token],
    ['check', 'error', true, true, 'threatcat.sarif', '.', 'x'],
  );
});

test('a summary over the size budget drops sections by priority and keeps the marker, verdict and next step', () => {
  const marker = '<!-- threatcat:summary -->';
  const problems = Array.from({ length: 2000 }, (_, i) => ({
    severity: 'error' as const,
    kind: 'finding' as const,
    rule: 'schema',
    file: 'c.threats.yaml',
    line: i + 1,
    message: `problem number ${i} `.repeat(5),
  }));
  const facts = Array.from({ length: 60 }, (_, i) => ({
    id: `c${i}`,
    kind: 'component' as const,
    category: 'mcp-tool',
    trustSource: `X/c${i}`,
    ...(i % 2 === 0 ? { mark: 'changed' as const } : {}),
  }));
  const view: SummaryView = {
    marker,
    quiet: false,
    status: 'fail',
    verdict: ':x: threatcat: 2000 problems to fix before this PR passes',
    failOn: 'error',
    version: '0.0.0',
    diffAvailable: true,
    counts: { errors: problems.length, warnings: 0, changes: 0, threats: 0 },
    nextStep: { commands: 'npx threatcat validate', offerCommitMode: false, byHand: true, write: false, count: 2000 },
    problems,
    changes: [],
    reopened: [],
    notices: [],
    notes: [],
    agents: [
      {
        agent: 'a',
        catalog: 'c.threats.yaml',
        diagram: componentDiagram('a', facts),
        facts,
        counts: { added: 0, changed: 30, removed: 0 },
      },
    ],
    omitted: { reopened: 0, changes: 0, problems: 0, diagrams: false },
  };
  const full = renderSummary(view, 'pr-comment.md.hbs', 10_000_000);
  assert.ok(full.length > 60_000);
  const body = renderSummary(view, 'pr-comment.md.hbs', 60_000);
  assert.ok(body.length <= 60_000, `${body.length}`);
  assert.ok(body.startsWith(`${marker}\n### :x: threatcat: 2000 problems`));
  assert.match(body, /```sh\nnpx threatcat validate\n```/);
  assert.match(body, /…and \d+ more \(see the job summary/);
  assert.match(body, /Component diagrams left out/);
});
