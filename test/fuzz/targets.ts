// Fuzz targets: properties over arbitrary and mutated input, for every reader threatcat runs on untrusted files,
// the comment-preserving YAML writer, the RBAC matcher and AIVSS. `npm run fuzz` runs them at scale
// (scripts/fuzz.mjs, ≥ 100,000 inputs); test/fuzz/fuzz.test.ts runs a few seconds' worth in the test suite.
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, statSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { loadCatalogText } from '../../src/read/catalog-file.js';
import { fluxKustomizationsIn, fluxVariables, substituteObject } from '../../src/read/flux-substitution.js';
import { editedKustomization, overrideKustomization, overridesIn } from '../../src/read/gitops-overrides.js';
import { readManifestText } from '../../src/read/manifests/manifest-file.js';
import { findAgentSurface, readSurface } from '../../src/read/manifests/surface.js';
import { parseBaselineText } from '../../src/read/baseline-file.js';
import { createReader, detectEnvelope, detectReader } from '../../src/read/evidence/detect.js';
import { NOT_EVIDENCE } from '../../src/read/evidence/audit-envelope.js';
import { SummaryBuilder } from '../../src/read/evidence/summary-builder.js';
import { BadRecord, type ReadContext } from '../../src/read/evidence/reader.js';
import { AuditBatchCounter, AuditBatchParser, type LineTarget } from '../../src/read/evidence/audit-batch.js';
import { type KubeAuditReader, kubeAuditReader } from '../../src/read/evidence/kube-audit.js';
import { invalidJson, isBlank, NULL_RECORD } from '../../src/read/evidence/record-text.js';
import {
  JsonElementSplitter,
  LineSplitter,
  YamlDocumentSplitter,
  type Splitter,
} from '../../src/read/evidence/splitters.js';
import { readEvidence } from '../../src/read/evidence/read-evidence.js';
import { FramingSniffer, framingOf } from '../../src/read/evidence/framing.js';
import { validateCatalogs } from '../../src/analyse/validate.js';
import { applyYamlEdits, YamlEditError, type YamlEdit } from '../../src/render/yaml-edit.js';
import { policyRuleAllows, ruleAllows, type PolicyRule } from '../../src/analyse/rbac-match.js';
import { computeAivss, FACTOR_KEYS, type AivssInput } from '../../src/analyse/aivss.js';
import { InputError } from '../../src/model/input-error.js';
import { decodeText } from '../../src/read/text-file.js';
import { READER_NAMES, type ReaderName } from '../../src/model/observation.js';
import type { DeclaredPermission, RbacRequest } from '../../src/model/surface.js';
import type { AivssFactors } from '../../src/model/catalog.js';
import type { ManifestFile } from '../../src/model/manifest.js';
import { CATALOG } from '../helpers/catalogs.js';
import { samePassesProperty } from './yaml-edit-passes.js';
import { subsetAgreesProperty, subsetPositionsProperty } from './yaml-block-subset.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// ---------------------------------------------------------------------------------------------------------
// Bounds and checks shared by every target.

/**
 * What one input may cost at most. Generous for a loaded 2-core machine, far below a hang: inputs here are at
 * most a few hundred KiB, and the bugs this catches (super-linear parsing, alias expansion) cost seconds to
 * minutes on them. Time is the process's CPU time, not the clock's: on a busy CI runner the clock also counts
 * other jobs, and a bound on it failed once at load 10 on an input that took a few milliseconds of work.
 */
export const BOUND = { ms: 5_000, heapBytes: 512 * 1024 * 1024 };

/** CPU milliseconds (user and system, every thread of the process) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/** Runs `fn`, failing when it costs more than BOUND (CPU time, and heap growth across the call). */
function bounded<T>(what: string, size: number, fn: () => T): T {
  const heap = process.memoryUsage().heapUsed;
  const start = process.cpuUsage();
  const result = fn();
  const ms = cpuMs(start);
  if (ms > BOUND.ms)
    throw new Error(`${what}: ${ms.toFixed(0)} ms of CPU on ${size} characters (bound ${BOUND.ms} ms)`);
  const grew = process.memoryUsage().heapUsed - heap;
  if (grew > BOUND.heapBytes)
    throw new Error(`${what}: heap grew ${(grew / 2 ** 20).toFixed(0)} MiB on ${size} characters`);
  return result;
}

async function boundedAsync<T>(what: string, size: number, fn: () => Promise<T>): Promise<T> {
  const start = process.cpuUsage();
  const result = await fn();
  const ms = cpuMs(start);
  if (ms > BOUND.ms) throw new Error(`${what}: ${ms.toFixed(0)} ms of CPU on ${size} bytes (bound ${BOUND.ms} ms)`);
  return result;
}

function fail(message: string): never {
  throw new Error(message);
}

/** A position a user can follow: the file given, line and column from 1 (and the line inside the text). */
function checkPosition(p: { file: string; line: number; column: number }, file: string, text: string, what: string) {
  if (p.file !== file) fail(`${what}: position names ${JSON.stringify(p.file)}, not ${file}`);
  const lines = text.split('\n').length;
  if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines + 1) fail(`${what}: line ${p.line} of ${lines}`);
  if (!Number.isInteger(p.column) || p.column < 1) fail(`${what}: column ${p.column}`);
}

function checkMessage(m: string, what: string): void {
  if (typeof m !== 'string' || m.length === 0) fail(`${what}: empty message`);
  if (/Maximum call stack|RangeError|TypeError|undefined is not|Cannot read prop/.test(m))
    fail(`${what}: an internal error surfaced as a message: ${m}`);
}

// ---------------------------------------------------------------------------------------------------------
// Seeds: real files of every kind the readers know, to mutate.

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const abs = join(dir, name);
    if (ext.test(name) && statSync(abs).isFile()) out.push(abs);
  }
  return out.sort();
}

const read = (abs: string) =>
  abs.endsWith('.gz') ? gunzipSync(readFileSync(abs)).toString('utf8') : readFileSync(abs, 'utf8');

