import type { ManifestObject } from '../../model/manifest.js';
import type { SurfaceInventory, SurfaceSandbox } from '../../model/surface.js';
import { fieldPath, groupOf, refOf } from './fields.js';
import {
  type AgentSurfaceBase,
  autonomyOf,
  envSources,
  KAGENT_GROUP,
  mcpServerByKind,
  modelFromConfig,
  type ReadContext,
} from './kagent.js';
import { labelSelectorMatches } from './rbac.js';

/**
 * kagent "API v2" and Substrate kinds (kagent.dev/v1alpha3, research/kagent.md §5–6b): AgentTemplate (an agent's
 * model, prompt and tools, run by every Harness that admits it), AgentHarness (an OpenClaw/Hermes agent runtime), and
 * the configuration kinds that only shape them (Harness, ModelProviderConfig). None of them has a ServiceAccount:
 * they run as actors on a shared WorkerPool, so their reach in Kubernetes is their tool servers'.
 */

function sandboxAgent(o: ManifestObject, type: AgentSurfaceBase['type'], sandbox: SurfaceSandbox): AgentSurfaceBase {
  const namespace = o.namespace ?? 'default';
  return {
    agent: { kind: o.kind, name: o.name, namespace, apiVersion: o.apiVersion, position: o.position },
    type,
    workload: { kind: o.kind, name: o.name, namespace },
    sandbox,
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: 'autonomous', approvalTools: [], position: o.position },
  };
}

/**
 * AgentTemplate: `spec.modelConfig.name` (same namespace), `tools[]` each exactly one of `mcp {server {kind:
 * RemoteMCPServer, name}, tools[]}` or `agent {name, templateRef.name}` (another AgentTemplate). There is no
 * requireApproval in the v2 API: a template with tools is autonomous. The Harnesses of its namespace whose
 * `allowedAgentTemplates.selector` matches its labels run it (their image, env credentials and WorkerPool).
 */
