import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';
import { imageRepository } from './vector-stores.js';

/**
 * Plain workloads (and LeaderWorkerSets) that serve models: vLLM (model from `--model`, `vllm serve <model>`, or the first argument
 * when the image's own entrypoint is `vllm serve`; $(VAR) expanded from the container's env; `--lora-modules`
 * adapters are part of the revision), Ollama (models from `ollama pull|run <name:tag>` in commands, hooks and init
 * containers), and the other servers `servedModel` knows (TGI, SGLang, llama.cpp, NVIDIA NIM). Facts: formats.md
 * §3.4, misc-formats.md §6.
 */
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export interface Container {
  image?: unknown;
  command?: unknown;
  args?: unknown;
  env?: unknown;
  lifecycle?: unknown;
}

/**
 * A LeaderWorkerSet (leaderworkerset.x-k8s.io/v1, kubernetes-sigs/lws api/leaderworkerset/v1 `LeaderWorkerTemplate`:
 * `leaderTemplate` optional, `workerTemplate` required) is how vLLM, SGLang and llm-d serve a model too large for one
 * node: the leader pod runs the server (`vllm serve …` after starting the Ray head), the workers join it. With no
 * leaderTemplate the leader runs the worker template.
 */
const LWS_GROUP = 'leaderworkerset.x-k8s.io';

function podSpecPath(o: ManifestObject, ctx: ReadContext): Array<string | number> | undefined {
  if (WORKLOADS.has(o.kind) && o.apiVersion.startsWith('apps/')) return ['spec', 'template', 'spec'];
  if (o.kind !== 'LeaderWorkerSet' || !o.apiVersion.startsWith(`${LWS_GROUP}/`)) return undefined;
  const L = ['spec', 'leaderWorkerTemplate'];
  return [
    ...L,
    ctx.fields.map(o, [...L, 'leaderTemplate']) !== undefined ? 'leaderTemplate' : 'workerTemplate',
    'spec',
  ];
}

export function readModelDeployment(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  const T = podSpecPath(o, ctx);
  if (!T) return;
  const f = ctx.fields;
  const ns = o.namespace;
  const account = f.podServiceAccount(o, T);
  const sa = account.name ?? 'default';
  const containers = f.list(o, [...T, 'containers']) ?? [];
  const inits = f.list(o, [...T, 'initContainers']) ?? [];
  containers.forEach((c, i) => {
    if (!c || typeof c !== 'object') return;
    const C = [...T, 'containers', i];
    const ct = c as Container;
    const image = typeof ct.image === 'string' ? ct.image : '';
    const base: Omit<SurfaceModel, 'model'> = {
      ref: refOf(o, ns),
      use: 'serving',
      position: o.position,
      definedAt: o.position,
      runtime: image,
      identity: saUsername(ns, sa),
    };
    const served = servedModel(image, ct);
    if (served) {
      const where = served.env !== undefined ? envPosition(o, C, ct, served.env) : argsPosition(o, C, ct);
      out.models.push({
        ...base,
        provider: served.provider,
        ...(served.model !== undefined ? { model: served.model } : {}),
        ...(served.revision !== undefined ? { revision: served.revision } : {}),
        at: {
          model: served.fromImage ? o.locate([...C, 'image']) : where,
          revision: served.fromImage ? o.locate([...C, 'image']) : where,
          runtime: o.locate([...C, 'image']),
          identity: o.locate(account.path),
        },
      });
    } else if (/(^|\/)ollama\/ollama(:|@|$)/.test(image)) {
      const pulls: Array<{ model: string; at: Position }> = [];
      collectOllamaPulls(o, C, ct, pulls);
      inits.forEach((ic, j) => {
        if (ic && typeof ic === 'object') collectOllamaPulls(o, [...T, 'initContainers', j], ic as Container, pulls);
      });
      const host = envValue(ct, 'OLLAMA_HOST');
      const common = { ...base, provider: 'Ollama', ...(host !== undefined ? { endpoint: host } : {}) };
      // One entry per server (its ref is the workload), listing every model it pulls, so a changed pull is a
      // model update of that server. With no pull in the manifest the model is unknown: it serves whatever is
      // pulled at runtime.
      const models = [...new Set(pulls.map((p) => p.model))];
      out.models.push({
        ...common,
        ...(models.length > 0 ? { model: models.join(', ') } : {}),
        at: {
          ...(pulls.length > 0 ? { model: pulls[0].at } : {}),
          runtime: o.locate([...C, 'image']),
          identity: o.locate(account.path),
        },
      });
    }
  });
}

/** What a model server container serves: its server, the model and the revision, and where they are written. */
export interface ServedModel {
  provider: string;
  model?: string;
  revision?: string;
  /** The env variable that names the model (rather than an argument). */
  env?: string;
  /** The image is the model (NVIDIA NIM). */
  fromImage?: boolean;
}