const MANIFEST_SEEDS = [
  ...filesUnder(join(ROOT, 'examples/k8s-ops/manifests'), /\.ya?ml$/),
  ...filesUnder(join(ROOT, 'test/fixtures/kinds'), /\.(ya?ml|json)$/),
  ...filesUnder(join(ROOT, 'test/fixtures/rag-agent'), /\.ya?ml$/),
  join(ROOT, 'test/fixtures/samples/rbac.yaml'),
  // MCP client configs of every client (JSONC, YAML by folder, Codex TOML, OpenCode's Markdown agents).
  ...filesUnder(join(ROOT, 'test/fixtures/upstream/mcp-client'), /\.(ya?ml|json|toml|md)$/),
].map((f) => ({ name: f.endsWith('.json') ? 'm.json' : 'm.yaml', text: read(f) }));

/** Real catalogs (listed twice: they weigh more than the library files, which are YAML of another kind). */
const CATALOG_SEEDS = [
  read(join(ROOT, 'examples/k8s-ops/k8s-ops.threats.yaml')),
  CATALOG,
  read(join(ROOT, 'examples/k8s-ops/k8s-ops.threats.yaml')),
  CATALOG,
  ...filesUnder(join(ROOT, 'catalogs'), /\.ya?ml$/).map(read),
];

const EVIDENCE_FILES = [
  ...filesUnder(join(ROOT, 'test/fixtures/samples'), /\.(jsonl|json|yaml)$/),
  ...filesUnder(join(ROOT, 'examples/k8s-ops/evidence'), /\.(jsonl|gz)$/),
].filter((f) => !f.endsWith('rbac.yaml'));
const EVIDENCE_SEEDS = EVIDENCE_FILES.map(read);

/** One record per line of the JSON-lines seeds, and the records inside the JSON and YAML ones. */
const RECORD_SEEDS: unknown[] = EVIDENCE_SEEDS.flatMap((text) => {
  const lines = text.split('\n').filter((l) => l.trim().startsWith('{'));
  const parsed = lines.flatMap((l) => {
    try {
      return [JSON.parse(l)];
    } catch {
      return [];
    }
  });
  // A Firehose delivery (one a line) holds its CloudWatch Logs events in `logEvents`: those are the records.
  const delivered = parsed.flatMap((o) => (Array.isArray(o?.logEvents) ? o.logEvents : [o]));
  if (delivered.length > 0) return delivered.slice(0, 40);
  try {
    const doc = JSON.parse(text) as { Records?: unknown[]; events?: unknown[]; records?: unknown[] };
    return doc.Records ?? doc.events ?? doc.records ?? [doc];
  } catch {
    return jsYaml.loadAll(text).filter((d) => d !== null);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Arbitraries: YAML-ish text, long runs of one token, and mutations of real files.

const TOKENS = [
  '\n',
  '  ',
  '    ',
  '- ',
  ': ',
  ':',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '#',
  ' # c',
  '|',
  '|-',
  '>',
  '&a ',
  '*a',
  '&é1 ',
  '*é1',
  '&&x ',
  '*&x',
  '!!str ',
  '!!map ',
  '!!seq ',
  '!t ',
  '!<tag:x> ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '%TAG ! tag:x:\n',
  'apiVersion: v1\n',
  'kind: ',
  'kind: List\nitems:\n',
  'metadata:\n  name: x\n',
  'spec:\n',
  'true',
  'null',
  '~',
  '0x1F',
  '1e3',
  '.inf',
  '-.nan',
  '2026-01-01',
  '<<: *a\n',
  'é',
  '錨',
  '🎈',
  '\u202e',
  '\t',
  '\r\n',
  '\u0085',
  '\u2028',
  'a',
  'key',
  '\\',
  '%',
  '@',
  '`',
  '=',
  '{{x}}',
];
/** Characters the decoder refuses (a lone CR, NUL, a second byte-order mark): rare, or nothing else is reached. */
const REFUSED = ['\r', '\u0000', '\ufeff'];

const tokenRun = fc
  .tuple(
    fc.constantFrom(
      '[',
      '{',
      '"',
      "'",
      '- ',
      '? ',
      '&a ',
      '*',
      ':',
      '!',
      ' ',
      '\n',
      '#',
      '---\n',
      'a: ',
      '[a, ',
      '{a: ',
    ),
    fc.integer({ min: 50, max: 30_000 }),
  )
  .map(([t, n]) => t.repeat(n));

const yamlish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 10, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 5, arbitrary: tokenRun },
      { weight: 1, arbitrary: fc.constantFrom(...REFUSED) },
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(''));

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'truncate'; at: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'swapLines'; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat(300) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), tokenRun),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.nat(2000) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.op) {
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.len);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'duplicate': {
      const s = at(m.at);
      return text.slice(0, s) + text.slice(s, s + m.len) + text.slice(s);
    }
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'indent': {
      const lines = text.split('\n');
      const i = m.line % lines.length;
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
  }
}

const mutated = (seeds: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, ms]) => ms.reduce(mutate, seed));

/**
 * A seed parsed, with values anywhere in it replaced by values of any shape, written back as YAML: still YAML,
 * so it reaches the schema, the rules and the surface readers with every wrong shape.
 */
const reshaped = (seeds: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 5 }),
    )
    .map(([seed, swaps]) => {
      let docs: unknown[];
      try {
        docs = jsYaml.loadAll(seed, undefined, { schema: jsYaml.CORE_SCHEMA });
      } catch {
        return seed;
      }
      for (const [at, value] of swaps) replaceSomewhere(docs, at, value);
      return docs.map((doc) => jsYaml.dump(doc, { noRefs: true, lineWidth: -1 })).join('---\n');
    });

const text = (seeds: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: mutated(seeds) },
    { weight: 3, arbitrary: reshaped(seeds) },
    { weight: 2, arbitrary: yamlish },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  );

/** File bytes: text as above, or raw bytes (invalid UTF-8, NUL, byte-order marks). */
const fileBytes = (seeds: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: text(seeds).map((t) => Buffer.from(t, 'utf8')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...seeds), fc.uint8Array({ maxLength: 8 }), fc.nat())
        .map(([seed, bytes, at]) => {
          const b = Buffer.from(seed, 'utf8');
          const i = at % (b.length + 1);
          return Buffer.concat([b.subarray(0, i), Buffer.from(bytes), b.subarray(i)]);
        }),
    },
  );

/**
 * Every reader gets its text as readTextFile gives it (decodeText: UTF-8, one byte-order mark, LF or CRLF):
 * the property covers the bytes of a file, not strings no file could produce.
 */
