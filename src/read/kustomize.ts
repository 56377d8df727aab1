import { posix } from 'node:path';
import type { NodePath } from '../model/catalog.js';
import type { Position } from '../model/finding.js';
import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import { isJson6902Patch, readYamlDocuments, type YamlDoc } from './manifests/manifest-file.js';

/**
 * Kustomize apps, read from the repository as data: which files an app is built from (its closure), whether it
 * can be built here at all, and where each object of the build — and each node in it — comes from. The build
 * itself (`kubectl kustomize`, `kustomize build`) runs in src/read/kustomize-build.ts; this file never runs
 * anything.
 *
 * A pull request is untrusted: an app is only built when every path it names is a file or folder of the
 * repository. A remote base (`github.com/…`, `https://…`), an absolute path, a path out of the repository,
 * Helm (`helmCharts`) or a missing file make it one note, and nothing is fetched or run.
 */

/** The names kustomize looks for in a folder, in its order. */
export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export function isKustomizationPath(path: string): boolean {
  // Asked of every path of both states by a diff: the name after the last slash, without posix.basename's checks.
  return (KUSTOMIZATION_NAMES as readonly string[]).includes(path.slice(path.lastIndexOf('/') + 1));
}

/** What an app's reader needs of a repository state, synchronously: which paths exist. */
export interface StateTree {
  isFile(path: string): boolean;
  /** A folder with at least one file under it. */
  isDir(path: string): boolean;
  /** Whether any file of the state has this name (false only when known: lets a scope skip looking for it). */
  hasNamed?(basename: string): boolean;
}

/** The kustomization file of a folder in this state, if any. */
export function kustomizationIn(dir: string, tree: StateTree): string | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const p = dir === '.' || dir === '' ? name : `${dir}/${name}`;
    if (tree.isFile(p)) return p;
  }
  return undefined;
}

export interface PatchTarget {
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
}

/** One patch of a kustomization: its documents (strategic merge) or operations (JSON 6902), with positions. */
export interface KustomizePatch {
  /** Where the patch text is: its own file, or the kustomization (an inline `patch:`). */
  file: string;
  /** A patch file's path (to read); undefined for inline patches. */
  path?: string;
  inline?: { text: string; at: Position; block: boolean; firstLine: number; indent: number };
  target?: PatchTarget;
  /** The order kustomize applies it in (higher = later = wins). */
  order: number;
}

export interface KustomizationImage {
  name: string;
  /** The node a reader should see for a changed image: newTag, digest or newName. */
  at: Position;
}

/** One `KEY=value` item of a generator's `literals`. */
export interface KustomizationLiteral {
  kind: 'ConfigMap' | 'Secret';
  /** The generator's `name` (the object's name before kustomize adds its hash and prefixes). */
  name: string;
  key: string;
  at: Position;
}

/** A kustomization (or Component) file, read. */
export interface Kustomization {
  file: string;
  dir: string;
  kind: 'Kustomization' | 'Component';
  /** Folders it builds on (resources or bases that are folders, components), repository paths. */
  dirs: string[];
  /** Resource files: the objects of the build come from these. */
  resourceFiles: string[];
  /** Every other file kustomize reads for it (patches, generator inputs, CRDs, configurations, transformers…). */
  otherFiles: string[];
  patches: KustomizePatch[];
  images: KustomizationImage[];
  namespace?: { value: string; at: Position };
  /** `literals` of its configMapGenerator / secretGenerator entries: each key of the generated object, at its item. */
  literals: KustomizationLiteral[];
  /** Why the app cannot be built here (remote, outside, missing, Helm): one note for the app, nothing run. */
  refusals: Array<{ at: Position; message: string }>;
  locate(path: NodePath): Position;
  /**
   * Set for the options a GitOps object outside the folder writes into its kustomization before building it
   * (src/read/gitops-overrides.ts): `file` is that object's file, not a kustomization.
   */
  gitops?: true;
}

const REMOTE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|git::|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/|[^?]*\?(?:ref|version|submodules|timeout)=)/i;

