import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { ManifestFile, ManifestObject } from '../model/manifest.js';
import type { Config } from './config.js';
import { loadCatalogText, type LoadedCatalog } from './catalog-file.js';
import { InputError } from '../model/input-error.js';
import type { ChangedPath, GitRepo, RepoState } from './git-repo.js';
import { grepState, type GrepHits } from './git.js';
import { isKustomizationPath, kustomizationIn, parseKustomization } from './kustomize.js';
import {
  FLUX_KUSTOMIZE_GROUP,
  type FluxKustomization,
  fluxKustomizationsIn,
  objectHasPlaceholder,
  variablesChangeable,
} from './flux-substitution.js';
import { OVERRIDE_SEARCH, overridesIn } from './gitops-overrides.js';
import { buildApps, kustomizeToolAsync, type BuildJob, type BuildResult } from './kustomize-build.js';
import { asReference, policyReachNames, referringNames, textMatcher, wantedNames } from './references.js';
import type { WorkloadKey } from './manifests/surface.js';
import { agentScope, referenceScope, runScopes, type AsyncState, type ScopeIO, type ScopeResult } from './scope.js';
import { manifestOf, NOT_MANIFESTS, workloadOf } from './workspace.js';
import { isKagentAgent } from './manifests/kagent.js';
import { MCP_CLIENT_CONFIG } from './manifests/manifest-file.js';
import type { ChangedAgent, ReadAgent, UncoveredInput } from '../model/changed-agent.js';

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/** One catalog whose agent the change may touch, with the agent's manifests in both states. */
export interface CatalogPair {
  /** The catalog as it is in head (what --write edits). */
  head: LoadedCatalog;
  /** The catalog as it was in base (undefined when the change adds it). */
  base?: LoadedCatalog;
  /**
   * The agent's scope in each state (src/read/scope.ts): its files with Kustomize apps built, notes, and the
   * objects it references elsewhere (`reference: true`). A file that did not change is the same object in both.
   */
  baseManifests: ManifestFile[];
  headManifests: ManifestFile[];
}

export interface DiffInputs {
  changed: ChangedPath[];
  /** How many catalogs were handed to `consume`. */
  pairs: number;
  /** Catalogs or manifests that could not be read (exit 2). */
  inputErrors: InputError[];
  /** How many files were read from each state (for the benchmark and --verbose use). */
  reads: { base: number; head: number };
  /** The agents and MCP client configurations the change adds or edits, and what could model them. */
  uncovered: UncoveredInput;
}

/** What a consumer of pairs may ask while readDiffInputs runs. */
export interface DiffReading {
  /** The paths the change names. */
  changed: ReadonlySet<string>;
  /** Text of a manifest file as it is in head, or in base (for pointing at a value inside a node). */
  headText(file: string): string | undefined;
  baseText(file: string): string | undefined;
}

/**
 * Called once per catalog the change reaches, with its index in catalog order; pairs come in that order except
 * those whose references are followed, which come last. The pair is not kept: what it is needed for is done here.
 */
export type PairConsumer = (pair: CatalogPair, index: number) => void;

/** Agents read and compared per batch, when no Kustomize app asks for one batch (see readDiffInputs). */
const PAIR_BATCH = 64;

/**
 * Reads what a diff needs, and nothing more: the list of changed paths; every catalog in head that could own
 * something the change reaches (to learn which manifests each agent owns); and, only for catalogs whose agent
 * the change reaches, the agent's scope in both states (src/read/scope.ts). A file that did not change is read
 * and parsed once and shared by both states; a Kustomize app none of whose files changed is built once. Each
 * reached catalog is handed to the consumer `consumer` makes, with its manifests in both states, and not kept.
 *
 * What "reaches" means: a changed file the agent's globs match; a changed file inside a Kustomize app the agent
 * builds (its base may be anywhere in the repository); a changed Service, workload, ServiceAccount, role or
 * binding that the agent's manifests name, directly or through each other (found by name with git grep, so the
 * cost grows with the change, not the repository).
 */