function decoded(bytes: Buffer, file: string): string | InputError {
  try {
    return decodeText(bytes, file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    checkPosition(err.position, file, bytes.toString('utf8'), 'decode error');
    return err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Targets.

export interface FuzzTarget {
  name: string;
  /** Share of the runs of `npm run fuzz`. */
  weight: number;
  property(): fc.IProperty<never> | fc.IAsyncProperty<never>;
}

/** The catalog reader, then schema and every rule: a LoadedCatalog and findings, or one InputError at file:line. */
const catalogTarget: FuzzTarget = {
  name: 'catalog reader + validate',
  weight: 16,
  property: () =>
    fc.property(fileBytes(CATALOG_SEEDS), (bytes) => {
      const input = decoded(bytes, 'c.threats.yaml');
      if (input instanceof InputError) return;
      let loaded: ReturnType<typeof loadCatalogText>;
      try {
        loaded = bounded('catalog', input.length, () => loadCatalogText(input, 'c.threats.yaml', '/c.threats.yaml'));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        checkPosition(err.position, 'c.threats.yaml', input, 'catalog error');
        checkMessage(err.message, 'catalog error');
        return;
      }
      const result = bounded('validate', input.length, () =>
        validateCatalogs({
          catalogs: [{ loaded, globs: [], manifests: [], surfaceProblems: [] }],
          today: '2026-11-21',
          severities: {},
          acceptanceWarningDays: 14,
          maxEvidenceAgeDays: 30,
        }),
      );
      for (const f of result.findings) {
        checkPosition(f, 'c.threats.yaml', input, `finding ${f.rule}`);
        checkMessage(f.message, `finding ${f.rule}`);
      }
    }) as unknown as fc.IProperty<never>,
};

/** The manifest reader and every surface reader (each kind): objects and problems at file:line, never a throw. */
const manifestTarget: FuzzTarget = {
  name: 'manifest reader + surface readers',
  weight: 20,
  property: () =>
    fc.property(
      fc.constantFrom(
        'm.yaml',
        'm.json',
        '.codex/config.toml',
        '.goose/config.yaml',
        '.goose/permission.yaml',
        '.goose/recipes/r.yaml',
        '.continue/config.yaml',
        '.amazonq/mcp.json',
        'opencode.jsonc',
        '.opencode/agent/a.md',
        '.gemini/settings.json',
        '.qwen/settings.json',
        '.amazonq/cli-agents/a.json',
        '.kiro/agents/a.json',
        '.vscode/settings.json',
        'Code/User/settings.json',
        '.cursor/permissions.json',
        '.config/zed/settings.json',
      ),
      fileBytes(MANIFEST_SEEDS.map((s) => s.text)),
      (file, bytes) => {
        const input = decoded(bytes, file);
        if (input instanceof InputError) return;
        const m = bounded('manifest', input.length, () => readManifestText(input, file));
        for (const p of m.problems) {
          checkPosition(p.position, file, input, 'manifest problem');
          checkMessage(p.message, 'manifest problem');
        }
        for (const o of m.objects) {
          checkPosition(o.position, file, input, 'object');
          checkPosition(o.locate(['spec', 'a', 0, 'b']), file, input, 'located node');
        }
        const surface = bounded('surface', input.length, () => readSurface([m]));
        for (const p of surface.problems) checkPosition(p.position, file, input, 'surface problem');
        bounded('agent surfaces', input.length, () => agentSurfaces([m]));
        // Flux post-build substitution over the same objects: notes and moved nodes stay in the file.
        for (const k of fluxKustomizationsIn(m)) {
          const { vars } = fluxVariables(k, m.objects);
          for (const o of m.objects) {
            const r = bounded('flux substitution', input.length, () => substituteObject(o, k, vars));
            for (const n of r.notes) checkPosition(n.position, file, input, 'substitution note');
            checkPosition(r.object.locate(['spec', 'model']), file, input, 'substituted node');
          }
        }
        // Kustomize options of Argo CD Applications and Flux Kustomizations: every position they give stays in the
        // file, and writing them into a kustomization never throws.
        const noTree = { isFile: (p: string) => p.endsWith('.yaml'), isDir: () => false };
        for (const ov of overridesIn(m)) {
          const { layer, components } = bounded('gitops options', input.length, () =>
            overrideKustomization(ov, 'apps/a', noTree, input),
          );
          for (const i of layer.images) checkPosition(i.at, file, input, 'override image');
          for (const r of layer.refusals) checkPosition(r.at, file, input, 'override refusal');
          if (layer.namespace) checkPosition(layer.namespace.at, file, input, 'override namespace');
          for (const p of layer.patches) if (p.inline) checkPosition(p.inline.at, file, input, 'override patch');
          bounded('gitops edit', input.length, () => editedKustomization('resources: [a.yaml]\n', ov, components));
        }
      },
    ) as unknown as fc.IProperty<never>,
};

const KINDS = [
  ['kagent.dev/v1alpha2', 'Agent'],
  ['kagent.dev/v1alpha2', 'RemoteMCPServer'],
  ['kagent.dev/v1alpha2', 'ModelConfig'],
  ['kagent.dev/v1alpha1', 'ToolServer'],
  ['kagent.dev/v1alpha3', 'SandboxAgent'],
  ['kagent.dev/v1alpha1', 'MCPServer'],
  ['toolhive.stacklok.dev/v1alpha1', 'MCPServer'],
  ['toolhive.stacklok.dev/v1alpha1', 'MCPRemoteProxy'],
  ['serving.kserve.io/v1beta1', 'InferenceService'],
  ['kaito.sh/v1beta1', 'Workspace'],
  ['agentgateway.dev/v1alpha1', 'AgentgatewayBackend'],
  ['rbac.authorization.k8s.io/v1', 'Role'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['v1', 'ServiceAccount'],
  ['v1', 'Service'],
  ['v1', 'ConfigMap'],
  ['kagent.dev/v1alpha2', 'AgentHarness'],
  ['kagent.dev/v1alpha3', 'Harness'],
  ['kagent.dev/v1alpha3', 'AgentTemplate'],
  ['toolhive.stacklok.dev/v1beta1', 'MCPServer'],
  ['toolhive.stacklok.dev/v1beta1', 'VirtualMCPServer'],
  ['toolhive.stacklok.dev/v1beta1', 'MCPExternalAuthConfig'],
  ['toolhive.stacklok.dev/v1beta1', 'MCPAuthzConfig'],
  ['toolhive.stacklok.dev/v1beta1', 'MCPServerEntry'],
  ['toolhive.stacklok.dev/v1beta1', 'EmbeddingServer'],
  ['toolhive.stacklok.dev/v1beta1', 'MCPWebhookConfig'],
  ['agentgateway.dev/v1alpha1', 'AgentgatewayPolicy'],
  ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
  ['gateway.kgateway.dev/v1alpha1', 'Backend'],
  ['gateway.kgateway.dev/v1alpha1', 'TrafficPolicy'],
  ['serving.kserve.io/v1alpha1', 'TrainedModel'],
  ['serving.kserve.io/v1alpha1', 'InferenceGraph'],
  ['serving.kserve.io/v1alpha2', 'LLMInferenceService'],
  ['serving.kserve.io/v1alpha2', 'LLMInferenceServiceConfig'],
  ['kaito.sh/v1beta1', 'RAGEngine'],
  ['eks.services.k8s.aws/v1alpha1', 'PodIdentityAssociation'],
  ['opensearch.opster.io/v1', 'OpenSearchCluster'],
  ['elasticsearch.k8s.elastic.co/v1', 'Elasticsearch'],
  ['postgresql.cnpg.io/v1', 'Cluster'],
  ['postgresql.cnpg.io/v1', 'Database'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['aigateway.envoyproxy.io/v1beta1', 'AIGatewayRoute'],
  ['aigateway.envoyproxy.io/v1beta1', 'AIServiceBackend'],
  ['aigateway.envoyproxy.io/v1beta1', 'BackendSecurityPolicy'],
  ['leaderworkerset.x-k8s.io/v1', 'LeaderWorkerSet'],
] as const;

/**
 * The agent surface of every workload and kagent agent in the files, as validate and diff build it (a plain
 * workload's is read here, from its containers' environment, not by readSurface).
 */
function agentSurfaces(files: ManifestFile[]): void {
  for (const o of files.flatMap((f) => f.objects)) {
    if (
      !['Deployment', 'StatefulSet', 'DaemonSet', 'Agent', 'SandboxAgent', 'AgentHarness', 'AgentTemplate'].includes(
        o.kind,
      )
    )
      continue;
    findAgentSurface(files, { kind: o.kind, name: o.name, ...(o.namespace ? { namespace: o.namespace } : {}) });
  }
}

/** Objects of every known kind with fields of any shape, through the manifest reader and the surface readers. */
const shapesTarget: FuzzTarget = {
  name: 'surface readers on wrong shapes',
  weight: 10,
  property: () =>
    fc.property(
      fc.array(
        fc.record({
          kind: fc.constantFrom(...KINDS),
          name: fc.oneof(fc.constantFrom('a', 'k8s-ops', 'x'), fc.string({ maxLength: 5 })),
          namespace: fc.option(fc.constantFrom('agents', 'default', ''), { nil: undefined }),
          spec: fc.jsonValue({ maxDepth: 4 }),
          extra: fc.dictionary(
            fc.constantFrom('rules', 'subjects', 'roleRef', 'status', 'data', 'aggregationRule'),
            fc.jsonValue({ maxDepth: 3 }),
          ),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      (objs) => {
        const docs = objs.map((o) => ({
          apiVersion: o.kind[0],
          kind: o.kind[1],
          metadata: { name: o.name, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}) },
          spec: o.spec,
          ...o.extra,
        }));
        const input = docs.map((d) => jsYaml.dump(d, { noRefs: true, lineWidth: -1 })).join('---\n');
        const m = readManifestText(input, 'm.yaml');
        const files: ManifestFile[] = [m];
        const surface = bounded('surface', input.length, () => readSurface(files));
        for (const p of surface.problems) checkPosition(p.position, 'm.yaml', input, 'surface problem');
        bounded('agent surfaces', input.length, () => agentSurfaces(files));
      },
    ) as unknown as fc.IProperty<never>,
};

const BASELINE_SEED = JSON.stringify({
  apiVersion: 'threatcat.dev/v1alpha1',
  kind: 'Baseline',
  workload: { namespace: 'agents', name: 'k8s-ops' },
  window: { from: '2026-11-01', to: '2026-11-14' },
  behaviours: [{ kind: 'api', key: 'get pods', first: '2026-11-01', last: '2026-11-02', days: { '2026-11-01': 3 } }],
});

const baselineTarget: FuzzTarget = {
  name: 'baseline reader',
  weight: 4,
  property: () =>
    fc.property(text([BASELINE_SEED, JSON.stringify(JSON.parse(BASELINE_SEED), null, 2)]), (input) => {
      try {
        bounded('baseline', input.length, () => parseBaselineText(input, 'b.baseline.json'));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        checkPosition(err.position, 'b.baseline.json', input, 'baseline error');
      }
    }) as unknown as fc.IProperty<never>,
};

/** A JSON value with parts of a real record replaced by values of any shape. */
const recordArb: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...RECORD_SEEDS),
      fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 }),
    )
    .map(([seed, swaps]) => {
      const copy = JSON.parse(JSON.stringify(seed)) as unknown;
      for (const [at, value] of swaps) replaceSomewhere(copy, at, value);
      return copy;
    }),
  fc.jsonValue({ maxDepth: 5 }),
  fc.constantFrom(...RECORD_SEEDS),
);

/** Replaces the `at`-th member (in walk order) of a JSON tree with `value`. */
function replaceSomewhere(root: unknown, at: number, value: unknown): void {
  const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((v, i) => {
        slots.push([node, i]);
        walk(v);
      });
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, k]);
        walk(v);
      }
  };
  walk(root);
  if (slots.length === 0) return;
  const [parent, key] = slots[at % slots.length];
  (parent as Record<string | number, unknown>)[key] = value;
}

