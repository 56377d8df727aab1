import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceMcpServer, SurfaceModel } from '../../model/surface.js';
import { FieldReader, type ManifestIndex } from './fields.js';
import { envFromSources, envSources } from './kagent.js';
import { podSecrets } from './pod-volumes.js';

/**
 * A custom agent run as a plain Deployment, StatefulSet or DaemonSet (a LangGraph, CrewAI or OpenAI Agents SDK app)
 * is configured through its containers' environment: the model it calls, the provider's base URL and key, the MCP
 * servers it connects to. None of that is a Kubernetes field, so nothing here is verified against a schema: these
 * are the names the provider SDKs read (OpenAI `OPENAI_BASE_URL`/`OPENAI_API_KEY`, Anthropic `ANTHROPIC_BASE_URL`/
 * `ANTHROPIC_MODEL`, Azure OpenAI `AZURE_OPENAI_ENDPOINT`/`AZURE_OPENAI_DEPLOYMENT`, Ollama `OLLAMA_HOST`, Gemini
 * `GEMINI_MODEL`) and the names apps commonly give them (`MODEL`, `LLM_MODEL`, `MODEL_NAME`, `*_MCP_URL`). Values
 * come from the env literal, a ConfigMap key (`configMapKeyRef`) or a ConfigMap's every key (`envFrom`) when that
 * ConfigMap is in the manifests read; a value from a Secret is recorded by where it comes from, never read.
 */

