import type { NodePath } from '../../model/catalog.js';
import type { ManifestObject } from '../../model/manifest.js';
import type { AuthorizationRule } from './agentgateway-policies.js';
import type { ReadContext } from './kagent.js';

/**
 * agentgateway's MCP guardrails: an ordered chain of remote policy servers that see (and may refuse) the JSON-RPC
 * methods they are given, as the gateway runs them in front of an MCP target. Two spellings at agentgateway
 * 75b4e6ce6e0e: the CRDs' `mcp.guardrails.processors[] {remote {backendRef | url, failureMode}, methods}`
 * (agentgateway_policy_types.go `MCPGuardrails`, `MCPGuardrailsProcessor`, `MCPGuardrailsRemote`) and the config
 * file's `mcpGuardrails.processors[] {kind: remote, host | backend | service, failureMode, methods}`
 * (crates/agentgateway/src/mcp/guardrails/mod.rs `Processor`, `Remote`). The gateway takes the guardrails whole from
 * the most precise block that sets them (store/binds.rs `mcp_guardrails.get_or_insert_with`).
 *
 * Each processor is one check, written `Guardrail: remote <server> on <method> (<phase>), …[, fail open]`: a processor
 * removed, or a method taken off it, lets those calls through unchecked.
 */
export function mcpGuardrailRules(o: ManifestObject, G: NodePath, ctx: ReadContext): AuthorizationRule[] {
  const f = ctx.fields;
  const out: AuthorizationRule[] = [];
  (f.list(o, [...G, 'processors']) ?? []).forEach((_, i) => {
    const P = [...G, 'processors', i];
    const crd = f.map(o, [...P, 'remote']) !== undefined;
    if (!crd && f.str(o, [...P, 'kind'])?.toLowerCase() !== 'remote') {
      f.problem(o.locate(P), `${o.kind} ${o.name}: an MCP guardrails processor needs remote`);
      return;
    }
    const R = crd ? [...P, 'remote'] : P;
    const s = (...p: NodePath) => f.str(o, [...R, ...p]);
    const server = s('backendRef', 'name') ?? s('url') ?? s('host') ?? s('backend') ?? s('service', 'name') ?? '?';
    const methods = f.map(o, [...P, 'methods']) ?? {};
    const on = Object.keys(methods)
      .sort()
      .map((m) => [m, f.str(o, [...P, 'methods', m]) ?? '?'] as const)
      .filter(([, phase]) => phase.toLowerCase() !== 'off')
      .map(([m, phase]) => `${m} (${phase})`);
    const open = s('failureMode')?.toLowerCase() === 'failopen';
    out.push({
      action: 'Guardrail',
      exprs: [`remote ${server} on ${on.length > 0 ? on.join(', ') : 'no method'}${open ? ', fail open' : ''}`],
      at: o.locate(P),
      exprsAt: o.locate([...P, 'methods']),
    });
  });
  return out;
}