/**
 * The model server a container runs, and its model, by image or command line:
 * - vLLM: see `isVllm` and `vllmModel`.
 * - Hugging Face TGI (image …/text-generation-inference, command text-generation-launcher): `--model-id` (env
 *   MODEL_ID), `--revision` (env REVISION), `--lora-adapters` (env LORA_ADAPTERS). Flag names verified upstream
 *   (huggingface/text-generation-inference docs/source/reference/launcher.md, generated from the launcher).
 * - SGLang (image …/sglang, `python -m sglang.launch_server`): `--model-path` (alias `--model`), `--revision`,
 *   `--lora-paths`. Verified upstream (sgl-project/sglang python/sglang/srt/arg_groups/fields/model.py, lora.py).
 * - llama.cpp server (image …/llama.cpp with a `server` tag, command llama-server): `-m`/`--model` (env
 *   LLAMA_ARG_MODEL), `-hf`/`-hfr`/`--hf-repo` with `-hff`/`--hf-file` (env LLAMA_ARG_HF_REPO), `-mu`/`--model-url`,
 *   `-dr`/`--docker-repo`. From the options table of tools/server/README.md as mirrored elsewhere (not read in
 *   the ggml-org/llama.cpp repository itself).
 * - NVIDIA NIM (image nvcr.io/nim/<org>/<model>:<tag>): the image is the model, its tag the revision.
 */
export function servedModel(image: string, c: Container): ServedModel | undefined {
  const tokens = commandTokens(c);
  if (isVllm(image, tokens)) {
    return { provider: 'vLLM', ...vllmModel(tokens, c.command === undefined && isVllmImage(image)) };
  }
  const repo = imageRepository(image);
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  const runs = (cmd: string) => tokens.some((t) => t === cmd || t.endsWith(`/${cmd}`));
  if (name === 'text-generation-inference' || runs('text-generation-launcher')) {
    const flag = flagValue(tokens, 'model-id');
    const env = envValue(c, 'MODEL_ID');
    const revision = flagValue(tokens, 'revision') ?? envValue(c, 'REVISION');
    const adapters = flagValue(tokens, 'lora-adapters') ?? envValue(c, 'LORA_ADAPTERS');
    return served(
      'TGI',
      flag ?? env,
      revision,
      adapters ? [adapters] : [],
      flag === undefined && env ? 'MODEL_ID' : undefined,
    );
  }
  if (name === 'sglang' || tokens.includes('sglang.launch_server')) {
    const model = optionValue(tokens, ['--model-path', '--model']);
    return served('SGLang', model, flagValue(tokens, 'revision'), optionValues(tokens, ['--lora-paths']));
  }
  if ((name === 'llama.cpp' && /:server/.test(image.slice(repo.length))) || runs('llama-server')) {
    const repoFlag = optionValue(tokens, ['-hf', '-hfr', '--hf-repo']);
    const file = optionValue(tokens, ['-hff', '--hf-file']);
    const fromArgs =
      optionValue(tokens, ['-m', '--model']) ??
      (repoFlag !== undefined ? `hf://${repoFlag}${file !== undefined ? `/${file}` : ''}` : undefined) ??
      optionValue(tokens, ['-mu', '--model-url']) ??
      optionValue(tokens, ['-dr', '--docker-repo']);
    if (fromArgs !== undefined) return served('llama.cpp', fromArgs, undefined, []);
    const env = ['LLAMA_ARG_MODEL', 'LLAMA_ARG_HF_REPO', 'LLAMA_ARG_MODEL_URL'].find((n) => envValue(c, n));
    return served('llama.cpp', env ? envValue(c, env) : undefined, undefined, [], env);
  }
  const nim = /^nvcr\.io\/nim\/(.+)$/.exec(repo);
  if (nim) {
    const tag = image.slice(repo.length).replace(/^:/, '');
    return { provider: 'NVIDIA NIM', model: nim[1], ...(tag ? { revision: tag } : {}), fromImage: true };
  }
  return undefined;
}

function served(
  provider: string,
  model: string | undefined,
  revision: string | undefined,
  adapters: string[],
  env?: string,
): ServedModel {
  const rev = [revision, adapters.length > 0 ? `adapters: ${adapters.join(', ')}` : undefined].filter(Boolean);
  return {
    provider,
    ...(model !== undefined ? { model } : {}),
    ...(rev.length > 0 ? { revision: rev.join('; ') } : {}),
    ...(env !== undefined ? { env } : {}),
  };
}

/** A vLLM server: its image, or a `vllm serve` / OpenAI api_server command in any image. */
export function isVllm(image: string, tokens: string[]): boolean {
  return (
    isVllmImage(image) ||
    tokens.some((t, i) => (t === 'vllm' || t.endsWith('/vllm')) && tokens[i + 1] === 'serve') ||
    tokens.includes('vllm.entrypoints.openai.api_server')
  );
}

/**
 * The vLLM server images, by repository name: vllm/vllm-openai, vllm-openai-cpu, vllm-tpu, rocm/vllm, a vendor's
 * …/vllm rebuild. The vLLM project's other images (the semantic router, its dashboard and test stubs under
 * ghcr.io/vllm-project/semantic-router/) are not model servers.
 */
