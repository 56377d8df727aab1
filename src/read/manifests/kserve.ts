import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { groupOf, refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * KServe (group serving.kserve.io): InferenceService v1beta1 (model spec or a legacy framework key) and
 * LLMInferenceService v1alpha1/v1alpha2. Facts: formats.md §3.3.
 */
const KSERVE_GROUP = 'serving.kserve.io';

/** Framework keys of the classic predictor, each with its own storageUri. */
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

export function readKServe(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== KSERVE_GROUP) return;
  if (o.kind === 'InferenceService') out.models.push(inferenceService(o, ctx));
  else if (o.kind === 'LLMInferenceService') out.models.push(llmInferenceService(o, ctx));
}

function inferenceService(o: ManifestObject, ctx: ReadContext): SurfaceModel {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const P = ['spec', 'predictor'];
  if (f.map(o, P) === undefined)
    f.problem(o.locate(['spec']), `InferenceService ${o.name}: spec.predictor is required`);
  const sa = f.str(o, [...P, 'serviceAccountName']);
  const m: SurfaceModel = {
    ref: refOf(o, ns),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    at: {},
    ...(sa ? { identity: saUsername(ns, sa) } : {}),
  };
  const M = [...P, 'model'];
  if (f.map(o, M) !== undefined) {
    m.provider = f.str(o, [...M, 'modelFormat', 'name']);
    m.model = f.str(o, [...M, 'storageUri']);
    m.revision = f.str(o, [...M, 'modelFormat', 'version']);
    const runtime = f.str(o, [...M, 'runtime']);
    const runtimeVersion = f.str(o, [...M, 'runtimeVersion']);
    if (runtime !== undefined || runtimeVersion !== undefined)
      m.runtime = `${runtime ?? ''}${runtimeVersion ? `:${runtimeVersion}` : ''}`;
    m.at = {
      model: o.locate([...M, 'storageUri']),
      provider: o.locate([...M, 'modelFormat']),
      revision: o.locate([...M, 'modelFormat', 'version']),
      runtime: o.locate([...M, runtimeVersion !== undefined ? 'runtimeVersion' : 'runtime']),
    };
    if (m.model === undefined) {
      const uris = f.list(o, [...P, 'storageUris']);
      if (uris && uris.length > 0) {
        m.model = f.str(o, [...P, 'storageUris', 0, 'uri']);
        m.at.model = o.locate([...P, 'storageUris']);
      }
    }
  } else {
    const fw = FRAMEWORKS.find((k) => f.raw(o, [...P, k]) !== undefined);
    if (fw) {
      m.provider = fw;
      m.model = f.str(o, [...P, fw, 'storageUri']);
      m.runtime = f.str(o, [...P, fw, 'runtimeVersion']);
      m.at = { model: o.locate([...P, fw, 'storageUri']), provider: o.locate([...P, fw]) };
    }
  }
  return m;
}

function llmInferenceService(o: ManifestObject, ctx: ReadContext): SurfaceModel {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const uri = f.str(o, ['spec', 'model', 'uri']);
  if (uri === undefined)
    f.problem(o.locate(['spec', 'model']), `LLMInferenceService ${o.name}: spec.model.uri is required`);
  const sa = f.str(o, ['spec', 'template', 'serviceAccountName']);
  return {
    ref: refOf(o, ns),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    ...(uri !== undefined ? { model: uri } : {}),
    ...(sa ? { identity: saUsername(ns, sa) } : {}),
    at: { model: o.locate(['spec', 'model', 'uri']) },
  };
}