/** Every evidence reader on records of any shape: events counted or a BadRecord, never a throw. */
const evidenceReaderTarget: FuzzTarget = {
  name: 'evidence readers (each format)',
  weight: 20,
  property: () =>
    fc.property(
      fc.constantFrom(...READER_NAMES, 'detect' as const),
      fc.array(recordArb, { minLength: 1, maxLength: 8 }),
      (name, records) => {
        const builder = new SummaryBuilder();
        const ctx: ReadContext = {
          builder,
          now: '2026-11-21T12:00:00Z',
          file: {},
          folded: () => {},
          counted: () => {},
        };
        const readers = new Map<ReaderName, ReturnType<typeof createReader>>();
        for (const given of records) {
          // A managed cluster's export (EKS CloudWatch, AKS, GKE) is unwrapped first, as readEvidence does.
          const envelope = name === 'detect' ? detectEnvelope(given) : undefined;
          const record = envelope ? envelope.unwrap(given) : given;
          if (record === NOT_EVIDENCE || record instanceof BadRecord) continue;
          const which = name === 'detect' ? detectReader(record) : name;
          if (!which) continue;
          let reader = readers.get(which);
          if (!reader) {
            // A ToolHive event of any server name is placed, so its reading past placement is fuzzed too.
            reader = createReader(which, { toolhive: { workloadsNamed: (server) => [`tools/${server}`] } });
            readers.set(which, reader);
            reader.startFile?.();
          }
          const n = reader.read(record, ctx);
          if (typeof n === 'number' && (!Number.isFinite(n) || n < 0)) fail(`${which}: counted ${n} events`);
        }
        for (const r of readers.values()) r.finish?.(ctx);
        builder.toSummary();
      },
    ) as unknown as fc.IProperty<never>,
};

