import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';
import { labelSelectorMatches } from './rbac.js';
import {
  addGatewayAuth,
  applyAiPolicies,
  applyAuthorizationRules,
  crdPromptGuards,
  crdRule,
  locateTarget,
  mcpRules,
  type PolicyBlock,
  ROUTE_FIELD,
} from './agentgateway-policies.js';
import { addGuardrails, addModelRules } from './agentgateway-config-policies.js';
import { providerGuardrails } from './agentgateway-provider-guards.js';
import { type Attached, attachedPolicies, checkAgentgatewayPolicy } from './agentgateway-policy-kind.js';
import { mcpGuardrailRules } from './mcp-guardrails.js';
import { backendChecks } from './agentgateway-traffic-checks.js';

/**
 * agentgateway (agentgateway.dev/v1alpha1). AgentgatewayBackend: exactly one of spec.ai | static |
 * dynamicForwardProxy | mcp | aws | a2a (the CRD's ExactlyOneOf). MCP targets become MCP servers (one per target,
 * `target` = its name; a selector target, one per matching Service port); AI providers become models (use
 * "gateway"). AgentgatewayModel: one model per object (a virtualModel lists its targets). Facts:
 * research/toolhive-agentgateway.md §2.
 */
const GROUP = 'agentgateway.dev';
const KINDS = ['ai', 'static', 'dynamicForwardProxy', 'mcp', 'aws', 'a2a'];
const PROVIDERS = ['openai', 'azureopenai', 'azure', 'anthropic', 'gemini', 'vertexai', 'bedrock', 'custom'];

/** Service port appProtocols a selector target picks (and the legacy kgateway spellings). */
const MCP_PROTOCOLS: Record<string, string> = {
  'agentgateway.dev/mcp': 'StreamableHTTP',
  'agentgateway.dev/mcp-sse': 'SSE',
  'kgateway.dev/mcp': 'StreamableHTTP',
  'kgateway.dev/mcp-sse': 'SSE',
};

export function readAgentgateway(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (groupOf(o.apiVersion) !== GROUP) return;
  if (o.kind === 'AgentgatewayBackend') readBackend(o, ctx, out);
  else if (o.kind === 'AgentgatewayModel') readModel(o, ctx, out);
  else if (o.kind === 'AgentgatewayPolicy') checkAgentgatewayPolicy(o, ctx);
}

function readBackend(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const present = KINDS.filter((k) => f.raw(o, ['spec', k]) !== undefined);
  if (present.length !== 1) {
    f.problem(
      o.locate(['spec']),
      `AgentgatewayBackend ${o.name}: spec needs exactly one of ${KINDS.join(', ')}${present.length > 1 ? ` (has ${present.join(', ')})` : ''}`,
    );
  }
  const attached = attachedPolicies(o, ctx);
  if (present.includes('mcp')) {
    (f.list(o, ['spec', 'mcp', 'targets']) ?? []).forEach((_, i) => {
      const P = ['spec', 'mcp', 'targets', i];
      const name = f.str(o, [...P, 'name']);
      if (!name) {
        f.problem(o.locate(P), `AgentgatewayBackend ${o.name}: spec.mcp.targets[${i}].name is required`);
        return;
      }
      if (f.raw(o, [...P, 'selector']) !== undefined) {
        const found = selectorTargets(o, P, ns, ctx);
        if (found.length > 0) {
          out.mcpServers.push(...found.map((s) => withPolicies(o, s, [BACKEND_POLICIES], attached(s.target), ctx)));
          return;
        }
      }
      const backendRef = f.str(o, [...P, 'static', 'backendRef', 'name']);
      // backendRef names a Service in the backend's namespace.
      const host =
        f.str(o, [...P, 'static', 'host']) ??
        (backendRef !== undefined ? `${backendRef}.${ns}.svc.cluster.local` : undefined);
      const port = f.str(o, [...P, 'static', 'port']);
      const protocol = f.str(o, [...P, 'static', 'protocol']);
      const path = f.str(o, [...P, 'static', 'path']) ?? (protocol === 'SSE' ? '/sse' : '/mcp');
      out.mcpServers.push(
        withPolicies(
          o,
          {
            ref: refOf(o, ns),
            target: name,
            position: o.locate(P),
            definedAt: o.position,
            ...(host !== undefined ? { url: `http://${host}${port !== undefined ? `:${port}` : ''}${path}` } : {}),
            ...(host !== undefined ? { transport: protocol ?? 'StreamableHTTP' } : {}),
            at: {
              url: o.locate([...P, host !== undefined ? 'static' : 'selector']),
              transport: o.locate([...P, 'static', 'protocol']),
            },
          },
          [[...P, 'static', 'policies'], BACKEND_POLICIES],
          attached(name),
          ctx,
        ),
      );
    });
  }
  if (present.includes('ai')) {
    if (f.raw(o, ['spec', 'ai', 'provider']) !== undefined) {
      const m = providerModel(o, ['spec', 'ai', 'provider'], ns, ctx);
      if (m) out.models.push(withAiPolicies(o, m, [BACKEND_POLICIES], attached(SINGLE_PROVIDER), ctx));
    }
    (f.list(o, ['spec', 'ai', 'groups']) ?? []).forEach((_, g) => {
      (f.list(o, ['spec', 'ai', 'groups', g, 'providers']) ?? []).forEach((__, p) => {
        // Group entries are NamedLLMProvider: the provider key sits inline beside `name`.
        const P = ['spec', 'ai', 'groups', g, 'providers', p];
        const m = providerModel(o, P, ns, ctx, f.str(o, [...P, 'name']) ?? `${g}.${p}`);
        if (m) out.models.push(withAiPolicies(o, m, [[...P, 'policies'], BACKEND_POLICIES], attached(m.target), ctx));
      });
    });
  }
}

