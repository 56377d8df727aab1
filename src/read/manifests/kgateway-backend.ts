import type { NodePath } from '../../model/catalog.js';
import type { Position } from '../../model/finding.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { selectorTargets, type SelectorKeys } from './agentgateway.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';
import { kgatewayTrafficPolicies } from './kgateway-traffic-policy.js';

/**
 * kgateway's own `Backend` (gateway.kgateway.dev/v1alpha1), before v2.1 moved MCP and AI backends to agentgateway's
 * AgentgatewayBackend: repositories written for kgateway 2.0 still hold them, and the gateway still routes agents
 * through them. Field names as in kgateway-dev/kgateway api/v1alpha1 (stored index of the public repository):
 * - backend_types.go (v2.0 line, `BackendSpec`): `type` one of `AI | AWS | Static | DynamicForwardProxy | MCP` (older
 *   versions spell them `ai | aws | static`), and exactly one of `ai`, `aws`, `static`, `dynamicForwardProxy`, `mcp`;
 *   since v2.1 (kgateway/backend_types.go @0d9d543c091a) `type` is deprecated and optional and `gcp` (type `GCP`) is a
 *   fourth kind, without AI or MCP;
 * - mcp_backend.go (`MCP.targets[]`, `McpTargetSelector`: `name` and exactly one of `static {host, port, path,
 *   protocol: StreamableHTTP|SSE}` (path default `/mcp`, `/sse` for SSE) and `selector {namespace, service}` label
 *   selectors; the first version had `selectors {namespaceSelector, serviceSelector}` and the name inside `static`);
 * - ai_backend.go at 2efb108bcd93 (`AIBackend`: exactly one of `llm` and `multipool.priorities[].pool[]`, each an
 *   `LLMProvider {provider: {openai|azureopenai|anthropic|gemini|vertexai|bedrock}, hostOverride {host, port},
 *   pathOverride.fullPath, authHeaderOverride}`; each provider has `authToken {kind: Inline|SecretRef|Passthrough,
 *   inline, secretRef.name}` and `model` (`deploymentName` for azureopenai), bedrock `auth {type: Secret,
 *   secretRef}` and `region`, vertexai `projectId`/`location`, azureopenai `endpoint`). Older versions put the
 *   provider key straight under `llm` (no `provider` level): both are read.
 * MCP targets become MCP servers (one per target, `target` = its name; a selector target, one per matching Service
 * port with an MCP appProtocol, as for AgentgatewayBackend); AI providers become models (use "gateway"); the
 * TrafficPolicies on the routes to the backend add their checks (kgateway-traffic-policy.ts).
 */
const GROUP = 'gateway.kgateway.dev';
const KINDS = ['ai', 'aws', 'static', 'dynamicForwardProxy', 'mcp', 'gcp'];
const PROVIDERS = ['openai', 'azureopenai', 'anthropic', 'gemini', 'vertexai', 'bedrock'];
const SELECTOR: SelectorKeys = {
  selector: 'selector',
  services: ['service', 'services', 'serviceSelector'],
  namespaces: ['namespace', 'namespaces', 'namespaceSelector'],
};
const OLD_SELECTOR: SelectorKeys = { ...SELECTOR, selector: 'selectors' };

export function readKgatewayBackend(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'Backend' || groupOf(o.apiVersion) !== GROUP) return;
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const type = f.str(o, ['spec', 'type']);
  const present = KINDS.filter((k) => f.raw(o, ['spec', k]) !== undefined);
  const kind = KINDS.find((k) => k.toLowerCase() === type?.toLowerCase());
  if (present.length !== 1 || (kind !== undefined && present[0] !== kind)) {
    f.problem(
      o.locate(type !== undefined ? ['spec', 'type'] : ['spec']),
      `kgateway Backend ${o.name}: spec needs exactly one of ${KINDS.join(', ')}, the one its type names${type !== undefined ? ` (type ${type})` : ''}`,
    );
  }
  const policies = kgatewayTrafficPolicies(o, ctx);
  const found: SurfaceInventory = { ...out, mcpServers: [], models: [] };
  if (present.includes('mcp')) readMcp(o, ns, ctx, found);
  if (present.includes('ai')) readAi(o, ns, ctx, found);
  out.mcpServers.push(...found.mcpServers.map(policies.mcp));
  out.models.push(...found.models.map(policies.model));
}

function readMcp(o: ManifestObject, ns: string, ctx: ReadContext, out: SurfaceInventory): void {
  const f = ctx.fields;
  (f.list(o, ['spec', 'mcp', 'targets']) ?? []).forEach((_, i) => {
    const P = ['spec', 'mcp', 'targets', i];
    const name = f.str(o, [...P, 'name']) ?? f.str(o, [...P, 'static', 'name']);
    if (name === undefined) {
      f.problem(o.locate(P), `kgateway Backend ${o.name}: spec.mcp.targets[${i}] needs a name`);
      return;
    }
    const keys = f.raw(o, [...P, 'selectors']) !== undefined ? OLD_SELECTOR : SELECTOR;
    if (f.raw(o, [...P, keys.selector]) !== undefined) {
      const found = selectorTargets(o, P, ns, ctx, keys);
      if (found.length > 0) {
        out.mcpServers.push(...found);
        return;
      }
    }
    const host = f.str(o, [...P, 'static', 'host']);
    const port = f.str(o, [...P, 'static', 'port']);
    const protocol = f.str(o, [...P, 'static', 'protocol']);
    const path = f.str(o, [...P, 'static', 'path']) ?? (protocol === 'SSE' ? '/sse' : '/mcp');
    out.mcpServers.push({
      ref: refOf(o, ns),
      target: name,
      position: o.locate(P),
      definedAt: o.position,
      ...(host !== undefined
        ? {
            url: `http://${host}${port !== undefined ? `:${port}` : ''}${path}`,
            transport: protocol ?? 'StreamableHTTP',
          }
        : {}),
      at: {
        url: o.locate(host !== undefined ? [...P, 'static', 'host'] : [...P, keys.selector]),
        transport: o.locate([...P, 'static', 'protocol']),
      },
    } satisfies SurfaceMcpServer);
  });
}

