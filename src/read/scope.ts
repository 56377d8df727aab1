import { posix } from 'node:path';
import type { Position } from '../model/finding.js';
import { InputError } from '../model/input-error.js';
import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import {
  KUSTOMIZATION_NAMES,
  appClosure,
  isKustomizationPath,
  kustomizationIn,
  renderedManifests,
  type AppClosure,
  type Kustomization,
  type StateTree,
} from './kustomize.js';
import {
  describeOverride,
  isArgoOverride,
  editedKustomization,
  type KustomizeOverride,
  OVERRIDE_SEARCH,
  overrideKustomization,
  overridesIn,
  overridesOf,
} from './gitops-overrides.js';
import { buildKey, type BuildJob, type BuildResult } from './kustomize-build.js';
import type { GrepHits } from './git.js';
import { MCP_CLIENT_CONFIG } from './manifests/manifest-file.js';
import {
  coveringKustomizations,
  FLUX_KUSTOMIZE_GROUP,
  type FluxKustomization,
  fluxKustomizationsIn,
  fluxVariables,
  objectHasPlaceholder,
  substituteObject,
} from './flux-substitution.js';
import {
  couldFind,
  namesItCouldHold,
  POLICY_SEARCH,
  PolicyFiles,
  podsToFollow,
  policyReferenceFor,
  referenceFor,
  wantedNames,
} from './references.js';
import type { Pods } from './manifests/network-policy.js';
import type { WorkloadKey } from './manifests/surface.js';

/**
 * An agent's scope in one repository state: the files its catalog's `agent.manifests` match, as the cluster
 * would get them — Kustomize apps among them built (src/read/kustomize.ts), Helm charts noted, plain files read as
 * they are — and what those manifests reference elsewhere in the repository (src/read/references.ts).
 *
 * The same code serves validate and init (a folder on disk, synchronously) and diff (two git states, read through
 * one `git cat-file` process): a scope is a generator that asks for files, searches and builds, and a driver
 * answers the requests of every catalog at once, so files are read in batches, the repository is searched once
 * per round for all agents, and all apps of a state are built in one kustomize run.
 */

/** What a scope asks of its state; the driver batches the requests of every scope of the same state. */
export interface ScopeRequest {
  /** Files to read (their text and parsed forms are then available through ScopeIO). */
  read?: string[];
  /** Names to search for (files declaring a reference kind that mention one of them). */
  grep?: string[];
  /** Words to search for in any file, whatever kinds it declares (the Flux Kustomizations' API group). */
  grepAny?: string[];
  builds?: BuildJob[];
}

export interface ScopeAnswer {
  /** The files the search found that mention one of `names` (the answer holds every scope's names of a round). */
  hits(names: readonly string[]): string[];
  /** The files the policy search (POLICY_SEARCH) found that may hold a NetworkPolicy selecting these pods. */
  policies(pods: Pods): string[];
  /** The files that mention one of `names` (a `grepAny` request), read by then. */
  anyHits(names: readonly string[]): string[];
  builds: Map<string, BuildResult>;
}

/** What a scope reads synchronously once the driver has answered. */
export interface ScopeIO {
  readonly tree: StateTree;
  /** Text of a file read through a `read` request (undefined: missing; InputError: unreadable). */
  text(path: string): string | InputError | undefined;
  /** The file parsed as manifests (cached: the same object for the same content, in both states of a diff). */
  manifest(path: string): ManifestFile | undefined;
  /** The file's reference objects (src/read/references.ts asReference), cached likewise. */
  reference(path: string): ManifestFile | undefined;
  /** A value shared by every scope of the run, whatever the state (built apps with the same files). */
  memo<T>(key: string, make: () => T): T;
}

export interface ScopeResult {
  /** The agent's manifests: plain files, built apps (one file per origin file), notes, then references. */
  manifests: ManifestFile[];
  /** Every repository file the scope depends on (owned, apps' closures, references). */
  files: Set<string>;
}

export type ScopeTask = Generator<ScopeRequest, ScopeResult, ScopeAnswer>;