const BACKEND_POLICIES = ['spec', 'policies'];

/** The sub-backend name of `spec.ai.provider` (controller/pkg/agentgateway/utils SingularLLMProviderSubBackendName). */
const SINGLE_PROVIDER = 'backend';

/** The entry's own policy blocks (most precise first, as written in the backend), then the attached ones. */
function blocksOf(o: ManifestObject, inline: Array<(string | number)[]>, attached: Attached): PolicyBlock[] {
  return [...inline.map((path) => ({ o, path })), ...attached.blocks];
}

/**
 * An MCP target with what the policies on it change (the target's own, the backend's, AgentgatewayPolicy objects
 * attached to it): credentials, tool authorization, the MCP guardrails that check its calls.
 */
function withPolicies(
  o: ManifestObject,
  s: SurfaceMcpServer,
  inline: Array<(string | number)[]>,
  attached: Attached,
  ctx: ReadContext,
): SurfaceMcpServer {
  const blocks = blocksOf(o, inline, attached);
  addGatewayAuth(blocks, s, ctx);
  const guarded = blocks.find((b) => ctx.fields.raw(b.o, [...b.path, 'mcp', 'guardrails']) !== undefined);
  const guardrails = guarded ? mcpGuardrailRules(guarded.o, [...guarded.path, 'mcp', 'guardrails'], ctx) : [];
  applyAuthorizationRules(
    [
      ...mcpRules(blocks, ctx),
      ...attached.traffic,
      ...attached.checks.rules,
      ...backendChecks(blocks, ctx, true),
      ...guardrails,
    ],
    s,
  );
  return s;
}

/**
 * A provider's model with what the policies on it change: the model, the prompt, the gateway's credentials, and who may
 * call it.
 */
function withAiPolicies(
  o: ManifestObject,
  m: SurfaceModel,
  inline: Array<(string | number)[]>,
  attached: Attached,
  ctx: ReadContext,
): SurfaceModel {
  const blocks = blocksOf(o, inline, attached);
  applyAiPolicies(blocks, m, ctx);
  addGatewayAuth(blocks, m, ctx);
  // Who may send prompts along the routes to this provider (the route's and Gateway's `traffic.authorization`,
  // authentication and external authorization, the backend's `extAuth`), and how many.
  addModelRules(m, [...attached.traffic, ...attached.checks.rules, ...backendChecks(blocks, ctx, false)]);
  addGuardrails(m, attached.checks.limits);
  return m;
}

