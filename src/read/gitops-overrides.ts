import { posix } from 'node:path';
import type { NodePath } from '../model/catalog.js';
import type { Position } from '../model/finding.js';
import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import { FLUX_KUSTOMIZE_GROUP } from './flux-substitution.js';
import {
  inlineAt,
  kustomizationIn,
  repoPathOf,
  targetOf,
  type Kustomization,
  type KustomizePatch,
  type StateTree,
} from './kustomize.js';
import { groupOf } from './manifests/fields.js';
import { yamlLib } from './yaml-lazy.js';

/**
 * Kustomize options a GitOps object sets over a folder of the repository, outside that folder: an Argo CD
 * `Application`'s `source.kustomize` (or `sources[].kustomize`), the same in an `ApplicationSet`'s template when its
 * path and options are written out (every Application it generates then builds that folder with them; a templated
 * one is not expanded), and a Flux `Kustomization`'s `spec.images`,
 * `spec.patches`, `spec.targetNamespace`, `spec.namePrefix`/`nameSuffix` and `spec.components`. Both controllers
 * write them into the folder's kustomization before they build it (Argo CD runs `kustomize edit set image …` in
 * the folder, argoproj/argo-cd util/kustomize/kustomize.go; kustomize-controller's generator rewrites it,
 * fluxcd/pkg kustomize/kustomize_generator.go), so what the cluster runs — an image tag, a patch that adds a tool
 * or widens a role — is in this object, and a pull request that edits only it changes the agent.
 *
 * This file reads the objects and edits a kustomization's text as the controllers do; src/read/scope.ts builds the
 * folder with the edited text, and the override's entries locate what they decided (`images:` entry, patch
 * line, namespace) in the GitOps object's file.
 */

export const ARGO_GROUP = 'argoproj.io';
/** The words a search for overriding objects looks for (any file). */
export const OVERRIDE_SEARCH = [ARGO_GROUP, FLUX_KUSTOMIZE_GROUP] as const;

export interface OverrideImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  at: Position;
}

export interface OverridePatch {
  /** The inline patch text (`patch:`), or a path relative to the folder (Argo CD only: `path:`). */
  patch?: string;
  path?: string;
  target?: Record<string, string>;
  /** The node of the entry: `patch` (inline) or `path`. */
  node: NodePath;
}

export interface KustomizeOverride {
  by: 'Argo CD Application' | 'Argo CD ApplicationSet' | 'Flux Kustomization';
  object: ManifestObject;
  file: string;
  /** The folder it builds, as a repository path ('.' for the root). */
  dir: string;
  /** Where its options are in the object (`spec.source.kustomize`, `spec`…). */
  base: NodePath;
  images: OverrideImage[];
  patches: OverridePatch[];
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  components: string[];
  /** Argo CD's `ignoreMissingComponents`, Flux's `spec.ignoreMissingComponents`. */
  ignoreMissingComponents: boolean;
}

/** The overriding objects among a file's: each Argo CD source with a kustomize block, each Flux Kustomization with options. */
export function overridesIn(m: ManifestFile): KustomizeOverride[] {
  const out: KustomizeOverride[] = [];
  for (const o of m.objects) {
    const group = groupOf(o.apiVersion);
    const spec = record(o.body.spec);
    const app = group === ARGO_GROUP ? argoApplicationSpec(o, spec) : undefined;
    if (app) {
      const sources: Array<{ s: Record<string, unknown>; at: NodePath }> = [];
      if (app.spec.source !== undefined) sources.push({ s: record(app.spec.source), at: [...app.at, 'source'] });
      if (Array.isArray(app.spec.sources))
        app.spec.sources.forEach((s, i) => void sources.push({ s: record(s), at: [...app.at, 'sources', i] }));
      for (const { s, at } of sources) {
        const k = record(s.kustomize);
        if (s.kustomize === undefined || typeof s.chart === 'string') continue;
        // An ApplicationSet's generator fills `{{…}}` per Application: which folder, or which options, is not known here.
        if (app.by === 'Argo CD ApplicationSet' && (templated(s.path) || templated(s.kustomize))) continue;
        const dir = folderOf(s.path);
        if (dir === undefined) continue;
        const ov = readOptions(o, m.file, dir, [...at, 'kustomize'], k, app.by);
        if (ov) out.push(ov);
      }
    } else if (group === FLUX_KUSTOMIZE_GROUP && o.kind === 'Kustomization') {
      const dir = folderOf(spec.path);
      if (dir === undefined) continue;
      const ov = readOptions(o, m.file, dir, ['spec'], spec, 'Flux Kustomization');
      if (ov) out.push(ov);
    }
  }
  return out;
}