const chunking = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 });

/** Splitters give the same records whatever the chunking, and never hold more than a record. */
const splitterTarget: FuzzTarget = {
  name: 'evidence splitters (chunking)',
  weight: 10,
  property: () =>
    fc.property(fc.constantFrom('lines', 'json', 'yaml'), text(EVIDENCE_SEEDS), chunking, (kind, input, sizes) => {
      const buf = Buffer.from(input, 'utf8');
      const run = (chunks: Buffer[]) => {
        const out: string[] = [];
        const sink = {
          record: (t: string, line: number) => out.push(`${line}:${t}`),
          oversized: (line: number) => out.push(`${line}:!`),
          truncated: (line: number, reason: string) => out.push(`${line}:…${reason}`),
        };
        const s: Splitter =
          kind === 'lines'
            ? new LineSplitter(sink)
            : kind === 'yaml'
              ? new YamlDocumentSplitter(sink)
              : new JsonElementSplitter(sink, new Set(['Records', 'items']));
        for (const c of chunks) s.write(c);
        s.end();
        return out;
      };
      const whole = bounded('splitter', buf.length, () => run([buf]));
      const chunks: Buffer[] = [];
      for (let i = 0, k = 0; i < buf.length; k++) {
        const n = sizes[k % sizes.length];
        chunks.push(buf.subarray(i, i + n));
        i += n;
      }
      const pieces = run(chunks);
      if (JSON.stringify(pieces) !== JSON.stringify(whole))
        fail(
          `${kind}: chunking changed the records\n${JSON.stringify(whole).slice(0, 300)}\n${JSON.stringify(pieces).slice(0, 300)}`,
        );
      // The framing is decided as bytes arrive: the same whatever the chunking.
      const sniffer = new FramingSniffer();
      let framing: string | undefined;
      for (const c of chunks) {
        framing = sniffer.write(c);
        if (framing) break;
      }
      framing ??= sniffer.end();
      if (framing !== framingOf(buf)) fail(`framing ${framing} in chunks, ${framingOf(buf)} whole`);
    }) as unknown as fc.IProperty<never>,
};

const AUDIT_SEEDS = RECORD_SEEDS.filter(
  (r): r is Record<string, unknown> =>
    r !== null && typeof r === 'object' && (r as { kind?: unknown }).kind === 'Event',
);
const AUDIT_IDS = [
  '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  '0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0',
  '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1',
  'req-1',
  '',
  'a\u0000b',
  42,
  undefined,
];
const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic', 'Other', 7];

/** One audit line: a mutated audit event with a chosen stage and id, or text that is not one. */
const auditLineArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...AUDIT_SEEDS),
        fc.constantFrom(...STAGES),
        fc.constantFrom(...AUDIT_IDS),
        fc.constantFrom('watch', 'get', 'list', 'create'),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 2 }),
      )
      .map(([seed, stage, id, verb, swaps]) => {
        const copy = JSON.parse(JSON.stringify(seed)) as Record<string, unknown>;
        Object.assign(copy, { stage, auditID: id, verb });
        for (const [at, value] of swaps) replaceSomewhere(copy, at, value);
        return JSON.stringify(copy);
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' \t', 'null', '{', '[]', '{"kind":"Event"}', '"x"') },
);

/**
 * The audit reader on parser threads (audit-batch.ts: parse there, count here) against the one-thread reader,
 * line for line: the same outcome per line (event, folded, bad and why) and the same summary, for any lines in
 * any batching — duplicated lines, hostile ids and names included. The threads themselves are left out (the
 * message passing is tested in test/ingest/parallel-audit.test.ts); what crosses is the same data.
 */