const CHART_ONLY = /^(templates|charts|crds)\/|^(Chart\.yaml|Chart\.lock|values[^/]*\.ya?ml|values\.schema\.json)$/;

/**
 * The scope of one agent: `owned` are the files its catalog's globs match in this state (repository paths).
 * `workload` is the catalog's agent.workload, which names the identities whose references are followed.
 */
export function* agentScope(
  owned: readonly string[],
  workload: WorkloadKey | undefined,
  io: ScopeIO,
  opts: { follow?: boolean } = {},
): ScopeTask {
  const files = new Set<string>(owned);
  const notes: ManifestFile[] = [];
  const note = (at: Position, message: string) =>
    notes.push(
      io.memo(`note\0${at.file}:${at.line}:${at.column}\0${message}`, () => ({
        file: at.file,
        objects: [],
        problems: [],
        notes: [{ position: at, message }],
      })),
    );

  // Helm charts: their templates are not manifests until rendered; one note per chart.
  const charts = new Map<string, string>();
  const plainCandidates: string[] = [];
  const anyChart = io.tree.hasNamed?.('Chart.yaml') ?? true;
  const anyApp = KUSTOMIZATION_NAMES.some((n) => io.tree.hasNamed?.(n) ?? true);
  for (const f of owned) {
    const chart = anyChart ? chartOf(f, io.tree, charts) : undefined;
    if (chart !== undefined && CHART_ONLY.test(chart === '.' ? f : f.slice(chart.length + 1))) continue;
    plainCandidates.push(f);
  }
  for (const chart of new Set(charts.values())) {
    if (chart === '') continue;
    const at = { file: chart === '.' ? 'Chart.yaml' : `${chart}/Chart.yaml`, line: 1, column: 1 };
    note(
      at,
      `Helm chart ${chart}: not rendered, its templates are not read. Render it (\`helm template RELEASE ${chart} -f values.yaml > ${chart}/rendered.yaml\`) and list the output in agent.manifests`,
    );
  }

  // Kustomize apps: the folder of every kustomization in scope, or beside a file in scope.
  const appDirs = new Set<string>();
  for (const f of anyApp ? plainCandidates : []) {
    const dir = posix.dirname(f);
    if (isKustomizationPath(f) || kustomizationIn(dir, io.tree)) appDirs.add(dir);
  }
  // GitOps objects anywhere in the repository that write kustomize options into a folder of the scope before
  // building it (src/read/gitops-overrides.ts): one search.
  const gitops = new Map<string, { layer: Kustomization; components: string[]; override: KustomizeOverride }>();
  // The kustomization kustomize-controller generates for a plain folder it builds: path → text (not in the repository).
  const generated = new Map<string, string>();
  let tree = io.tree;
  const textOf = (p: string) => generated.get(p) ?? io.text(p);
  if (appDirs.size > 0 || plainCandidates.length > 0) {
    const answer = yield { grepAny: [...OVERRIDE_SEARCH] };
    const overrides = answer.anyHits([...OVERRIDE_SEARCH]).flatMap((p) => {
      const m = io.manifest(p);
      return m ? overridesIn(m) : [];
    });
    if (overrides.length > 0) {
      const plainOnes = plainCandidates.filter((f) => !inApp(f, appDirs));
      yield* plainFolders(overrides, plainOnes, io, generated, note);
      if (generated.size > 0) {
        const base = io.tree;
        tree = { isFile: (p) => generated.has(p) || base.isFile(p), isDir: (p) => base.isDir(p) };
        for (const g of generated.keys()) appDirs.add(posix.dirname(g));
      }
    }
    const flux = overrides.filter((o) => o.by === 'Flux Kustomization');
    for (const d of appDirs) {
      // A folder only Flux builds through a generated kustomization takes Flux's options only.
      const ovs = overridesOf(generated.has(posix.join(d, 'kustomization.yaml')) ? flux : overrides, d);
      if (ovs.length === 0) continue;
      const ov = ovs[0];
      const text = io.text(ov.file);
      gitops.set(d, { ...overrideKustomization(ov, d, tree, typeof text === 'string' ? text : ''), override: ov });
      if (ovs.length > 1)
        note(
          ov.object.locate(ov.base),
          `${d} is built by several GitOps objects with kustomize options (${ovs.map(describeOverride).join(', ')}): read with those of ${describeOverride(ov)} only`,
        );
    }
  }
  const closures = new Map<string, AppClosure>();
  if (appDirs.size > 0) {
    const walks = [...appDirs].map((d) => ({ dir: d, gen: appClosure(d, tree, gitops.get(d)?.layer) }));
    let step = walks.map((w) => ({ w, r: w.gen.next() }));
    while (step.length > 0) {
      const want = step.flatMap(({ r }) => (r.done ? [] : r.value.filter((p) => !generated.has(p))));
      if (want.length > 0) yield { read: [...new Set(want)] };
      const next: typeof step = [];
      for (const { w, r } of step) {
        if (r.done) {
          closures.set(w.dir, r.value);
          continue;
        }
        const texts = new Map<string, string | undefined>();
        for (const p of r.value) {
          const t = textOf(p);
          texts.set(p, typeof t === 'string' ? t : undefined);
        }
        next.push({ w, r: w.gen.next(texts) });
      }
      step = next;
    }
  }
  // An app another app builds on is built as part of it.
  const inner = new Set<string>();
  for (const c of closures.values()) for (const d of c.kustomizations.keys()) if (d !== c.dir) inner.add(d);
  const tops = [...closures.values()].filter((c) => !inner.has(c.dir)).sort((a, b) => a.dir.localeCompare(b.dir));

  // Kustomize's own files are never manifests; an app that is built replaces all its files.
  const notPlain = new Set<string>();
  for (const c of closures.values()) {
    for (const k of c.kustomizations.values()) {
      if (!k.gitops) notPlain.add(k.file);
      for (const f of k.otherFiles) notPlain.add(f);
    }
  }
  const rendered: ManifestFile[] = [];
  const toBuild: Array<{ closure: AppClosure; job: BuildJob }> = [];
  const topFile = (c: AppClosure) => c.kustomizations.get(c.dir)?.file ?? c.dir;
  for (const c of tops) {
    for (const f of c.files) files.add(f);
    if (c.refusals.length > 0) {
      const r = c.refusals[0];
      note(r.at, `Kustomize app ${c.dir} is not built: ${r.message}; its resource files are read as plain manifests`);
      continue;
    }
    toBuild.push({ closure: c, job: { key: '', dir: c.dir, files: new Map() } });
  }
  if (toBuild.length > 0) {
    yield { read: [...new Set(toBuild.flatMap((b) => [...b.closure.files]))].filter((p) => !generated.has(p)) };
    const ready = toBuild.filter((b) => {
      const contents = new Map<string, string>();
      for (const f of b.closure.files) {
        const t = textOf(f);
        if (typeof t !== 'string') {
          note(
            t instanceof InputError ? t.position : { file: f, line: 1, column: 1 },
            `Kustomize app ${b.closure.dir} is not built: ${t instanceof InputError ? t.message : `${f} cannot be read`}`,
          );
          return false;
        }
        contents.set(f, t);
      }
      const key = buildKey(b.closure.dir, contents);
      const over = b.closure.gitops ? gitops.get(b.closure.dir) : undefined;
      if (!over) {
        b.job = { key, dir: b.closure.dir, files: contents };
        return true;
      }
      // The controller's edit of the app's kustomization, built apart from any other app's copy of the same files.
      const kfile = topFile(b.closure);
      const edited = editedKustomization(contents.get(kfile) ?? '', over.override, over.components);
      if (edited === undefined) {
        note(
          over.layer.locate(over.override.base),
          `Kustomize app ${b.closure.dir} is not built with the options of ${describeOverride(over.override)}: ${kfile} cannot be edited as a mapping; its resource files are read as plain manifests`,
        );
        return false;
      }
      const files = new Map(contents);
      files.set(kfile, edited);
      b.job = { key, dir: b.closure.dir, files, isolated: true };
      return true;
    });
    const { builds } = yield { builds: ready.map((b) => b.job) };
    for (const b of ready) {
      const result = builds.get(b.job.key);
      if (!result || 'error' in result) {
        const over = gitops.get(b.closure.dir);
        if (over && generated.has(topFile(b.closure))) {
          // No kustomization in the repository to point at: the note is the Flux Kustomization's.
          note(
            over.layer.locate(over.override.base),
            `${describeOverride(over.override)} builds ${b.closure.dir} with kustomize options that are not applied here: ${result && 'error' in result ? result.error : 'no result'}; its files are read as they are`,
          );
          continue;
        }
        note(
          { file: topFile(b.closure), line: 1, column: 1 },
          result && 'error' in result && result.noTool
            ? `Kustomize app ${b.closure.dir} is not built: ${result.error}; its resource files are read as plain manifests, patches left out`
            : `Kustomize could not build ${b.closure.dir}: ${result && 'error' in result ? result.error : 'no result'}; its resource files are read as plain manifests`,
        );
        continue;
      }
      for (const f of b.closure.files) notPlain.add(f);
      rendered.push(
        ...io.memo(`built\0${b.job.key}`, () =>
          renderedManifests(b.closure, result.docs, {
            manifest: (p) => io.manifest(p),
            text: (p) => {
              const t = io.text(p);
              return typeof t === 'string' ? t : undefined;
            },
          }),
        ),
      );
    }
  }

  // Plain files: what the globs match, less what the apps and charts account for; a resource of an app that
  // could not be built is read as it is.
  const plainPaths = plainCandidates.filter((f) => !notPlain.has(f));
  for (const c of closures.values()) {
    for (const k of c.kustomizations.values())
      for (const f of k.resourceFiles) if (!notPlain.has(f) && !plainPaths.includes(f)) plainPaths.push(f);
  }
  if (plainPaths.length > 0) yield { read: plainPaths };
  const plain = plainPaths.map((p) => io.manifest(p)).filter((m): m is ManifestFile => m !== undefined);
  for (const p of plainPaths) files.add(p);
  const own = yield* fluxSubstituted([...plain, ...rendered, ...notes], io, files, (m) => !m.reference);
  const manifests = opts.follow === false ? own : yield* followReferences(own, workload, io, files);
  for (const m of manifests) files.add(m.file);
  return { manifests, files };
}