/**
 * The Application spec of an Argo CD object: an Application's own, or an ApplicationSet's template (not when a
 * `templatePatch` may rewrite it per Application).
 */
function argoApplicationSpec(
  o: ManifestObject,
  spec: Record<string, unknown>,
): { spec: Record<string, unknown>; at: NodePath; by: KustomizeOverride['by'] } | undefined {
  if (o.kind === 'Application') return { spec, at: ['spec'], by: 'Argo CD Application' };
  if (o.kind === 'ApplicationSet' && spec.templatePatch === undefined)
    return { spec: record(record(spec.template).spec), at: ['spec', 'template', 'spec'], by: 'Argo CD ApplicationSet' };
  return undefined;
}

/** Whether a value holds an ApplicationSet template expression anywhere. */
function templated(v: unknown): boolean {
  return v !== undefined && JSON.stringify(v).includes('{{');
}

/** Argo CD's options (an Application's, or those its ApplicationSet writes), as against Flux's. */
export function isArgoOverride(ov: KustomizeOverride): boolean {
  return ov.by !== 'Flux Kustomization';
}

function readOptions(
  o: ManifestObject,
  file: string,
  dir: string,
  base: NodePath,
  k: Record<string, unknown>,
  by: KustomizeOverride['by'],
): KustomizeOverride | undefined {
  const ov: KustomizeOverride = {
    by,
    object: o,
    file,
    dir,
    base,
    images: [],
    patches: [],
    components: [],
    ignoreMissingComponents: k.ignoreMissingComponents === true,
  };
  list(k.images).forEach((raw, i) => {
    const at = o.locate([...base, 'images', i]);
    // Argo CD writes an image as `kustomize edit set image` takes it; Flux as a kustomization's images entry.
    const img = typeof raw === 'string' ? parseImageArg(raw) : imageEntry(raw);
    if (img) ov.images.push({ ...img, at });
  });
  list(k.patches).forEach((raw, i) => {
    const e = record(raw);
    const target = targetOf(e.target) ? stringsOf(record(e.target)) : undefined;
    if (typeof e.patch === 'string' && e.patch !== '')
      ov.patches.push({ patch: e.patch, ...(target ? { target } : {}), node: [...base, 'patches', i, 'patch'] });
    else if (by !== 'Flux Kustomization' && e.path !== undefined)
      ov.patches.push({ path: String(e.path), ...(target ? { target } : {}), node: [...base, 'patches', i, 'path'] });
  });
  const ns = by === 'Flux Kustomization' ? k.targetNamespace : k.namespace;
  if (typeof ns === 'string' && ns !== '') ov.namespace = ns;
  if (typeof k.namePrefix === 'string' && k.namePrefix !== '') ov.namePrefix = k.namePrefix;
  if (typeof k.nameSuffix === 'string' && k.nameSuffix !== '') ov.nameSuffix = k.nameSuffix;
  for (const c of list(k.components)) if (typeof c === 'string' && c !== '') ov.components.push(c);
  const any =
    ov.images.length + ov.patches.length + ov.components.length > 0 ||
    ov.namespace !== undefined ||
    ov.namePrefix !== undefined ||
    ov.nameSuffix !== undefined;
  return any ? ov : undefined;
}

/**
 * The folder a source path names, as a repository path ('.' for the root); undefined for one leading out of the
 * repository (both controllers refuse it).
 */