const auditBatchTarget: FuzzTarget = {
  name: 'audit lines, parser threads vs one thread',
  weight: 6,
  property: () =>
    fc.property(
      fc.array(auditLineArb, { minLength: 1, maxLength: 30 }),
      fc.array(fc.nat({ max: 29 }), { maxLength: 10 }),
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
      (raw, repeats, sizes) => {
        const lines = raw.map((l) => l.replace(/\n/g, ' ').replace(/\r$/, ''));
        for (const r of repeats) if (r < lines.length) lines.push(lines[r]);
        const texts = lines.filter((l) => l.length > 0); // the splitter never hands over an empty line
        const run = (count: (reader: KubeAuditReader, ctx: ReadContext, log: string[]) => void) => {
          const builder = new SummaryBuilder();
          const log: string[] = [];
          const ctx: ReadContext = {
            builder,
            now: '2026-11-21T12:00:00Z',
            file: {},
            folded: () => log.push('folded'),
            counted: (n) => log.push(`counted ${n}`),
          };
          const reader = kubeAuditReader();
          count(reader, ctx, log);
          reader.finish?.(ctx);
          return { log, summary: JSON.stringify(builder.toSummary()) };
        };
        const one = run((reader, ctx, log) => {
          texts.forEach((text, i) => {
            if (isBlank(text)) return;
            let o: unknown;
            try {
              o = JSON.parse(text);
            } catch {
              log.push(`${i}: ${invalidJson(text)}`);
              return;
            }
            if (o === null) return void log.push(`${i}: ${NULL_RECORD}`);
            const n = reader.read(o, ctx);
            log.push(n instanceof BadRecord ? `${i}: ${n.reason}` : `${i}: ${n}`);
          });
        });
        const threads = run((reader, ctx, log) => {
          const parser = new AuditBatchParser();
          const counter = new AuditBatchCounter();
          const target: LineTarget = {
            record: (i, line) =>
              log.push(typeof line === 'string' ? `${i}: ${line}` : `${i}: ${reader.fold(line, ctx)}`),
            oversized: () => fail('no line is oversized here'),
          };
          for (let at = 0, k = 0; at < texts.length; k++) {
            const batch = texts.slice(at, at + sizes[k % sizes.length]);
            const bytes = batch.map((t) => Buffer.from(t, 'utf8'));
            const ends = new Int32Array(batch.length);
            let end = 0;
            bytes.forEach((b, j) => {
              end += b.length;
              ends[j] = end;
            });
            const lineNos = Int32Array.from(batch.map((_, j) => at + j));
            const out = parser.parse({ bytes: new Uint8Array(Buffer.concat(bytes)), ends, lines: batch.length });
            counter.count(out, lineNos, batch.length, target);
            at += batch.length;
          }
        });
        if (threads.summary !== one.summary || threads.log.join('\n') !== one.log.join('\n'))
          fail(
            `threads differ from one thread\n${one.log.join(' | ').slice(0, 400)}\n${threads.log.join(' | ').slice(0, 400)}`,
          );
      },
    ) as unknown as fc.IProperty<never>,
};

let evidenceDir: string | undefined;
let evidenceFileNo = 0;

/** Whole evidence files (plain or gzip, any framing) through readEvidence: a result, never a rejection. */
const evidenceFileTarget: FuzzTarget = {
  name: 'evidence files (readEvidence)',
  weight: 4,
  property: () =>
    fc.asyncProperty(
      text(EVIDENCE_SEEDS),
      fc.boolean(),
      fc.option(fc.constantFrom(...READER_NAMES), { nil: undefined }),
      async (input, gzip, source) => {
        evidenceDir ??= mkdtempSync(join(tmpdir(), 'threatcat-fuzz-'));
        const abs = join(evidenceDir, `e${evidenceFileNo++ % 8}`);
        const bytes = gzip ? gzipSync(Buffer.from(input)) : Buffer.from(input);
        writeFileSync(abs, bytes);
        const r = await boundedAsync('readEvidence', bytes.length, () =>
          readEvidence([{ abs, file: 'e.jsonl' }], { now: '2026-11-21T12:00:00Z', source }),
        );
        if (r.events < 0 || r.malformed < 0) fail('negative counts');
        for (const s of r.files[0].samples) if (s.line < 1) fail(`malformed record at line ${s.line}`);
        r.builder.toSummary();
      },
    ) as unknown as fc.IAsyncProperty<never>,
};

// ---------------------------------------------------------------------------------------------------------
// The comment-preserving YAML writer.

type DataPath = Array<string | number>;

/** Every path in a parsed catalog (mapping keys and list indexes), up to a depth. */
function pathsOf(data: unknown, prefix: DataPath = [], out: Array<{ path: DataPath; value: unknown }> = []) {
  out.push({ path: prefix, value: data });
  if (prefix.length >= 7) return out;
  if (Array.isArray(data)) data.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...prefix, k], out);
  return out;
}

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    'open',
    'closed',
    '# not a comment',
    'a: b',
    '- x',
    '"quoted"',
    "it's",
    'multi\nline',
    'yes',
    'null',
    '2026-11-21',
    '@team',
    '*x',
    '&y',
    '{}',
    '[]',
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const editValue = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/), scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant({}) },
);

/** The node at a path in the `yaml` document, with the key it hangs from. */
function nodeAt(root: YamlNode | null, path: DataPath): { node: YamlNode | null; key?: YamlNode } | undefined {
  let node: YamlNode | null = root;
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as
        | Pair
        | undefined;
      if (!pair) return undefined;
      key = pair.key as YamlNode;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as YamlNode | undefined) ?? null;
      key = undefined;
    } else return undefined;
  }
  return { node, key };
}

function setIn(data: unknown, path: DataPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> = Array.isArray(data) ? ([...data] as never) : { ...(data as object) };
  const child = copy[head];
  copy[head] = setIn(child === null || child === undefined ? {} : child, rest, value);
  return copy;
}

/**
 * An edit of a real catalog at a real path (set a value, add a key, append an item): the result holds the new
 * data and everything else unchanged, every byte outside the edited lines is identical (comments included),
 * and applying the edit again changes nothing.
 */