export async function readDiffInputs(
  repo: GitRepo,
  base: RepoState & { kind: 'commit' },
  head: RepoState,
  config: Config,
  consumer: (reading: DiffReading) => PairConsumer,
): Promise<DiffInputs> {
  repo.prepareReads();
  const { changed, baseFiles, headFiles } = await repo.compare(base, head);
  const changedSet = new Set(changed.map((c) => c.path));
  const inputErrors: InputError[] = [];
  const memos = new Map<string, unknown>();
  const baseState = new GitState(repo, base, baseFiles, config, memos);
  const headState = new GitState(repo, head, headFiles, config, memos, { base: baseState, changed: changedSet });
  const textOf = (state: GitState) => (file: string) => {
    const t = state.io.text(file);
    return typeof t === 'string' ? t : undefined;
  };
  const consume = consumer({ changed: changedSet, headText: textOf(headState), baseText: textOf(baseState) });
  // The changed files are the first read (referenceReach parses them): asked for now, git reads them while the
  // lists are matched against the catalogs' globs and the Kustomize apps.
  const changedData = changed.map((c) => c.path).filter(isDataFile);
  baseState.prefetch(changedData);
  headState.prefetch(changedData);
  // Every agent's scope asks for the GitOps objects that may set kustomize options on its folders (scope.ts), one
  // search of the repository per state: begun now, git runs it while the change is followed, instead of the agents
  // waiting for it. A change to no data file reaches no agent, and searches nothing.
  if (changedData.length > 0)
    for (const state of [baseState, headState])
      state.grep([...OVERRIDE_SEARCH], { anyKind: true }).catch(() => undefined);

  // What the change reaches beyond the files it names.
  const touched = new Set(changedSet);
  // What stays parsed between batches: the changed files and those the reverse search read (referenceReach).
  const keepParsed = new Set(changedSet);
  // Finding the kustomize to build with takes a process start: begun now, it is known by the time apps are built.
  const anyApp = headFiles.some(isKustomizationPath) || baseFiles.some(isKustomizationPath);
  if (anyApp) void kustomizeToolAsync();
  const isCatalog = picomatch(config.catalogs, { dot: false, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] });
  const headCatalogPaths = headFiles.filter((p) => isCatalog(p)).sort();

  await kustomizeReach(changed, baseState, headState, touched);
  // Asked for once the changed files are: git streams the catalogs while those are parsed.
  const headCatalogRead = repo.readFiles(head, headCatalogPaths);
  headCatalogRead.catch(() => undefined); // awaited below, where a failure is thrown
  const substituted = await fluxReach(changed, baseState, headState, touched);
  const reach = referenceReach(changed, baseState, headState, touched, keepParsed, substituted);
  reach.catch(() => undefined); // awaited below, where a failure is thrown (a failed catalog read is thrown first)
  const headCatalogText = await headCatalogRead;
  headState.reads += headCatalogPaths.length;
  // A catalog's globs are relative to its directory: without a '..' anywhere in it, it can only own files below
  // that directory. Such a catalog with nothing reached below it is not parsed at all. Those below what is
  // touched so far are parsed while the reverse search waits for git grep, the others once it is done.
  const parsedCatalogs = new Map<string, { loaded?: LoadedCatalog; errors: InputError[] }>();
  const parseReached = () => {
    const touchedDirs = ancestorDirs([...touched]);
    for (const [file, text] of headCatalogText) {
      if (parsedCatalogs.has(file)) continue;
      if (
        typeof text === 'string' &&
        !changedSet.has(file) &&
        !touchedDirs.has(posix.dirname(file)) &&
        !text.includes('..')
      )
        continue;
      const errors: InputError[] = [];
      parsedCatalogs.set(file, { loaded: loadOrError(text, file, repo.root, errors), errors });
    }
  };
  parseReached();
  const reached = await reach;
  parseReached();
  const headCatalogs = new Map<string, LoadedCatalog>();
  for (const file of headCatalogText.keys()) {
    const parsed = parsedCatalogs.get(file);
    if (!parsed) continue;
    inputErrors.push(...parsed.errors);
    if (parsed.loaded) headCatalogs.set(file, parsed.loaded);
  }

  // Base catalogs are only needed where they differ from head (an unchanged file is the same text).
  const changedCatalogPaths = headCatalogPaths.filter((p) => changedSet.has(p) && headCatalogs.has(p));
  const baseCatalogText = await repo.readFiles(base, changedCatalogPaths);
  baseState.reads += changedCatalogPaths.length;
  const baseCatalogs = new Map<string, LoadedCatalog>();
  for (const file of headCatalogs.keys()) {
    if (!changedSet.has(file)) {
      baseCatalogs.set(file, headCatalogs.get(file)!);
      continue;
    }
    const text = baseCatalogText.get(file);
    if (text === undefined) continue;
    const loaded = loadOrError(
      text,
      file,
      repo.root,
      [] /* a broken base catalog is history, not this change's problem */,
    );
    if (loaded) baseCatalogs.set(file, loaded);
  }

  const excluded = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
  const relevant: Array<{ file: string; baseOwned: string[]; headOwned: string[] }> = [];
  for (const [file, headCat] of headCatalogs) {
    const baseCat = baseCatalogs.get(file);
    const headOwned = ownedFiles(file, headCat.data, headState.index, excluded);
    const baseOwned = ownedFiles(file, (baseCat ?? headCat).data, baseState.index, excluded);
    const reached =
      changedSet.has(file) || headOwned.some((f) => touched.has(f)) || baseOwned.some((f) => touched.has(f));
    if (reached) relevant.push({ file, baseOwned, headOwned });
  }

  // Agents are read, compared and let go a batch at a time (`consume` compares each as soon as its scope is
  // final): what the parser and the surface reader build for one agent then dies young, instead of every touched
  // agent's documents, positions and surfaces surviving until the end, copied by every garbage collection on the
  // way (a quarter of a large diff's time). Kustomize apps are all built in one run per state, so a repository
  // with any reads its agents in one batch, as before.
  const batch = anyApp ? Math.max(1, relevant.length) : PAIR_BATCH;
  const covered = new Set<string>();
  const readAgents: ReadAgent[] = [];
  const baseReadAgents: ReadAgent[] = [];
  const changedAgents = await agentsChanged(changed, headState, excluded);
  const follow: Array<{ pair: CatalogPair; index: number; baseWl?: WorkloadKey; headWl?: WorkloadKey }> = [];
  for (let from = 0; from < relevant.length; from += batch) {
    const slice = relevant.slice(from, from + batch);
    // The next batch's files are asked for now: git reads them while this batch is compared.
    const next = relevant.slice(from + batch, from + 2 * batch);
    baseState.prefetch(next.flatMap((r) => r.baseOwned));
    headState.prefetch(next.flatMap((r) => r.headOwned));
    const scopes = await runScopes(
      slice.flatMap((r) => {
        const headCat = headCatalogs.get(r.file)!;
        const baseCat = baseCatalogs.get(r.file) ?? headCat;
        const follow = { follow: false };
        return [
          { task: agentScope(r.baseOwned, workloadOf(baseCat.data), baseState.io, follow), state: baseState },
          { task: agentScope(r.headOwned, workloadOf(headCat.data), headState.io, follow), state: headState },
        ];
      }),
    );
    slice.forEach((r, k) => {
      noteRead(scopes[2 * k + 1], covered, readAgents);
      noteRead(scopes[2 * k], undefined, baseReadAgents);
      const pair: CatalogPair = {
        head: headCatalogs.get(r.file)!,
        base: baseCatalogs.get(r.file),
        baseManifests: scopes[2 * k].manifests,
        headManifests: scopes[2 * k + 1].manifests,
      };
      // What the agent references elsewhere: the same in both states unless the agent asks for other names (a new
      // URL, another ServiceAccount), a changed NetworkPolicy may select its pods, or it asks for a name the change's
      // reverse search met (referenceReach: the names of the changed objects and of those naming them, hop by hop,
      // as a search from the agent would meet them). Only then is it searched for, so a change that cannot alter it
      // (a model bump, even in a ModelConfig others name) costs no search; the events are the same either way.
      const baseWl = workloadOf((pair.base ?? pair.head).data);
      const headWl = workloadOf(pair.head.data);
      if (!reached.policies) {
        const before = wantedNames(pair.baseManifests, baseWl);
        const after = wantedNames(pair.headManifests, headWl);
        if (
          before.join('\n') === after.join('\n') &&
          !before.some((n) => reached.names.has(n)) &&
          !after.some((n) => reached.names.has(n))
        ) {
          consume(pair, from + k);
          return;
        }
      }
      follow.push({ pair, index: from + k, baseWl, headWl });
      // Its files stay parsed: the pair holds them until its references are followed, which finds some again.
      for (const f of r.baseOwned) keepParsed.add(f);
      for (const f of r.headOwned) keepParsed.add(f);
    });
    // A file two batches share is parsed again by the second (the texts stay): within a batch, and so within an
    // agent, an unchanged file is still one object in both states. Kept: the files referenceReach parsed (the
    // changed ones and those naming them, as many as the change reaches: later batches' agents are among those),
    // and those of agents whose references are still to follow.
    baseState.forgetParsed(keepParsed);
    headState.forgetParsed(keepParsed);
  }
  // The agents whose references are followed: all at once, so the repository is searched once per round.
  const followed = await runScopes(
    follow.flatMap(({ pair, baseWl, headWl }) => [
      { task: referenceScope(pair.baseManifests, baseWl, baseState.io), state: baseState },
      { task: referenceScope(pair.headManifests, headWl, headState.io), state: headState },
    ]),
  );
  follow.forEach(({ pair, index }, i) => {
    noteRead(followed[2 * i + 1], covered, readAgents);
    noteRead(followed[2 * i], undefined, baseReadAgents);
    pair.baseManifests = followed[2 * i].manifests;
    pair.headManifests = followed[2 * i + 1].manifests;
    consume(pair, index);
  });
  // A Kustomize app the change adds or edits that no catalog's agent builds (an overlay of its own, a catalog per
  // overlay): built here only to see which agents it deploys.
  const renderedChanged: ReadAgent[] = [];
  const appsChanged = changed
    .filter((c) => c.status !== 'D' && isKustomizationPath(c.path) && !covered.has(c.path) && !excluded(c.path))
    .map((c) => c.path);
  if (appsChanged.length > 0) {
    const built = await runScopes(
      appsChanged.map((p) => ({ task: agentScope([p], undefined, headState.io, { follow: false }), state: headState })),
    );
    for (const s of built) noteRead(s, undefined, renderedChanged);
  }
  const workloads = [...headCatalogs.values()].flatMap((c) => workloadOf(c.data) ?? []);
  return {
    changed,
    pairs: relevant.length,
    inputErrors,
    reads: { base: baseState.reads, head: headState.reads },
    uncovered: {
      changed: changedAgents,
      workloads,
      read: readAgents,
      baseRead: baseReadAgents,
      rendered: renderedChanged,
      covered,
    },
  };
}