function readAi(o: ManifestObject, ns: string, ctx: ReadContext, out: SurfaceInventory): void {
  const f = ctx.fields;
  if (f.raw(o, ['spec', 'ai', 'llm']) !== undefined) {
    const m = llmProvider(o, ['spec', 'ai', 'llm'], ns, ctx);
    if (m) out.models.push(m);
  }
  (f.list(o, ['spec', 'ai', 'multipool', 'priorities']) ?? []).forEach((_, p) => {
    (f.list(o, ['spec', 'ai', 'multipool', 'priorities', p, 'pool']) ?? []).forEach((__, i) => {
      const m = llmProvider(o, ['spec', 'ai', 'multipool', 'priorities', p, 'pool', i], ns, ctx, `priority ${p}/${i}`);
      if (m) out.models.push(m);
    });
  });
}

/**
 * One LLMProvider: the provider, its model (none = the request's; azureopenai's deployment answers), where prompts go
 * (hostOverride and pathOverride, else the Azure endpoint, the Vertex project and location, the Bedrock region) and
 * the credential the gateway adds (`authToken`, Bedrock `auth`).
 */
function llmProvider(
  o: ManifestObject,
  P: NodePath,
  ns: string,
  ctx: ReadContext,
  target?: string,
): SurfaceModel | undefined {
  const f = ctx.fields;
  const C = f.map(o, [...P, 'provider']) !== undefined ? [...P, 'provider'] : P;
  const kinds = PROVIDERS.filter((k) => f.raw(o, [...C, k]) !== undefined);
  if (kinds.length !== 1) {
    f.problem(
      o.locate(P),
      `kgateway Backend ${o.name}: ${target ?? 'spec.ai.llm'} needs exactly one provider of ${PROVIDERS.join(', ')}`,
    );
    return undefined;
  }
  const p = kinds[0];
  const B = [...C, p];
  const modelPath = p === 'azureopenai' ? [...B, 'deploymentName'] : [...B, 'model'];
  const model = f.str(o, modelPath);
  const m: SurfaceModel = {
    ref: refOf(o, ns),
    ...(target !== undefined ? { target } : {}),
    use: 'gateway',
    provider: p,
    position: o.locate(B),
    definedAt: o.position,
    ...(model !== undefined ? { model } : {}),
    at: { model: o.locate(modelPath), provider: o.locate(B) },
  };
  const host = f.str(o, [...P, 'hostOverride', 'host']);
  if (host !== undefined) {
    const port = f.str(o, [...P, 'hostOverride', 'port']);
    m.endpoint = `${host}${port !== undefined ? `:${port}` : ''}${f.str(o, [...P, 'pathOverride', 'fullPath']) ?? ''}`;
    m.at!.endpoint = o.locate([...P, 'hostOverride']);
  } else {
    const where: Record<string, string[]> = {
      azureopenai: ['endpoint'],
      vertexai: ['projectId', 'location'],
      bedrock: ['region'],
    };
    const parts = (where[p] ?? []).map((k) => f.str(o, [...B, k])).filter((v): v is string => v !== undefined);
    if (parts.length > 0) {
      m.endpoint = p === 'azureopenai' ? parts[0] : `${p} ${parts.join('/')}`;
      m.at!.endpoint = o.locate([...B, where[p][0]]);
    }
  }
  const found: Array<[string, Position]> = [];
  const T = [...B, 'authToken'];
  if (f.raw(o, T) !== undefined) {
    const header = f.str(o, [...P, 'authHeaderOverride', 'headerName']);
    const label = header !== undefined ? `authToken in header ${header}` : 'authToken';
    const secret = f.str(o, [...T, 'secretRef', 'name']);
    const kind = f.str(o, [...T, 'kind']) ?? (secret !== undefined ? 'SecretRef' : 'Inline');
    const text =
      kind === 'Passthrough'
        ? `${label} forwarded from the caller`
        : kind === 'SecretRef' || secret !== undefined
          ? `${label} from Secret ${secret ?? '?'}`
          : `${label} written in the file`;
    found.push([text, o.locate(T)]);
  }
  const awsSecret = f.str(o, [...B, 'auth', 'secretRef', 'name']) ?? f.str(o, [...B, 'auth', 'secret', 'name']);
  if (awsSecret !== undefined) found.push([`aws credentials from Secret ${awsSecret}`, o.locate([...B, 'auth'])]);
  if (found.length > 0) {
    m.at!.credentials = found[0][1];
    for (const [text, pos] of found) m.at![`credential:${text}`] ??= pos;
    m.credentials = [...new Set(found.map(([t]) => t))].sort();
  }
  return m;
}
