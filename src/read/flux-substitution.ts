import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { NodePath } from '../model/catalog.js';
import type { Position } from '../model/finding.js';
import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import { envsubst, hasPlaceholder } from './flux-envsubst.js';
import { groupOf } from './manifests/fields.js';

/**
 * Flux post-build substitution (kustomize-controller, `spec.postBuild` of a `kustomize.toolkit.fluxcd.io`
 * Kustomization): the controller builds the folder `spec.path` names, then replaces `${VAR}` in every object with the
 * values of `postBuild.substitute` and of the ConfigMaps and Secrets `postBuild.substituteFrom` names. A model, an
 * image tag or an MCP URL written as `${LLM_MODEL}` in the agent's files is what those values say, so a pull request
 * that changes one changes the agent: the agent's objects are read substituted, each substituted node located at the
 * entry that set its value (the substitute line, the ConfigMap key), so the event lands on the line that changed.
 */

export const FLUX_KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io';
const OPT_OUT = 'kustomize.toolkit.fluxcd.io/substitute';
/** kustomize-controller refuses variable names outside this form (fluxcd/pkg kustomize varsubRegex). */
const VAR_NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;

export interface FluxKustomization {
  object: ManifestObject;
  file: string;
  /** spec.path as a repository folder ('' for the root). */
  dir: string;
  substituteFrom: Array<{ kind: 'ConfigMap' | 'Secret'; name: string; optional: boolean; at: Position }>;
  always: boolean;
}

/** One variable's value and the node that set it. */
interface FluxVar {
  value: string;
  at: Position;
}

export function isFluxKustomization(o: ManifestObject): boolean {
  return o.kind === 'Kustomization' && groupOf(o.apiVersion) === FLUX_KUSTOMIZE_GROUP;
}

/** The Flux Kustomizations with a postBuild among a file's objects. */
export function fluxKustomizationsIn(m: ManifestFile): FluxKustomization[] {
  const out: FluxKustomization[] = [];
  for (const o of m.objects) {
    if (!isFluxKustomization(o)) continue;
    const spec = record(o.body.spec);
    const postBuild = spec.postBuild;
    if (postBuild === undefined || postBuild === null) continue;
    const dir = repoDir(spec.path);
    if (dir === undefined) continue;
    const from = Array.isArray(record(postBuild).substituteFrom) ? (record(postBuild).substituteFrom as unknown[]) : [];
    out.push({
      object: o,
      file: m.file,
      dir,
      substituteFrom: from.flatMap((r, i) => {
        const ref = record(r);
        if ((ref.kind !== 'ConfigMap' && ref.kind !== 'Secret') || typeof ref.name !== 'string') return [];
        return [
          {
            kind: ref.kind,
            name: ref.name,
            optional: ref.optional === true,
            at: o.locate(['spec', 'postBuild', 'substituteFrom', i]),
          },
        ];
      }),
      always: record(postBuild).substituteStrategy === 'Always',
    });
  }
  return out;
}

/** `./apps/prod` → `apps/prod`; the root → ''; a path leading out of the repository → undefined. */
function repoDir(path: unknown): string | undefined {
  const p = typeof path === 'string' && path !== '' ? path : './';
  const n = posix.normalize(`/${p.replace(/\\/g, '/')}`).replace(/^\/+|\/+$/g, '');
  return n.startsWith('..') ? undefined : n;
}

/**
 * The Flux Kustomization that applies a repository file: the one whose spec.path is the deepest folder holding it
 * (Flux builds a folder recursively); of several with that path (one per cluster), the first by file, and the others
 * are said in the note the caller writes.
 */
export function coveringKustomizations(all: readonly FluxKustomization[], file: string): FluxKustomization[] {
  const holding = all.filter((k) => k.dir === '' || file.startsWith(`${k.dir}/`));
  if (holding.length === 0) return [];
  const depth = Math.max(...holding.map((k) => k.dir.length));
  return holding
    .filter((k) => k.dir.length === depth)
    .sort((a, b) => a.file.localeCompare(b.file) || a.object.position.line - b.object.position.line);
}

/**
 * The variables a Kustomization defines, by Flux's precedence: the substituteFrom sources in order (a later one
 * overrides an earlier one), then the inline `substitute` map over all of them. A ConfigMap or Secret is the one of
 * that name in the Kustomization's namespace (or written without one). A Secret's values are never kept as they
 * are: each stands for its hash, so a change shows and the value is never printed.
 */
export function fluxVariables(
  k: FluxKustomization,
  sources: readonly ManifestObject[],
): { vars: Map<string, FluxVar>; missing: string[] } {
  const vars = new Map<string, FluxVar>();
  const missing: string[] = [];
  const ns = k.object.namespace;
  for (const ref of k.substituteFrom) {
    const o = sources.find(
      (s) =>
        s.kind === ref.kind &&
        s.name === ref.name &&
        groupOf(s.apiVersion) === '' &&
        (s.namespace === undefined || ns === undefined || s.namespace === ns),
    );
    if (!o) {
      if (!ref.optional) missing.push(`${ref.kind} ${ref.name}`);
      continue;
    }
    if (ref.kind === 'ConfigMap') {
      for (const [key, v] of Object.entries(record(o.body.data))) {
        if (typeof v === 'string') vars.set(key, { value: v.replace(/\n/g, ''), at: o.locate(['data', key]) });
      }
      continue;
    }
    // The API server merges stringData into data: stringData wins.
    const data = record(o.body.data);
    const stringData = record(o.body.stringData);
    for (const key of new Set([...Object.keys(data), ...Object.keys(stringData)])) {
      const text = stringData[key];
      const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : secretBytes(data[key]);
      if (raw === undefined) continue;
      const path = typeof text === 'string' ? ['stringData', key] : ['data', key];
      vars.set(key, { value: `secret:${o.name}/${key}@sha256:${hashOf(raw)}`, at: o.locate(path) });
    }
  }
  for (const [key, v] of Object.entries(record(record(record(k.object.body.spec).postBuild).substitute))) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      vars.set(key, {
        value: String(v).replace(/\n/g, ''),
        at: k.object.locate(['spec', 'postBuild', 'substitute', key]),
      });
  }
  for (const key of vars.keys()) if (!VAR_NAME.test(key)) vars.delete(key);
  return { vars, missing };
}

