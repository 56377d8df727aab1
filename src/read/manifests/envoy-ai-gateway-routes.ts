import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { envoyBackendAddress } from './envoy-ai-gateway.js';
import { groupOf, type ManifestIndex, refOf } from './fields.js';
import type { SurfaceRef } from '../../model/surface.js';
import type { ReadContext } from './kagent.js';

/**
 * Envoy AI Gateway's model routes (aigateway.envoyproxy.io v1alpha1 and v1beta1, the same shapes since v0.4): an
 * `AIGatewayRoute` sends each request, by the model the client names (header `x-ai-eg-model`), to the
 * `AIServiceBackend`s (or one Gateway API Inference Extension `InferencePool`) of the rule that matches it, each
 * optionally under another model name (`modelNameOverride`); the AIServiceBackend says which API the provider
 * speaks (`schema.name`) and where it is (an Envoy Gateway `Backend`); the `BackendSecurityPolicy`s that target it
 * say with which account the gateway calls it. Each backendRef of each rule is one model of the agent (use
 * `gateway`): which model answers, at which provider, with which credential. Field names as in envoyproxy/ai-gateway
 * api/v1beta1/{ai_gateway_route,ai_service_backend,backendsecurity_policy,shared_types}.go and examples/basic at
 * c217da8a5395.
 */
const GROUP = 'aigateway.envoyproxy.io';
const MODEL_HEADER = 'x-ai-eg-model';
const POOL_GROUP = 'inference.networking.k8s.io';

export function readEnvoyAiGatewayRoute(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== GROUP || o.kind !== 'AIGatewayRoute') return;
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  (f.list(o, ['spec', 'rules']) ?? []).forEach((_, r) => {
    const R = ['spec', 'rules', r];
    const requested = requestedModels(o, R, ctx);
    const label =
      f.str(o, [...R, 'name']) ?? (requested.length > 0 ? requested.map((q) => q.model).join(', ') : `rule ${r}`);
    const refs = f.list(o, [...R, 'backendRefs']) ?? [];
    refs.forEach((__, j) => {
      const B = [...R, 'backendRefs', j];
      const name = f.str(o, [...B, 'name']);
      if (name === undefined) {
        f.problem(o.locate(B), `AIGatewayRoute ${o.name}: spec.rules[${r}].backendRefs[${j}].name is required`);
        return;
      }
      const override = f.str(o, [...B, 'modelNameOverride']);
      const asked = requested.length > 0 ? requested.map((q) => q.model).join(', ') : undefined;
      // With several backends the rule splits or fails over its traffic: how much each gets is part of what answers.
      const share = refs.length > 1 ? trafficShare(o, B, ctx) : undefined;
      const model = override ?? asked;
      const m: SurfaceModel = {
        ref: refOf(o, ns),
        target: `${label}/${name}`,
        use: 'gateway',
        position: o.locate(B),
        definedAt: o.position,
        ...(model !== undefined ? { model: share ? `${model} (${share.text})` : model } : {}),
        at: {
          model: override !== undefined ? o.locate([...B, 'modelNameOverride']) : (requested[0]?.at ?? o.locate(B)),
          // A weight or priority that moved is reported at its line (surface-diff routeChangeAt).
          ...(share ? { [`modelTargetRoute:0:${share.text}`]: share.at } : {}),
        },
      };
      const refNs = f.str(o, [...B, 'namespace']) ?? ns;
      if (f.str(o, [...B, 'kind']) === 'InferencePool' || f.str(o, [...B, 'group']) === POOL_GROUP) {
        // A pool of model servers in the cluster, picked by its endpoint picker: the pool is where prompts go.
        m.provider = 'InferencePool';
        m.endpoint = `InferencePool ${refNs}/${name}`;
        m.at!.endpoint = o.locate([...B, 'name']);
        m.at!.provider = o.locate([...B, 'kind']);
        addCredentials(m, policyCredentials('InferencePool', name, refNs, POOL_GROUP, ctx));
      } else {
        serviceBackend(m, name, refNs, ctx);
      }
      out.models.push(m);
    });
  });
}