/** Files a changed agent or MCP client configuration may be in: manifests, and the clients' JSONC and TOML. */
const AGENT_FILE = /\.(ya?ml|json|jsonc|toml)$/i;

/**
 * The kagent agents and MCP client configurations in the files the change adds or edits (in head): what
 * src/analyse/uncovered-agents.ts checks against the catalogs.
 */
async function agentsChanged(
  changed: readonly ChangedPath[],
  head: GitState,
  excluded: (path: string) => boolean,
): Promise<ChangedAgent[]> {
  const paths = changed
    .filter((c) => c.status !== 'D' && AGENT_FILE.test(c.path) && !NOT_MANIFESTS.test(c.path) && !excluded(c.path))
    .map((c) => c.path);
  if (paths.length === 0) return [];
  await head.read(paths);
  const out: ChangedAgent[] = [];
  for (const p of paths) {
    for (const o of head.io.manifest(p)?.objects ?? []) {
      if (isKagentAgent(o)) out.push({ what: 'agent', ...agentName(o), position: o.position });
      else if (o.kind === MCP_CLIENT_CONFIG.kind && o.apiVersion === MCP_CLIENT_CONFIG.apiVersion)
        out.push({ what: 'mcp-client', kind: o.kind, name: o.name, position: o.position });
    }
  }
  return out;
}