/**
 * The variables of a Kustomization a change can have altered: its inline `substitute` keys and the keys of the
 * changed ConfigMaps and Secrets its `substituteFrom` names (a `diff` searches the objects holding them).
 */
export function variablesChangeable(k: FluxKustomization, changed: readonly ManifestObject[]): string[] {
  const out = Object.keys(record(record(record(k.object.body.spec).postBuild).substitute));
  for (const o of changed) {
    if (!k.substituteFrom.some((r) => r.kind === o.kind && r.name === o.name)) continue;
    out.push(...Object.keys(record(o.body.data)), ...Object.keys(record(o.body.stringData)));
  }
  return out.filter((n) => VAR_NAME.test(n));
}

function secretBytes(v: unknown): Buffer | undefined {
  if (typeof v !== 'string') return undefined;
  const b64 = v.replace(/\s+/g, '');
  // An encrypted value (SOPS's ENC[…]) is hashed as written: Flux decrypts it before substituting.
  return /^[A-Za-z0-9+/]*={0,2}$/.test(b64) ? Buffer.from(b64, 'base64') : Buffer.from(v, 'utf8');
}

function hashOf(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex').slice(0, 12);
}

/** Whether an object holds a string Flux would substitute (keys are left alone here). */
export function objectHasPlaceholder(o: ManifestObject): boolean {
  return anyString(o.body, hasPlaceholder);
}

function anyString(v: unknown, test: (s: string) => boolean): boolean {
  if (typeof v === 'string') return test(v);
  if (Array.isArray(v)) return v.some((x) => anyString(x, test));
  if (v !== null && typeof v === 'object') return Object.values(v).some((x) => anyString(x, test));
  return false;
}

export interface Substituted {
  object: ManifestObject;
  notes: Array<{ position: Position; message: string }>;
}

/**
 * An object as the Kustomization applies it: every string with a placeholder evaluated; a node whose value is one
 * variable's (not a default's) located at the node that set it. With no variables at all, Flux substitutes only
 * under `substituteStrategy: Always`. An object labelled or annotated `kustomize.toolkit.fluxcd.io/substitute:
 * disabled` is applied as written.
 */
export function substituteObject(
  o: ManifestObject,
  k: FluxKustomization,
  vars: ReadonlyMap<string, FluxVar>,
): Substituted {
  const meta = record(o.body.metadata);
  if (record(meta.labels)[OPT_OUT] === 'disabled' || record(meta.annotations)[OPT_OUT] === 'disabled')
    return { object: o, notes: [] };
  if (vars.size === 0 && !k.always) return { object: o, notes: [] };
  const values = new Map([...vars].map(([name, v]) => [name, v.value]));
  const moved = new Map<string, Position>();
  const notes: Substituted['notes'] = [];
  let changed = false;
  const via = `Flux Kustomization ${k.object.name} (${k.file})`;
  const walk = (v: unknown, path: Array<string | number>): unknown => {
    if (typeof v === 'string') {
      // `$$` is unescaped wherever it is.
      if (!v.includes('$')) return v;
      const r = envsubst(v, values);
      // A script or a document in a multi-line value (a ConfigMap's shell script) is no surface threatcat reads as
      // a value: a form or a variable not evaluated there is left as written, without a note.
      const say = (n: { position: Position; message: string }) => {
        if (!v.includes('\n')) notes.push(n);
      };
      if ('unsupported' in r) {
        say({
          position: o.locate(path),
          message: `${o.kind} ${o.name}: ${r.unsupported} is substituted by ${via} in a form threatcat does not evaluate; read as written`,
        });
        return v;
      }
      if (r.missing.length > 0) {
        say({
          position: o.locate(path),
          message: `${o.kind} ${o.name}: \${${r.missing.join('}, ${')}} not set by ${via} nor in a ConfigMap or Secret of the repository it names: Flux refuses to apply it (strict substitution); read as written`,
        });
        return v;
      }
      if (r.used.length === 1) moved.set(pathKey(path), vars.get(r.used[0])!.at);
      if (r.value !== v) changed = true;
      return r.value;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, walk(x, [...path, key])]));
    return v;
  };
  const body = walk(o.body, []) as Record<string, unknown>;
  if (!changed) return { object: o, notes };
  const metaOut = record(body.metadata);
  const object: ManifestObject = {
    ...o,
    body,
    name: typeof metaOut.name === 'string' ? metaOut.name : o.name,
    ...(typeof metaOut.namespace === 'string' ? { namespace: metaOut.namespace } : {}),
    locate: (path: NodePath) => moved.get(pathKey(path)) ?? o.locate(path),
  };
  return { object, notes };
}

function pathKey(path: NodePath): string {
  return JSON.stringify(path);
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