/**
 * Reads a kustomization's text. Paths are resolved against its folder and checked against the state's tree:
 * only files and folders of the repository are ever handed to kustomize.
 */
export function parseKustomization(text: string, file: string, tree: StateTree): Kustomization {
  const dir = posix.dirname(file);
  const { docs, problems } = readYamlDocuments(text, file);
  const doc: YamlDoc | undefined = docs[0];
  const fallback: Position = { file, line: 1, column: 1 };
  const locate = (path: NodePath) => doc?.locate(path) ?? fallback;
  const k: Kustomization = {
    file,
    dir,
    kind: 'Kustomization',
    dirs: [],
    resourceFiles: [],
    otherFiles: [],
    patches: [],
    images: [],
    literals: [],
    refusals: [],
    locate,
  };
  if (problems.length > 0) {
    k.refusals.push({ at: problems[0].position, message: `${file} cannot be read: ${problems[0].message}` });
    return k;
  }
  const data = doc?.data;
  if (data === null || data === undefined) return k;
  if (typeof data !== 'object' || Array.isArray(data)) {
    k.refusals.push({ at: fallback, message: `${file} is not a kustomization (a mapping)` });
    return k;
  }
  const d = data as Record<string, unknown>;
  if (d.kind === 'Component') k.kind = 'Component';
  if (docs.length > 1) k.refusals.push({ at: docs[1].locate([]), message: `${file} has more than one document` });

  const refuse = (path: NodePath, message: string) => k.refusals.push({ at: locate(path), message });
  /** A path as kustomize would take it: a repository file or folder, else a refusal saying why. */
  const local = (raw: unknown, path: NodePath, what: string): { path: string; isDir: boolean } | undefined => {
    const r = repoPathOf(raw, dir, tree, what);
    if ('refusal' in r) {
      refuse(path, r.refusal === 'not a path' ? `${file}: ${what} must be a path` : r.refusal);
      return undefined;
    }
    return r;
  };
  const list = (key: string): unknown[] => {
    const v = d[key];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    refuse([key], `${file}: ${key} must be a list`);
    return [];
  };
  const addDir = (p: string, path: NodePath, what: string) => {
    if (!kustomizationIn(p, tree)) {
      refuse(path, `${what} '${p}' has no kustomization.yaml`);
      return;
    }
    k.dirs.push(p);
  };

  for (const key of ['resources', 'bases']) {
    list(key).forEach((raw, i) => {
      const r = local(raw, [key, i], 'resource');
      if (!r) return;
      if (r.isDir) addDir(r.path, [key, i], 'resource');
      else k.resourceFiles.push(r.path);
    });
  }
  list('components').forEach((raw, i) => {
    const r = local(raw, ['components', i], 'component');
    if (!r) return;
    if (r.isDir) addDir(r.path, ['components', i], 'component');
    else refuse(['components', i], `component '${String(raw)}' must be a folder`);
  });
  for (const key of ['crds', 'configurations']) {
    list(key).forEach((raw, i) => {
      const r = local(raw, [key, i], key === 'crds' ? 'CRD file' : 'configuration');
      if (r && !r.isDir) k.otherFiles.push(r.path);
    });
  }
  // Generators, transformers and validators name a file, a folder or hold an inline configuration.
  for (const key of ['generators', 'transformers', 'validators']) {
    list(key).forEach((raw, i) => {
      if (typeof raw === 'string' && raw.includes('\n')) return;
      const r = local(raw, [key, i], key.slice(0, -1));
      if (!r) return;
      if (r.isDir) addDir(r.path, [key, i], key.slice(0, -1));
      else k.otherFiles.push(r.path);
    });
  }
  const openapi = d.openapi as Record<string, unknown> | undefined;
  if (openapi && typeof openapi === 'object' && openapi.path !== undefined) {
    const r = local(openapi.path, ['openapi', 'path'], 'OpenAPI schema');
    if (r && !r.isDir) k.otherFiles.push(r.path);
  }
  list('replacements').forEach((raw, i) => {
    const path = (raw as Record<string, unknown> | null)?.path;
    if (path === undefined) return;
    const r = local(path, ['replacements', i, 'path'], 'replacement');
    if (r && !r.isDir) k.otherFiles.push(r.path);
  });
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    list(key).forEach((raw, i) => {
      if (raw === null || typeof raw !== 'object') return;
      const g = raw as Record<string, unknown>;
      if (typeof g.name === 'string' && Array.isArray(g.literals)) {
        const kind = key === 'configMapGenerator' ? 'ConfigMap' : 'Secret';
        g.literals.forEach((l, j) => {
          const eq = typeof l === 'string' ? l.indexOf('=') : -1;
          if (eq > 0)
            k.literals.push({
              kind,
              name: g.name as string,
              key: (l as string).slice(0, eq),
              at: locate([key, i, 'literals', j]),
            });
        });
      }
      const files = Array.isArray(g.files) ? g.files : [];
      files.forEach((f, j) => {
        // `key=path` or `path`.
        const p = typeof f === 'string' ? f.slice(f.indexOf('=') + 1) : f;
        const r = local(p, [key, i, 'files', j], 'generator file');
        if (r && !r.isDir) k.otherFiles.push(r.path);
      });
      const envs = [...(Array.isArray(g.envs) ? g.envs : []), ...(g.env !== undefined ? [g.env] : [])];
      envs.forEach((f, j) => {
        const r = local(f, [key, i, Array.isArray(g.envs) && j < g.envs.length ? 'envs' : 'env'], 'env file');
        if (r && !r.isDir) k.otherFiles.push(r.path);
      });
    });
  }
  for (const key of ['helmCharts', 'helmGlobals', 'helmChartInflationGenerator']) {
    if (d[key] !== undefined)
      refuse([key], `${key}: Helm is not run on repository content; render the chart and list its output instead`);
  }

  let order = 0;
  // kustomize applies strategic-merge patches, then `patches`, then JSON 6902 patches.
  list('patchesStrategicMerge').forEach((raw, i) => {
    if (typeof raw === 'string' && raw.includes('\n')) {
      k.patches.push({ file, inline: inlineAt(text, locate(['patchesStrategicMerge', i]), raw), order: order++ });
      return;
    }
    const r = local(raw, ['patchesStrategicMerge', i], 'patch');
    if (r && !r.isDir) {
      k.otherFiles.push(r.path);
      k.patches.push({ file: r.path, path: r.path, order: order++ });
    }
  });
  const patchEntry = (key: string, raw: unknown, i: number) => {
    if (raw === null || typeof raw !== 'object') {
      refuse([key, i], `${file}: ${key} entries must be mappings`);
      return;
    }
    const e = raw as Record<string, unknown>;
    const target = targetOf(e.target);
    if (typeof e.patch === 'string') {
      k.patches.push({ file, inline: inlineAt(text, locate([key, i, 'patch']), e.patch), target, order: order++ });
    } else if (e.path !== undefined) {
      const r = local(e.path, [key, i, 'path'], 'patch');
      if (r && !r.isDir) {
        k.otherFiles.push(r.path);
        k.patches.push({ file: r.path, path: r.path, target, order: order++ });
      }
    }
  };
  for (const key of ['patches', 'patchesJson6902']) list(key).forEach((raw, i) => void patchEntry(key, raw, i));

  list('images').forEach((raw, i) => {
    if (raw === null || typeof raw !== 'object') return;
    const img = raw as Record<string, unknown>;
    if (typeof img.name !== 'string') return;
    const field = ['newTag', 'digest', 'newName'].find((f) => img[f] !== undefined) ?? 'name';
    k.images.push({ name: img.name, at: locate(['images', i, field]) });
  });
  if (typeof d.namespace === 'string' && d.namespace !== '')
    k.namespace = { value: d.namespace, at: locate(['namespace']) };
  return k;
}