/** A model name: MODEL, MODEL_NAME, MODEL_ID, OPENAI_MODEL, LLM_MODEL, CHAT_MODEL_NAME… (kagent's BYO convention). */
const MODEL_VAR = /(^|_)MODEL(_?NAME|_?ID)?$/i;
/** Azure OpenAI names the model by its deployment. */
const AZURE_DEPLOYMENT_VAR = /^AZURE_OPENAI_(CHAT_)?DEPLOYMENT(_NAME)?$/i;
/** A provider's address: OPENAI_BASE_URL, OPENAI_API_BASE, ANTHROPIC_BASE_URL, AZURE_OPENAI_ENDPOINT, OLLAMA_HOST… */
const ENDPOINT_VAR = new RegExp(
  `^(?:${[
    'OPENAI',
    'AZURE_OPENAI',
    'ANTHROPIC',
    'GEMINI',
    'GOOGLE',
    'OLLAMA',
    'LLM',
    'LITELLM',
    'MISTRAL',
    'GROQ',
    'DEEPSEEK',
    'OPENROUTER',
    'VLLM',
    'MODEL',
    'INFERENCE',
  ].join('|')})_(?:BASE_URL|API_BASE(?:_URL)?|API_URL|ENDPOINT|HOST|URL)$`,
  'i',
);
/** The provider a variable's prefix names (the first that matches wins, so AZURE_OPENAI before OPENAI). */
const PROVIDERS: ReadonlyArray<[RegExp, string]> = [
  [/^AZURE_OPENAI_/i, 'AzureOpenAI'],
  [/^OPENAI_/i, 'OpenAI'],
  [/^(ANTHROPIC|CLAUDE)_/i, 'Anthropic'],
  [/^(GEMINI|GOOGLE)_/i, 'Gemini'],
  [/^OLLAMA_/i, 'Ollama'],
  [/^(AWS_)?BEDROCK_/i, 'Bedrock'],
  [/^MISTRAL_/i, 'Mistral'],
  [/^GROQ_/i, 'Groq'],
  [/^DEEPSEEK_/i, 'DeepSeek'],
  [/^OPENROUTER_/i, 'OpenRouter'],
  [/^LITELLM_/i, 'LiteLLM'],
];
/** An MCP server's address: a variable naming MCP whose value is a URL, or any URL whose path ends in /mcp or /sse. */
const MCP_VAR = /(^|_)MCP(_|$)/i;
const MCP_PATH = /^https?:\/\/[^/\s]+(?:\/[^\s?#]*)?\/(?:mcp|sse)\/?(?:[?#].*)?$/i;
const URL_VALUE = /^https?:\/\/[^\s/]+/i;

/** One environment variable of a container as the process sees it (a literal, a ConfigMap key, or a Secret). */
interface EnvValue {
  name: string;
  /** The text, when it is in the manifests (a literal or a ConfigMap key read); undefined for a Secret. */
  value?: string;
  /** Its value comes from a Secret (`secretKeyRef`, or every key of an `envFrom` Secret). */
  fromSecret?: boolean;
  position: Position;
}

export interface WorkloadEnvSurface {
  model?: SurfaceModel;
  mcpServers: SurfaceMcpServer[];
}

/** The kind of the MCP servers an agent's environment names (as MCPClientServer is for client configs). */
export const ENV_MCP_SERVER_KIND = 'EnvMCPServer';

/**
 * The agent workload's model and MCP servers from its environment. The model entry exists whenever the workload has
 * a container: its image is the agent's code and whatever model it bundles (a new image is a new agent version, as
 * for a kagent BYO agent), and the Secrets handed to it are its accounts.
 */
export function workloadEnvSurface(
  o: ManifestObject,
  namespace: string | undefined,
  f: FieldReader,
  index: ManifestIndex,
): WorkloadEnvSurface {
  const pod = ['spec', 'template', 'spec'];
  const containers = f.list(o, [...pod, 'containers']) ?? [];
  if (containers.length === 0) return { mcpServers: [] };
  const envs = containers.map((_, i) => containerEnv(o, [...pod, 'containers', i], namespace, f, index));
  // The agent's container: the one whose environment names a model, else the first.
  const agentIndex = Math.max(
    0,
    envs.findIndex((env) => env.some((e) => isModelVar(e.name) && e.value !== undefined)),
  );
  const cPath = [...pod, 'containers', agentIndex];
  const env = envs[agentIndex];
  const image = f.str(o, [...cPath, 'image']);
  const command = f.strings(o, [...cPath, 'command']) ?? [];
  const args = f.strings(o, [...cPath, 'args']) ?? [];
  const at: Record<string, Position> = {};
  const models: string[] = [];
  const endpoints: string[] = [];
  let provider: string | undefined;
  for (const e of env) {
    if (e.value === undefined) continue;
    if (isModelVar(e.name)) {
      models.push(e.value);
      at.model ??= e.position;
    } else if (ENDPOINT_VAR.test(e.name)) {
      endpoints.push(e.value);
      at.endpoint ??= e.position;
    } else continue;
    provider ??= PROVIDERS.find(([re]) => re.test(e.name))?.[1];
    at.provider ??= e.position;
  }
  // A provider's key says which provider even when the model is not in the manifests.
  for (const e of env)
    provider ??= e.fromSecret && /_API_KEY$/i.test(e.name) ? PROVIDERS.find(([re]) => re.test(e.name))?.[1] : undefined;
  // Named as a kagent BYO agent's are (kagent.ts envSources/envFromSources): the same Secret reads the same. A Secret
  // mounted as files (pod-volumes.ts) is as much an account the agent's code holds as one in its environment.
  const mounted = podSecrets(o, pod, f, at);
  const credentials = [
    ...new Set([
      ...containers.flatMap((_, i) => [
        ...envSources(o, [...pod, 'containers', i, 'env'], f, at),
        ...envFromSources(o, [...pod, 'containers', i, 'envFrom'], f, at),
      ]),
      ...mounted,
    ]),
  ].sort();
  const firstSecret = envs.flat().find((e) => e.fromSecret);
  if (firstSecret) at.credentials = firstSecret.position;
  else if (mounted.length > 0) at.credentials = at[`credential:${mounted[0]}`];
  if (image !== undefined) at.runtime = o.locate([...cPath, 'image']);
  if (command.length + args.length > 0) at.revision = o.locate([...cPath, command.length > 0 ? 'command' : 'args']);
  const model: SurfaceModel = {
    ref: {
      kind: o.kind,
      name: o.name,
      ...(namespace !== undefined ? { namespace } : {}),
      apiVersion: o.apiVersion,
    },
    use: 'agent',
    ...(provider !== undefined ? { provider } : {}),
    ...(models.length > 0 ? { model: models.join(', ') } : {}),
    ...(endpoints.length > 0 ? { endpoint: endpoints.join(', ') } : {}),
    ...(image !== undefined ? { runtime: image } : {}),
    ...(command.length + args.length > 0 ? { revision: [...command, ...args].join(' ') } : {}),
    ...(credentials.length > 0 ? { credentials } : {}),
    position: at.model ?? at.runtime ?? o.position,
    definedAt: o.position,
    at,
  };
  const mcpServers: SurfaceMcpServer[] = [];
  const seen = new Set<string>();
  for (const e of envs.flat()) {
    if (e.value === undefined || seen.has(e.name)) continue;
    const url = e.value.trim();
    if (!URL_VALUE.test(url) || !(MCP_VAR.test(e.name) || MCP_PATH.test(url))) continue;
    if (ENDPOINT_VAR.test(e.name) && !MCP_VAR.test(e.name)) continue;
    seen.add(e.name);
    mcpServers.push({
      ref: {
        kind: ENV_MCP_SERVER_KIND,
        name: e.name,
        ...(namespace !== undefined ? { namespace } : {}),
      },
      position: e.position,
      definedAt: e.position,
      url,
      transport: /\/sse\/?$/i.test(url) ? 'sse' : 'http',
      at: { url: e.position },
    });
  }
  return { model, mcpServers };
}

function isModelVar(name: string): boolean {
  return MODEL_VAR.test(name) || AZURE_DEPLOYMENT_VAR.test(name);
}

/** `env` then `envFrom` of one container, later entries winning as in the kubelet (env over envFrom). */
function containerEnv(
  o: ManifestObject,
  path: (string | number)[],
  namespace: string | undefined,
  f: FieldReader,
  index: ManifestIndex,
): EnvValue[] {
  const byName = new Map<string, EnvValue>();
  (f.list(o, [...path, 'envFrom']) ?? []).forEach((_, i) => {
    const p = [...path, 'envFrom', i];
    const prefix = f.str(o, [...p, 'prefix']) ?? '';
    const secret = f.str(o, [...p, 'secretRef', 'name']);
    if (secret !== undefined) {
      // Every key of the Secret becomes a variable; which keys is not in the manifests.
      byName.set(`envFrom Secret ${secret}`, {
        name: `${prefix}*`,
        fromSecret: true,
        position: o.locate(p),
      });
      return;
    }
    const cmName = f.str(o, [...p, 'configMapRef', 'name']);
    const cm = cmName !== undefined ? index.find('ConfigMap', cmName, namespace, '') : undefined;
    const data = cm && f.map(cm, ['data']);
    if (!cm || !data) return;
    for (const [k, v] of Object.entries(data))
      if (typeof v === 'string')
        byName.set(prefix + k, {
          name: prefix + k,
          value: v,
          position: cm.locate(['data', k]),
        });
  });
  (f.list(o, [...path, 'env']) ?? []).forEach((_, i) => {
    const p = [...path, 'env', i];
    const name = f.str(o, [...p, 'name']);
    if (!name) return;
    const literal = f.str(o, [...p, 'value']);
    if (literal !== undefined) {
      byName.set(name, {
        name,
        value: literal,
        position: o.locate([...p, 'value']),
      });
      return;
    }
    if (f.map(o, [...p, 'valueFrom', 'secretKeyRef']) !== undefined) {
      byName.set(name, { name, fromSecret: true, position: o.locate(p) });
      return;
    }
    const cmName = f.str(o, [...p, 'valueFrom', 'configMapKeyRef', 'name']);
    const cmKey = f.str(o, [...p, 'valueFrom', 'configMapKeyRef', 'key']);
    const cm = cmName !== undefined ? index.find('ConfigMap', cmName, namespace, '') : undefined;
    const v = cm && cmKey !== undefined ? f.str(cm, ['data', cmKey]) : undefined;
    if (cm && cmKey !== undefined && v !== undefined)
      byName.set(name, {
        name,
        value: v,
        position: cm.locate(['data', cmKey]),
      });
  });
  return [...byName.values()];
}

/**
 * The ConfigMaps the containers workloadEnvSurface reads take environment from (`env[].valueFrom.configMapKeyRef`,
 * `envFrom[].configMapRef`), by name: what the reference search must bring in when a platform folder keeps them
 * (src/read/references.ts). Problems are left to the surface reader, which reads the same fields.
 */
export function envConfigMaps(workload: ManifestObject): string[] {
  const f = new FieldReader();
  const pod = ['spec', 'template', 'spec'];
  const names = new Set<string>();
  (f.list(workload, [...pod, 'containers']) ?? []).forEach((_, i) => {
    const C = [...pod, 'containers', i];
    (f.list(workload, [...C, 'env']) ?? []).forEach((_, j) => {
      const n = f.str(workload, [...C, 'env', j, 'valueFrom', 'configMapKeyRef', 'name']);
      if (n) names.add(n);
    });
    (f.list(workload, [...C, 'envFrom']) ?? []).forEach((_, j) => {
      const n = f.str(workload, [...C, 'envFrom', j, 'configMapRef', 'name']);
      if (n) names.add(n);
    });
  });
  return [...names];
}