/** What one catalog's agent reads in a state: its files (head only: `covered`), and the kagent agents among them as it reads them. */
function noteRead(scope: ScopeResult, covered: Set<string> | undefined, agents: ReadAgent[]): void {
  if (covered) for (const f of scope.files) covered.add(f);
  for (const m of scope.manifests) {
    for (const o of m.objects) {
      if (isKagentAgent(o))
        agents.push({
          ...agentName(o),
          file: o.position.file,
          line: o.position.line,
          ...(o.renderedBy !== undefined ? { renderedBy: o.renderedBy } : {}),
        });
    }
  }
}

/** An object's kind, name and (when written) namespace: how a catalog's `agent.workload` names it. */
function agentName(o: ManifestObject): { kind: string; name: string; namespace?: string } {
  return { kind: o.kind, name: o.name, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}) };
}

/**
 * A changed file inside a Kustomize app (a folder with a kustomization, or below one) reaches every app built on
 * that folder, wherever it is: their kustomization files join `touched`, so the catalogs that own them are
 * diffed. Reads every kustomization of the repository only when the change is inside an app.
 */
async function kustomizeReach(
  changed: readonly ChangedPath[],
  baseState: GitState,
  headState: GitState,
  touched: Set<string>,
): Promise<void> {
  const affected = new Set<string>();
  for (const c of changed) {
    for (let d = posix.dirname(c.path); ; d = posix.dirname(d)) {
      if (kustomizationIn(d, baseState.io.tree) || kustomizationIn(d, headState.io.tree)) affected.add(d);
      if (d === '.') break;
    }
  }
  if (affected.size === 0) return;
  for (const state of [baseState, headState]) {
    const files = state.files.filter(isKustomizationPath);
    await state.read(files);
    // A kustomization builds on a folder by a relative path that ends in the folder's name: only those that
    // spell it are parsed (a change to one overlay parses nothing else).
    const parsed = new Map<string, string[]>();
    const dirsOf = (f: string): string[] => {
      let dirs = parsed.get(f);
      if (!dirs) {
        const t = state.io.text(f);
        dirs = typeof t === 'string' ? parseKustomization(t, f, state.io.tree).dirs : [];
        parsed.set(f, dirs);
      }
      return dirs;
    };
    const queue = [...affected];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const d = queue.pop()!;
      const own = kustomizationIn(d, state.io.tree);
      if (own) touched.add(own);
      const name = posix.basename(d);
      for (const f of files) {
        const t = state.io.text(f);
        if (typeof t !== 'string' || !t.includes(name) || !dirsOf(f).includes(d)) continue;
        const p = posix.dirname(f);
        if (!seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
      }
    }
  }
}