const yamlEditTarget: FuzzTarget = {
  name: 'surgical YAML edit',
  weight: 10,
  property: () =>
    fc.property(
      fc.constantFrom(...CATALOG_SEEDS.slice(0, 2), ...CATALOG_SEEDS.slice(4)),
      fc.nat(),
      fc.constantFrom('set', 'add', 'append'),
      fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/),
      editValue,
      (source, pick, op, newKey, value) => {
        const data = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
        const candidates = pathsOf(data).filter(({ path, value: v }) =>
          op === 'append'
            ? Array.isArray(v)
            : op === 'add'
              ? v !== null && typeof v === 'object' && !Array.isArray(v)
              : path.length > 0,
        );
        if (candidates.length === 0) return;
        const target = candidates[pick % candidates.length];
        let path = target.path;
        if (op === 'add') {
          if (Object.hasOwn(target.value as object, newKey)) return;
          path = [...path, newKey];
        }
        const edit: YamlEdit = op === 'append' ? { op: 'append', path, value } : { op: 'set', path, value };
        let out: string;
        try {
          out = bounded('yaml edit', source.length, () => applyYamlEdits(source, [edit]));
        } catch (err) {
          if (err instanceof YamlEditError) return;
          throw err;
        }
        const doc = parseDocument(out);
        if (doc.errors.length > 0) fail(`the edited text does not parse: ${doc.errors[0].message}\n${out}`);
        const expected =
          op === 'append' ? setIn(data, path, [...(target.value as unknown[]), value]) : setIn(data, path, value);
        const got = jsYaml.load(out, { schema: jsYaml.CORE_SCHEMA });
        if (!sameJson(got, expected)) fail(`${op} ${JSON.stringify(path)} = ${JSON.stringify(value)}: wrong data`);
        // Bytes outside the edit: the unchanged prefix and suffix cover everything but the edited node's lines.
        let p = 0;
        while (p < source.length && p < out.length && source[p] === out[p]) p++;
        let s = 0;
        while (s < source.length - p && s < out.length - p && source[source.length - 1 - s] === out[out.length - 1 - s])
          s++;
        const changedFrom = p;
        const changedTo = source.length - s;
        if (changedFrom < changedTo) {
          if (op !== 'set') fail(`${op} removed or changed existing bytes at ${changedFrom}..${changedTo}`);
          const at = nodeAt(parseDocument(source).contents as YamlNode | null, path);
          const start = at?.key?.range?.[0] ?? at?.node?.range?.[0];
          const end = at?.node?.range?.[1] ?? at?.key?.range?.[1];
          if (start === undefined || end === undefined) fail(`set ${JSON.stringify(path)}: no node in the source`);
          const lineStart = source.lastIndexOf('\n', start - 1) + 1;
          const nl = source.indexOf('\n', Math.max(end - 1, start));
          const lineEnd = nl === -1 ? source.length : nl + 1;
          if (changedFrom < lineStart || changedTo > lineEnd)
            fail(
              `set ${JSON.stringify(path)}: bytes changed outside the node's lines (${changedFrom}..${changedTo} not in ${lineStart}..${lineEnd})`,
            );
        }
        if (applyYamlEdits(out, [edit]) !== out && op === 'set') fail(`set ${JSON.stringify(path)} is not idempotent`);
      },
    ) as unknown as fc.IProperty<never>,
};

function sameJson(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(norm)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, x]) => [k, norm(x)]),
          )
        : typeof v === 'number' && Object.is(v, -0)
          ? 0
          : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

// ---------------------------------------------------------------------------------------------------------
// RBAC: the matcher against a brute-force reference that expands every rule to the set of requests it allows.

const VERBS = ['get', 'list', 'delete', 'escalate', '*'];
const GROUPS = ['', 'apps', 'kagent.dev', '*'];
const RESOURCES = ['pods', 'secrets', 'roles', '*'];
const SUBRESOURCES = ['', 'log', 'exec', 'status'];
const NAMES = ['', 'a', 'b'];
const NAMESPACES = ['', 'agents', 'default'];
const URLS = ['/healthz', '/healthz/ready', '/metrics', '/api', '/api/v1', '/apis', '/version', '*', ''];
const URL_PATTERNS = [...URLS, '/healthz*', '/healthz/*', '/api*', '/a*', '/*', '*'];
const RESOURCE_PATTERNS = [
  ...RESOURCES,
  ...RESOURCES.flatMap((r) => SUBRESOURCES.filter(Boolean).map((s) => `${r}/${s}`)),
];

/** Every resource request of the universe, and every non-resource one. */
const REQUESTS: RbacRequest[] = [
  ...VERBS.flatMap((verb) =>
    GROUPS.flatMap((apiGroup) =>
      RESOURCES.flatMap((resource) =>
        SUBRESOURCES.flatMap((subresource) =>
          NAMES.flatMap((name) =>
            NAMESPACES.map((namespace) => ({
              verb,
              apiGroup,
              resource,
              ...(subresource ? { subresource } : {}),
              ...(name ? { name } : {}),
              ...(namespace ? { namespace } : {}),
            })),
          ),
        ),
      ),
    ),
  ),
  ...VERBS.flatMap((verb) => URLS.map((nonResourceURL) => ({ verb, nonResourceURL }))),
];

/** The set of requests a rule allows, built by expanding each wildcard over the universe (no matching logic). */
function allowedSet(rule: PolicyRule): Set<string> {
  const expand = (list: readonly string[] | undefined, universe: readonly string[]) =>
    new Set((list ?? []).flatMap((x) => (x === '*' ? universe : [x])));
  const verbs = expand(rule.verbs, VERBS);
  const groups = expand(rule.apiGroups, GROUPS);
  // A resource pattern stands for the "resource/subresource" strings it covers: "*" all, "*/s" all with s.
  const combos = RESOURCES.flatMap((r) => SUBRESOURCES.map((s) => (s ? `${r}/${s}` : r)));
  const resources = new Set(
    (rule.resources ?? []).flatMap((x) =>
      x === '*' ? combos : x.startsWith('*/') ? combos.filter((c) => c.endsWith(x.slice(1)) && c.includes('/')) : [x],
    ),
  );
  const names = rule.resourceNames && rule.resourceNames.length > 0 ? new Set(rule.resourceNames) : undefined;
  const urls = new Set(
    (rule.nonResourceURLs ?? []).flatMap((u) =>
      u === '*' ? URLS : u.endsWith('*') ? URLS.filter((x) => x.startsWith(u.slice(0, -1))) : [u],
    ),
  );
  const out = new Set<string>();
  for (const req of REQUESTS) {
    if (!verbs.has(req.verb)) continue;
    if (req.nonResourceURL !== undefined) {
      if (urls.has(req.nonResourceURL)) out.add(JSON.stringify(req));
      continue;
    }
    const combined = req.subresource ? `${req.resource}/${req.subresource}` : (req.resource ?? '');
    if (groups.has(req.apiGroup ?? '') && resources.has(combined) && (!names || names.has(req.name ?? '')))
      out.add(JSON.stringify(req));
  }
  return out;
}

const subsetOf = <T>(list: readonly T[]) => fc.subarray([...list], { maxLength: Math.min(3, list.length) });
const ruleArb: fc.Arbitrary<PolicyRule> = fc.record(
  {
    verbs: subsetOf(VERBS),
    apiGroups: subsetOf(GROUPS),
    resources: subsetOf(RESOURCE_PATTERNS),
    resourceNames: subsetOf(NAMES.filter(Boolean)),
    nonResourceURLs: subsetOf(URL_PATTERNS),
  },
  { requiredKeys: [] },
);

