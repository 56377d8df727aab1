import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { FieldReader } from './fields.js';

/**
 * Where an LLMInferenceService's traffic goes and which pods answer it: `spec.router` (kserve aaac4e294dae
 * pkg/apis/serving/v1alpha2/llm_inference_service_types.go RouterSpec; v1alpha1 has the same fields). The gateway
 * and ingress it is exposed on (`gateway.refs`, `ingress.refs`), the route (`route.http.refs`, a user-managed
 * HTTPRoute, or `route.http.spec`, whose parentRefs and backendRefs the controller copies as written), the routing
 * group whose members share the service's traffic by weight (`route.group`, `route.weight`: router_group.go puts
 * every member with the same model names behind each member's route), and the InferencePool whose pods answer
 * (`scheduler.pool.ref`, or an inline pool's pod selector and endpoint picker). Another pool, gateway listener or
 * backend, or traffic moved within the group, changes who answers or who can ask: a model update.
 *
 * Each part is read from the first of `layers` that sets it (the service, then its baseRefs configs from the last
 * named: config_merge.go), and located target by target (`endpointTarget:<i>:<text>`) and weight by weight
 * (`endpointTargetRoute:<i>:weight <n>`), as an InferenceGraph's steps are, so a change is reported at its line.
 */
const R = ['spec', 'router'];
/** Bound on the items read from one list (untrusted input). */
const MAX_ITEMS = 50;

/** One place traffic goes (a gateway, a backend, a pool), and what decides how much of it (a weight, pod labels). */
interface Part {
  target: string;
  at: Position;
  route?: Array<{ text: string; at: Position }>;
}

export function llmRouter(
  layers: readonly ManifestObject[],
  f: FieldReader,
  at: Record<string, Position>,
): string | undefined {
  const first = (path: NodePath) => layers.find((x) => f.raw(x, [...R, ...path]) !== undefined);
  const parts: Part[] = [];
  const list = (x: ManifestObject, path: NodePath) => (f.list(x, path) ?? []).slice(0, MAX_ITEMS);
  for (const key of ['gateway', 'ingress']) {
    const x = first([key]);
    if (!x) continue;
    const P = [...R, key, 'refs'];
    const refs = list(x, P);
    refs.forEach((_, i) => {
      const name = f.str(x, [...P, i, 'name']);
      if (name === undefined) return;
      const listener = key === 'gateway' ? f.str(x, [...P, i, 'sectionName']) : undefined;
      const section = listener !== undefined ? [...P, i, 'sectionName'] : [...P, i, 'name'];
      parts.push({
        target: `${key} ${qualified(f.str(x, [...P, i, 'namespace']), name)}${listener !== undefined ? ` listener ${listener}` : ''}`,
        at: x.locate(section),
      });
    });
    // `{}`: the controller's own (gateway: the cluster's default Gateway; ingress: one it creates).
    if (refs.length === 0) parts.push({ target: `${key}: managed by KServe`, at: x.locate([...R, key]) });
  }
  routeParts(first, f, parts);
  poolParts(first, f, parts);
  if (parts.length === 0) return undefined;
  parts.forEach((p, i) => {
    at[`endpointTarget:${i}:${p.target}`] = p.at;
    for (const [j, r] of (p.route ?? []).entries()) at[`endpointTargetRoute:${i}:${j}:${r.text}`] = r.at;
  });
  at.endpoint = (first([]) ?? layers[0]).locate(R);
  return parts
    .map((p) => [p.target, (p.route ?? []).map((r) => r.text).join(',')].filter(Boolean).join(' '))
    .join('; ');
}