/**
 * One LLM provider: its kind, model (no model = the request chooses; azureopenai has none: the deployment answers)
 * and where it sends prompts (host/port override, custom backendRef Service, Azure endpoint or resource, cloud region).
 */
function providerModel(
  o: ManifestObject,
  P: (string | number)[],
  ns: string,
  ctx: ReadContext,
  target?: string,
): SurfaceModel | undefined {
  const f = ctx.fields;
  const kinds = PROVIDERS.filter((p) => f.raw(o, [...P, p]) !== undefined);
  if (kinds.length !== 1) {
    f.problem(
      o.locate(P),
      `AgentgatewayBackend ${o.name}: ${target !== undefined ? `provider ${target}` : 'spec.ai.provider'} needs exactly one of ${PROVIDERS.join(', ')}`,
    );
    return undefined;
  }
  const p = kinds[0];
  const B = [...P, p];
  const modelPath = p === 'azureopenai' ? [...B, 'deploymentName'] : [...B, 'model'];
  const model = f.str(o, modelPath);
  let endpoint: string | undefined;
  let endpointAt: Position | undefined;
  const host = f.str(o, [...P, 'host']);
  const backendRef = f.str(o, [...B, 'backendRef', 'name']);
  if (host !== undefined) {
    const port = f.str(o, [...P, 'port']);
    endpoint = `${host}${port !== undefined ? `:${port}` : ''}${f.str(o, [...P, 'path']) ?? f.str(o, [...P, 'pathPrefix']) ?? ''}`;
    endpointAt = o.locate([...P, 'host']);
  } else if (backendRef !== undefined) {
    const kind = f.str(o, [...B, 'backendRef', 'kind']) ?? 'Service';
    const port = f.str(o, [...B, 'backendRef', 'port']);
    endpoint =
      kind === 'Service'
        ? `http://${backendRef}.${ns}.svc.cluster.local${port !== undefined ? `:${port}` : ''}`
        : `${kind} ${backendRef}`;
    endpointAt = o.locate([...B, 'backendRef']);
  } else {
    const keys: Record<string, string[]> = {
      azureopenai: ['endpoint'],
      azure: ['resourceName', 'projectName'],
      vertexai: ['projectId', 'region'],
      bedrock: ['region'],
    };
    const parts = (keys[p] ?? []).map((k) => f.str(o, [...B, k])).filter((v): v is string => v !== undefined);
    if (parts.length > 0) {
      endpoint = p === 'azureopenai' ? parts[0] : `${p} ${parts.join('/')}`;
      endpointAt = o.locate([...B, keys[p][0]]);
    }
  }
  const m: SurfaceModel = {
    ref: refOf(o, ns),
    ...(target !== undefined ? { target } : {}),
    use: 'gateway',
    provider: p,
    position: o.locate(B),
    definedAt: o.position,
    ...(model !== undefined ? { model } : {}),
    ...(endpoint !== undefined ? { endpoint } : {}),
    at: { model: o.locate(modelPath), provider: o.locate(B), ...(endpointAt ? { endpoint: endpointAt } : {}) },
  };
  addGuardrails(m, providerGuardrails(o, B, p, ctx));
  return m;
}

/** Where a target's selector and its two label selectors are (the spelling differs between APIs and versions). */
export interface SelectorKeys {
  selector: string;
  services: readonly string[];
  namespaces: readonly string[];
}
const AGENTGATEWAY_SELECTOR: SelectorKeys = {
  selector: 'selector',
  services: ['services'],
  namespaces: ['namespaces'],
};

/**
 * A selector target: every Service port with an MCP appProtocol among the Services its `services` selector matches,
 * in the namespaces its `namespaces` selector matches (Namespace objects' labels; none = the backend's namespace).
 * agentgateway names each by annotation `agentgateway.dev/mcp-target-name`, else `<svc>-<port name or number>`.
 */
