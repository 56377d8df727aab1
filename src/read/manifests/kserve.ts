import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestFile, ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { FieldReader, groupOf, type ManifestIndex, refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';
import { type Container, commandTokens, flagValue, servedModel, vllmModel } from './model-deployments.js';
import { inferenceGraph } from './kserve-graph.js';
import { llmRouter } from './kserve-llm-router.js';

/**
 * KServe (group serving.kserve.io): InferenceService v1beta1 (a model spec, a framework key or custom
 * containers; a v0.20 `canary[]` list; transformer and explainer containers) and LLMInferenceService
 * v1alpha1/v1alpha2; also the KFServing InferenceService (serving.kubeflow.org v1alpha2 `spec.default` /
 * `spec.canary`, and v1beta1). serving.kserve.io/v1alpha2 is LLMInferenceService's storage version, so kinds
 * are told apart by group and kind, never by apiVersion alone. Facts: formats.md §3.3, misc-formats.md §2.
 */
const KSERVE_GROUP = 'serving.kserve.io';
const KFSERVING_GROUP = 'serving.kubeflow.org';

/** Framework keys of the classic predictor, each with its own storageUri (v1beta1 predictor.go). */
const FRAMEWORKS = [
  'sklearn',
  'xgboost',
  'tensorflow',
  'pytorch',
  'triton',
  'onnx',
  'huggingface',
  'pmml',
  'lightgbm',
  'paddle',
];

/** KFServing v1alpha2 predictor keys (v0.6 inferenceservice_types.go): `custom` holds a container. */
const LEGACY_FRAMEWORKS = ['tensorflow', 'triton', 'xgboost', 'lightgbm', 'sklearn', 'onnx', 'pytorch', 'pmml'];

export function readKServe(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const group = groupOf(o.apiVersion);
  if (group !== KSERVE_GROUP && group !== KFSERVING_GROUP) return;
  if (o.kind === 'InferenceService') out.models.push(...inferenceService(o, ctx.fields, ctx.index));
  else if (o.kind === 'LLMInferenceService' && group === KSERVE_GROUP) out.models.push(llmInferenceService(o, ctx));
  else if (o.kind === 'TrainedModel' && group === KSERVE_GROUP) out.models.push(trainedModel(o, ctx));
  else if (o.kind === 'InferenceGraph' && group === KSERVE_GROUP)
    // An InferenceService followed from another folder is read with a FieldReader of its own: its problems are its
    // owner's.
    out.models.push(inferenceGraph(o, ctx, (isvc) => inferenceService(isvc, new FieldReader(), ctx.index)));
}

/**
 * TrainedModel (serving.kserve.io/v1alpha1, the only version; pkg/apis/serving/v1alpha1/trained_model.go and
 * config/crd/full/serving.kserve.io_trainedmodels.yaml at kserve aaac4e294dae): a model loaded into a running
 * InferenceService (multi-model serving), `spec.inferenceService` (its name, same namespace) and `spec.model`
 * `{storageUri, framework, memory}` (all required). Its own model element: the model is `storageUri`, the provider
 * `framework`, the runtime the InferenceService that serves it (and that one's runtime when the manifests hold it),
 * the identity that InferenceService's.
 */
/**
 * The TrainedModels kept in files read only to follow references (another folder of the repository) that load a
 * model into one of the InferenceServices these manifests define: models of the same servers, as if they were here.
 */
export function sharedTrainedModels(files: readonly ManifestFile[], ctx: ReadContext, out: SurfaceInventory): void {
  const served = out.models.filter((m) => m.ref.kind === 'InferenceService').map((m) => m.ref);
  if (served.length === 0) return;
  for (const f of files) {
    if (!f.reference) continue;
    for (const o of f.objects) {
      if (o.kind !== 'TrainedModel' || groupOf(o.apiVersion) !== KSERVE_GROUP) continue;
      const isvc = ctx.fields.str(o, ['spec', 'inferenceService']);
      const same = (ns: string | undefined) => ns === undefined || o.namespace === undefined || ns === o.namespace;
      if (served.some((r) => r.name === isvc && same(r.namespace))) out.models.push(trainedModel(o, ctx));
    }
  }
}

function trainedModel(o: ManifestObject, ctx: ReadContext): SurfaceModel {
  const f = ctx.fields;
  const isvc = f.str(o, ['spec', 'inferenceService']);
  const uri = f.str(o, ['spec', 'model', 'storageUri']);
  const framework = f.str(o, ['spec', 'model', 'framework']);
  for (const [field, value] of [
    ['inferenceService', isvc],
    ['model.storageUri', uri],
    ['model.framework', framework],
  ] as const) {
    if (value === undefined) f.problem(o.locate(['spec']), `TrainedModel ${o.name}: spec.${field} is required`);
  }
  const host = isvc !== undefined ? ctx.index.find('InferenceService', isvc, o.namespace, KSERVE_GROUP) : undefined;
  const served = host ? inferenceService(host, f, ctx.index)[0] : undefined;
  const rev = uriRevision(uri);
  return {
    ref: refOf(o),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    ...defined({
      provider: framework,
      model: uri,
      revision: rev,
      runtime:
        isvc !== undefined
          ? `InferenceService ${isvc}${served?.runtime !== undefined ? ` (${served.runtime})` : ''}`
          : undefined,
    }),
    ...(served?.identity !== undefined ? { identity: served.identity } : {}),
    at: {
      model: o.locate(['spec', 'model', 'storageUri']),
      provider: o.locate(['spec', 'model', 'framework']),
      runtime: o.locate(['spec', 'inferenceService']),
      ...(rev !== undefined ? { revision: o.locate(['spec', 'model', 'storageUri']) } : {}),
    },
  };
}

/** Model facts of one predictor (or transformer/explainer), with the node that sets each. */
interface Facts {
  provider?: string;
  model?: string;
  revision?: string;
  runtime?: string;
  at: Record<string, Position>;
}

function inferenceService(o: ManifestObject, f: FieldReader, index: ManifestIndex): SurfaceModel[] {
  // Before v0.7 (KFServing, and hand-migrated serving.kserve.io/v1alpha2 copies) the predictor sat under
  // spec.default, with an optional spec.canary of the same shape.
  const legacy = f.raw(o, ['spec', 'predictor']) === undefined && f.raw(o, ['spec', 'default']) !== undefined;
  return legacy ? legacyInferenceService(o, f) : v1beta1InferenceService(o, f, index);
}

function v1beta1InferenceService(o: ManifestObject, f: FieldReader, index: ManifestIndex): SurfaceModel[] {
  const predictor = (o: ManifestObject, f: FieldReader, P: NodePath) => predictorFacts(o, f, P, index);
  const P = ['spec', 'predictor'];
  if (f.map(o, P) === undefined) {
    f.problem(o.locate(['spec']), `InferenceService ${o.name}: spec.predictor is required`);
    return [element(o, f, P, { at: {} }, undefined)];
  }
  const out = [element(o, f, P, predictor(o, f, P), undefined)];
  (f.list(o, ['spec', 'canary']) ?? []).forEach((_, i) => {
    const C = ['spec', 'canary', i, 'predictor'];
    if (f.map(o, C) === undefined) {
      f.problem(o.locate(['spec', 'canary', i]), `InferenceService ${o.name}: spec.canary[${i}].predictor is required`);
      return;
    }
    const name = f.str(o, [...C, 'name']) ?? String(i);
    out.push(element(o, f, C, predictor(o, f, C), `canary:${name}`, o.locate(['spec', 'canary', i])));
  });
  for (const part of ['transformer', 'explainer']) {
    const T = ['spec', part];
    if (f.raw(o, [...T, 'containers']) === undefined) continue;
    out.push(element(o, f, T, containerFacts(o, f, T, undefined), part, o.locate(T)));
  }
  return out;
}

function legacyInferenceService(o: ManifestObject, f: FieldReader): SurfaceModel[] {
  const out: SurfaceModel[] = [];
  for (const end of ['default', 'canary']) {
    const E = ['spec', end];
    if (f.raw(o, E) === undefined || f.map(o, E) === undefined) continue;
    const P = [...E, 'predictor'];
    if (f.map(o, P) === undefined) {
      f.problem(o.locate(E), `InferenceService ${o.name}: spec.${end}.predictor is required`);
      continue;
    }
    const target = end === 'default' ? undefined : end;
    out.push(element(o, f, P, legacyPredictor(o, f, P), target, end === 'default' ? o.position : o.locate(E)));
    const C = [...E, 'transformer', 'custom', 'container'];
    const image = f.str(o, [...C, 'image']);
    if (image !== undefined)
      out.push(
        element(
          o,
          f,
          [...E, 'transformer'],
          { model: image, at: { model: o.locate([...C, 'image']) } },
          `${end}:transformer`,
          o.locate([...E, 'transformer']),
        ),
      );
  }
  return out;
}

function element(
  o: ManifestObject,
  f: FieldReader,
  P: NodePath,
  facts: Facts,
  target: string | undefined,
  position: Position = o.position,
): SurfaceModel {
  // The predictor's pods run as the ServiceAccount of its inline PodSpec, else the namespace's `default`.
  const sa = f.podServiceAccount(o, P);
  const logging = loggingOf(o, f, P);
  return {
    ref: refOf(o),
    use: 'serving',
    ...(target !== undefined ? { target } : {}),
    position,
    definedAt: o.position,
    ...defined({ provider: facts.provider, model: facts.model, revision: facts.revision, runtime: facts.runtime }),
    identity: saUsername(o.namespace, sa.name ?? 'default'),
    ...(logging.length > 0 ? { logging: logging.map(([t]) => t).sort() } : {}),
    at: {
      ...facts.at,
      identity: o.locate(sa.path),
      ...(logging.length > 0 ? { logging: o.locate([...P, 'logger']) } : {}),
      ...Object.fromEntries(logging.map(([t, pos]) => [`logging:${t}`, pos])),
    },
  };
}

const LOGGED: Record<string, string> = {
  all: 'request and response payloads',
  request: 'request payloads',
  response: 'response payloads',
};

/**
 * A component's payload logger (v1beta1 ComponentExtensionSpec `logger {url, mode, storage}`, kserve aaac4e294dae
 * pkg/apis/serving/v1beta1/inference_service.go): the injected agent sidecar sends a copy of every request and/or
 * response (`mode`, default `all`) to `url` (unset: the cluster's `logger.defaultUrl` in inferenceservice-config) and
 * writes it to the bucket of `storage` — the predictor's, whichever component logs (getLoggerConfig in
 * pkg/webhook/admission/pod/agent_injector.go reads `spec.predictor.logger.storage` only).
 */
function loggingOf(o: ManifestObject, f: FieldReader, P: NodePath): Array<[string, Position]> {
  const L = [...P, 'logger'];
  if (f.map(o, L) === undefined) return [];
  const mode = f.str(o, [...L, 'mode']) ?? 'all';
  const what = LOGGED[mode] ?? `${mode} payloads`;
  const url = f.str(o, [...L, 'url']);
  const out: Array<[string, Position]> = [
    url !== undefined
      ? [`${what} to ${url}`, o.locate([...L, 'url'])]
      : [`${what} to the cluster's default logger URL`, o.locate(L)],
  ];
  const S = ['spec', 'predictor', 'logger', 'storage'];
  if (f.map(o, S) !== undefined) {
    const sa = f.str(o, [...S, 'serviceAccountName']);
    out.push([
      `${what} to storage ${f.str(o, [...S, 'key']) ?? 'default'}/${f.str(o, [...S, 'path']) ?? ''}${sa ? ` as ServiceAccount ${sa}` : ''}`,
      o.locate(S),
    ]);
  }
  return out;
}

/** v1beta1 PredictorSpec: `model`, else a framework key, else custom `containers`. */
function predictorFacts(o: ManifestObject, f: FieldReader, P: NodePath, index: ManifestIndex): Facts {
  const uris = storageUris(o, f, P);
  if (f.map(o, [...P, 'model']) !== undefined) {
    const M = [...P, 'model'];
    const format = f.str(o, [...M, 'modelFormat', 'name']);
    // modelFormat.version is the version of the format (for picking a runtime), not of the model.
    const formatVersion = f.str(o, [...M, 'modelFormat', 'version']);
    const facts = extension(o, f, M, uris);
    if (format !== undefined) facts.provider = formatVersion ? `${format} (format ${formatVersion})` : format;
    facts.at.provider = o.locate([...M, 'modelFormat']);
    if (facts.runtime === undefined) {
      const runtime = f.str(o, [...M, 'runtime']);
      const runtimeVersion = f.str(o, [...M, 'runtimeVersion']);
      if (runtime !== undefined || runtimeVersion !== undefined)
        facts.runtime = `${runtime ?? ''}${runtimeVersion ? `:${runtimeVersion}` : ''}`;
      facts.at.runtime = o.locate([...M, runtimeVersion !== undefined ? 'runtimeVersion' : 'runtime']);
      // The named ServingRuntime, when the manifests define it: its image is what serves the model, so a
      // new image there is a new runtime of this model (runtimeVersion, when set, overrides its tag).
      const image = runtime !== undefined ? runtimeImage(index, runtime, o.namespace) : undefined;
      if (image) {
        facts.runtime = `${facts.runtime} (${image.value})`;
        if (runtimeVersion === undefined) facts.at.runtime = image.at;
      }
    }
    return facts;
  }
  const fw = FRAMEWORKS.find((k) => f.raw(o, [...P, k]) !== undefined);
  if (fw) {
    const facts = extension(o, f, [...P, fw], uris);
    facts.provider = fw;
    facts.at.provider = o.locate([...P, fw]);
    if (facts.runtime === undefined) {
      facts.runtime = f.str(o, [...P, fw, 'runtimeVersion']);
      facts.at.runtime = o.locate([...P, fw, 'runtimeVersion']);
    }
    return facts;
  }
  if (f.raw(o, [...P, 'containers']) !== undefined) return containerFacts(o, f, P, uris);
  return { ...(uris ? { model: uris.value } : {}), at: uris ? { model: uris.at } : {} };
}

/**
 * PredictorExtensionSpec (of `model` and of each framework key): the model is `storageUri`, else `storage`
 * (a key of the storage-config secret and a path), else the predictor's `storageUris`; an inline container
 * `image` replaces the runtime's.
 */
function extension(
  o: ManifestObject,
  f: FieldReader,
  M: NodePath,
  uris: { value: string; at: Position } | undefined,
): Facts {
  const facts: Facts = { at: {} };
  const uri = f.str(o, [...M, 'storageUri']);
  const key = f.str(o, [...M, 'storage', 'key']);
  const path = f.str(o, [...M, 'storage', 'path']);
  if (uri !== undefined) {
    facts.model = uri;
    facts.at.model = o.locate([...M, 'storageUri']);
  } else if (key !== undefined || path !== undefined) {
    facts.model = `storage:${key ?? ''}/${path ?? ''}`;
    facts.at.model = o.locate([...M, 'storage', path !== undefined ? 'path' : 'key']);
  } else if (uris) {
    facts.model = uris.value;
    facts.at.model = uris.at;
  }
  const revision = uriRevision(facts.model);
  if (revision !== undefined) {
    facts.revision = revision;
    facts.at.revision = facts.at.model;
  }
  const image = f.str(o, [...M, 'image']);
  if (image !== undefined) {
    facts.runtime = image;
    facts.at.runtime = o.locate([...M, 'image']);
  }
  argsModel(o, f, M, facts);
  return facts;
}

/**
 * The model the runtime's arguments name (the inline container's `command` and `args`, $(VAR) expanded from its
 * `env`). The Hugging Face server loads `--model_id` in place of the storage URI's download, with
 * `--model_revision` (kserve python/huggingfaceserver/huggingfaceserver/__main__.py, verified upstream); vLLM's
 * `--model`, `--model=` or `vllm serve <model>` and `--revision` likewise. `--model_name` is only the name the model
 * is served under: it names the model when nothing else does.
 */
function argsModel(o: ManifestObject, f: FieldReader, M: NodePath, facts: Facts): void {
  const raw = f.map(o, M) as Container | undefined;
  if (!raw) return;
  const tokens = commandTokens({ command: raw.command, args: raw.args, env: raw.env });
  if (tokens.length === 0) return;
  const vllm = vllmModel(tokens);
  const stored = facts.model !== undefined;
  const model = argsModelOf(tokens, stored) ?? (stored ? undefined : flagValue(tokens, 'model_name'));
  if (model === undefined) return;
  // Located at the field that names it: the command (`vllm serve <model>`), else the arguments.
  const inCommand =
    raw.args === undefined || argsModelOf(commandTokens({ command: raw.command, env: raw.env }), stored) === model;
  const where = o.locate([...M, inCommand ? 'command' : 'args']);
  facts.model = model;
  facts.at.model = where;
  const revision = flagValue(tokens, 'model_revision') ?? vllm.revision;
  if (revision !== undefined) {
    facts.revision = revision;
    facts.at.revision = where;
  } else {
    delete facts.revision;
  }
}

/**
 * `--model_id` wins over a storage URI; vLLM's model only names one when no storage URI does (a vLLM runtime
 * is usually handed the downloaded copy, `--model /mnt/models`).
 */
function argsModelOf(tokens: string[], stored: boolean): string | undefined {
  return flagValue(tokens, 'model_id') ?? (stored ? undefined : vllmModel(tokens).model);
}

/**
 * Custom containers: the `kserve-container` (else the first) is the model server. Its image is the model's
 * version unless it is a server whose arguments name the model (vLLM, TGI, SGLang, llama.cpp: `servedModel`) or the
 * predictor mounts storage URIs.
 */
function containerFacts(
  o: ManifestObject,
  f: FieldReader,
  P: NodePath,
  uris: { value: string; at: Position } | undefined,
): Facts {
  const containers = f.list(o, [...P, 'containers']) ?? [];
  let i = containers.findIndex(
    (c) => !!c && typeof c === 'object' && (c as { name?: unknown }).name === 'kserve-container',
  );
  if (i < 0) i = 0;
  const C = [...P, 'containers', i];
  const c = containers[i];
  if (!c || typeof c !== 'object') return { at: {} };
  const image = f.str(o, [...C, 'image']);
  const at: Record<string, Position> = { runtime: o.locate([...C, 'image']) };
  if (uris) return { model: uris.value, ...defined({ runtime: image }), at: { ...at, model: uris.at } };
  const ct = c as Container;
  const m = servedModel(image ?? '', ct);
  if (m && !m.fromImage) {
    const args = o.locate([...C, ct.args !== undefined ? 'args' : 'command']);
    return {
      provider: m.provider,
      ...defined({ model: m.model, revision: m.revision, runtime: image }),
      at: { ...at, model: args, revision: args },
    };
  }
  return { ...defined({ model: image }), at: { ...at, model: o.locate([...C, 'image']) } };
}

/** KFServing v1alpha2 predictor: `custom.container` or one framework key with storageUri and runtimeVersion. */
function legacyPredictor(o: ManifestObject, f: FieldReader, P: NodePath): Facts {
  const image = f.str(o, [...P, 'custom', 'container', 'image']);
  if (image !== undefined) return { model: image, at: { model: o.locate([...P, 'custom', 'container', 'image']) } };
  const fw = LEGACY_FRAMEWORKS.find((k) => f.raw(o, [...P, k]) !== undefined);
  if (!fw) return { at: {} };
  const model = f.str(o, [...P, fw, 'storageUri']);
  const runtime = f.str(o, [...P, fw, 'runtimeVersion']);
  return {
    provider: fw,
    ...defined({ model, runtime }),
    at: {
      model: o.locate([...P, fw, 'storageUri']),
      runtime: o.locate([...P, fw, 'runtimeVersion']),
      provider: o.locate([...P, fw]),
    },
  };
}

/** The model server image of a ServingRuntime (same namespace) or ClusterServingRuntime of that name. */
function runtimeImage(
  index: ManifestIndex,
  name: string,
  namespace: string | undefined,
): { value: string; at: Position } | undefined {
  const rt =
    index.find('ServingRuntime', name, namespace, KSERVE_GROUP) ??
    index.find('ClusterServingRuntime', name, undefined, KSERVE_GROUP);
  const containers = (rt?.body.spec as { containers?: unknown } | undefined)?.containers;
  if (!rt || !Array.isArray(containers)) return undefined;
  let i = containers.findIndex(
    (c) => !!c && typeof c === 'object' && (c as { name?: unknown }).name === 'kserve-container',
  );
  if (i < 0) i = 0;
  const image = (containers[i] as { image?: unknown } | undefined)?.image;
  return typeof image === 'string' ? { value: image, at: rt.locate(['spec', 'containers', i, 'image']) } : undefined;
}

/** storageUris[].uri of a predictor, joined: every artifact mounted (a base model and its adapters) is the model. */
function storageUris(o: ManifestObject, f: FieldReader, P: NodePath): { value: string; at: Position } | undefined {
  const list = f.list(o, [...P, 'storageUris']) ?? [];
  const uris = list.map((_, i) => f.str(o, [...P, 'storageUris', i, 'uri'])).filter((u): u is string => !!u);
  return uris.length > 0 ? { value: uris.join(', '), at: o.locate([...P, 'storageUris']) } : undefined;
}

/** `hf://owner/model:<revision>` pins a revision (kserve_storage.py); other schemes carry none apart. */
function uriRevision(uri: string | undefined): string | undefined {
  const m = uri === undefined ? null : /^hf:\/\/[^/:]+\/[^/:]+:([^/:]+)$/.exec(uri);
  return m?.[1];
}

/**
 * The LLMInferenceServiceConfig objects an LLMInferenceService's `spec.baseRefs` name, in order, as KServe finds them:
 * in the service's namespace, else in `kserve` (pkg/controller/v1alpha2/llmisvc/config_merge.go `getConfig` at kserve
 * aaac4e294dae). Those not in the manifests are left out (KServe's well-known presets, installed with it).
 */
function baseConfigs(o: ManifestObject, ctx: ReadContext): ManifestObject[] {
  const f = ctx.fields;
  const out: ManifestObject[] = [];
  (f.list(o, ['spec', 'baseRefs']) ?? []).forEach((_, i) => {
    const name = f.str(o, ['spec', 'baseRefs', i, 'name']);
    if (!name) return;
    const cfg =
      ctx.index.find('LLMInferenceServiceConfig', name, o.namespace, KSERVE_GROUP) ??
      ctx.index.find('LLMInferenceServiceConfig', name, 'kserve', KSERVE_GROUP);
    if (cfg) out.push(cfg);
  });
  return out;
}

/**
 * LLMInferenceService. Its spec is merged over the configs its `baseRefs` name, later over earlier and the service's
 * own fields over all (config_merge.go `MergeSpecs`, a strategic merge: containers by name): a field the service
 * leaves out — the model URI, the `main` container's image — comes from the last config that sets it, and is
 * located there, so a new image in one's own config is a new runtime of the model.
 */
function llmInferenceService(o: ManifestObject, ctx: ReadContext): SurfaceModel {
  const f = ctx.fields;
  const configs = baseConfigs(o, ctx);
  // The service first, then its configs from the last named (the one that wins) to the first.
  const layers = [o, ...[...configs].reverse()];
  const first = <T>(get: (x: ManifestObject) => T | undefined): { value: T; from: ManifestObject } | undefined => {
    for (const x of layers) {
      const value = get(x);
      if (value !== undefined) return { value, from: x };
    }
    return undefined;
  };
  const model = first((x) => f.str(x, ['spec', 'model', 'uri']));
  const uri = model?.value;
  if (uri === undefined && (f.raw(o, ['spec', 'model']) !== undefined || configs.length === 0))
    f.problem(o.locate(['spec', 'model']), `LLMInferenceService ${o.name}: spec.model.uri is required`);
  const sa = first((x) => f.podServiceAccount(x, ['spec', 'template']).name);
  const at: Record<string, Position> = {
    model: (model?.from ?? o).locate(['spec', 'model', 'uri']),
    identity: (sa?.from ?? o).locate(f.podServiceAccount(sa?.from ?? o, ['spec', 'template']).path),
  };
  // LoRA adapters change what the model answers: part of its version, as KAITO adapters are.
  const lora = first((x) => f.list(x, ['spec', 'model', 'lora', 'adapters']));
  const adapters = (lora?.value ?? []).map((_, i) => {
    const A = ['spec', 'model', 'lora', 'adapters', i];
    return [f.str(lora!.from, [...A, 'name']), f.str(lora!.from, [...A, 'uri'])].filter(Boolean).join('=');
  });
  const rev = uriRevision(uri);
  const revision = [rev, adapters.length > 0 ? `adapters: ${adapters.join(', ')}` : undefined].filter(Boolean);
  if (adapters.length > 0) at.revision = lora!.from.locate(['spec', 'model', 'lora', 'adapters']);
  else if (rev !== undefined) at.revision = at.model;
  // The runtime: the `main` container of each workload (decode, prefill, worker), from the service or the last of
  // its configs that sets one; without an image anywhere, KServe's well-known presets named in baseRefs supply it.
  const images: string[] = [];
  for (const w of [['template'], ['worker'], ['prefill', 'template'], ['prefill', 'worker']]) {
    const W = ['spec', ...w];
    const found = first((x) => {
      const containers = f.list(x, [...W, 'containers']) ?? [];
      let i = containers.findIndex((c) => !!c && typeof c === 'object' && (c as { name?: unknown }).name === 'main');
      if (i < 0) i = 0;
      const image = f.str(x, [...W, 'containers', i, 'image']);
      return image !== undefined ? { image, at: x.locate([...W, 'containers', i, 'image']) } : undefined;
    });
    if (!found) continue;
    const { image } = found.value;
    at.runtime ??= found.value.at;
    const label = w[0] === 'template' ? image : `${w.join('.')}: ${image}`;
    if (!images.includes(image) || w[0] === 'template') images.push(label);
  }
  const baseRefs = (f.list(o, ['spec', 'baseRefs']) ?? [])
    .map((_, i) => f.str(o, ['spec', 'baseRefs', i, 'name']))
    .filter((n): n is string => !!n);
  if (baseRefs.length > 0) {
    images.push(`baseRefs: ${baseRefs.join(', ')}`);
    at.runtime ??= o.locate(['spec', 'baseRefs']);
  }
  // Where its traffic goes and which pods answer (kserve-llm-router.ts).
  const endpoint = llmRouter(layers, f, at);
  return {
    ref: refOf(o),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    ...defined({
      model: uri,
      revision: revision.length > 0 ? revision.join('; ') : undefined,
      endpoint,
      runtime: images.length > 0 ? images.join('; ') : undefined,
    }),
    identity: saUsername(o.namespace, sa?.value ?? 'default'),
    at,
  };
}

function defined<T extends Record<string, string | undefined>>(o: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, string>>;
}