/**
 * A changed Flux Kustomization with a postBuild (its substitute values), or a changed ConfigMap or Secret that one
 * names in `substituteFrom`, reaches the agents whose files it applies (src/read/flux-substitution.ts): every file
 * under its spec.path joins `touched`. Searches the repository for Flux Kustomizations only when the change holds a
 * ConfigMap or Secret.
 *
 * It also reaches the agents that reference an object it applies from elsewhere (a shared ModelConfig with
 * `${LLM_MODEL}`): returned per state are the files under its path that declare a reference kind and mention one of
 * its variables (one search), whose objects with a placeholder start referenceReach's walk as a changed object would.
 */
async function fluxReach(
  changed: readonly ChangedPath[],
  baseState: GitState,
  headState: GitState,
  touched: Set<string>,
): Promise<Map<GitState, string[]>> {
  const substituted = new Map<GitState, string[]>();
  const paths = changed.map((c) => c.path).filter(isDataFile);
  if (paths.length === 0) return substituted;
  await Promise.all(
    [baseState, headState].map(async (state) => {
      await state.read(paths);
      const objects = paths.flatMap((p) => state.io.manifest(p)?.objects ?? []);
      const applied: FluxKustomization[] = paths.flatMap((p) => {
        const m = state.io.manifest(p);
        return m ? fluxKustomizationsIn(m) : [];
      });
      const sources = new Set(
        objects.filter((o) => o.kind === 'ConfigMap' || o.kind === 'Secret').map((o) => `${o.kind}/${o.name}`),
      );
      if (sources.size > 0) {
        const found = [...(await state.grep([FLUX_KUSTOMIZE_GROUP], { anyKind: true })).keys()];
        await state.read(found);
        for (const p of found) {
          const m = state.io.manifest(p);
          for (const k of m ? fluxKustomizationsIn(m) : [])
            if (k.substituteFrom.some((r) => sources.has(`${r.kind}/${r.name}`))) applied.push(k);
        }
      }
      for (const k of applied) for (const f of state.index.under(k.dir)) touched.add(f);
      // An Argo CD Application's or Flux Kustomization's kustomize options (src/read/gitops-overrides.ts).
      for (const p of paths) {
        const m = state.io.manifest(p);
        for (const ov of m ? overridesIn(m) : [])
          for (const f of state.index.under(ov.dir === '.' ? '' : ov.dir)) touched.add(f);
      }
      const vars = [...new Set(applied.flatMap((k) => variablesChangeable(k, objects)))];
      if (vars.length === 0) return;
      const holding = [...(await state.grep(vars)).keys()].filter((p) =>
        applied.some((k) => k.dir === '' || p.startsWith(`${k.dir}/`)),
      );
      await state.read(holding);
      substituted.set(state, holding);
    }),
  );
  return substituted;
}