/**
 * The agent's objects as a Flux Kustomization of the repository applies them, when some of them hold a `${VAR}` Flux
 * substitutes (src/read/flux-substitution.ts): the Kustomizations are found by their API group (one search of the
 * repository), the ConfigMaps and Secrets their `substituteFrom` names by name. Their files join the scope's, so a
 * change to a value is a change of the agent. Only the files `pick` takes are substituted: the agent's own, then
 * each round's reference files (a shared ModelConfig is applied by the Kustomization whose path holds it, not by the
 * agent's).
 */
function* fluxSubstituted(
  own: ManifestFile[],
  io: ScopeIO,
  files: Set<string>,
  pick: (m: ManifestFile) => boolean,
): Generator<ScopeRequest, ManifestFile[], ScopeAnswer> {
  const holding = own.filter((m) => pick(m) && m.objects.some(objectHasPlaceholder));
  if (holding.length === 0) return own;
  const answer = yield { grepAny: [FLUX_KUSTOMIZE_GROUP] };
  const kustomizations = answer.anyHits([FLUX_KUSTOMIZE_GROUP]).flatMap((p) => {
    const m = io.manifest(p);
    return m ? fluxKustomizationsIn(m) : [];
  });
  if (kustomizations.length === 0) return own;
  // Each object by the Kustomization that applies its file (a built app's objects: the app's folder).
  const cover = new Map<ManifestFile, FluxKustomization[]>();
  for (const m of holding) {
    const at = m.objects.find((o) => o.renderedBy !== undefined)?.renderedBy ?? m.file;
    const ks = coveringKustomizations(kustomizations, at);
    if (ks.length > 0) cover.set(m, ks);
  }
  if (cover.size === 0) return own;
  const used = [...new Set([...cover.values()].map((ks) => ks[0]))];
  const names = [...new Set(used.flatMap((k) => k.substituteFrom.map((r) => r.name)))];
  const sources: ManifestObject[] = [];
  if (names.length > 0) {
    const found = yield { grep: names };
    const paths = found.hits(names);
    if (paths.length > 0) yield { read: paths };
    for (const p of paths) {
      for (const o of io.reference(p)?.objects ?? []) {
        if ((o.kind === 'ConfigMap' || o.kind === 'Secret') && names.includes(o.name)) {
          sources.push(o);
          files.add(p);
        }
      }
    }
  }
  const varsOf = new Map(used.map((k) => [k, fluxVariables(k, sources)]));
  // A Kustomization's own notes are said once, with the first file it applies.
  const said = new Set<string>();
  for (const k of used) files.add(k.file);
  return own.map((m) => {
    const ks = cover.get(m);
    if (!ks) return m;
    const k = ks[0];
    const { vars, missing } = varsOf.get(k)!;
    const notes = [...(m.notes ?? [])];
    const objects = m.objects.map((o) => {
      if (!objectHasPlaceholder(o)) return o;
      const r = substituteObject(o, k, vars);
      notes.push(...r.notes);
      return r.object;
    });
    const once = (n: { position: Position; message: string }) => {
      if (!said.has(n.message)) notes.push(n);
      said.add(n.message);
    };
    if (missing.length > 0)
      once({
        position: k.substituteFrom[0]?.at ?? k.object.position,
        message: `Flux Kustomization ${k.object.name} substitutes from ${missing.join(', ')}, not in the repository: its values are not read`,
      });
    if (ks.length > 1)
      once({
        position: k.object.position,
        message: `${m.file} is applied by several Flux Kustomizations (${ks.map((x) => `${x.object.name} in ${x.file}`).join(', ')}): read with the values of ${k.object.name} only`,
      });
    return { ...m, objects, ...(notes.length > 0 ? { notes } : {}) };
  });
}