const rbacTarget: FuzzTarget = {
  name: 'RBAC matcher vs brute force',
  weight: 3,
  property: () =>
    fc.property(ruleArb, fc.constantFrom(...NAMESPACES.filter(Boolean), '*'), (rule, bindingNamespace) => {
      const allowed = allowedSet(rule);
      for (const req of REQUESTS) {
        const want = allowed.has(JSON.stringify(req));
        if (policyRuleAllows(rule, req) !== want)
          fail(
            `policyRuleAllows(${JSON.stringify(rule)}, ${JSON.stringify(req)}) = ${!want}; the reference says ${want}`,
          );
      }
      // A declared permission is one verb × group × resource (or one URL), scoped by its binding.
      const verb = rule.verbs?.[0] ?? 'get';
      const perm = {
        identity: 'system:serviceaccount:agents:a',
        apiGroup: rule.nonResourceURLs?.length ? '' : (rule.apiGroups?.[0] ?? ''),
        resource: rule.nonResourceURLs?.length ? '' : (rule.resources?.[0] ?? 'pods'),
        verb,
        namespace: bindingNamespace,
        ...(rule.resourceNames?.length ? { resourceNames: [...rule.resourceNames] } : {}),
        ...(rule.nonResourceURLs?.length ? { nonResourceURL: rule.nonResourceURLs[0] } : {}),
        wildcard: false,
      } as DeclaredPermission;
      const single = allowedSet(
        perm.nonResourceURL !== undefined
          ? { verbs: [verb], nonResourceURLs: [perm.nonResourceURL] }
          : {
              verbs: [verb],
              apiGroups: [perm.apiGroup],
              resources: [perm.resource],
              resourceNames: perm.resourceNames,
            },
      );
      for (const req of REQUESTS) {
        // Scope: a RoleBinding covers its namespace's resource requests; a ClusterRoleBinding ("*") everything.
        const inScope =
          bindingNamespace === '*' || (req.nonResourceURL === undefined && req.namespace === bindingNamespace);
        const want = inScope && single.has(JSON.stringify(req));
        if (ruleAllows(perm, req) !== want)
          fail(`ruleAllows(${JSON.stringify(perm)}, ${JSON.stringify(req)}) = ${!want}; the reference says ${want}`);
      }
    }) as unknown as fc.IProperty<never>,
};

// ---------------------------------------------------------------------------------------------------------
// AIVSS: raising any factor, the CVSS base or the exploit maturity never lowers the score.

const level = fc.constantFrom(0, 0.5, 1);
const factorsArb = fc.record(Object.fromEntries(FACTOR_KEYS.map((k) => [k, level]))) as fc.Arbitrary<AivssFactors>;
const MATURITY = ['unreported', 'poc', 'attacked'] as const;
const MITIGATION = ['adversarial_tested', 'strong', 'partial', 'weak', 'none'] as const;

const aivssTarget: FuzzTarget = {
  name: 'AIVSS monotone in every factor',
  weight: 3,
  property: () =>
    fc.property(
      fc.constantFrom('0.5', '0.8'),
      factorsArb,
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom(...MATURITY),
      fc.constantFrom(...MITIGATION),
      (version, factors, c10, maturity, mitigation) => {
        const input: AivssInput = { version, factors, cvssBase: c10 / 10, exploitMaturity: maturity, mitigation };
        const base = computeAivss(input);
        if (base.score < 0 || base.score > 10) fail(`score ${base.score} out of 0..10`);
        const higher: Array<[string, AivssInput]> = [];
        for (const k of FACTOR_KEYS)
          if (factors[k] < 1) higher.push([k, { ...input, factors: { ...factors, [k]: factors[k] + 0.5 } }]);
        if (c10 < 100) higher.push(['cvssBase', { ...input, cvssBase: (c10 + 1) / 10 }]);
        const m = MATURITY.indexOf(maturity);
        if (m < MATURITY.length - 1) higher.push(['exploitMaturity', { ...input, exploitMaturity: MATURITY[m + 1] }]);
        const g = MITIGATION.indexOf(mitigation);
        if (g < MITIGATION.length - 1)
          higher.push(['mitigation (weaker)', { ...input, mitigation: MITIGATION[g + 1] }]);
        for (const [what, up] of higher) {
          const s = computeAivss(up).score;
          if (s < base.score)
            fail(`v${version}: raising ${what} lowered the score ${base.score} → ${s} (${JSON.stringify(input)})`);
        }
      },
    ) as unknown as fc.IProperty<never>,
};

/** A list of edits applied in passes (one parse for many edits): the bytes of the same edits one at a time. */
const yamlEditPassesTarget: FuzzTarget = {
  name: 'YAML edits in passes',
  weight: 4,
  property: () => samePassesProperty() as unknown as fc.IProperty<never>,
};

/** The block-subset YAML parser reads a text exactly as js-yaml does, or leaves it to js-yaml. */
const yamlSubsetTarget: FuzzTarget = {
  name: 'YAML block subset vs js-yaml',
  weight: 8,
  property: () => subsetAgreesProperty() as unknown as fc.IProperty<never>,
};

/** Manifest files the block subset reads give js-yaml's documents, each node located where js-yaml's listener puts it. */
const manifestSubsetTarget: FuzzTarget = {
  name: 'manifest positions: block subset vs js-yaml listener',
  weight: 6,
  property: () => subsetPositionsProperty() as unknown as fc.IProperty<never>,
};

export const TARGETS: FuzzTarget[] = [
  catalogTarget,
  manifestTarget,
  shapesTarget,
  baselineTarget,
  evidenceReaderTarget,
  splitterTarget,
  evidenceFileTarget,
  auditBatchTarget,
  yamlEditTarget,
  yamlEditPassesTarget,
  yamlSubsetTarget,
  manifestSubsetTarget,
  rbacTarget,
  aivssTarget,
];

/** The input generators, for looking at what they produce (`fc.sample`, `fc.statistics`). */
export const ARBITRARIES = {
  catalogBytes: () => fileBytes(CATALOG_SEEDS),
  manifestBytes: () => fileBytes(MANIFEST_SEEDS.map((s) => s.text)),
};
