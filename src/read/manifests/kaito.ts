import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { type FieldReader, groupOf, refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';
import { type Container, commandTokens, flagValue, isVllm, isVllmImage, vllmModel } from './model-deployments.js';

/**
 * KAITO (group kaito.sh): Workspace (no `spec`: `inference` or `tuning` is top-level), InferenceSet (a Workspace
 * inference spec under `spec.template`), RAGEngine (embedding model, the LLM it calls, its vector store) and
 * MultiRoleInference (prefill/decode roles of one model). v1alpha1 and v1beta1 have the same shapes for these
 * fields. Facts: formats.md §3.6, misc-formats.md §3.
 */
const KAITO_GROUP = 'kaito.sh';

export function readKaito(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== KAITO_GROUP) return;
  if (o.kind === 'Workspace') workspace(o, ctx.fields, out);
  else if (o.kind === 'InferenceSet') inferenceSet(o, ctx.fields, out);
  else if (o.kind === 'RAGEngine') ragEngine(o, ctx.fields, out);
  else if (o.kind === 'MultiRoleInference') multiRole(o, ctx.fields, out);
}

function workspace(o: ManifestObject, f: FieldReader, out: SurfaceInventory): void {
  if (f.raw(o, ['inference']) === undefined && f.raw(o, ['tuning']) === undefined) {
    // A common mistake copied from blog posts: nesting the fields under spec, where KAITO ignores them.
    const hint =
      f.raw(o, ['spec']) !== undefined ? ' (KAITO Workspace has no spec: inference and resource are top-level)' : '';
    f.problem(o.position, `Workspace ${o.name}: no inference or tuning section${hint}`);
    return;
  }
  if (f.raw(o, ['inference']) !== undefined) out.models.push(inference(o, f, ['inference']));
  else out.models.push(tuning(o, f));
}

function inferenceSet(o: ManifestObject, f: FieldReader, out: SurfaceInventory): void {
  const I = ['spec', 'template', 'inference'];
  if (f.map(o, I) === undefined) {
    f.problem(o.locate(['spec', 'template']), `InferenceSet ${o.name}: spec.template.inference is required`);
    return;
  }
  out.models.push(inference(o, f, I));
}

/**
 * A Workspace InferenceSpec: a preset (a KAITO preset name, or a Hugging Face model id since v0.9) with LoRA
 * adapters, or a custom pod template whose image (or vLLM arguments) is the model.
 */