function folderOf(path: unknown): string | undefined {
  const p = typeof path === 'string' && path !== '' ? path.replace(/\\/g, '/') : '.';
  const n = posix.normalize(p.replace(/^\/+/, '')).replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../')) return undefined;
  return n === '' ? '.' : n;
}

/** What `namespace`'s node is called in the object: Argo CD's `namespace`, Flux's `targetNamespace`. */
function namespaceKey(ov: KustomizeOverride): string {
  return ov.by === 'Flux Kustomization' ? 'targetNamespace' : 'namespace';
}

/**
 * `kustomize edit set image` arguments: `name=newName:tag`, `name=newName@digest`, `name=newName`, `name:tag`,
 * `name@digest`. A registry port (`host:5000/x`) is part of the name.
 */
export function parseImageArg(arg: string): Omit<OverrideImage, 'at'> | undefined {
  const eq = arg.indexOf('=');
  const right = eq >= 0 ? arg.slice(eq + 1) : arg;
  const at = right.indexOf('@');
  const digest = at >= 0 ? right.slice(at + 1) : undefined;
  const noDigest = at >= 0 ? right.slice(0, at) : right;
  const colon = noDigest.lastIndexOf(':');
  const tagged = colon > noDigest.lastIndexOf('/');
  const image = tagged ? noDigest.slice(0, colon) : noDigest;
  const tag = tagged ? noDigest.slice(colon + 1) : undefined;
  const name = eq >= 0 ? arg.slice(0, eq) : image;
  if (name === '' || image === '') return undefined;
  return {
    name,
    ...(eq >= 0 ? { newName: image } : {}),
    ...(tag !== undefined && tag !== '' && tag !== '*' ? { newTag: tag } : {}),
    ...(digest !== undefined && digest !== '' && digest !== '*' ? { digest } : {}),
  };
}

function imageEntry(raw: unknown): Omit<OverrideImage, 'at'> | undefined {
  const e = record(raw);
  if (typeof e.name !== 'string' || e.name === '') return undefined;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const newName = s(e.newName);
  const newTag = s(e.newTag);
  const digest = s(e.digest);
  return {
    name: e.name,
    ...(newName ? { newName } : {}),
    ...(newTag ? { newTag } : {}),
    ...(digest ? { digest } : {}),
  };
}

/**
 * The overrides that apply to a folder: those that build exactly that folder (Argo CD builds `source.path`, Flux
 * `spec.path`), the first by file; the others are said in the caller's note (one per cluster is common: each
 * cluster its own tag).
 */
export function overridesOf(all: readonly KustomizeOverride[], dir: string): KustomizeOverride[] {
  return all
    .filter((o) => o.dir === dir)
    .sort((a, b) => a.file.localeCompare(b.file) || a.object.position.line - b.object.position.line);
}

/**
 * The override as a kustomization layered first over the app's own, for the build's closure and positions: its
 * components are folders the build reads, its patches and images are located in the GitOps object's file. Every
 * path it names is checked as a kustomization's are (src/read/kustomize.ts repoPathOf): a remote or escaping path
 * is a refusal, never handed to kustomize.
 */