export function isVllmImage(image: string): boolean {
  const repo = imageRepository(image);
  if (/(^|\/)semantic-router\//.test(repo)) return false;
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  return /^vllm(-[a-z0-9]+)*$/.test(name) && !/^vllm-sr(-|$)/.test(name);
}

/** command + args as shell-like tokens, with `sh -c "<script>"` split and $(VAR) expanded from literal env values. */
export function commandTokens(c: Container): string[] {
  const raw = [...asStrings(c.command), ...asStrings(c.args)].map((s) => expandEnv(s, c));
  return raw
    .flatMap((s) => s.split(/\s+/))
    .filter((s) => s.length > 0)
    .map((s) => s.replace(/^["']|["']$/g, ''));
}

/**
 * The model of a vLLM command line: `--model`, the argument after `serve`, or (`bareArgs`: no command, so the
 * image's entrypoint `vllm serve` runs) the first argument when it is not an option.
 */
export function vllmModel(tokens: string[], bareArgs = false): { model?: string; revision?: string } {
  const flag = (name: string) => flagValue(tokens, name);
  let model = flag('model');
  if (model === undefined) {
    const i = tokens.indexOf('serve');
    if (i >= 0 && tokens[i + 1] !== undefined && !tokens[i + 1].startsWith('-')) model = tokens[i + 1];
    else if (bareArgs && tokens[0] !== undefined && !tokens[0].startsWith('-')) model = tokens[0];
  }
  // LoRA adapters (`--lora-modules name=path …`, vLLM docs/features/lora.md) change what the model answers.
  const adapters = optionValues(tokens, ['--lora-modules']);
  const revision = [flag('revision'), adapters.length > 0 ? `adapters: ${adapters.join(', ')}` : undefined].filter(
    (x): x is string => x !== undefined,
  );
  return {
    ...(model !== undefined ? { model } : {}),
    ...(revision.length > 0 ? { revision: revision.join('; ') } : {}),
  };
}

/** The value of the first of these options (`-m value`, `--model value`, `--model=value`). */
function optionValue(tokens: string[], names: string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    for (const n of names) {
      if (tokens[i] === n && tokens[i + 1] !== undefined) return tokens[i + 1];
      if (tokens[i].startsWith(`${n}=`)) return tokens[i].slice(n.length + 1);
    }
  }
  return undefined;
}

/** Every value of a list option (`--name a b`, `--name=a`), up to the next option. */
function optionValues(tokens: string[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = names.find((x) => tokens[i] === x || tokens[i].startsWith(`${x}=`));
    if (n === undefined) continue;
    if (tokens[i] !== n) out.push(tokens[i].slice(n.length + 1));
    for (let j = i + 1; j < tokens.length && !tokens[j].startsWith('-'); j++) out.push(tokens[j]);
  }
  return out;
}

/** The value of `--name value` or `--name=value`. */
export function flagValue(tokens: string[], name: string): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === `--${name}`) return tokens[i + 1];
    if (tokens[i].startsWith(`--${name}=`)) return tokens[i].slice(name.length + 3);
  }
  return undefined;
}

function collectOllamaPulls(
  o: ManifestObject,
  C: (string | number)[],
  c: Container,
  out: Array<{ model: string; at: Position }>,
): void {
  const sources: Array<[unknown, (string | number)[]]> = [
    [c.command, [...C, 'command']],
    [c.args, [...C, 'args']],
    [
      (c.lifecycle as { postStart?: { exec?: { command?: unknown } } } | undefined)?.postStart?.exec?.command,
      [...C, 'lifecycle', 'postStart', 'exec', 'command'],
    ],
  ];
  for (const [value, path] of sources) {
    const text = asStrings(value).join(' ');
    for (const m of text.matchAll(/\bollama\s+(?:pull|run)\s+([^\s;&|"']+)/g)) {
      out.push({ model: m[1].includes(':') ? m[1] : `${m[1]}:latest`, at: o.locate(path) });
    }
  }
}

function argsPosition(o: ManifestObject, C: (string | number)[], c: Container): Position {
  return o.locate([...C, c.args !== undefined ? 'args' : 'command']);
}

/** Where an env variable of the container is set, else its command line. */
function envPosition(o: ManifestObject, C: (string | number)[], c: Container, name: string): Position {
  const i = Array.isArray(c.env)
    ? c.env.findIndex((x) => !!x && typeof x === 'object' && (x as { name?: unknown }).name === name)
    : -1;
  return i >= 0 ? o.locate([...C, 'env', i, 'value']) : argsPosition(o, C, c);
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String)
    : typeof v === 'string'
      ? [v]
      : [];
}

function envValue(c: Container, name: string): string | undefined {
  if (!Array.isArray(c.env)) return undefined;
  const e = c.env.find((x) => x && typeof x === 'object' && (x as { name?: unknown }).name === name) as
    | { value?: unknown }
    | undefined;
  return typeof e?.value === 'string' ? e.value : undefined;
}

/** Kubernetes expands $(VAR) in command/args from the container's env; $$(VAR) escapes it. */
function expandEnv(s: string, c: Container): string {
  return s.replace(/\$?\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) =>
    whole.startsWith('$$') ? whole.slice(1) : (envValue(c, name) ?? whole),
  );
}