function inference(o: ManifestObject, f: FieldReader, I: NodePath): SurfaceModel {
  const preset = f.str(o, [...I, 'preset', 'name']);
  const T = [...I, 'template', 'spec'];
  const containers = f.list(o, [...T, 'containers']) ?? [];
  const c = containers[0] && typeof containers[0] === 'object' ? (containers[0] as Container) : undefined;
  const image = f.str(o, [...T, 'containers', 0, 'image']);
  const at: Record<string, Position> = {
    model: o.locate(preset !== undefined ? [...I, 'preset', 'name'] : [...I, 'template']),
    revision: o.locate([...I, 'adapters']),
  };
  let model = preset;
  let revision: string | undefined;
  if (model === undefined && image !== undefined && c) {
    const tokens = commandTokens(c);
    const vllm = isVllm(image, tokens) ? vllmModel(tokens, c.command === undefined && isVllmImage(image)) : {};
    // A custom model is its image, unless its command line names it: vLLM, or the Hugging Face loader of
    // KAITO's own base image (`--pretrained_model_name_or_path`).
    const named = vllm.model ?? flagValue(tokens, 'pretrained_model_name_or_path');
    model = named ?? image;
    revision = vllm.revision;
    at.model = o.locate([
      ...T,
      'containers',
      0,
      named !== undefined ? (c.args !== undefined ? 'args' : 'command') : 'image',
    ]);
  }
  // Adapters change what the model does: they are part of its version.
  const adapters = (f.list(o, [...I, 'adapters']) ?? []).map((_, i) => {
    const A = [...I, 'adapters', i, 'source'];
    return [f.str(o, [...A, 'name']), f.str(o, [...A, 'image'])].filter(Boolean).join('=');
  });
  if (adapters.length > 0) revision = [revision, `adapters: ${adapters.join(', ')}`].filter(Boolean).join('; ');
  // The runtime: the custom image, else the deprecated preset image override, else the kaito.sh/runtime choice.
  const runtimePaths: NodePath[] = [
    [...T, 'containers', 0, 'image'],
    [...I, 'preset', 'presetOptions', 'image'],
    ['metadata', 'annotations', 'kaito.sh/runtime'],
  ];
  const runtimeAt = runtimePaths.find((p) => f.str(o, p) !== undefined);
  if (runtimeAt) at.runtime = o.locate(runtimeAt);
  const { name: sa, path: saPath } = f.podServiceAccount(o, T);
  if (sa !== undefined) at.identity = o.locate(saPath);
  // The Hugging Face token a preset downloads a gated or private model with (PresetOptions.modelAccessSecret).
  const token = secret(o, f, [...I, 'preset', 'presetOptions', 'modelAccessSecret'], 'Hugging Face token');
  return {
    ref: refOf(o),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    provider: 'KAITO',
    ...(model !== undefined ? { model } : {}),
    ...(runtimeAt ? { runtime: f.str(o, runtimeAt)! } : {}),
    ...(revision !== undefined ? { revision } : {}),
    // Preset pods run as KAITO's own ServiceAccount choice; only a custom template names one.
    ...(sa !== undefined ? { identity: saUsername(o.namespace, sa) } : {}),
    ...withSecret(token, at),
  };
}

/** A fine-tuning Workspace: the base model (preset), the method, its data and the adapter image it produces. */
function tuning(o: ManifestObject, f: FieldReader): SurfaceModel {
  const preset = f.str(o, ['tuning', 'preset', 'name']);
  const method = f.str(o, ['tuning', 'method']);
  const input =
    f.strings(o, ['tuning', 'input', 'urls'])?.join(', ') ??
    f.str(o, ['tuning', 'input', 'image']) ??
    (f.raw(o, ['tuning', 'input', 'volumeSource']) !== undefined ? 'volume' : undefined);
  const output =
    f.str(o, ['tuning', 'output', 'image']) ??
    (f.raw(o, ['tuning', 'output', 'volumeSource']) !== undefined ? 'volume' : undefined);
  const revision = [
    method !== undefined ? `method ${method}` : undefined,
    input !== undefined ? `input ${input}` : undefined,
    output !== undefined ? `output ${output}` : undefined,
  ].filter(Boolean);
  return {
    ref: refOf(o),
    use: 'tuning',
    position: o.position,
    definedAt: o.position,
    provider: 'KAITO',
    ...(preset !== undefined ? { model: preset } : {}),
    ...(revision.length > 0 ? { revision: revision.join('; ') } : {}),
    at: { model: o.locate(['tuning', 'preset', 'name']), revision: o.locate(['tuning']) },
  };
}

/**
 * A RAGEngine is a memory store (Qdrant at `storage.vectorDB.url`, else an in-process FAISS index), the
 * embedding model that fills it (`local` model id or image, or a `remote` service) and, unless retrieve-only,
 * the LLM service it sends the retrieved context to.
 */