/** The route: a user-managed HTTPRoute, or the parents and backends of the spec the controller copies; the group. */
function routeParts(first: (path: NodePath) => ManifestObject | undefined, f: FieldReader, parts: Part[]): void {
  const http = first(['route', 'http']);
  if (http) {
    const H = [...R, 'route', 'http'];
    const refs = (f.list(http, [...H, 'refs']) ?? []).slice(0, MAX_ITEMS);
    refs.forEach((_, i) => {
      const name = f.str(http, [...H, 'refs', i, 'name']);
      if (name !== undefined) parts.push({ target: `HTTPRoute ${name}`, at: http.locate([...H, 'refs', i, 'name']) });
    });
    const S = [...H, 'spec'];
    (f.list(http, [...S, 'parentRefs']) ?? []).slice(0, MAX_ITEMS).forEach((_, i) => {
      const P = [...S, 'parentRefs', i];
      const name = f.str(http, [...P, 'name']);
      if (name === undefined) return;
      const listener = f.str(http, [...P, 'sectionName']);
      parts.push({
        target: `route parent ${f.str(http, [...P, 'kind']) ?? 'Gateway'} ${qualified(f.str(http, [...P, 'namespace']), name)}${listener !== undefined ? ` listener ${listener}` : ''}`,
        at: http.locate([...P, listener !== undefined ? 'sectionName' : 'name']),
      });
    });
    (f.list(http, [...S, 'rules']) ?? []).slice(0, MAX_ITEMS).forEach((_, i) => {
      const B = [...S, 'rules', i, 'backendRefs'];
      (f.list(http, B) ?? []).slice(0, MAX_ITEMS).forEach((_, j) => {
        const name = f.str(http, [...B, j, 'name']);
        if (name === undefined) return;
        const weight = f.raw(http, [...B, j, 'weight']);
        parts.push({
          target: `route backend ${f.str(http, [...B, j, 'kind']) ?? 'Service'} ${qualified(f.str(http, [...B, j, 'namespace']), name)}`,
          at: http.locate([...B, j, 'name']),
          ...(typeof weight === 'number' || typeof weight === 'string'
            ? { route: [{ text: `weight ${weight}`, at: http.locate([...B, j, 'weight']) }] }
            : {}),
        });
      });
    });
    if (refs.length === 0 && f.raw(http, S) === undefined)
      parts.push({ target: 'route: managed by KServe', at: http.locate(H) });
  } else {
    const route = first(['route']);
    if (route) parts.push({ target: 'route: managed by KServe', at: route.locate([...R, 'route']) });
  }
  const grouped = first(['route', 'group']);
  const group = grouped && f.str(grouped, [...R, 'route', 'group']);
  if (grouped && group !== undefined) {
    const weighted = first(['route', 'weight']);
    const weight = weighted && f.raw(weighted, [...R, 'route', 'weight']);
    parts.push({
      target: `routing group ${group}`,
      at: grouped.locate([...R, 'route', 'group']),
      ...(weighted && (typeof weight === 'number' || typeof weight === 'string')
        ? { route: [{ text: `weight ${weight}`, at: weighted.locate([...R, 'route', 'weight']) }] }
        : {}),
    });
  }
}

/**
 * The InferencePool whose pods answer: one the service names (`pool.ref`), or the one it declares (`pool.spec`: v1
 * `selector.matchLabels` and `endpointPickerRef`, v1alpha2 `selector` and `extensionRef`); the pods its selector
 * matches are the model servers, its endpoint picker chooses among them.
 */
function poolParts(first: (path: NodePath) => ManifestObject | undefined, f: FieldReader, parts: Part[]): void {
  const P = [...R, 'scheduler', 'pool'];
  const byRef = first(['scheduler', 'pool', 'ref']);
  const name = byRef && f.str(byRef, [...P, 'ref', 'name']);
  if (byRef && name !== undefined) {
    parts.push({ target: `InferencePool ${name}`, at: byRef.locate([...P, 'ref', 'name']) });
    return;
  }
  const inline = first(['scheduler', 'pool', 'spec']);
  if (inline) {
    const S = [...P, 'spec'];
    const v1 = f.map(inline, [...S, 'selector', 'matchLabels']) !== undefined;
    const L = v1 ? [...S, 'selector', 'matchLabels'] : [...S, 'selector'];
    // Each label at its own line: the one that changed is where the pool now selects other pods.
    const labels = Object.keys(f.map(inline, L) ?? {})
      .slice(0, MAX_ITEMS)
      .sort()
      .map((k) => ({ text: `${k}=${f.str(inline, [...L, k]) ?? ''}`, at: inline.locate([...L, k]) }));
    if (labels.length > 0) parts.push({ target: 'InferencePool selecting', at: inline.locate(L), route: labels });
    for (const key of ['endpointPickerRef', 'extensionRef']) {
      const picker = f.str(inline, [...S, key, 'name']);
      if (picker !== undefined)
        parts.push({ target: `endpoint picker ${picker}`, at: inline.locate([...S, key, 'name']) });
    }
    return;
  }
  const scheduler = first(['scheduler']);
  if (scheduler)
    parts.push({ target: 'scheduler: InferencePool managed by KServe', at: scheduler.locate([...R, 'scheduler']) });
}

function qualified(namespace: string | undefined, name: string): string {
  return namespace !== undefined ? `${namespace}/${name}` : name;
}
