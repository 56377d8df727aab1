import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceChannel, SurfaceExtensions, SurfaceInventory, SurfaceSandbox } from '../../model/surface.js';
import { type FieldReader, fieldPath, groupOf, refOf } from './fields.js';
import {
  addSkills,
  type AgentSurfaceBase,
  autonomyOf,
  envSources,
  KAGENT_GROUP,
  mcpServerByKind,
  modelFromConfig,
  type ReadContext,
  snapshotsOf,
} from './kagent.js';
import { labelSelectorMatches } from './rbac.js';
import { attachPromptSources } from './kagent-prompt.js';

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
  else {
    s.models.push(modelFromConfig(o, mc, ns, 'agent', ['spec', 'modelConfig', 'name'], false, ctx));
    attachPromptSources(s.models[0], o, ns, ctx.index, f);
  }
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
      // kagent 5229184e280a AgentToolBinding.isolation (default Shared): the delegate runs inside this template's
      // runtime boundary unless Dedicated. Declared: no controller code reads it yet.
      const isolation = f.str(o, [...P, 'agent', 'isolation']);
      s.delegations.push({
        ref: { kind: 'AgentTemplate', name: target, namespace: ns, apiVersion: t?.apiVersion ?? o.apiVersion },
        position: o.locate([...P, 'agent', 'templateRef', 'name']),
        ...(t ? { definedAt: t.position } : {}),
        isolation: isolation ?? 'Shared',
        ...(isolation !== undefined ? { at: { isolation: o.locate([...P, 'agent', 'isolation']) } } : {}),
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
  const ext = templateSkills(o, f);
  if (ext) s.extensions = ext;
  return s;
}

/**
 * AgentTemplate `skills[] {name, source}` and `plugins[] {source, skills[]}` (kagent 5229184e280a
 * go/api/v1alpha3/agenttemplate_types.go): ArtifactSource is exactly one of `oci` (digest-pinned), `git {url, commit}`,
 * `bucket.s3 {endpoint, bucket, key, versionId}`, with an optional `path`.
 */
function templateSkills(o: ManifestObject, f: FieldReader): SurfaceExtensions | undefined {
  const out: SurfaceExtensions = { at: {} };
  const found: Array<[string, Position]> = [];
  (f.list(o, ['spec', 'skills']) ?? []).forEach((_, i) => {
    const P = ['spec', 'skills', i];
    const src = artifactSource(o, [...P, 'source'], f);
    if (src !== undefined) found.push([`${f.str(o, [...P, 'name']) ?? '?'}: ${src}`, o.locate(P)]);
  });
  (f.list(o, ['spec', 'plugins']) ?? []).forEach((_, i) => {
    const P = ['spec', 'plugins', i];
    const src = artifactSource(o, [...P, 'source'], f);
    if (src === undefined) return;
    const skills = f.strings(o, [...P, 'skills']);
    // An empty selection enables nothing (the CRD says so); the bundle is still fetched.
    found.push([`plugin ${src}${skills ? ` (${[...skills].sort().join(', ') || 'no skills'})` : ''}`, o.locate(P)]);
  });
  const listAt = o.locate(['spec', f.raw(o, ['spec', 'skills']) !== undefined ? 'skills' : 'plugins']);
  addSkills(out, found, listAt);
  return out.skills ? out : undefined;
}

function artifactSource(o: ManifestObject, P: (string | number)[], f: FieldReader): string | undefined {
  if (!f.map(o, P)) return undefined;
  const path = f.str(o, [...P, 'path']);
  const where = path ? ` path ${path}` : '';
  const oci = f.str(o, [...P, 'oci']);
  if (oci !== undefined) return `oci ${oci}${where}`;
  const url = f.str(o, [...P, 'git', 'url']);
  if (url !== undefined) return `git ${url}@${f.str(o, [...P, 'git', 'commit']) ?? '?'}${where}`;
  const S = [...P, 'bucket', 's3'];
  if (f.map(o, S)) {
    const part = (k: string) => f.str(o, [...S, k]) ?? '?';
    return `s3 ${part('endpoint')}/${part('bucket')}/${part('key')}@${part('versionId')}${where}`;
  }
  f.problem(o.locate(P), `${o.kind} ${o.name}: ${fieldPath(P)} needs exactly one of oci, git, bucket`);
  return undefined;
}

const HARNESS_TYPES = ['kagent', 'codex', 'claude'] as const;

/** The first Harness of the template's namespace that admits it (an omitted selector admits none). */
function harnessOf(template: ManifestObject, ctx: ReadContext): SurfaceSandbox {
  const f = ctx.fields;
  const labels = (f.map(template, ['metadata', 'labels']) ?? {}) as Record<string, string>;
  for (const h of ctx.index.ofKind('Harness', KAGENT_GROUP)) {
    if ((h.namespace ?? template.namespace) !== template.namespace) continue;
    const selector = f.map(h, ['spec', 'allowedAgentTemplates', 'selector']);
    if (!selector || !labelSelectorMatches(selector, labels)) continue;
    const out: SurfaceSandbox = { harness: refOf(h), at: { harness: h.position } };
    // Exactly one of kagent, codex, claude (CEL on HarnessSpec, kagent 5229184e280a go/api/v1alpha3/harness_types.go).
    const type = HARNESS_TYPES.find((t) => f.raw(h, ['spec', t]) !== undefined);
    if (type) {
      out.harnessType = type;
      out.at!.harnessType = h.locate(['spec', type]);
    }
    const image = f.str(h, ['spec', 'workload', 'image']);
    if (image !== undefined) {
      out.image = image;
      out.at!.image = h.locate(['spec', 'workload', 'image']);
    }
    const pool = f.str(h, ['spec', 'substrate', 'workerPoolRef', 'name']);
    if (pool !== undefined)
      out.workerPool = { kind: 'WorkerPool', name: pool, namespace: h.namespace, apiVersion: 'ate.dev/v1alpha1' };
    // Required on a Harness (go/api/v1alpha3/harness_types.go HarnessSubstratePolicy.snapshotPolicy).
    snapshotsOf(h, ['spec', 'substrate', 'snapshotPolicy', 'location'], f, out);
    const credentials: string[] = [];
    (f.list(h, ['spec', 'env']) ?? []).forEach((_, i) => {
      const name = f.str(h, ['spec', 'env', i, 'name']);
      const secret = f.str(h, ['spec', 'env', i, 'credentialRef', 'name']);
      if (name && secret !== undefined)
        credentials.push(
          `env ${name} from Secret ${secret}/${f.str(h, ['spec', 'env', i, 'credentialRef', 'key']) ?? '?'}`,
        );
    });
    if (credentials.length > 0) {
      out.credentials = credentials.sort();
      out.at!.credentials = h.locate(['spec', 'env']);
    }
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
  snapshotsOf(o, ['spec', 'substrate', 'snapshotsConfig', 'location'], f, sandbox);
  const credentials = envSources(o, ['spec', 'env'], f);
  if (credentials.length > 0) sandbox.at!.credentials = o.locate(['spec', 'env']);
  const channels = channelsOf(o, f, credentials, sandbox.at!);
  if (channels.length > 0) {
    sandbox.channels = channels;
    sandbox.at!.channels = o.locate(['spec', 'channels']);
  }
  if (credentials.length > 0) sandbox.credentials = credentials.sort();
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

/**
 * AgentHarness `spec.channels[] {name, type: slack|telegram, slack {botToken, appToken, openclaw {channelAccess,
 * allowlistChannels}, hermes {allowedUserIDs, allowedUserIDsFrom}}, telegram {botToken, allowedUserIDs,
 * allowedUserIDsFrom}}` (kagent 5229184e280a go/api/v1alpha3/agentharness_types.go). Who may prompt, as the
 * controller configures it (go/core/pkg/sandboxbackend/openclaw/channels_shared.go, channels_substrate.go,
 * substrate/channels_hermes.go): OpenClaw Slack `channelAccess` defaults to open; OpenClaw Telegram without
 * allowedUserIDs pairs direct messages; Hermes without allowedUserIDs sets no allow-list. The tokens' Secrets are
 * pushed onto `credentials`.
 */
function channelsOf(
  o: ManifestObject,
  f: FieldReader,
  credentials: string[],
  at: Record<string, Position>,
): SurfaceChannel[] {
  const backend = f.str(o, ['spec', 'backend']) ?? 'openclaw';
  const out: SurfaceChannel[] = [];
  (f.list(o, ['spec', 'channels']) ?? []).slice(0, 1024).forEach((_, i) => {
    const P = ['spec', 'channels', i];
    if (!f.map(o, P)) return;
    const name = f.str(o, [...P, 'name']) ?? String(i);
    const type = f.str(o, [...P, 'type']) ?? (f.raw(o, [...P, 'telegram']) !== undefined ? 'telegram' : 'slack');
    if (type !== 'slack' && type !== 'telegram') {
      f.problem(o.locate([...P, 'type']), `AgentHarness ${o.name}: ${fieldPath(P)}.type must be slack or telegram`);
      return;
    }
    const C = [...P, type];
    for (const token of type === 'slack' ? ['botToken', 'appToken'] : ['botToken']) {
      const T = [...C, token];
      const V = [...T, 'valueFrom'];
      let text: string | undefined;
      if (f.map(o, V))
        text = `${type} ${name} ${token} from ${f.str(o, [...V, 'type']) ?? 'Secret'} ${f.str(o, [...V, 'name']) ?? '?'}/${f.str(o, [...V, 'key']) ?? '?'}`;
      else if (f.raw(o, [...T, 'value']) !== undefined) text = `${type} ${name} ${token} (literal)`;
      if (text === undefined) continue;
      credentials.push(text);
      at[`credential:${text}`] ??= o.locate(T);
      at.credentials ??= o.locate(T);
    }
    const channel: SurfaceChannel = { name, type, access: 'open', position: o.locate(P), at: {} };
    if (type === 'slack' && backend === 'openclaw') {
      const A = [...C, 'openclaw'];
      channel.access = f.str(o, [...A, 'channelAccess']) ?? 'open';
      channel.at!.access = o.locate(f.raw(o, [...A, 'channelAccess']) !== undefined ? [...A, 'channelAccess'] : C);
      // The allow-list of channels is configured whatever the access (the controller writes it when non-empty).
      allowList(channel, o, f, [...A, 'allowlistChannels'], undefined);
    } else {
      const A = type === 'slack' ? [...C, 'hermes'] : C;
      const listed = allowList(channel, o, f, [...A, 'allowedUserIDs'], [...A, 'allowedUserIDsFrom']);
      channel.access = listed ? 'allowlist' : backend === 'openclaw' ? 'pairing' : 'unrestricted';
      channel.at!.access = listed ? channel.at!.allowed : o.locate(C);
    }
    out.push(channel);
  });
  return out;
}

/** The allow-list at `path` (or read from `fromPath`), onto the channel; true when there is one. */
function allowList(
  channel: SurfaceChannel,
  o: ManifestObject,
  f: FieldReader,
  path: (string | number)[],
  fromPath: (string | number)[] | undefined,
): boolean {
  const ids = (f.strings(o, path) ?? []).map((x) => x.trim()).filter((x) => x !== '');
  if (ids.length > 0) {
    channel.allowed = [...new Set(ids)].sort();
    channel.at!.allowed = o.locate(path);
    return true;
  }
  if (fromPath && f.map(o, fromPath)) {
    channel.allowed = [
      `from ${f.str(o, [...fromPath, 'type']) ?? 'ConfigMap'} ${f.str(o, [...fromPath, 'name']) ?? '?'}/${f.str(o, [...fromPath, 'key']) ?? '?'}`,
    ];
    channel.at!.allowed = o.locate(fromPath);
    return true;
  }
  return false;
}