/**
 * A path a kustomization (or a GitOps override of one) names, resolved against `dir` and checked against the
 * state's tree: a repository file or folder, else why kustomize must not be handed it (remote, absolute, out of
 * the repository, missing). 'not a path' for a value that is no string.
 */
export function repoPathOf(
  raw: unknown,
  dir: string,
  tree: StateTree,
  what: string,
): { path: string; isDir: boolean } | { refusal: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { refusal: 'not a path' };
  const p = raw.trim();
  if (REMOTE.test(p))
    return { refusal: `remote ${what} '${p}' is not fetched: threatcat builds only what is in the repository` };
  if (posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p))
    return { refusal: `${what} '${p}' is an absolute path: only repository paths are built` };
  const joined = posix.normalize(dir === '.' ? p : `${dir}/${p}`).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) return { refusal: `${what} '${p}' leads out of the repository` };
  const repoPath = joined === '' ? '.' : joined;
  if (tree.isFile(repoPath)) return { path: repoPath, isDir: false };
  if (repoPath === '.' || tree.isDir(repoPath)) return { path: repoPath, isDir: true };
  return { refusal: `${what} '${p}' is not in the repository` };
}

export function targetOf(raw: unknown): PatchTarget | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const t = raw as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return { kind: s(t.kind), name: s(t.name), namespace: s(t.namespace), labelSelector: s(t.labelSelector) };
}

