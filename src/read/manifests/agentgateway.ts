import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory } from '../../model/surface.js';
import { groupOf, refOf } from './fields.js';
import type { ReadContext } from './kagent.js';

/**
 * agentgateway AgentgatewayBackend (agentgateway.dev): exactly one of spec.ai | spec.static |
 * spec.dynamicForwardProxy | spec.mcp. MCP targets become MCP servers (one per target, `target` = its name);
 * AI providers become models (use "gateway"). Facts: formats.md §3.6.
 */
const KINDS = ['ai', 'static', 'dynamicForwardProxy', 'mcp'];
const PROVIDERS = ['openai', 'azureopenai', 'anthropic', 'gemini', 'vertexai', 'bedrock'];

export function readAgentgateway(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== 'AgentgatewayBackend' || groupOf(o.apiVersion) !== 'agentgateway.dev') return;
  const f = ctx.fields;
  const ns = o.namespace ?? 'default';
  const present = KINDS.filter((k) => f.raw(o, ['spec', k]) !== undefined);
  if (present.length !== 1) {
    f.problem(
      o.locate(['spec']),
      `AgentgatewayBackend ${o.name}: spec needs exactly one of ${KINDS.join(', ')}${present.length > 1 ? ` (has ${present.join(', ')})` : ''}`,
    );
  }
  if (present.includes('mcp')) {
    (f.list(o, ['spec', 'mcp', 'targets']) ?? []).forEach((_, i) => {
      const P = ['spec', 'mcp', 'targets', i];
      const name = f.str(o, [...P, 'name']);
      if (!name) {
        f.problem(o.locate(P), `AgentgatewayBackend ${o.name}: spec.mcp.targets[${i}].name is required`);
        return;
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
        ...(host !== undefined ? { url: `http://${host}${port !== undefined ? `:${port}` : ''}${path}` } : {}),
        ...(host !== undefined ? { transport: protocol ?? 'StreamableHTTP' } : {}),
        at: {
          url: o.locate([...P, host !== undefined ? 'static' : 'selector']),
          transport: o.locate([...P, 'static', 'protocol']),
        },
      });
    });
  }
  if (present.includes('ai')) {
    const providerAt = (P: (string | number)[]) => {
      for (const p of PROVIDERS) {
        if (f.raw(o, [...P, p]) === undefined) continue;
        const model = f.str(o, [...P, p, 'model']);
        out.models.push({
          ref: refOf(o, ns),
          use: 'gateway',
          provider: p,
          position: o.locate([...P, p]),
          definedAt: o.position,
          // Without a model the gateway passes on whatever model the request names.
          ...(model !== undefined ? { model } : {}),
          at: { model: o.locate([...P, p, 'model']), provider: o.locate([...P, p]) },
        });
      }
    };
    if (f.raw(o, ['spec', 'ai', 'provider']) !== undefined) providerAt(['spec', 'ai', 'provider']);
    (f.list(o, ['spec', 'ai', 'groups']) ?? []).forEach((_, g) => {
      (f.list(o, ['spec', 'ai', 'groups', g, 'providers']) ?? []).forEach((__, p) => {
        // The entry's exact shape is not verified: accept the provider key on the entry or under `provider`.
        const P = ['spec', 'ai', 'groups', g, 'providers', p];
        providerAt(P);
        providerAt([...P, 'provider']);
      });
    });
  }
}