/** The model names a rule matches (`x-ai-eg-model` header matches, Exact by default), each located at its value. */
function requestedModels(o: ManifestObject, R: NodePath, ctx: ReadContext): Array<{ model: string; at: Position }> {
  const f = ctx.fields;
  const out: Array<{ model: string; at: Position }> = [];
  (f.list(o, [...R, 'matches']) ?? []).forEach((_, i) => {
    (f.list(o, [...R, 'matches', i, 'headers']) ?? []).forEach((__, h) => {
      const H = [...R, 'matches', i, 'headers', h];
      if (f.str(o, [...H, 'name'])?.toLowerCase() !== MODEL_HEADER) return;
      const value = f.str(o, [...H, 'value']);
      if (value === undefined) return;
      const regex = f.str(o, [...H, 'type']) === 'RegularExpression';
      out.push({ model: regex ? `~${value}` : value, at: o.locate([...H, 'value']) });
    });
  });
  return out;
}

/** How much of a rule's traffic a backend gets: its priority when one is set (failover), else its weight (default 1). */
function trafficShare(o: ManifestObject, B: NodePath, ctx: ReadContext): { text: string; at: Position } {
  const f = ctx.fields;
  const priority = f.str(o, [...B, 'priority']);
  if (priority !== undefined) return { text: `priority ${priority}`, at: o.locate([...B, 'priority']) };
  const weight = f.str(o, [...B, 'weight']);
  return { text: `weight ${weight ?? '1'}`, at: o.locate(weight !== undefined ? [...B, 'weight'] : B) };
}

/**
 * An AIServiceBackend: the API its provider speaks (`schema.name`), where it is (its `backendRef`, an Envoy Gateway
 * Backend, or a Service before v0.4 required a Backend) and the credentials of the BackendSecurityPolicies on it
 * (and, before v0.4, the one its `backendSecurityPolicyRef` names).
 */
function serviceBackend(m: SurfaceModel, name: string, ns: string, ctx: ReadContext): void {
  const f = ctx.fields;
  const svc = ctx.index.find('AIServiceBackend', name, ns, GROUP);
  if (!svc) return;
  const schema = f.str(svc, ['spec', 'schema', 'name']);
  if (schema !== undefined) {
    m.provider = schema;
    m.at!.provider = svc.locate(['spec', 'schema', 'name']);
  }
  const B = ['spec', 'backendRef'];
  const target = f.str(svc, [...B, 'name']);
  if (target !== undefined) {
    const targetNs = f.str(svc, [...B, 'namespace']) ?? svc.namespace ?? ns;
    const kind = f.str(svc, [...B, 'kind']) ?? 'Service';
    const port = f.str(svc, [...B, 'port']);
    const address = kind === 'Backend' ? envoyBackendAddress(target, targetNs, ctx) : undefined;
    m.endpoint = address
      ? `${address.host}${address.port !== undefined ? `:${address.port}` : ''}`
      : kind === 'Service'
        ? `http://${target}.${targetNs}.svc.cluster.local${port !== undefined ? `:${port}` : ''}`
        : `${kind} ${targetNs}/${target}`;
    m.at!.endpoint = address?.at ?? svc.locate([...B, 'name']);
  }
  const found = policyCredentials('AIServiceBackend', name, svc.namespace ?? ns, GROUP, ctx);
  const legacy = f.str(svc, ['spec', 'backendSecurityPolicyRef', 'name']);
  if (legacy !== undefined) {
    const p = ctx.index.find('BackendSecurityPolicy', legacy, svc.namespace ?? ns, GROUP);
    if (p) found.push(...credentialsOf(p, ctx));
  }
  addCredentials(m, found);
}