/**
 * Where an inline patch's lines are in the kustomization: a block scalar (`patch: |-`) starts on the line after
 * its indicator, indented; a quoted or plain scalar is one place.
 */
export function inlineAt(text: string, at: Position, value: string): NonNullable<KustomizePatch['inline']> {
  const lines = text.split('\n');
  const here = lines[at.line - 1] ?? '';
  const block = /^[|>]/.test(here.slice(at.column - 1));
  let indent = 0;
  if (block) {
    for (let i = at.line; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      indent = lines[i].length - lines[i].trimStart().length;
      break;
    }
  }
  return { text: value, at, block, firstLine: at.line + 1, indent };
}

// ---------------------------------------------------------------------------------------------------------
// An app's closure: every kustomization it builds on, and every file the build reads.

export interface AppClosure {
  /** The app's folder. */
  dir: string;
  /** The GitOps options layered over the app's kustomization, first in `kustomizations` (see Kustomization.gitops). */
  gitops?: Kustomization;
  /** Kustomizations by folder, the app's first, then what it builds on (breadth first). */
  kustomizations: Map<string, Kustomization>;
  /** Folder → the folders that build on it (to know which patches can reach an object). */
  parents: Map<string, string[]>;
  /** Every repository file the build reads. */
  files: Set<string>;
  refusals: Array<{ at: Position; message: string }>;
}

/**
 * Walks an app from its folder through every folder it builds on, reading the kustomizations as it goes (a
 * generator: the caller reads files in batches, from git or from disk).
 */
export function* appClosure(
  dir: string,
  tree: StateTree,
  gitops?: Kustomization,
): Generator<string[], AppClosure, Map<string, string | undefined>> {
  const closure: AppClosure = { dir, kustomizations: new Map(), parents: new Map(), files: new Set(), refusals: [] };
  let frontier = [dir];
  const seen = new Set(frontier);
  if (gitops) {
    // Outermost: the controller applies it to the app's kustomization, over everything the app builds on.
    const key = `${dir}\0gitops`;
    closure.gitops = gitops;
    closure.kustomizations.set(key, gitops);
    closure.parents.set(dir, [key]);
    closure.files.add(gitops.file);
    for (const f of gitops.otherFiles) closure.files.add(f);
    closure.refusals.push(...gitops.refusals);
    for (const child of gitops.dirs) {
      closure.parents.set(child, [...(closure.parents.get(child) ?? []), key]);
      if (!seen.has(child)) {
        seen.add(child);
        frontier.push(child);
      }
    }
  }
  while (frontier.length > 0) {
    const files = frontier.map((d) => kustomizationIn(d, tree)).filter((f): f is string => f !== undefined);
    const texts: Map<string, string | undefined> = yield files;
    const next: string[] = [];
    for (const d of frontier) {
      const file = kustomizationIn(d, tree);
      const text = file ? texts.get(file) : undefined;
      if (!file || text === undefined) {
        closure.refusals.push({
          at: { file: file ?? d, line: 1, column: 1 },
          message: `${d} has no readable kustomization`,
        });
        continue;
      }
      const k = parseKustomization(text, file, tree);
      closure.kustomizations.set(d, k);
      closure.files.add(file);
      for (const f of [...k.resourceFiles, ...k.otherFiles]) closure.files.add(f);
      closure.refusals.push(...k.refusals);
      for (const child of k.dirs) {
        const ps = closure.parents.get(child) ?? [];
        if (!ps.includes(d)) ps.push(d);
        closure.parents.set(child, ps);
        if (!seen.has(child)) {
          seen.add(child);
          next.push(child);
        }
      }
    }
    frontier = next;
  }
  return closure;
}

