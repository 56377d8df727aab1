import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceModel } from '../../model/surface.js';
import { refOf, saUsername } from './fields.js';
import type { ReadContext } from './kagent.js';
import { imageRepository } from './vector-stores.js';

/**
 * Plain workloads that serve models: vLLM (model from `--model`, `vllm serve <model>`, or the first argument
 * when the image's own entrypoint is `vllm serve`; $(VAR) expanded from the container's env) and Ollama (models
 * from `ollama pull|run <name:tag>` in commands, hooks and init containers). Facts: formats.md §3.4,
 * misc-formats.md §6.
 */
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export interface Container {
  image?: unknown;
  command?: unknown;
  args?: unknown;
  env?: unknown;
  lifecycle?: unknown;
}

export function readModelDeployment(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (!WORKLOADS.has(o.kind) || !o.apiVersion.startsWith('apps/')) return;
  const f = ctx.fields;
  const T = ['spec', 'template', 'spec'];
  const ns = o.namespace;
  const sa = f.str(o, [...T, 'serviceAccountName']) ?? 'default';
  const containers = f.list(o, [...T, 'containers']) ?? [];
  const inits = f.list(o, [...T, 'initContainers']) ?? [];
  containers.forEach((c, i) => {
    if (!c || typeof c !== 'object') return;
    const C = [...T, 'containers', i];
    const ct = c as Container;
    const image = typeof ct.image === 'string' ? ct.image : '';
    const tokens = commandTokens(ct);
    const base: Omit<SurfaceModel, 'model'> = {
      ref: refOf(o, ns),
      use: 'serving',
      position: o.position,
      definedAt: o.position,
      runtime: image,
      identity: saUsername(ns, sa),
    };
    if (isVllm(image, tokens)) {
      const m = vllmModel(tokens, ct.command === undefined && isVllmImage(image));
      out.models.push({
        ...base,
        provider: 'vLLM',
        ...(m.model !== undefined ? { model: m.model } : {}),
        ...(m.revision !== undefined ? { revision: m.revision } : {}),
        at: { model: argsPosition(o, C, ct), runtime: o.locate([...C, 'image']) },
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
        at: { ...(pulls.length > 0 ? { model: pulls[0].at } : {}), runtime: o.locate([...C, 'image']) },
      });
    }
  });
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
  return {
    ...(model !== undefined ? { model } : {}),
    ...(flag('revision') !== undefined ? { revision: flag('revision') } : {}),
  };
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