const REVERSE_HOPS = 4;

/**
 * A changed Service, workload, ServiceAccount, role or binding reaches the agents whose manifests name it,
 * directly or through a chain (a role → the bindings naming it → the ServiceAccount they bind → the workload
 * running as it → the Service selecting it → the RemoteMCPServer whose URL names that). Each hop is two
 * searches of the repository by name (git grep): the files that mention the names join `touched`; those that
 * also declare a reference kind are read to take the next hop. A changed NetworkPolicy touches the files that
 * mention its namespace or the labels it selects: the agents it may limit.
 */
async function referenceReach(
  changed: readonly ChangedPath[],
  baseState: GitState,
  headState: GitState,
  touched: Set<string>,
  walked: Set<string>,
  substituted: ReadonlyMap<GitState, readonly string[]>,
): Promise<{ names: Set<string>; policies: boolean }> {
  const met = { names: new Set<string>(), policies: false };
  const paths = changed.map((c) => c.path).filter(isDataFile);
  if (paths.length === 0) return met;
  await Promise.all(
    [baseState, headState].map(async (state) => {
      await state.read(paths);
      // An object a changed Flux variable is substituted into changed as much as one the change edits.
      const values = (substituted.get(state) ?? []).filter((p) => !paths.includes(p));
      for (const p of values) walked.add(p);
      let frontier = [
        ...paths.flatMap((p) => state.io.manifest(p)?.objects ?? []),
        ...values.flatMap((p) => state.io.reference(p)?.objects.filter(objectHasPlaceholder) ?? []),
      ];
      // A NetworkPolicy reaches the agents of its namespace whose pods it may select: one search, no further hop.
      const policyNames = policyReachNames(frontier);
      if (policyNames.length > 0) {
        met.policies = true;
        for (const p of (await state.grep(policyNames, { anyKind: true })).keys()) touched.add(p);
      }
      const asked = new Set<string>();
      const visited = new Set([...paths, ...values]);
      for (let hop = 0; hop < REVERSE_HOPS; hop++) {
        const names = referringNames(frontier).filter((n) => !asked.has(n));
        if (names.length === 0) break;
        for (const n of names) {
          asked.add(n);
          met.names.add(n);
        }
        const [mentioning, declaring] = await Promise.all([state.grep(names, { anyKind: true }), state.grep(names)]);
        for (const p of mentioning.keys()) touched.add(p);
        const next = [...declaring.keys()].filter((p) => !visited.has(p));
        if (next.length === 0) break;
        for (const p of next) {
          visited.add(p);
          walked.add(p);
        }
        await state.read(next);
        frontier = next.flatMap((p) => state.io.reference(p)?.objects ?? []);
      }
    }),
  );
  return met;
}

/**
 * One state of the repository as a scope's state (src/read/scope.ts): its file list (paths only), file texts
 * read through git on demand, parsed once; head delegates every file the change did not touch to base, so an
 * unchanged file is one object in both states.
 */
class GitState implements AsyncState {
  readonly io: ScopeIO;
  readonly index: PathIndex;
  reads = 0;
  private readonly excluded: (path: string) => boolean;
  private names: Set<string> | undefined;
  private readonly fileSet: Set<string>;
  private readonly texts = new Map<string, string | InputError | undefined>();
  private readonly parsed = new Map<string, ManifestFile>();
  private readonly refs = new Map<string, ManifestFile>();

  /**
   * Lets go of the parsed files but those in `keep` (their texts stay, so a file asked for again is parsed, not
   * read, again).
   */
  forgetParsed(keep: ReadonlySet<string>): void {
    for (const cache of [this.parsed, this.refs]) for (const p of cache.keys()) if (!keep.has(p)) cache.delete(p);
  }

  /** Files asked for ahead of a `read` (not counted in `reads` until read), by path. */
  private readonly ahead = new Map<string, Promise<Map<string, string | InputError | undefined>>>();

  /**
   * Starts reading files a later `read` will probably ask for, so that git works while the caller computes. What
   * is never asked for is never counted nor seen.
   */
  prefetch(paths: readonly string[]): void {
    const own: string[] = [];
    const delegated: string[] = [];
    for (const p of paths) {
      if (this.delegate && !this.delegate.changed.has(p)) delegated.push(p);
      else if (!this.texts.has(p) && !this.ahead.has(p)) own.push(p);
    }
    if (delegated.length > 0) this.delegate!.base.prefetch(delegated);
    if (own.length === 0) return;
    const got = this.repo.readFiles(this.state, own);
    got.catch(() => undefined); // a failure is thrown by the read that asks for the file
    for (const p of own) this.ahead.set(p, got);
  }