// ---------------------------------------------------------------------------------------------------------
// Rendered objects, mapped back to where they come from.

/** One object of a build, with where kustomize says it comes from (`config.kubernetes.io/origin`). */
export interface RenderedDoc {
  data: Record<string, unknown>;
  /** Repository path of the file the object was read from (or the kustomization that generated it). */
  origin?: string;
}

const ORIGIN = 'config.kubernetes.io/origin';
export const RENDER_LABEL = 'threatcat.dev/render';

/**
 * Takes kustomize's bookkeeping off a rendered object (the origin annotation and the label that says which app
 * of a batched build it belongs to): they are threatcat's, not the app's, and must not look like a change.
 * `originOf` maps the origin path kustomize wrote (relative to the build root) to a repository path.
 */
export function splitRendered(
  data: Record<string, unknown>,
  originOf: (written: string) => string | undefined,
): { doc: RenderedDoc; app?: string } {
  const meta = data.metadata as Record<string, unknown> | undefined;
  let origin: string | undefined;
  let app: string | undefined;
  if (meta && typeof meta === 'object') {
    const ann = meta.annotations as Record<string, unknown> | undefined;
    if (ann && typeof ann === 'object') {
      const o = ann[ORIGIN];
      if (typeof o === 'string') {
        const m = /^(?:path|configuredIn):\s*(.+)$/m.exec(o);
        if (m) origin = originOf(m[1].trim().replace(/^['"]|['"]$/g, ''));
      }
      delete ann[ORIGIN];
      if (Object.keys(ann).length === 0) delete meta.annotations;
    }
    const labels = meta.labels as Record<string, unknown> | undefined;
    if (labels && typeof labels === 'object') {
      if (typeof labels[RENDER_LABEL] === 'string') app = labels[RENDER_LABEL] as string;
      delete labels[RENDER_LABEL];
      if (Object.keys(labels).length === 0) delete meta.labels;
    }
  }
  return { doc: { data, ...(origin ? { origin } : {}) }, ...(app !== undefined ? { app } : {}) };
}

/** Files the mapping needs: the app's resource files and patches, as the app's reader read them. */
export interface SourceFiles {
  manifest(path: string): ManifestFile | undefined;
  text(path: string): string | undefined;
}

/**
 * The objects of a build as manifest files, one per origin file: each object's positions point into the
 * repository file and line that set the node — an overlay's patch (strategic merge or JSON 6902, in its own file
 * or inline), an `images:` or `namespace:` entry of a kustomization, else the node in the base resource.
 */
export function renderedManifests(closure: AppClosure, docs: readonly RenderedDoc[], src: SourceFiles): ManifestFile[] {
  const patches = loadPatches(closure, src);
  const byFile = new Map<string, ManifestFile>();
  const topFile = closure.kustomizations.get(closure.dir)?.file ?? closure.dir;
  for (const doc of docs) {
    const { data } = doc;
    const meta = data.metadata as Record<string, unknown> | undefined;
    const { apiVersion, kind } = data;
    const name = meta?.name;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || typeof name !== 'string') continue;
    const originFile = doc.origin ?? topFile;
    const source = sourceObject(src.manifest(originFile), kind, name);
    const chain = chainOf(closure, originFile);
    const namespace = typeof meta?.namespace === 'string' ? meta.namespace : undefined;
    const fallback: Position = source?.position ?? { file: originFile, line: 1, column: 1 };
    const obj: ManifestObject = {
      apiVersion,
      kind,
      name,
      namespace,
      body: data,
      position: fallback,
      locate: (path) =>
        patchPosition(patches, chain, data, source, path) ??
        literalPosition(chain, kind, name, path) ??
        transformerPosition(closure, chain, data, source, path) ??
        source?.locate(path) ??
        fallback,
      ...(source && source.name !== name ? { renamedFrom: source.name } : {}),
      renderedBy: topFile,
    };
    let f = byFile.get(originFile);
    if (!f) {
      f = { file: originFile, objects: [], problems: [] };
      byFile.set(originFile, f);
    }
    f.objects.push(obj);
  }
  return [...byFile.values()];
}

/**
 * A key of a generated ConfigMap or Secret: the `literals` item that set it, in the outermost kustomization that
 * sets it (an overlay's `behavior: merge` generator wins over its base's, as kustomize merges them). kustomize's
 * origin names only the base kustomization that first configured the generator.
 */
function literalPosition(
  chain: readonly Kustomization[],
  kind: string,
  name: string,
  path: NodePath,
): Position | undefined {
  if ((kind !== 'ConfigMap' && kind !== 'Secret') || path.length !== 2 || typeof path[1] !== 'string') return undefined;
  if (path[0] !== 'data' && path[0] !== 'stringData') return undefined;
  for (const k of chain)
    for (const l of k.literals) if (l.kind === kind && l.key === path[1] && name.includes(l.name)) return l.at;
  return undefined;
}

/** The object of the origin file the rendered one was made from: same kind, its name inside the new name. */
function sourceObject(file: ManifestFile | undefined, kind: string, name: string): ManifestObject | undefined {
  if (!file) return undefined;
  const same = file.objects.filter((o) => o.kind === kind);
  return (
    same.find((o) => o.name === name) ??
    same.filter((o) => name.includes(o.name)).sort((a, b) => b.name.length - a.name.length)[0] ??
    (same.length === 1 ? same[0] : undefined)
  );
}

/**
 * The kustomizations whose patches and transformers can reach an object from `originFile`: the one that lists
 * it and every one that builds on that, outermost first.
 */
function chainOf(closure: AppClosure, originFile: string): Kustomization[] {
  let start: string | undefined;
  for (const [dir, k] of closure.kustomizations) {
    if (k.file === originFile || k.resourceFiles.includes(originFile)) {
      start = dir;
      break;
    }
  }
  if (start === undefined) return [...closure.kustomizations.values()];
  const found = new Set<string>();
  const walk = (d: string) => {
    if (found.has(d)) return;
    found.add(d);
    for (const p of closure.parents.get(d) ?? []) walk(p);
  };
  walk(start);
  // Components are applied by the kustomization that lists them: they can patch everything it holds.
  for (const d of [...found]) {
    for (const child of closure.kustomizations.get(d)?.dirs ?? []) {
      if (closure.kustomizations.get(child)?.kind === 'Component') found.add(child);
    }
  }
  const order = [...closure.kustomizations.keys()];
  return order.filter((d) => found.has(d)).map((d) => closure.kustomizations.get(d)!);
}

interface LoadedPatch {
  kustomization: Kustomization;
  patch: KustomizePatch;
  /** Strategic-merge documents, or one JSON 6902 operation list. */
  docs: YamlDoc[];
  json6902: boolean;
}

function loadPatches(closure: AppClosure, src: SourceFiles): Map<Kustomization, LoadedPatch[]> {
  const out = new Map<Kustomization, LoadedPatch[]>();
  for (const k of closure.kustomizations.values()) {
    const list: LoadedPatch[] = [];
    for (const patch of k.patches) {
      let docs: YamlDoc[];
      if (patch.inline) {
        const inline = patch.inline;
        // An inline patch is in its kustomization, or in the GitOps object that adds it (src/read/gitops-overrides.ts).
        const read = readYamlDocuments(inline.text, patch.file);
        if (read.problems.length > 0) continue;
        docs = read.docs.map((d) => ({
          data: d.data,
          locate: (path) => {
            const p = d.locate(path);
            return inline.block
              ? { file: patch.file, line: inline.firstLine + p.line - 1, column: inline.indent + p.column }
              : inline.at;
          },
        }));
      } else {
        const text = patch.path ? src.text(patch.path) : undefined;
        if (text === undefined) continue;
        const read = readYamlDocuments(text, patch.file);
        if (read.problems.length > 0) continue;
        docs = read.docs;
      }
      const json6902 = docs.length === 1 && isJson6902Patch(docs[0].data);
      list.push({ kustomization: k, patch, docs, json6902 });
    }
    // Later patches win: look at them first.
    out.set(
      k,
      list.sort((a, b) => b.patch.order - a.patch.order),
    );
  }
  return out;
}

/** SMP/metadata nodes every strategic-merge patch carries only to say what it targets. */
const TARGETING = new Set(['', 'apiVersion', 'kind', 'metadata', 'metadata.name', 'metadata.namespace']);

function patchPosition(
  patches: Map<Kustomization, LoadedPatch[]>,
  chain: readonly Kustomization[],
  body: Record<string, unknown>,
  source: ManifestObject | undefined,
  path: NodePath,
): Position | undefined {
  for (const k of chain) {
    for (const lp of patches.get(k) ?? []) {
      if (lp.json6902) {
        if (!targets(lp.patch.target, body, source)) continue;
        const p = json6902Position(lp.docs[0], body, path);
        if (p) return p;
        continue;
      }
      if (TARGETING.has(path.join('.'))) continue;
      for (const doc of lp.docs) {
        if (!smpTargets(doc.data, lp.patch.target, body, source)) continue;
        const p = smpPosition(doc, body, path);
        if (p) return p;
      }
    }
  }
  return undefined;
}

function nameMatches(want: string, body: Record<string, unknown>, source: ManifestObject | undefined): boolean {
  const name = String((body.metadata as Record<string, unknown>)?.name ?? '');
  if (want === name || want === source?.name) return true;
  // A name in a middle layer: the final name holds it, and it holds the original one.
  if (source && name.includes(want) && want.includes(source.name)) return true;
  // Kustomize reads target names as regular expressions: one that is not a plain name may match anything.
  return /[*+?()[\]|^$\\]/.test(want);
}

function targets(
  t: PatchTarget | undefined,
  body: Record<string, unknown>,
  source: ManifestObject | undefined,
): boolean {
  if (!t) return false;
  if (t.kind !== undefined && t.kind !== body.kind) return false;
  if (t.name !== undefined && !nameMatches(t.name, body, source)) return false;
  if (t.labelSelector !== undefined) {
    const labels = ((body.metadata as Record<string, unknown>)?.labels ?? {}) as Record<string, unknown>;
    for (const term of t.labelSelector.split(',')) {
      const m = /^\s*([^=!\s]+)\s*==?\s*([^,\s]*)\s*$/.exec(term);
      // Set-based selectors (in, notin, !key) are not evaluated: the patch may apply.
      if (m && labels[m[1]] !== m[2]) return false;
    }
  }
  return true;
}

function smpTargets(
  data: unknown,
  t: PatchTarget | undefined,
  body: Record<string, unknown>,
  source: ManifestObject | undefined,
): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  if (t) return targets(t, body, source);
  const d = data as Record<string, unknown>;
  const name = (d.metadata as Record<string, unknown> | undefined)?.name;
  return d.kind === body.kind && typeof name === 'string' && nameMatches(name, body, source);
}

/** Keys kustomize (and Kubernetes' strategic merge) merge list items by. */
const MERGE_KEYS = ['name', 'mountPath', 'containerPort', 'port', 'ip', 'devicePath', 'topologyKey', 'key'];

/** The node at `path` of the rendered object, if the patch document sets it (list items matched by merge key). */
function smpPosition(doc: YamlDoc, body: Record<string, unknown>, path: NodePath): Position | undefined {
  let pv: unknown = doc.data;
  let rv: unknown = body;
  const pp: Array<string | number> = [];
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(pv) || !Array.isArray(rv)) return undefined;
      const item = rv[seg];
      let idx: number | undefined;
      if (item !== null && typeof item === 'object') {
        const key = MERGE_KEYS.find((k) => (item as Record<string, unknown>)[k] !== undefined);
        if (key !== undefined) {
          const want = (item as Record<string, unknown>)[key];
          const i = pv.findIndex(
            (x) => x !== null && typeof x === 'object' && (x as Record<string, unknown>)[key] === want,
          );
          if (i >= 0) idx = i;
        }
      }
      // A list without merge keys is replaced whole by the patch: its items are the patch's.
      if (idx === undefined && pv.length === rv.length) idx = seg;
      if (idx === undefined) return undefined;
      pv = pv[idx];
      rv = item;
      pp.push(idx);
    } else {
      if (pv === null || typeof pv !== 'object' || Array.isArray(pv) || !(seg in (pv as object))) return undefined;
      pv = (pv as Record<string, unknown>)[seg];
      rv = rv !== null && typeof rv === 'object' ? (rv as Record<string, unknown>)[seg] : undefined;
      pp.push(seg);
    }
  }
  return doc.locate(pp);
}