export function selectorTargets(
  o: ManifestObject,
  P: (string | number)[],
  ns: string,
  ctx: ReadContext,
  keys: SelectorKeys = AGENTGATEWAY_SELECTOR,
): SurfaceMcpServer[] {
  const f = ctx.fields;
  const S = [...P, keys.selector];
  const first = (names: readonly string[]) => names.map((k) => f.map(o, [...S, k])).find((v) => v !== undefined);
  const services = first(keys.services);
  const namespaces = first(keys.namespaces);
  const nsOk = (svcNs: string | undefined): boolean => {
    if (!namespaces) return svcNs === undefined || svcNs === ns;
    if (svcNs === undefined) return false;
    const n = ctx.index.find('Namespace', svcNs, undefined, '');
    return (
      n !== undefined &&
      labelSelectorMatches(namespaces, (f.map(n, ['metadata', 'labels']) ?? {}) as Record<string, string>)
    );
  };
  const out: SurfaceMcpServer[] = [];
  for (const svc of ctx.index.ofKind('Service', '')) {
    if (!nsOk(svc.namespace)) continue;
    const labels = (f.map(svc, ['metadata', 'labels']) ?? {}) as Record<string, string>;
    if (services && !labelSelectorMatches(services, labels)) continue;
    const A = ['metadata', 'annotations'];
    const path = f.str(svc, [...A, 'agentgateway.dev/mcp-path']) ?? f.str(svc, [...A, 'kgateway.dev/mcp-path']);
    (f.list(svc, ['spec', 'ports']) ?? []).forEach((port, i) => {
      if (port === null || typeof port !== 'object') return;
      const { appProtocol, name, port: number } = port as Record<string, unknown>;
      const transport = typeof appProtocol === 'string' ? MCP_PROTOCOLS[appProtocol] : undefined;
      if (!transport) return;
      const svcNs = svc.namespace ?? ns;
      const target =
        f.str(svc, [...A, 'agentgateway.dev/mcp-target-name']) ??
        `${svc.name}-${typeof name === 'string' && name !== '' ? name : String(number)}`;
      out.push({
        ref: refOf(o, ns),
        target,
        position: svc.position,
        definedAt: o.position,
        url: `http://${svc.name}.${svcNs}.svc.cluster.local:${String(number)}${path ?? (transport === 'SSE' ? '/sse' : '/mcp')}`,
        transport,
        at: { url: svc.locate(['spec', 'ports', i]), transport: svc.locate(['spec', 'ports', i, 'appProtocol']) },
      });
    });
  }
  return out;
}

/**
 * AgentgatewayModel (v1.4): the model clients ask for is `spec.match.model` (else the object's name), served by
 * `spec.provider` at `spec.baseURL`; a `virtualModel` routes to other AgentgatewayModels (weighted, failover or
 * conditional), listed in order as its model.
 */