function ragEngine(o: ManifestObject, f: FieldReader, out: SurfaceInventory): void {
  const E = ['spec', 'embedding'];
  const local = f.map(o, [...E, 'local']);
  const remote = f.map(o, [...E, 'remote']);
  if (f.raw(o, E) === undefined) f.problem(o.locate(['spec']), `RAGEngine ${o.name}: spec.embedding is required`);
  else if (f.map(o, E) !== undefined && (local === undefined) === (remote === undefined))
    f.problem(o.locate(E), `RAGEngine ${o.name}: spec.embedding needs exactly one of local or remote`);
  const base = { ref: refOf(o), position: o.position, definedAt: o.position };
  const V = ['spec', 'storage', 'vectorDB'];
  const engine = f.str(o, [...V, 'engine']);
  const dbUrl = f.str(o, [...V, 'url']);
  const dbSecret = secret(o, f, [...V, 'accessSecret'], 'access token');
  out.memory.push({
    ...base,
    engine: engine ?? 'faiss',
    ...(dbUrl !== undefined ? { endpoint: dbUrl } : {}),
    ...(dbSecret ? { credentials: [dbSecret.value] } : {}),
    at: { endpoint: o.locate([...V, 'url']), ...(dbSecret ? { credentials: dbSecret.at } : {}) },
  });
  if (local !== undefined) {
    const L = [...E, 'local'];
    const model = f.str(o, [...L, 'modelID']) ?? f.str(o, [...L, 'image']);
    out.models.push({
      ...base,
      use: 'memory',
      target: 'embedding',
      provider: 'KAITO',
      ...(model !== undefined ? { model } : {}),
      ...withSecret(secret(o, f, [...L, 'modelAccessSecret'], 'Hugging Face token'), {
        model: o.locate([...L, f.raw(o, [...L, 'modelID']) !== undefined ? 'modelID' : 'image']),
      }),
    });
  } else if (remote !== undefined) {
    const url = f.str(o, [...E, 'remote', 'url']);
    out.models.push({
      ...base,
      use: 'memory',
      target: 'embedding',
      ...(url !== undefined ? { endpoint: url } : {}),
      ...withSecret(secret(o, f, [...E, 'remote', 'accessSecret'], 'access token'), {
        endpoint: o.locate([...E, 'remote', 'url']),
      }),
    });
  }
  const url = f.str(o, ['spec', 'inferenceService', 'url']);
  if (url !== undefined)
    out.models.push({
      ...base,
      use: 'serving',
      target: 'inference',
      endpoint: url,
      ...withSecret(secret(o, f, ['spec', 'inferenceService', 'accessSecret'], 'access token'), {
        endpoint: o.locate(['spec', 'inferenceService', 'url']),
      }),
    });
}

/**
 * A Secret KAITO uses to reach a model or a service (a RAGEngine's `accessSecret` and `modelAccessSecret`, a preset's
 * `presetOptions.modelAccessSecret`, a MultiRoleInference's `model.modelAccessSecret`; kaito api/v1beta1
 * ragengine_types.go and workspace_types.go, api/v1alpha1 multiroleinference_types.go at 056b8280b1a8): another Secret
 * is another account.
 */
function secret(
  o: ManifestObject,
  f: FieldReader,
  P: NodePath,
  what: string,
): { value: string; at: Position } | undefined {
  const name = f.str(o, P);
  return name !== undefined && name !== '' ? { value: `${what} from Secret ${name}`, at: o.locate(P) } : undefined;
}

/** `credentials` and the `at` map of a model, with the Secret when there is one. */
function withSecret(
  s: { value: string; at: Position } | undefined,
  at: Record<string, Position>,
): { credentials?: string[]; at: Record<string, Position> } {
  return s ? { credentials: [s.value], at: { ...at, credentials: s.at } } : { at };
}

function multiRole(o: ManifestObject, f: FieldReader, out: SurfaceInventory): void {
  const model = f.str(o, ['spec', 'model', 'name']);
  if (model === undefined)
    f.problem(o.locate(['spec', 'model']), `MultiRoleInference ${o.name}: spec.model.name is required`);
  out.models.push({
    ref: refOf(o),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    provider: 'KAITO',
    ...(model !== undefined ? { model } : {}),
    ...withSecret(secret(o, f, ['spec', 'model', 'modelAccessSecret'], 'Hugging Face token'), {
      model: o.locate(['spec', 'model', 'name']),
    }),
  });
}