  constructor(
    private readonly repo: GitRepo,
    private readonly state: RepoState,
    readonly files: string[],
    private readonly config: Config,
    memos: Map<string, unknown>,
    private readonly delegate?: { base: GitState; changed: Set<string> },
  ) {
    this.index = new PathIndex(files);
    const excluded = picomatch([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
    this.excluded = (p) => NOT_MANIFESTS.test(p) || excluded(p);
    this.fileSet = new Set(files);
    const mine = (p: string) => !this.delegate || this.delegate.changed.has(p);
    this.io = {
      tree: {
        isFile: (p) => this.fileSet.has(p),
        isDir: (p) => this.index.has(p),
        hasNamed: (name) => {
          this.names ??= new Set(files.map((f) => f.slice(f.lastIndexOf('/') + 1)));
          return this.names.has(name);
        },
      },
      text: (p) => (mine(p) ? this.texts.get(p) : this.delegate!.base.io.text(p)),
      manifest: (p) => {
        if (!mine(p)) return this.delegate!.base.io.manifest(p);
        let m = this.parsed.get(p);
        if (!m) {
          const t = this.texts.get(p);
          if (t === undefined) return undefined;
          m = manifestOf(t, p);
          this.parsed.set(p, m);
        }
        return m;
      },
      reference: (p) => {
        if (!mine(p)) return this.delegate!.base.io.reference(p);
        let r = this.refs.get(p);
        if (!r) {
          const m = this.io.manifest(p);
          if (!m) return undefined;
          r = asReference(m);
          this.refs.set(p, r);
        }
        return r;
      },
      memo: <T>(key: string, make: () => T): T => {
        if (!memos.has(key)) memos.set(key, make());
        return memos.get(key) as T;
      },
    };
  }

  /** Reads under way, by path: a file two searches ask for at once is read, and counted, once. */
  private readonly reading = new Map<string, Promise<void>>();

  async read(paths: string[]): Promise<void> {
    const own: string[] = [];
    const delegated: string[] = [];
    const underWay = new Set<Promise<void>>();
    for (const p of paths) {
      if (this.delegate && !this.delegate.changed.has(p)) delegated.push(p);
      else if (this.reading.has(p)) underWay.add(this.reading.get(p)!);
      else if (!this.texts.has(p)) own.push(p);
    }
    let mine: Promise<void> | undefined;
    if (own.length > 0) {
      this.reads += own.length;
      mine = (async () => {
        const fresh = own.filter((p) => !this.ahead.has(p));
        const [got, early] = await Promise.all([
          fresh.length > 0 ? this.repo.readFiles(this.state, fresh) : undefined,
          Promise.all(own.map((p) => this.ahead.get(p))),
        ]);
        own.forEach((p, i) => {
          this.ahead.delete(p);
          this.texts.set(p, (got?.has(p) ? got : early[i])?.get(p));
        });
      })().finally(() => {
        for (const p of own) this.reading.delete(p);
      });
      for (const p of own) this.reading.set(p, mine);
    }
    await Promise.all([delegated.length > 0 ? this.delegate!.base.read(delegated) : undefined, mine, ...underWay]);
  }

  private readonly searches = new Map<string, Promise<GrepHits>>();

  /**
   * One git grep per question and state; head asks base's (the same search, usually the same names) and searches
   * only the files the change touched itself, so a diff costs one search of the repository per round, not two.
   */
  grep(names: string[], opts: { anyKind?: boolean } = {}): Promise<GrepHits> {
    const sorted = [...names].sort();
    const key = `${opts.anyKind ? 'any' : 'kind'}\0${sorted.join('\n')}`;
    let search = this.searches.get(key);
    if (!search) {
      search = this.delegate
        ? this.grepChanged(sorted, opts)
        : grepState(this.repo.root, this.state, sorted, this.config.exclude, opts);
      this.searches.set(key, search);
    }
    return search;
  }

  private async grepChanged(names: string[], opts: { anyKind?: boolean }): Promise<GrepHits> {
    const { base, changed } = this.delegate!;
    const paths = [...changed].filter((p) => this.fileSet.has(p) && isDataFile(p) && !this.excluded(p));
    const [unchanged] = await Promise.all([base.grep(names, opts), this.read(paths)]);
    const out: GrepHits = new Map([...unchanged].filter(([p]) => !changed.has(p)));
    const match = textMatcher(names, opts.anyKind);
    for (const p of paths) {
      const t = this.io.text(p);
      if (typeof t !== 'string') continue;
      const found = match(t);
      if (found.size > 0) out.set(p, found);
    }
    return out;
  }

  async build(jobs: BuildJob[]): Promise<Map<string, BuildResult>> {
    const tool = await kustomizeToolAsync();
    if ('missing' in tool) return new Map(jobs.map((j) => [j.key, { error: tool.missing, noTool: true as const }]));
    return buildApps(tool, jobs);
  }
}

/** A file that may hold manifests: YAML or JSON. */
function isDataFile(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

/** Every directory that holds a changed path, at any depth ('.' for the root). */
function ancestorDirs(paths: readonly string[]): Set<string> {
  const dirs = new Set<string>(['.']);
  for (const p of paths) {
    for (let d = posix.dirname(p); d !== '.' && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  }
  return dirs;
}

function loadOrError(
  text: string | InputError | undefined,
  file: string,
  root: string,
  errors: InputError[],
): LoadedCatalog | undefined {
  if (text === undefined) return undefined;
  if (text instanceof InputError) {
    errors.push(text);
    return undefined;
  }
  try {
    return loadCatalogText(text, file, join(root, file));
  } catch (err) {
    if (err instanceof InputError) {
      errors.push(err);
      return undefined;
    }
    throw err;
  }
}

/**
 * Paths sorted, so the files under a directory are one binary search away: matching a catalog's globs costs
 * what is under the glob's static base, not the whole repository (1,000 catalogs × 5,000 files otherwise).
 */
export class PathIndex {
  private readonly sorted: string[];

  constructor(paths: readonly string[]) {
    this.sorted = [...paths].sort();
  }

  /** Whether some path lies under `dir` (a folder of this state). */
  has(dir: string): boolean {
    if (dir === '' || dir === '.') return this.sorted.length > 0;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(prefix);
  }

  /** Paths under `dir` ('' = all). */
  under(dir: string): string[] {
    if (dir === '') return this.sorted;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) out.push(this.sorted[i]);
    return out;
  }
}

/** The files a catalog's `agent.manifests` patterns match (relative to the catalog), as `validate` reads them. */
export function ownedFiles(
  catalogFile: string,
  data: unknown,
  files: PathIndex,
  excluded: (p: string) => boolean,
): string[] {
  const patterns = manifestPatterns(data);
  if (patterns.length === 0) return [];
  const dir = posix.dirname(catalogFile);
  const owned = new Set<string>();
  for (const p of patterns) {
    const full = posix.normalize(dir === '.' ? p : posix.join(dir, p)).replace(/^\.\//, '');
    const { base, isGlob } = picomatch.scan(full);
    const parent = posix.dirname(full);
    const candidates = isGlob
      ? files.under(base === '.' ? '' : base)
      : files.under(parent === '.' ? '' : parent).filter((f) => f === full);
    // Most catalogs say the same thing ("manifests/*.yaml") from their own directory: match the part below
    // the catalog's directory with one compiled matcher per distinct pattern.
    const inside = dir === '.' ? full : full.startsWith(`${dir}/`) ? full.slice(dir.length + 1) : undefined;
    const match = inside !== undefined ? matcher(inside) : matcher(full);
    const cut = inside !== undefined && dir !== '.' ? dir.length + 1 : 0;
    for (const f of candidates) {
      if (f !== catalogFile && !NOT_MANIFESTS.test(f) && match(f.slice(cut)) && !excluded(f)) owned.add(f);
    }
  }
  return [...owned].sort();
}

const MATCHERS = new Map<string, (p: string) => boolean>();
function matcher(pattern: string): (p: string) => boolean {
  let m = MATCHERS.get(pattern);
  if (!m) {
    // As readWorkspace: a manifests glob covers the dotfiles of its folder (.mcp.json, .vscode/mcp.json…).
    m = picomatch(pattern, { dot: true });
    MATCHERS.set(pattern, m);
  }
  return m;
}

function manifestPatterns(data: unknown): string[] {
  const list = (data as { agent?: { manifests?: unknown } })?.agent?.manifests;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}