function readModel(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const provider = f.str(o, ['spec', 'provider']);
  const virtual = f.map(o, ['spec', 'virtualModel']);
  if ((provider === undefined) === (virtual === undefined)) {
    f.problem(o.locate(['spec']), `AgentgatewayModel ${o.name}: spec needs exactly one of provider, virtualModel`);
  }
  const m: SurfaceModel = {
    ref: refOf(o, ns),
    use: 'gateway',
    position: o.position,
    definedAt: o.position,
    at: { provider: o.locate(['spec', 'provider']), endpoint: o.locate(['spec', 'baseURL']) },
  };
  if (virtual) {
    const mode = (['weighted', 'failover', 'conditional'] as const).find((k) => virtual[k] !== undefined);
    const T = ['spec', 'virtualModel', mode ?? 'failover', 'targets'];
    const targets = (f.list(o, T) ?? []).map((_, i) => {
      const ref = f.str(o, [...T, i, 'modelRef', 'name']) ?? '?';
      const model = f.str(o, [...T, i, 'model']);
      const name = model !== undefined ? `${ref} (${model})` : ref;
      // How much traffic the target gets (WeightedModelTarget.weight, FailoverModelTarget.priority,
      // ConditionalModelTarget.when in agentgateway_model_types.go at 75b4e6ce6e0e): moving it is a model update too.
      const E = [...T, i, ROUTE_FIELD[mode ?? 'failover']];
      const route = f.str(o, E);
      locateTarget(m.at!, i, name, o.locate([...T, i, 'modelRef']), route, o.locate(E));
      return route === undefined
        ? name
        : mode === 'weighted'
          ? `${name} weight ${route}`
          : mode === 'conditional'
            ? `${name} when ${route}`
            : `${name} priority ${route}`;
    });
    m.provider = `virtual ${mode ?? '?'}`;
    m.model = targets.join(', ');
    m.at!.model = o.locate(T);
  } else {
    m.provider = provider;
    m.model = f.str(o, ['spec', 'match', 'model']) ?? o.name;
    m.at!.model = o.locate(
      f.raw(o, ['spec', 'match', 'model']) !== undefined ? ['spec', 'match', 'model'] : ['metadata', 'name'],
    );
    const base = f.str(o, ['spec', 'baseURL']);
    if (base !== undefined) m.endpoint = base;
    else modelProviderEndpoint(o, m, ns, ctx);
    computedModel(o, m, ctx);
    addGuardrails(m, providerGuardrails(o, ['spec', 'bedrock'], provider === 'Bedrock' ? 'bedrock' : '', ctx));
  }
  // spec.policies (ModelPolicies, agentgateway_model_types.go at 75b4e6ce6e0e): who may use the model, the key the
  // gateway sends with its requests, the prompt guards around it.
  const policies: PolicyBlock[] = [{ o, path: ['spec', 'policies'] }];
  addGatewayAuth(policies, m, ctx);
  addModelRules(m, crdRule(o, ['spec', 'policies', 'authorization'], ctx));
  addGuardrails(m, crdPromptGuards(o, ['spec', 'policies', 'promptGuard'], ctx));
  out.models.push(m);
}

/**
 * Where a concrete AgentgatewayModel without `baseURL` sends prompts: the provider's own settings
 * (agentgateway_model_types.go @75b4e6ce6e0e `spec.azure {resourceName, projectName}`, `spec.vertexai {projectId,
 * region}`, `spec.bedrock {region}`, `spec.custom.backendRef` a Service or InferencePool of the model's namespace),
 * as an AgentgatewayBackend provider's: another project, region or Service is another model server.
 */
function modelProviderEndpoint(o: ManifestObject, m: SurfaceModel, ns: string, ctx: ReadContext): void {
  const f = ctx.fields;
  const R = ['spec', 'custom', 'backendRef'];
  const ref = f.str(o, [...R, 'name']);
  if (ref !== undefined) {
    const kind = f.str(o, [...R, 'kind']) ?? 'Service';
    const port = f.str(o, [...R, 'port']);
    m.endpoint =
      kind === 'Service'
        ? `http://${ref}.${ns}.svc.cluster.local${port !== undefined ? `:${port}` : ''}`
        : `${kind} ${ns}/${ref}`;
    m.at!.endpoint = o.locate(R);
    return;
  }
  for (const [key, fields] of [
    ['azure', ['resourceName', 'projectName']],
    ['vertexai', ['projectId', 'region']],
    ['bedrock', ['region']],
  ] as const) {
    const parts = fields.map((k) => f.str(o, ['spec', key, k])).filter((v): v is string => v !== undefined);
    if (parts.length === 0) continue;
    m.endpoint = `${key} ${parts.join('/')}`;
    m.at!.endpoint = o.locate(['spec', key, fields[0]]);
    return;
  }
}

/**
 * A `model` field computed by the model's own CEL transformations (ModelPolicies `transformations`, applied to the
 * request, then `finalTransformations`, after conversion to the provider's format: the last one sets what is sent):
 * the provider gets that model, whatever the client asked for.
 */
function computedModel(o: ManifestObject, m: SurfaceModel, ctx: ReadContext): void {
  const f = ctx.fields;
  for (const list of ['finalTransformations', 'transformations']) {
    const L = ['spec', 'policies', list];
    const i = (f.list(o, L) ?? []).findIndex((_, j) => f.str(o, [...L, j, 'field']) === 'model');
    const expr = i >= 0 ? f.str(o, [...L, i, 'expression']) : undefined;
    if (expr === undefined) continue;
    m.model = `computed by CEL: ${expr}`;
    m.at!.model = o.locate([...L, i, 'expression']);
    return;
  }
}