/** The last operation of a JSON 6902 patch that sets the node at `path`, an ancestor of it, or a node inside it. */
function json6902Position(doc: YamlDoc, body: Record<string, unknown>, path: NodePath): Position | undefined {
  const ops = doc.data as Array<Record<string, unknown>>;
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    const segs = pointer(String(op.path));
    if (!segs) continue;
    const n = Math.min(segs.length, path.length);
    let same = true;
    for (let j = 0; j < n && same; j++) {
      const s = segs[j];
      same = s === '-' ? typeof path[j] === 'number' : String(path[j]) === s;
    }
    if (!same) continue;
    const kind = String(op.op);
    if (segs.length <= path.length) {
      if (kind === 'remove') continue;
      if (kind === 'add' || kind === 'replace') return doc.locate([i, 'value', ...path.slice(segs.length)]);
      return doc.locate([i]);
    }
    // The operation changes something inside the node asked for (an item added to a list).
    if (path.length >= 2 && kind !== 'remove' && valueAt(body, path) !== undefined)
      return doc.locate([i, kind === 'add' || kind === 'replace' ? 'value' : 'path']);
  }
  return undefined;
}

function pointer(p: string): string[] | undefined {
  if (!p.startsWith('/')) return undefined;
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(body: unknown, path: NodePath): unknown {
  let v = body;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** `images:` and `namespace:` of a kustomization, where they decided the node's value. */
function transformerPosition(
  _closure: AppClosure,
  chain: readonly Kustomization[],
  body: Record<string, unknown>,
  source: ManifestObject | undefined,
  path: NodePath,
): Position | undefined {
  const last = path[path.length - 1];
  const now = valueAt(body, path);
  const before = source ? valueAt(source.body, path) : undefined;
  if (now === before || typeof now !== 'string') return undefined;
  if (last === 'image' && path.some((s) => s === 'containers' || s === 'initContainers')) {
    const name = imageName(typeof before === 'string' ? before : now);
    for (const k of chain) {
      const img = k.images.find((i) => i.name === name || imageName(i.name) === name);
      if (img) return img.at;
    }
    return undefined;
  }
  if (last === 'namespace') {
    for (const k of chain) if (k.namespace?.value === now) return k.namespace.at;
  }
  return undefined;
}

/** `registry/repo:tag@sha256:…` → `registry/repo`. */
function imageName(image: string): string {
  const noDigest = image.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