export function overrideKustomization(
  ov: KustomizeOverride,
  appDir: string,
  tree: StateTree,
  text: string,
): { layer: Kustomization; components: string[] } {
  const components: string[] = [];
  const locate = (path: NodePath) => ov.object.locate(path);
  const k: Kustomization = {
    file: ov.file,
    dir: appDir,
    kind: 'Kustomization',
    dirs: [],
    resourceFiles: [],
    otherFiles: [],
    patches: [],
    images: ov.images.map((i) => ({ name: i.name, at: i.at })),
    literals: [],
    refusals: [],
    locate,
  };
  if (ov.namespace !== undefined) k.namespace = { value: ov.namespace, at: locate([...ov.base, namespaceKey(ov)]) };
  const refuse = (node: NodePath, why: string) =>
    k.refusals.push({ at: locate(node), message: `${ov.by} ${ov.object.name} (${ov.file}): ${why}` });
  // Applied after the kustomization's own patches: the controllers append them.
  let order = 1_000_000;
  for (const p of ov.patches) {
    const target = p.target ? targetOf(p.target) : undefined;
    if (p.patch !== undefined) {
      const patch: KustomizePatch = {
        file: ov.file,
        inline: inlineAt(text, locate(p.node), p.patch),
        ...(target ? { target } : {}),
        order: order++,
      };
      k.patches.push(patch);
      continue;
    }
    const r = repoPathOf(p.path, appDir, tree, 'patch');
    if ('refusal' in r || r.isDir) {
      refuse(p.node, 'refusal' in r ? r.refusal : `patch '${p.path}' is a folder`);
      continue;
    }
    k.otherFiles.push(r.path);
    k.patches.push({ file: r.path, path: r.path, ...(target ? { target } : {}), order: order++ });
  }
  ov.components.forEach((c, i) => {
    const r = repoPathOf(c, appDir, tree, 'component');
    if ('refusal' in r) {
      if (ov.ignoreMissingComponents && / is not in the repository$/.test(r.refusal)) return;
      refuse([...ov.base, 'components', i], r.refusal);
    } else if (!r.isDir || !kustomizationIn(r.path, tree))
      refuse([...ov.base, 'components', i], `component '${c}' is not a folder with a kustomization`);
    else {
      k.dirs.push(r.path);
      components.push(c);
    }
  });
  return { layer: k, components };
}

/**
 * The folder's kustomization with the override written into it, as the controller writes it: images merged by
 * name (a new name, tag or digest replaces the entry's), patches and components appended, namespace and name
 * prefix or suffix set. Undefined when the kustomization cannot be read as a mapping (the app's own refusal says
 * why).
 */
export function editedKustomization(
  text: string,
  ov: KustomizeOverride,
  components: readonly string[],
): string | undefined {
  const { parseDocument, isMap, isSeq } = yamlLib();
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  // An empty kustomization is a mapping with nothing in it yet.
  if (doc.contents === null) return editedKustomization('{}\n', ov, components);
  if (!isMap(doc.contents)) return undefined;
  const seqAt = (key: string) => {
    const v = doc.get(key);
    if (v === undefined || v === null) {
      doc.set(key, doc.createNode([]));
      return doc.get(key);
    }
    return v;
  };
  if (ov.images.length > 0) {
    const images = seqAt('images');
    if (!isSeq(images)) return undefined;
    for (const img of ov.images) {
      const existing = images.items.find((it) => isMap(it) && it.get('name') === img.name);
      if (existing && isMap(existing)) {
        if (img.newName !== undefined) existing.set('newName', img.newName);
        if (img.newTag !== undefined || img.digest !== undefined) {
          existing.delete('newTag');
          existing.delete('digest');
          if (img.newTag !== undefined) existing.set('newTag', img.newTag);
          if (img.digest !== undefined) existing.set('digest', img.digest);
        }
      } else {
        const { at: _at, ...entry } = img;
        images.add(doc.createNode(entry));
      }
    }
  }
  if (ov.patches.length > 0) {
    const patches = seqAt('patches');
    if (!isSeq(patches)) return undefined;
    for (const p of ov.patches)
      patches.add(
        doc.createNode({
          ...(p.patch !== undefined ? { patch: p.patch } : { path: p.path }),
          ...(p.target ? { target: p.target } : {}),
        }),
      );
  }
  if (components.length > 0) {
    // Flux's components are relative to spec.path, Argo CD's to source.path: the app's folder either way.
    const seq = seqAt('components');
    if (!isSeq(seq)) return undefined;
    for (const c of components) seq.add(doc.createNode(c));
  }
  if (ov.namespace !== undefined) doc.set('namespace', ov.namespace);
  if (ov.namePrefix !== undefined) doc.set('namePrefix', ov.namePrefix);
  if (ov.nameSuffix !== undefined) doc.set('nameSuffix', ov.nameSuffix);
  return String(doc);
}

/** A one-line description of what an override sets, for notes. */
export function describeOverride(ov: KustomizeOverride): string {
  return `${ov.by} ${ov.object.name} in ${ov.file}`;
}

function stringsOf(r: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