/** The credentials of the BackendSecurityPolicies whose `targetRefs` name this object (local references). */
function policyCredentials(
  kind: string,
  name: string,
  ns: string,
  group: string,
  ctx: ReadContext,
): Array<[string, Position]> {
  const f = ctx.fields;
  const out: Array<[string, Position]> = [];
  for (const p of ctx.index.ofKind('BackendSecurityPolicy', GROUP)) {
    if (p.namespace !== undefined && p.namespace !== ns) continue;
    const targets = f.list(p, ['spec', 'targetRefs']) ?? [];
    const hit = targets.some(
      (_, i) =>
        f.str(p, ['spec', 'targetRefs', i, 'kind']) === kind &&
        f.str(p, ['spec', 'targetRefs', i, 'name']) === name &&
        (f.str(p, ['spec', 'targetRefs', i, 'group']) ?? group) === group,
    );
    if (hit) out.push(...credentialsOf(p, ctx));
  }
  return out;
}

/**
 * What a BackendSecurityPolicy makes the gateway send the provider, by its `type`: the Secret of an API key, the
 * cloud account and how its credentials are had (a credentials file in a Secret, an OIDC token exchanged for a role,
 * the default chain of the gateway's own environment), and a caller-supplied credential (`credentialOverride`)
 * that replaces it. Another Secret or role is another account.
 */
function credentialsOf(p: ManifestObject, ctx: ReadContext): Array<[string, Position]> {
  const f = ctx.fields;
  const S = ['spec'];
  const type = f.str(p, [...S, 'type']);
  const out: Array<[string, Position]> = [];
  const secret = (path: NodePath, what: string) => {
    const n = f.str(p, [...path, 'name']);
    if (n !== undefined) out.push([`${what} from Secret ${n}`, p.locate(path)]);
  };
  const oidc = (path: NodePath) => f.str(p, [...path, 'oidc', 'provider', 'issuer']) ?? '?';
  switch (type) {
    case 'APIKey':
      secret([...S, 'apiKey', 'secretRef'], 'API key');
      break;
    case 'AnthropicAPIKey':
      secret([...S, 'anthropicAPIKey', 'secretRef'], 'Anthropic API key');
      break;
    case 'AzureAPIKey':
      secret([...S, 'azureAPIKey', 'secretRef'], 'Azure API key');
      break;
    case 'AWSCredentials': {
      const A = [...S, 'awsCredentials'];
      const region = f.str(p, [...A, 'region']) ?? '?';
      const role = f.str(p, [...A, 'oidcExchangeToken', 'awsRoleArn']);
      if (f.raw(p, [...A, 'credentialsFile']) !== undefined)
        secret([...A, 'credentialsFile', 'secretRef'], `AWS credentials (${region})`);
      else if (role !== undefined)
        out.push([
          `AWS role ${role} (${region}) by OIDC ${oidc([...A, 'oidcExchangeToken'])}`,
          p.locate([...A, 'oidcExchangeToken', 'awsRoleArn']),
        ]);
      else out.push([`AWS credentials (${region}) of the gateway's environment`, p.locate(A)]);
      break;
    }
    case 'AzureCredentials': {
      const A = [...S, 'azureCredentials'];
      const who = `Azure client ${f.str(p, [...A, 'clientID']) ?? '?'} of tenant ${f.str(p, [...A, 'tenantID']) ?? '?'}`;
      if (f.raw(p, [...A, 'clientSecretRef']) !== undefined) secret([...A, 'clientSecretRef'], who);
      else out.push([`${who} by OIDC ${oidc([...A, 'oidcExchangeToken'])}`, p.locate([...A, 'clientID'])]);
      break;
    }
    case 'GCPCredentials': {
      const A = [...S, 'gcpCredentials'];
      const where = `GCP project ${f.str(p, [...A, 'projectName']) ?? '?'} (${f.str(p, [...A, 'region']) ?? '?'})`;
      const W = [...A, 'workloadIdentityFederationConfig'];
      if (f.raw(p, [...A, 'credentialsFile']) !== undefined) secret([...A, 'credentialsFile', 'secretRef'], where);
      else if (f.raw(p, W) !== undefined) {
        const as = f.str(p, [...W, 'serviceAccountImpersonation', 'serviceAccountName']);
        out.push([
          `${where} by workload identity ${f.str(p, [...W, 'workloadIdentityPoolName']) ?? '?'}/${f.str(p, [...W, 'workloadIdentityProviderName']) ?? '?'}${as !== undefined ? ` as ${as}` : ''}`,
          p.locate(W),
        ]);
      } else out.push([`${where} of the gateway's environment`, p.locate(A)]);
      break;
    }
    default:
      if (type !== undefined) out.push([`${type} credentials`, p.locate([...S, 'type'])]);
  }
  const O = [...S, 'credentialOverride'];
  if (f.raw(p, [...O, 'fromRequestHeaders']) !== undefined) {
    const header = f.str(p, [...O, 'fromRequestHeaders', 'header']);
    const fallback = f.bool(p, [...O, 'fromRequestHeaders', 'fallbackToConfigured']) !== false;
    out.push([
      `credential from request header ${header ?? 'x-aigw-*'}${fallback ? ', else the configured one' : ''}`,
      p.locate([...O, 'fromRequestHeaders']),
    ]);
  } else if (f.raw(p, [...O, 'fromDynamicMetadata']) !== undefined) {
    out.push([
      `credential from dynamic metadata ${f.str(p, [...O, 'fromDynamicMetadata', 'namespace']) ?? '?'}`,
      p.locate([...O, 'fromDynamicMetadata']),
    ]);
  }
  return out;
}

