import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceModel } from '../../model/surface.js';
import { refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * KServe InferenceGraph (serving.kserve.io/v1alpha1, the only version; kserve aaac4e294dae
 * pkg/apis/serving/v1alpha1/inference_graph.go and inference_graph_validation.go): a router in front of models. A
 * request enters the node named `root`; each node of `spec.nodes` sends it through its `steps[]` by `routerType` —
 * `Sequence` (each in turn), `Splitter` (one, by `weight`), `Ensemble` (all) or `Switch` (the first whose
 * `condition` holds) — and a step targets exactly one of an InferenceService of the graph's namespace
 * (`serviceName`), a URL (`serviceUrl`) or another node (`nodeName`). An agent that calls the graph's URL gets
 * answers from whatever it routes to, so the graph is a model of its own: its routes, as reached from `root`, are
 * its `model` (another InferenceService, another URL, a weight moved: a model update), located step by step.
 * The router pod runs as `spec.serviceAccountName`, else the namespace's `default`.
 */
const ROUTER_TYPES = ['Sequence', 'Splitter', 'Ensemble', 'Switch'];
const KSERVE_GROUP = 'serving.kserve.io';

/** Bounds on what is read from one graph (untrusted input). */
const MAX_NODES = 100;
const MAX_STEPS = 100;

export function inferenceGraph(
  o: ManifestObject,
  ctx: ReadContext,
  served?: (isvc: ManifestObject) => SurfaceModel[],
): SurfaceModel {
  const f = ctx.fields;
  const N = ['spec', 'nodes'];
  const nodes = f.map(o, N) ?? {};
  const m: SurfaceModel = {
    ref: refOf(o),
    use: 'serving',
    position: o.position,
    definedAt: o.position,
    provider: 'KServe InferenceGraph',
    at: { model: o.locate(N), provider: o.locate(N) },
  };
  if (!Object.hasOwn(nodes, 'root')) {
    f.problem(
      o.locate(f.raw(o, N) !== undefined ? N : ['spec']),
      `InferenceGraph ${o.name}: spec.nodes needs a root node`,
    );
  }
  const routes: string[] = [];
  const seen = new Set<string>();
  let i = 0;
  // Depth first from root, each node once: the nodes a request can reach, in the order it reaches them.
  const visit = (name: string) => {
    if (seen.has(name) || seen.size >= MAX_NODES || !Object.hasOwn(nodes, name)) return;
    seen.add(name);
    const P = [...N, name];
    const type = f.str(o, [...P, 'routerType']);
    if (type === undefined || !ROUTER_TYPES.includes(type)) {
      f.problem(
        o.locate(type === undefined ? P : [...P, 'routerType']),
        `InferenceGraph ${o.name}: node ${name} needs a routerType of ${ROUTER_TYPES.join(', ')}`,
      );
    }
    const next: string[] = [];
    const steps = (f.list(o, [...P, 'steps']) ?? []).slice(0, MAX_STEPS).flatMap((_, j) => {
      const S = [...P, 'steps', j];
      const target = stepTarget(o, S, ctx, name, j);
      if (target === undefined) return [];
      if (target.node !== undefined) next.push(target.node);
      const route = routeOf(o, S, type, ctx);
      const k = i++;
      m.at![`modelTarget:${k}:${target.text}`] = o.locate(target.path);
      if (route) m.at![`modelTargetRoute:${k}:${route.text}`] = o.locate(route.path);
      const serves = target.service !== undefined && served ? followed(o, target.service, ctx, served) : undefined;
      for (const fact of serves?.facts ?? []) m.at![`modelTargetRoute:${k}:${fact.text}`] = fact.at;
      const text = serves ? `${target.text} (${serves.text})` : target.text;
      return [route ? `${text} ${route.text}` : text];
    });
    routes.push(`${name} ${type ?? '?'}: ${steps.join(', ')}`);
    for (const n of next) visit(n);
  };
  visit('root');
  if (routes.length > 0) m.model = routes.join('; ');
  const sa = f.str(o, ['spec', 'serviceAccountName']);
  m.identity = saUsername(o.namespace, sa ?? 'default');
  m.at!.identity = o.locate(sa !== undefined ? ['spec', 'serviceAccountName'] : ['metadata', 'name']);
  return m;
}

/** The one target of a step, as text (`InferenceService <name>`, the URL, `node <name>`), where it is written. */
function stepTarget(
  o: ManifestObject,
  S: NodePath,
  ctx: ReadContext,
  node: string,
  j: number,
): { text: string; path: NodePath; node?: string; service?: string } | undefined {
  const f = ctx.fields;
  const found = (
    [
      ['serviceName', (v: string) => `InferenceService ${v}`],
      ['serviceUrl', (v: string) => v],
      ['nodeName', (v: string) => `node ${v}`],
    ] as const
  ).flatMap(([key, text]) => {
    const v = f.str(o, [...S, key]);
    return v !== undefined ? [{ key, value: v, text: text(v), path: [...S, key] }] : [];
  });
  if (found.length !== 1) {
    f.problem(
      o.locate(S),
      `InferenceGraph ${o.name}: step ${j} of node ${node} needs exactly one of serviceName, serviceUrl, nodeName`,
    );
    return undefined;
  }
  const [t] = found;
  return {
    text: t.text,
    path: t.path,
    ...(t.key === 'nodeName' ? { node: t.value } : {}),
    ...(t.key === 'serviceName' ? { service: t.value } : {}),
  };
}

/**
 * What an InferenceService a step names serves, when it is kept in another folder of the repository (followed by
 * name, references.ts): its model, revision and runtime, each located in that folder's file, so a model swapped
 * there is a change of the graph's routes. One in the agent's own files is a model of its own, compared as such.
 */
function followed(
  o: ManifestObject,
  name: string,
  ctx: ReadContext,
  served: (isvc: ManifestObject) => SurfaceModel[],
): { text: string; facts: Array<{ text: string; at: Position }> } | undefined {
  const isvc = ctx.index.find('InferenceService', name, o.namespace, KSERVE_GROUP);
  if (!isvc || !ctx.referenced?.has(isvc)) return undefined;
  const facts: Array<{ text: string; at: Position }> = [];
  const texts = served(isvc).map((e) => {
    const parts: string[] = [];
    for (const [field, label] of [
      ['model', ''],
      ['revision', 'revision '],
      ['runtime', 'on '],
    ] as const) {
      const v = e[field];
      if (v === undefined) continue;
      const text = `${e.target !== undefined ? `${e.target} ` : ''}${label}${v}`;
      parts.push(`${label}${v}`);
      facts.push({ text: `serves ${text}`, at: e.at?.[field] ?? isvc.position });
    }
    return `${e.target !== undefined ? `${e.target}: ` : ''}${parts.join(' ') || '?'}`;
  });
  return { text: texts.join(', '), facts };
}

/** What decides whether a step gets the request: a Splitter's `weight`, a Switch's `condition`. */
function routeOf(
  o: ManifestObject,
  S: NodePath,
  type: string | undefined,
  ctx: ReadContext,
): { text: string; path: NodePath } | undefined {
  const f = ctx.fields;
  if (type === 'Splitter') {
    const w = f.raw(o, [...S, 'weight']);
    if (typeof w === 'number' || typeof w === 'string') return { text: `weight ${w}`, path: [...S, 'weight'] };
  }
  if (type === 'Switch') {
    const c = f.str(o, [...S, 'condition']);
    if (c !== undefined) return { text: `when ${c}`, path: [...S, 'condition'] };
  }
  return undefined;
}