export function readAgentTemplate(o: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  const f = ctx.fields;
  const s = sandboxAgent(o, 'Declarative', harnessOf(o, ctx));
  const ns = s.agent.namespace!;
  const mc = f.str(o, ['spec', 'modelConfig', 'name']);
  if (mc === undefined) f.problem(o.locate(['spec']), `AgentTemplate ${o.name}: spec.modelConfig.name is required`);
  else s.models.push(modelFromConfig(o, mc, ns, 'agent', ['spec', 'modelConfig', 'name'], false, ctx));
  const tools = f.list(o, ['spec', 'tools']) ?? [];
  tools.forEach((_, i) => {
    const P = ['spec', 'tools', i];
    const hasMcp = f.raw(o, [...P, 'mcp']) !== undefined;
    const hasAgent = f.raw(o, [...P, 'agent']) !== undefined;
    if (hasMcp === hasAgent) {
      f.problem(o.locate(P), `AgentTemplate ${o.name}: ${fieldPath(P)} needs exactly one of mcp, agent`);
      return;
    }
    if (hasAgent) {
      const target = f.str(o, [...P, 'agent', 'templateRef', 'name']);
      if (!target) {
        f.problem(
          o.locate([...P, 'agent']),
          `AgentTemplate ${o.name}: ${fieldPath(P)}.agent.templateRef.name is required`,
        );
        return;
      }
      const t = ctx.index.find('AgentTemplate', target, ns, KAGENT_GROUP);
      s.delegations.push({
        ref: { kind: 'AgentTemplate', name: target, namespace: ns, apiVersion: t?.apiVersion ?? o.apiVersion },
        position: o.locate([...P, 'agent', 'templateRef', 'name']),
        ...(t ? { definedAt: t.position } : {}),
      });
      return;
    }
    const S = [...P, 'mcp', 'server'];
    const kind = f.str(o, [...S, 'kind']) ?? 'RemoteMCPServer';
    const name = f.str(o, [...S, 'name']);
    if (!name) {
      f.problem(o.locate([...P, 'mcp']), `AgentTemplate ${o.name}: ${fieldPath(S)}.name is required`);
      return;
    }
    if (kind !== 'RemoteMCPServer') {
      f.problem(
        o.locate([...S, 'kind']),
        `AgentTemplate ${o.name}: ${fieldPath(S)}.kind must be RemoteMCPServer, not '${kind}'`,
      );
      return;
    }
    const server = mcpServerByKind('RemoteMCPServer', name, ns, o.locate([...S, 'name']), ctx);
    const allowed = f.strings(o, [...P, 'mcp', 'tools']);
    if (allowed) {
      server.allowedTools = allowed;
      server.at = { ...server.at, toolNames: o.locate([...P, 'mcp', 'tools']) };
    }
    s.mcpServers.push(server);
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? o.locate(['spec', 'tools']) : o.position, undefined);
  return s;
}

/** The first Harness of the template's namespace that admits it (an omitted selector admits none). */
function harnessOf(template: ManifestObject, ctx: ReadContext): SurfaceSandbox {
  const f = ctx.fields;
  const labels = (f.map(template, ['metadata', 'labels']) ?? {}) as Record<string, string>;
  for (const h of ctx.index.ofKind('Harness', KAGENT_GROUP)) {
    if ((h.namespace ?? template.namespace) !== template.namespace) continue;
    const selector = f.map(h, ['spec', 'allowedAgentTemplates', 'selector']);
    if (!selector || !labelSelectorMatches(selector, labels)) continue;
    const out: SurfaceSandbox = { harness: refOf(h), at: { harness: h.position } };
    const image = f.str(h, ['spec', 'workload', 'image']);
    if (image !== undefined) {
      out.image = image;
      out.at!.image = h.locate(['spec', 'workload', 'image']);
    }
    const pool = f.str(h, ['spec', 'substrate', 'workerPoolRef', 'name']);
    if (pool !== undefined)
      out.workerPool = { kind: 'WorkerPool', name: pool, namespace: h.namespace, apiVersion: 'ate.dev/v1alpha1' };
    const credentials: string[] = [];
    (f.list(h, ['spec', 'env']) ?? []).forEach((_, i) => {
      const name = f.str(h, ['spec', 'env', i, 'name']);
      const secret = f.str(h, ['spec', 'env', i, 'credentialRef', 'name']);
      if (name && secret !== undefined)
        credentials.push(
          `env ${name} from Secret ${secret}/${f.str(h, ['spec', 'env', i, 'credentialRef', 'key']) ?? '?'}`,
        );
    });
    if (credentials.length > 0) out.credentials = credentials.sort();
    return out;
  }
  return {};
}

/**
 * AgentHarness: an OpenClaw or Hermes agent on Substrate (`spec.backend`), its model `spec.modelConfigRef`, runtime
 * image (`spec.image`, else `spec.substrate.workloadImage`) and secret env. Its tools live in the runtime: BYO.
 */
export function readAgentHarness(o: ManifestObject, ctx: ReadContext): AgentSurfaceBase {
  const f = ctx.fields;
  const sandbox: SurfaceSandbox = { at: {} };
  const imagePath =
    f.raw(o, ['spec', 'image']) !== undefined ? ['spec', 'image'] : ['spec', 'substrate', 'workloadImage'];
  const image = f.str(o, imagePath);
  if (image !== undefined) {
    sandbox.image = image;
    sandbox.at!.image = o.locate(imagePath);
  }
  const pool = f.str(o, ['spec', 'substrate', 'workerPoolRef', 'name']);
  if (pool !== undefined)
    sandbox.workerPool = { kind: 'WorkerPool', name: pool, namespace: o.namespace, apiVersion: 'ate.dev/v1alpha1' };
  const credentials = envSources(o, ['spec', 'env'], f);
  if (credentials.length > 0) sandbox.credentials = credentials;
  const s = sandboxAgent(o, 'BYO', sandbox);
  const backend = f.str(o, ['spec', 'backend']);
  if (backend === undefined)
    f.problem(o.locate(['spec']), `AgentHarness ${o.name}: spec.backend is required (openclaw or hermes)`);
  const mc = f.str(o, ['spec', 'modelConfigRef']);
  if (mc !== undefined)
    s.models.push(modelFromConfig(o, mc, s.agent.namespace!, 'agent', ['spec', 'modelConfigRef'], false, ctx));
  s.autonomy = { tier: 'autonomous', approvalTools: [], position: o.locate(['spec']) };
  return s;
}

/**
 * ModelProviderConfig only feeds kagent's model discovery (no agent references it), so it adds nothing to a surface;
 * its required `spec.type` is still checked.
 */
export function readKagentConfigKinds(o: ManifestObject, ctx: ReadContext, _out: SurfaceInventory): void {
  if (o.kind !== 'ModelProviderConfig' || groupOf(o.apiVersion) !== KAGENT_GROUP) return;
  if (ctx.fields.str(o, ['spec', 'type']) === undefined)
    ctx.fields.problem(o.locate(['spec']), `ModelProviderConfig ${o.name}: spec.type is required`);
}