function addCredentials(m: SurfaceModel, found: ReadonlyArray<[string, Position]>): void {
  if (found.length === 0) return;
  m.at!.credentials = found[0][1];
  for (const [text, pos] of found) m.at![`credential:${text}`] ??= pos;
  m.credentials = [...new Set(found.map(([t]) => t))].sort();
}

/**
 * The names a platform folder's objects are found by for an agent's Envoy AI Gateway routes (src/read/references.ts):
 * the AIServiceBackends and InferencePools an AIGatewayRoute sends to (the BackendSecurityPolicies on them name them
 * too), and the Envoy Gateway Backends those AIServiceBackends, or an MCPRoute's entries, name when no file read so far
 * holds them.
 */
export function envoyReferenceNames(
  surface: { models: Array<{ ref: SurfaceRef }>; mcpServers: Array<{ ref: SurfaceRef }> },
  index: ManifestIndex,
): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const record = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const backend = (ref: Record<string, unknown>, ns: string | undefined) => {
    const n = ref.name;
    if (typeof n !== 'string' || ref.kind !== 'Backend') return;
    const at = typeof ref.namespace === 'string' ? ref.namespace : ns;
    if (!index.find('Backend', n, at, 'gateway.envoyproxy.io')) out.add(n);
  };
  for (const e of [...surface.models, ...surface.mcpServers]) {
    const { kind, name, namespace } = e.ref;
    if ((kind !== 'AIGatewayRoute' && kind !== 'MCPRoute') || seen.has(`${kind}/${namespace}/${name}`)) continue;
    seen.add(`${kind}/${namespace}/${name}`);
    const route = index.find(kind, name, namespace, GROUP);
    const spec = record(route?.body.spec);
    if (kind === 'MCPRoute') {
      for (const r of Array.isArray(spec.backendRefs) ? spec.backendRefs : [])
        if (record(r).kind === 'Backend') backend(record(r), route?.namespace ?? namespace);
      continue;
    }
    for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
      for (const r of Array.isArray(record(rule).backendRefs) ? (record(rule).backendRefs as unknown[]) : []) {
        const ref = record(r);
        if (typeof ref.name !== 'string') continue;
        out.add(ref.name);
        if (ref.kind === 'InferencePool') continue;
        const ns = typeof ref.namespace === 'string' ? ref.namespace : (route?.namespace ?? namespace);
        const svc = index.find('AIServiceBackend', ref.name, ns, GROUP);
        if (svc) backend(record(record(svc.body.spec).backendRef), svc.namespace ?? ns);
      }
    }
  }
  return [...out];
}