function inApp(file: string, appDirs: ReadonlySet<string>): boolean {
  for (let d = posix.dirname(file); ; d = posix.dirname(d)) {
    if (appDirs.has(d)) return true;
    if (d === '.' || d === '' || d === '/') return false;
  }
}

/**
 * Folders without a kustomization that a GitOps object with kustomize options builds. kustomize-controller
 * generates a kustomization listing the folder's manifests and writes the options into it (fluxcd/pkg
 * kustomize_generator.go): the agent's plain manifests under a Flux Kustomization's path are that generated app,
 * written to `generated` (the files Flux would list that the agent owns: its Kubernetes YAML files). Argo CD cannot
 * build such a folder (`kustomize edit` needs a kustomization): one note, and its files are read as they are.
 */
function* plainFolders(
  overrides: readonly KustomizeOverride[],
  plain: readonly string[],
  io: ScopeIO,
  generated: Map<string, string>,
  note: (at: Position, message: string) => void,
): Generator<ScopeRequest, void, ScopeAnswer> {
  const bare = overrides.filter((o) => !kustomizationIn(o.dir, io.tree));
  if (bare.length === 0) return;
  const under = (f: string, dir: string) => dir === '.' || f.startsWith(`${dir}/`);
  const byFolder = new Map<KustomizeOverride, string[]>();
  for (const f of plain) {
    const holding = bare.filter((o) => under(f, o.dir));
    if (holding.length === 0) continue;
    const depth = Math.max(...holding.map((o) => o.dir.length));
    const ov = overridesOf(
      holding.filter((o) => o.dir.length === depth),
      holding.find((o) => o.dir.length === depth)!.dir,
    )[0];
    byFolder.set(ov, [...(byFolder.get(ov) ?? []), f]);
  }
  if (byFolder.size === 0) return;
  yield { read: [...byFolder.values()].flat() };
  for (const [ov, files] of byFolder) {
    if (isArgoOverride(ov)) {
      note(
        ov.object.locate(ov.base),
        `${describeOverride(ov)} sets kustomize options for ${ov.dir}, which has no kustomization.yaml: Argo CD cannot build it (kustomize edit needs one); its files are read as they are`,
      );
      continue;
    }
    const manifests = files.filter((f) => {
      if (!/\.ya?ml$/i.test(f)) return false;
      const m = io.manifest(f);
      return (
        m !== undefined &&
        m.objects.length > 0 &&
        m.problems.length === 0 &&
        !m.objects.some((o) => o.kind === MCP_CLIENT_CONFIG.kind && o.apiVersion === MCP_CLIENT_CONFIG.apiVersion)
      );
    });
    if (manifests.length === 0) continue;
    const prefix = ov.dir === '.' ? '' : `${ov.dir}/`;
    const resources = manifests.map((f) => `  - ${JSON.stringify(`./${f.slice(prefix.length)}`)}\n`).join('');
    generated.set(
      `${prefix}kustomization.yaml`,
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources}`,
    );
  }
}

/** The chart folder a path is in (a folder with Chart.yaml above it), cached per folder; '' for none. */
function chartOf(path: string, tree: StateTree, cache: Map<string, string>): string | undefined {
  const dirs: string[] = [];
  let found = '';
  for (let d = posix.dirname(path); ; d = posix.dirname(d)) {
    const known = cache.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    dirs.push(d);
    if (tree.isFile(d === '.' ? 'Chart.yaml' : `${d}/Chart.yaml`)) {
      found = d;
      break;
    }
    if (d === '.' || d === '' || d === '/') break;
  }
  for (const d of dirs) cache.set(d, found);
  return found === '' ? undefined : found;
}

const MAX_ROUNDS = 6;

/**
 * Rounds of search: the names the agent's reach depends on → the files that declare a reference kind and mention
 * one (git grep) → their objects of those kinds join the index → new names (a Service found names its workload, a
 * workload its ServiceAccount, a binding its role) — until nothing new is found.
 */
/** Reference following on its own, for a scope read without it (diff follows only where it can matter). */
export function* referenceScope(own: ManifestFile[], workload: WorkloadKey | undefined, io: ScopeIO): ScopeTask {
  const files = new Set<string>();
  const manifests = yield* followReferences(own, workload, io, files);
  for (const m of manifests) files.add(m.file);
  return { manifests, files };
}

/** `deps` gets the files the reference files' Flux substitution reads (the Kustomizations, their sources). */
function* followReferences(
  own: ManifestFile[],
  workload: WorkloadKey | undefined,
  io: ScopeIO,
  deps: Set<string>,
): Generator<ScopeRequest, ManifestFile[], ScopeAnswer> {
  // One array, grown only when a round adds files: the surface read for the last round is the one validate and
  // diff use (readSurfaceCached is keyed by the array).
  let files = own;
  const seen = new Set(own.map((f) => f.file));
  const asked = new Set<string>();
  // Files taken with some of their objects left out (found by another name), by path: a later round's name may be
  // one of theirs (an MCPServer and the MCPToolConfig its toolConfigRef names, in one file, as ToolHive's examples are).
  const partial = new Map<string, number>();
  // The NetworkPolicies of the agent's namespace kept elsewhere are kept only where they select its pods.
  const pods = workload ? podsToFollow(own, workload) : undefined;
  for (let round = 0; round < MAX_ROUNDS && workload; round++) {
    const names = wantedNames(files, workload).filter((n) => !asked.has(n));
    if (names.length === 0) break;
    for (const n of names) asked.add(n);
    const answer = yield { grep: names };
    const hit = answer.hits(names.filter((n) => n !== POLICY_SEARCH));
    const byName = new Set(hit);
    const policyHit = pods && names.includes(POLICY_SEARCH) ? answer.policies(pods) : [];
    // The reference files this round adds or grows: substituted before the next round reads names from them.
    const added = new Set<ManifestFile>();
    let grown = false;
    for (const p of hit) {
      const i = partial.get(p);
      const ref = i === undefined ? undefined : io.reference(p);
      const mine = ref ? referenceFor(ref, asked, pods) : undefined;
      if (i === undefined || !ref || !mine || mine.objects.length === files[i].objects.length) continue;
      files = files.map((f, j) => (j === i ? mine : f));
      added.add(mine);
      grown = true;
      if (mine.objects.length === ref.objects.length) partial.delete(p);
    }
    const fresh = [...new Set([...hit, ...policyHit])].filter((p) => !seen.has(p));
    if (fresh.length === 0 && !grown) break;
    if (fresh.length > 0) yield { read: fresh };
    const found: ManifestFile[] = [];
    for (const p of fresh) {
      const ref = io.reference(p);
      const mine =
        !ref || ref.objects.length === 0
          ? undefined
          : byName.has(p)
            ? referenceFor(ref, asked, pods)
            : policyReferenceFor(ref, pods!);
      if (!mine) continue;
      // A file left out now may hold what a later round's name finds.
      seen.add(p);
      if (mine.objects.length < ref!.objects.length) partial.set(p, files.length + found.length);
      found.push(mine);
      added.add(mine);
    }
    if (found.length === 0 && !grown) break;
    files = yield* fluxSubstituted([...files, ...found], io, deps, (m) => added.has(m));
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------
// Drivers: answer the requests of many scopes, batched per state.

export interface SyncState {
  io: ScopeIO;
  read(paths: string[]): void;
  grep(names: string[], opts?: { anyKind?: boolean }): GrepHits;
  build(jobs: BuildJob[]): Map<string, BuildResult>;
}

export interface AsyncState {
  io: ScopeIO;
  read(paths: string[]): Promise<void>;
  grep(names: string[], opts?: { anyKind?: boolean }): Promise<GrepHits>;
  build(jobs: BuildJob[]): Promise<Map<string, BuildResult>>;
}

interface Running<S> {
  task: ScopeTask;
  state: S;
  request?: ScopeRequest;
  result?: ScopeResult;
}

function start<S>(tasks: ReadonlyArray<{ task: ScopeTask; state: S }>): Running<S>[] {
  return tasks.map(({ task, state }) => {
    const r = task.next(undefined as unknown as ScopeAnswer);
    return r.done ? { task, state, result: r.value } : { task, state, request: r.value };
  });
}

interface Requests {
  read: Set<string>;
  grep: Set<string>;
  grepAny: Set<string>;
  builds: Map<string, BuildJob>;
}

/** Requests of the running scopes, merged per state. */
function merge<S>(running: Running<S>[]): Map<S, Requests> {
  const per = new Map<S, Requests>();
  for (const r of running) {
    if (!r.request) continue;
    let m = per.get(r.state);
    if (!m) {
      m = { read: new Set(), grep: new Set(), grepAny: new Set(), builds: new Map() };
      per.set(r.state, m);
    }
    for (const p of r.request.read ?? []) m.read.add(p);
    for (const n of r.request.grep ?? []) m.grep.add(n);
    for (const n of r.request.grepAny ?? []) m.grepAny.add(n);
    for (const j of r.request.builds ?? []) m.builds.set(j.key, j);
  }
  return per;
}

/**
 * name → the files that mention it and hold an object the name can find (the files are read by then), from a
 * search's path → names. Filtered once per search, not once per agent: a common word ("tools") is mentioned by a
 * file of every agent, and each agent sorting and reading all of them made the reference rounds quadratic.
 */
function byName(hits: GrepHits, io: ScopeIO): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, hitNames] of hits) {
    const text = io.text(path);
    const names = typeof text === 'string' ? namesItCouldHold(text, [...hitNames]) : [...hitNames];
    if (names.length === 0) continue;
    const ref = io.reference(path);
    if (!ref || ref.objects.length === 0) continue;
    for (const n of names) {
      if (!couldFind(ref, n)) continue;
      const list = out.get(n);
      if (list) list.push(path);
      else out.set(n, [path]);
    }
  }
  return out;
}

function resume<S extends { io: ScopeIO }>(
  running: Running<S>[],
  hits: Map<S, GrepHits>,
  anyHits: Map<S, GrepHits>,
  builds: Map<string, BuildResult>,
): void {
  const indexes = new Map<S, Map<string, string[]>>();
  for (const [state, h] of hits) indexes.set(state, byName(h, state.io));
  // Built on first use, once per state: every agent asks, each for its own pods.
  const policyFiles = new Map<S, PolicyFiles>();
  const policiesOf = (state: S): PolicyFiles => {
    let files = policyFiles.get(state);
    if (!files) {
      files = new PolicyFiles(indexes.get(state)?.get(POLICY_SEARCH) ?? [], (p) => state.io.reference(p));
      policyFiles.set(state, files);
    }
    return files;
  };
  for (const r of running) {
    if (!r.request) continue;
    const index = indexes.get(r.state);
    const answer: ScopeAnswer = {
      hits: (names) => (index ? [...new Set(names.flatMap((n) => index.get(n) ?? []))].sort() : []),
      policies: (pods) => policiesOf(r.state).candidates(pods),
      anyHits: (names) => {
        const h = anyHits.get(r.state);
        return h
          ? [...h]
              .filter(([, found]) => names.some((n) => found.has(n)))
              .map(([p]) => p)
              .sort()
          : [];
      },
      builds,
    };
    const n = r.task.next(answer);
    if (n.done) {
      r.result = n.value;
      r.request = undefined;
    } else r.request = n.value;
  }
}

/** A build asked for in several states (the same files) runs once. */
function dedupeBuilds<S>(per: Map<S, { builds: Map<string, BuildJob> }>, done: Map<string, BuildResult>): void {
  const seen = new Set<string>(done.keys());
  for (const m of per.values()) {
    for (const key of [...m.builds.keys()]) {
      if (seen.has(key)) m.builds.delete(key);
      else seen.add(key);
    }
  }
}

export function runScopesSync(tasks: ReadonlyArray<{ task: ScopeTask; state: SyncState }>): ScopeResult[] {
  const running = start(tasks);
  const built = new Map<string, BuildResult>();
  while (running.some((r) => r.request)) {
    const per = merge(running);
    dedupeBuilds(per, built);
    const hits = new Map<SyncState, GrepHits>();
    const anyHits = new Map<SyncState, GrepHits>();
    for (const [state, m] of per) {
      if (m.read.size > 0) state.read([...m.read]);
      if (m.grepAny.size > 0) {
        const h = state.grep([...m.grepAny].sort(), { anyKind: true });
        state.read([...h.keys()]);
        anyHits.set(state, h);
      }
      if (m.grep.size > 0) {
        const h = state.grep([...m.grep].sort());
        // Read now, so the hits can be sorted by what each file holds (byName).
        state.read([...h.keys()]);
        hits.set(state, h);
      }
      if (m.builds.size > 0) for (const [k, v] of state.build([...m.builds.values()])) built.set(k, v);
    }
    resume(running, hits, anyHits, built);
  }
  return running.map((r) => r.result!);
}

export async function runScopes(tasks: ReadonlyArray<{ task: ScopeTask; state: AsyncState }>): Promise<ScopeResult[]> {
  const running = start(tasks);
  const built = new Map<string, BuildResult>();
  while (running.some((r) => r.request)) {
    const per = merge(running);
    dedupeBuilds(per, built);
    const hits = new Map<AsyncState, GrepHits>();
    const anyHits = new Map<AsyncState, GrepHits>();
    // Both states at once: two git processes, two kustomize runs on two cores.
    await Promise.all(
      [...per].map(async ([state, m]) => {
        if (m.read.size > 0) await state.read([...m.read]);
        if (m.grepAny.size > 0) {
          const h = await state.grep([...m.grepAny].sort(), { anyKind: true });
          await state.read([...h.keys()]);
          anyHits.set(state, h);
        }
        if (m.grep.size > 0) {
          const h = await state.grep([...m.grep].sort());
          await state.read([...h.keys()]);
          hits.set(state, h);
        }
        if (m.builds.size > 0) for (const [k, v] of await state.build([...m.builds.values()])) built.set(k, v);
      }),
    );
    resume(running, hits, anyHits, built);
  }
  return running.map((r) => r.result!);
}
