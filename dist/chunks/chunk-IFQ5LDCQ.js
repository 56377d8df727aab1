import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  CatalogView,
  REOPEN_TABLE,
  applySeverities,
  findingType,
  shadowElements,
  shadowMessage
} from "./chunk-CZJLSVD6.js";
import {
  acquireRepoLock,
  applyYamlEdits,
  asCatalogDoc
} from "./chunk-KIHZEFCC.js";
import {
  describeChange,
  diffSurfaces,
  pinnedHashes
} from "./chunk-GC3LWGRX.js";
import {
  AUTONOMY_ANNOTATION_PATTERN,
  SURFACE_EVENT_TYPES
} from "./chunk-XW6MC7SD.js";
import {
  MANIFEST_NOT_RENDERED,
  MANIFEST_RULE,
  schemaFindings
} from "./chunk-3L5YRJF5.js";
import {
  buildCatalog,
  readLibrary
} from "./chunk-R645U3NT.js";
import {
  aivssBlock,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  AUTONOMY_ANNOTATION,
  GitRepo,
  NOT_MANIFESTS,
  agentScope,
  asReference,
  buildApps,
  catalogSurface,
  isKustomizationPath,
  kustomizationIn,
  kustomizeToolAsync,
  loadCatalogText,
  manifestOf,
  parseKustomization,
  readConfig,
  readTextFile,
  referenceScope,
  referringNames,
  require_picomatch,
  runScopes,
  stateLabel,
  textMatcher,
  wantedNames,
  workloadOf,
  writeFileAtomic
} from "./chunk-ANXZMRTR.js";
import {
  InputError,
  UsageError,
  __toESM,
  compareFindings
} from "./chunk-TIATFUQ4.js";

// src/app/diff.ts
import { join as join2 } from "node:path";

// src/read/diff-inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { join, posix } from "node:path";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];
async function readDiffInputs(repo, base, head, config) {
  const [changed, baseFiles, headFiles] = await Promise.all([
    repo.changedFiles(base, head),
    repo.listFiles(base),
    repo.listFiles(head)
  ]);
  const changedSet = new Set(changed.map((c) => c.path));
  const inputErrors = [];
  const memos = /* @__PURE__ */ new Map();
  const baseState = new GitState(repo, base, baseFiles, config, memos);
  const headState = new GitState(repo, head, headFiles, config, memos, { base: baseState, changed: changedSet });
  const touched = new Set(changedSet);
  if (headFiles.some(isKustomizationPath) || baseFiles.some(isKustomizationPath)) void kustomizeToolAsync();
  await kustomizeReach(changed, baseState, headState, touched);
  const referenceChanged = await referenceReach(changed, baseState, headState, touched);
  const isCatalog = (0, import_picomatch.default)(config.catalogs, { dot: false, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] });
  const headCatalogPaths = headFiles.filter((p) => isCatalog(p)).sort();
  const headCatalogText = await repo.readFiles(head, headCatalogPaths);
  headState.reads += headCatalogPaths.length;
  const headCatalogs = /* @__PURE__ */ new Map();
  const touchedDirs = ancestorDirs([...touched]);
  for (const [file, text] of headCatalogText) {
    if (typeof text === "string" && !changedSet.has(file) && !touchedDirs.has(posix.dirname(file)) && !text.includes(".."))
      continue;
    const loaded = loadOrError(text, file, repo.root, inputErrors);
    if (loaded) headCatalogs.set(file, loaded);
  }
  const changedCatalogPaths = headCatalogPaths.filter((p) => changedSet.has(p) && headCatalogs.has(p));
  const baseCatalogText = await repo.readFiles(base, changedCatalogPaths);
  baseState.reads += changedCatalogPaths.length;
  const baseCatalogs = /* @__PURE__ */ new Map();
  for (const file of headCatalogs.keys()) {
    if (!changedSet.has(file)) {
      baseCatalogs.set(file, headCatalogs.get(file));
      continue;
    }
    const text = baseCatalogText.get(file);
    if (text === void 0) continue;
    const loaded = loadOrError(
      text,
      file,
      repo.root,
      []
    );
    if (loaded) baseCatalogs.set(file, loaded);
  }
  const excluded = (0, import_picomatch.default)([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
  const relevant = [];
  for (const [file, headCat] of headCatalogs) {
    const baseCat = baseCatalogs.get(file);
    const headOwned = ownedFiles(file, headCat.data, headState.index, excluded);
    const baseOwned = ownedFiles(file, (baseCat ?? headCat).data, baseState.index, excluded);
    const reached = changedSet.has(file) || headOwned.some((f) => touched.has(f)) || baseOwned.some((f) => touched.has(f));
    if (reached) relevant.push({ file, baseOwned, headOwned });
  }
  const scopes = await runScopes(
    relevant.flatMap((r) => {
      const headCat = headCatalogs.get(r.file);
      const baseCat = baseCatalogs.get(r.file) ?? headCat;
      const follow2 = { follow: false };
      return [
        { task: agentScope(r.baseOwned, workloadOf(baseCat.data), baseState.io, follow2), state: baseState },
        { task: agentScope(r.headOwned, workloadOf(headCat.data), headState.io, follow2), state: headState }
      ];
    })
  );
  const pairs = relevant.map((r, i) => ({
    head: headCatalogs.get(r.file),
    base: baseCatalogs.get(r.file),
    baseManifests: scopes[2 * i].manifests,
    headManifests: scopes[2 * i + 1].manifests
  }));
  const follow = pairs.flatMap((p) => {
    const baseWl = workloadOf((p.base ?? p.head).data);
    const headWl = workloadOf(p.head.data);
    if (!referenceChanged) {
      const before = wantedNames(p.baseManifests, baseWl).join("\n");
      if (before === "" || before === wantedNames(p.headManifests, headWl).join("\n")) return [];
    }
    return [{ p, baseWl, headWl }];
  });
  const followed = await runScopes(
    follow.flatMap(({ p, baseWl, headWl }) => [
      { task: referenceScope(p.baseManifests, baseWl, baseState.io), state: baseState },
      { task: referenceScope(p.headManifests, headWl, headState.io), state: headState }
    ])
  );
  follow.forEach(({ p }, i) => {
    p.baseManifests = followed[2 * i].manifests;
    p.headManifests = followed[2 * i + 1].manifests;
  });
  const textOf = (state) => (file) => {
    const t = state.io.text(file);
    return typeof t === "string" ? t : void 0;
  };
  return {
    changed,
    pairs,
    inputErrors,
    reads: { base: baseState.reads, head: headState.reads },
    headText: textOf(headState),
    baseText: textOf(baseState)
  };
}
async function kustomizeReach(changed, baseState, headState, touched) {
  const affected = /* @__PURE__ */ new Set();
  for (const c of changed) {
    for (let d = posix.dirname(c.path); ; d = posix.dirname(d)) {
      if (kustomizationIn(d, baseState.io.tree) || kustomizationIn(d, headState.io.tree)) affected.add(d);
      if (d === ".") break;
    }
  }
  if (affected.size === 0) return;
  for (const state of [baseState, headState]) {
    const files = state.files.filter(isKustomizationPath);
    await state.read(files);
    const parsed = /* @__PURE__ */ new Map();
    const dirsOf = (f) => {
      let dirs = parsed.get(f);
      if (!dirs) {
        const t = state.io.text(f);
        dirs = typeof t === "string" ? parseKustomization(t, f, state.io.tree).dirs : [];
        parsed.set(f, dirs);
      }
      return dirs;
    };
    const queue = [...affected];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const d = queue.pop();
      const own = kustomizationIn(d, state.io.tree);
      if (own) touched.add(own);
      const name = posix.basename(d);
      for (const f of files) {
        const t = state.io.text(f);
        if (typeof t !== "string" || !t.includes(name) || !dirsOf(f).includes(d)) continue;
        const p = posix.dirname(f);
        if (!seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
      }
    }
  }
}
var REVERSE_HOPS = 4;
async function referenceReach(changed, baseState, headState, touched) {
  const paths = changed.map((c) => c.path).filter((p) => /\.(ya?ml|json)$/i.test(p));
  if (paths.length === 0) return false;
  let declaring = false;
  await Promise.all(
    [baseState, headState].map(async (state) => {
      await state.read(paths);
      let frontier = paths.flatMap((p) => state.io.manifest(p)?.objects ?? []);
      if (referringNames(frontier).length > 0) declaring = true;
      const asked = /* @__PURE__ */ new Set();
      const visited = new Set(paths);
      for (let hop = 0; hop < REVERSE_HOPS; hop++) {
        const names = referringNames(frontier).filter((n) => !asked.has(n));
        if (names.length === 0) break;
        for (const n of names) asked.add(n);
        const [mentioning, declaring2] = await Promise.all([state.grep(names, { anyKind: true }), state.grep(names)]);
        for (const p of mentioning.keys()) touched.add(p);
        const next = [...declaring2.keys()].filter((p) => !visited.has(p));
        if (next.length === 0) break;
        for (const p of next) visited.add(p);
        await state.read(next);
        frontier = next.flatMap((p) => state.io.reference(p)?.objects ?? []);
      }
    })
  );
  return declaring;
}
var GitState = class {
  constructor(repo, state, files, config, memos, delegate) {
    this.repo = repo;
    this.state = state;
    this.files = files;
    this.config = config;
    this.delegate = delegate;
    this.index = new PathIndex(files);
    const excluded = (0, import_picomatch.default)([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
    this.excluded = (p) => NOT_MANIFESTS.test(p) || excluded(p);
    this.fileSet = new Set(files);
    const mine = (p) => !this.delegate || this.delegate.changed.has(p);
    this.io = {
      tree: {
        isFile: (p) => this.fileSet.has(p),
        isDir: (p) => this.index.has(p),
        hasNamed: (name) => {
          this.names ??= new Set(files.map((f) => f.slice(f.lastIndexOf("/") + 1)));
          return this.names.has(name);
        }
      },
      text: (p) => mine(p) ? this.texts.get(p) : this.delegate.base.io.text(p),
      manifest: (p) => {
        if (!mine(p)) return this.delegate.base.io.manifest(p);
        let m = this.parsed.get(p);
        if (!m) {
          const t = this.texts.get(p);
          if (t === void 0) return void 0;
          m = manifestOf(t, p);
          this.parsed.set(p, m);
        }
        return m;
      },
      reference: (p) => {
        if (!mine(p)) return this.delegate.base.io.reference(p);
        let r = this.refs.get(p);
        if (!r) {
          const m = this.io.manifest(p);
          if (!m) return void 0;
          r = asReference(m);
          this.refs.set(p, r);
        }
        return r;
      },
      memo: (key, make) => {
        if (!memos.has(key)) memos.set(key, make());
        return memos.get(key);
      }
    };
  }
  repo;
  state;
  files;
  config;
  delegate;
  io;
  index;
  reads = 0;
  excluded;
  names;
  fileSet;
  texts = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  refs = /* @__PURE__ */ new Map();
  async read(paths) {
    const own = [];
    const delegated = [];
    for (const p of paths) {
      if (this.delegate && !this.delegate.changed.has(p)) delegated.push(p);
      else if (!this.texts.has(p)) own.push(p);
    }
    await Promise.all([
      delegated.length > 0 ? this.delegate.base.read(delegated) : void 0,
      (async () => {
        if (own.length === 0) return;
        const got = await this.repo.readFiles(this.state, own);
        this.reads += own.length;
        for (const p of own) this.texts.set(p, got.get(p));
      })()
    ]);
  }
  searches = /* @__PURE__ */ new Map();
  /**
   * One git grep per question and state; head asks base's (the same search, usually the same names) and searches
   * only the files the change touched itself, so a diff costs one search of the repository per round, not two.
   */
  grep(names, opts = {}) {
    const sorted = [...names].sort();
    const key = `${opts.anyKind ? "any" : "kind"}\0${sorted.join("\n")}`;
    let search = this.searches.get(key);
    if (!search) {
      search = this.delegate ? this.grepChanged(sorted, opts) : this.repo.grep(this.state, sorted, this.config.exclude, opts);
      this.searches.set(key, search);
    }
    return search;
  }
  async grepChanged(names, opts) {
    const { base, changed } = this.delegate;
    const paths = [...changed].filter((p) => this.fileSet.has(p) && /\.(ya?ml|json)$/i.test(p) && !this.excluded(p));
    const [unchanged] = await Promise.all([base.grep(names, opts), this.read(paths)]);
    const out = new Map([...unchanged].filter(([p]) => !changed.has(p)));
    const match = textMatcher(names, opts.anyKind);
    for (const p of paths) {
      const t = this.io.text(p);
      if (typeof t !== "string") continue;
      const found = match(t);
      if (found.size > 0) out.set(p, found);
    }
    return out;
  }
  async build(jobs) {
    const tool = await kustomizeToolAsync();
    if ("missing" in tool) return new Map(jobs.map((j) => [j.key, { error: tool.missing, noTool: true }]));
    return buildApps(tool, jobs);
  }
};
function ancestorDirs(paths) {
  const dirs = /* @__PURE__ */ new Set(["."]);
  for (const p of paths) {
    for (let d = posix.dirname(p); d !== "." && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  }
  return dirs;
}
function loadOrError(text, file, root, errors) {
  if (text === void 0) return void 0;
  if (text instanceof InputError) {
    errors.push(text);
    return void 0;
  }
  try {
    return loadCatalogText(text, file, join(root, file));
  } catch (err) {
    if (err instanceof InputError) {
      errors.push(err);
      return void 0;
    }
    throw err;
  }
}
var PathIndex = class {
  sorted;
  constructor(paths) {
    this.sorted = [...paths].sort();
  }
  /** Whether some path lies under `dir` (a folder of this state). */
  has(dir) {
    if (dir === "" || dir === ".") return this.sorted.length > 0;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(prefix);
  }
  /** Paths under `dir` ('' = all). */
  under(dir) {
    if (dir === "") return this.sorted;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) out.push(this.sorted[i]);
    return out;
  }
};
function ownedFiles(catalogFile, data, files, excluded) {
  const patterns = manifestPatterns(data);
  if (patterns.length === 0) return [];
  const dir = posix.dirname(catalogFile);
  const owned = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    const full = posix.normalize(dir === "." ? p : posix.join(dir, p)).replace(/^\.\//, "");
    const { base, isGlob } = import_picomatch.default.scan(full);
    const parent = posix.dirname(full);
    const candidates = isGlob ? files.under(base === "." ? "" : base) : files.under(parent === "." ? "" : parent).filter((f) => f === full);
    const inside = dir === "." ? full : full.startsWith(`${dir}/`) ? full.slice(dir.length + 1) : void 0;
    const match = inside !== void 0 ? matcher(inside) : matcher(full);
    const cut = inside !== void 0 && dir !== "." ? dir.length + 1 : 0;
    for (const f of candidates) {
      if (f !== catalogFile && !NOT_MANIFESTS.test(f) && match(f.slice(cut)) && !excluded(f)) owned.add(f);
    }
  }
  return [...owned].sort();
}
var MATCHERS = /* @__PURE__ */ new Map();
function matcher(pattern) {
  let m = MATCHERS.get(pattern);
  if (!m) {
    m = (0, import_picomatch.default)(pattern, { dot: true });
    MATCHERS.set(pattern, m);
  }
  return m;
}
function manifestPatterns(data) {
  const list = data?.agent?.manifests;
  return Array.isArray(list) ? list.filter((p) => typeof p === "string" && p.length > 0) : [];
}

// src/read/manifests/autonomy-annotations.ts
function autonomyAnnotations(files, surface) {
  const out = {};
  if (!surface) return out;
  const a = surface.agent;
  for (const f of files) {
    for (const o of f.objects) {
      if (o.kind !== a.kind || o.name !== a.name || o.namespace !== void 0 && a.namespace !== void 0 && o.namespace !== a.namespace)
        continue;
      const annotations = o.body.metadata?.annotations;
      if (!annotations || typeof annotations !== "object") continue;
      for (const [key, value] of Object.entries(annotations)) {
        if (key === AUTONOMY_ANNOTATION || !AUTONOMY_ANNOTATION_PATTERN.test(key)) continue;
        out[key] = { value: String(value), position: o.locate(["metadata", "annotations", key]) };
      }
    }
  }
  return out;
}

// src/analyse/reopen-plan.ts
function planReopen(inputs, stamp) {
  const plan = { reopen: [], alreadyOpen: [], model: [], edits: [] };
  for (const input of inputs) {
    const one = catalogPlan(input.data, input, stamp);
    plan.reopen.push(...one.reopen);
    plan.alreadyOpen.push(...one.alreadyOpen);
    if (one.model) plan.model.push(one.model);
    if (one.edits.length > 0) plan.edits.push({ file: input.file, edits: one.edits });
  }
  return plan;
}
function catalogPlan(data, input, stamp) {
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const model = input.surface ? modelChange(data, input.surface, input.events, stamp) : void 0;
  const orphaned = new Set(model?.orphaned.map((o) => o.threat) ?? []);
  const gained = new Map((model?.extended ?? []).map((x) => [x.index, x.components]));
  const after = model ? {
    ...data,
    components: [...data.components ?? [], ...model.components.map((c) => c.value)],
    delegations: [...data.delegations ?? [], ...model.delegations.map((d) => d.value)],
    threats: threats.map(
      (t, i) => gained.has(i) ? { ...t, components: [...t.components, ...gained.get(i)] } : t
    )
  } : data;
  const view = new CatalogView(after);
  const reopen = [];
  const alreadyOpen = [];
  after.threats.forEach((threat, index) => {
    if (orphaned.has(threat.id)) return;
    const hits = input.events.filter((e) => threatReopensOn(threat, e, view));
    if (hits.length === 0) return;
    const entry = {
      catalog: input.file,
      threat: threat.id,
      index,
      status: threat.status,
      events: SURFACE_EVENT_TYPES.filter((t) => hits.some((e) => e.type === t)),
      subjects: [...new Set(hits.map((e) => e.subject))]
    };
    (threat.status === "open" ? alreadyOpen : reopen).push(entry);
  });
  const edits = [...reopenEdits(data, reopen, stamp), ...model ? modelEdits(data, model) : []];
  return {
    reopen,
    alreadyOpen,
    ...model && !model.empty ? { model: summary(input.file, model) } : {},
    edits
  };
}
function threatReopensOn(threat, event, view) {
  if (threat.reopenOn) {
    const entry = threat.reopenOn.find((x) => (typeof x === "string" ? x : x.event) === event.type);
    if (entry === void 0) return false;
    if (typeof entry !== "string" && entry.always) return true;
  }
  return REOPEN_TABLE[event.type].matches(threat, event, view);
}
var MAX_SUBJECT = 300;
function clip(subject) {
  return subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}\u2026` : subject;
}
function reopenEdits(data, entries, stamp) {
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  const edits = [];
  for (const entry of entries) {
    const index = threats.findIndex((t) => t?.id === entry.threat);
    if (index < 0 || threats[index].status === "open") continue;
    const record = {
      event: entry.events[0],
      ref: stamp.ref,
      at: stamp.at,
      subject: clip(entry.subjects.join("; "))
    };
    edits.push({ op: "set", path: ["threats", index, "status"], value: "open" });
    edits.push({ op: "set", path: ["threats", index, "reopened"], value: record, after: "status" });
  }
  return edits;
}
function timestamp(now) {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function modelChange(data, input, events, stamp) {
  const work = {
    empty: true,
    components: [],
    delegations: [],
    threats: [],
    extended: [],
    removed: [],
    orphaned: [],
    covers: []
  };
  const components = Array.isArray(data.components) ? data.components : [];
  const delegations = Array.isArray(data.delegations) ? data.delegations : [];
  const threats = Array.isArray(data.threats) ? data.threats : [];
  const record = (subject, event) => ({
    ...event ? { event } : {},
    ref: stamp.ref,
    at: stamp.at,
    subject: clip(subject)
  });
  const uncovered = input.uncovered.filter((e) => !isCovered(data, e));
  if (uncovered.length > 0) {
    const fresh = buildCatalog({
      surface: input.head,
      templates: [...input.templates],
      manifests: data.agent.manifests,
      ...data.agent.aivss?.version ? { aivssVersion: data.agent.aivss.version } : {}
    }).catalog;
    const usedIds = new Set([...components, ...delegations].map((c) => c.id));
    const idMap = /* @__PURE__ */ new Map();
    const fresh2element = /* @__PURE__ */ new Map();
    for (const e of uncovered) {
      const what = elementEvent(e, events);
      if (e.category === "delegation") {
        const d = fresh.delegations?.find((x) => x.to.agent === e.ref.name && sameNs(x.to.namespace, e.ref.namespace));
        if (!d || idMap.has(d.id)) continue;
        const id = uniqueId(d.id, e.ref.name, usedIds);
        idMap.set(d.id, id);
        fresh2element.set(d.id, { ...what, category: "delegation" });
        work.delegations.push({ value: { ...d, id, added: record(what.subject, what.event) }, subject: e.subject });
      } else {
        const c = fresh.components.find((x) => x.category === e.category && sameRef(x.trustSource, e.ref));
        if (!c || idMap.has(c.id)) continue;
        const id = uniqueId(c.id, e.ref.name, usedIds);
        idMap.set(c.id, id);
        fresh2element.set(c.id, { ...what, category: c.category });
        work.components.push({ value: { ...c, id, added: record(what.subject, what.event) }, subject: e.subject });
      }
      work.covers.push(e.subject);
    }
    const live = [...components.filter((c) => !c.removed), ...delegations.filter((d) => !d.removed)];
    const categoryOf = (x) => "category" in x ? x.category : "delegation";
    for (const c of [...fresh.components, ...fresh.delegations ?? []]) {
      if (idMap.has(c.id)) continue;
      const cat = categoryOf(c);
      const same = live.find((x) => categoryOf(x) === cat && sameRef(x.trustSource, c.trustSource)) ?? live.find((x) => categoryOf(x) === cat);
      if (same) idMap.set(c.id, same.id);
    }
    const isNew = (freshId) => fresh2element.has(freshId);
    const takenThreatIds = /* @__PURE__ */ new Set([...threats.map((t) => t.id), ...input.takenThreatIds ?? []]);
    for (const t of fresh.threats) {
      const news = t.components.filter(isNew);
      if (news.length === 0) continue;
      const template = templateOf(t, input.templates);
      const first = fresh2element.get(news[0]);
      const existing = threats.findIndex((x) => template !== void 0 && templateOf(x, input.templates) === template);
      const own = template === void 0 ? void 0 : input.templates.find((x) => x.id === template)?.category;
      if (existing < 0 && own !== void 0 && !news.some((id2) => fresh2element.get(id2)?.category === own)) continue;
      if (existing >= 0) {
        const have = new Set(threats[existing].components);
        const add = [...new Set(news.map((id2) => idMap.get(id2)))].filter((id2) => !have.has(id2));
        const prior = work.extended.find((x) => x.index === existing);
        if (prior) prior.components.push(...add.filter((id2) => !prior.components.includes(id2)));
        else if (add.length > 0) work.extended.push({ threat: threats[existing].id, index: existing, components: add });
        continue;
      }
      const mapped = [...new Set(t.components.map((id2) => idMap.get(id2)).filter((id2) => !!id2))];
      const id = uniqueThreatId(t.id, takenThreatIds);
      const aivss = data.agent.aivss ? threatAivss(t, data.agent.aivss) : void 0;
      work.threats.push(
        orderedThreat(
          { ...t, id, components: mapped, ...aivss ? { aivss: aivssBlock(aivss) } : {} },
          record(first.subject, first.event)
        )
      );
    }
  }
  if (input.base) {
    const gone = removedElements(input.base, input.head);
    const removedIds = new Set([...components, ...delegations].filter((c) => c.removed).map((c) => c.id));
    const markedBy = /* @__PURE__ */ new Map();
    for (const g of gone) {
      const what = elementEvent({ ref: g.ref, subject: g.subject, category: g.category }, events, g.label);
      const rec = record(what.subject, what.event);
      const mark = (section, list) => list.forEach((c, index) => {
        if (c.removed || removedIds.has(c.id)) return;
        const hit = section === "delegations" ? c.to.agent === g.ref.name && sameNs(c.to.namespace, g.ref.namespace) : c.category === g.category && sameRef(c.trustSource, g.ref);
        if (!hit) return;
        removedIds.add(c.id);
        markedBy.set(g.category, rec);
        work.removed.push({ section, index, id: c.id, record: rec });
      });
      if (g.category === "delegation") mark("delegations", delegations);
      else mark("components", components);
    }
    if (markedBy.size > 0) {
      const categories = new Map([
        ...components.map((c) => [c.id, c.category]),
        ...delegations.map((d) => [d.id, "delegation"])
      ]);
      const newCategories = new Map([
        ...work.components.map((c) => [c.value.id, c.value.category]),
        ...work.delegations.map((d) => [d.value.id, "delegation"])
      ]);
      threats.forEach((t, index) => {
        if (t.orphaned) return;
        const own = templateCategory(t, input.templates);
        const gained = work.extended.find((x) => x.index === index)?.components ?? [];
        if (gained.some((id) => own === void 0 || newCategories.get(id) === own)) return;
        const concerned = t.components.filter((id) => own === void 0 || categories.get(id) === own);
        if (concerned.length === 0 || !concerned.every((id) => removedIds.has(id))) return;
        const rec = [...markedBy].find(([cat]) => concerned.some((id) => categories.get(id) === cat))?.[1];
        if (rec) work.orphaned.push({ threat: t.id, index, record: rec });
      });
    }
  }
  work.empty = work.components.length + work.delegations.length + work.threats.length + work.extended.length + work.removed.length + work.orphaned.length === 0;
  return work;
}
function summary(catalog, w) {
  return {
    catalog,
    components: [
      ...w.components.map((c) => ({ id: c.value.id, category: c.value.category, subject: c.subject })),
      ...w.delegations.map((d) => ({ id: d.value.id, category: "delegation", subject: d.subject }))
    ],
    threats: w.threats.map((t) => ({ id: t.id, components: [...t.components] })),
    extended: w.extended.map((x) => ({ threat: x.threat, components: x.components })),
    removed: w.removed.map((r) => ({ id: r.id, subject: r.record.subject })),
    orphaned: w.orphaned.map((o) => o.threat),
    covers: w.covers
  };
}
function modelEdits(data, w) {
  const edits = [];
  for (const c of w.components) edits.push({ op: "append", path: ["components"], value: c.value, compact: true });
  if (w.delegations.length > 0) {
    if (Array.isArray(data.delegations) && data.delegations.length > 0) {
      for (const d of w.delegations) edits.push({ op: "append", path: ["delegations"], value: d.value, compact: true });
    } else {
      edits.push({
        op: "set",
        path: ["delegations"],
        value: w.delegations.map((d) => d.value),
        after: "components",
        compact: true
      });
    }
  }
  for (const x of w.extended)
    for (const id of x.components) edits.push({ op: "append", path: ["threats", x.index, "components"], value: id });
  for (const r of w.removed) edits.push({ op: "set", path: [r.section, r.index, "removed"], value: r.record });
  for (const o of w.orphaned)
    edits.push({ op: "set", path: ["threats", o.index, "orphaned"], value: o.record, after: "status" });
  for (const t of w.threats) edits.push({ op: "append", path: ["threats"], value: t, compact: true });
  return edits;
}
function orderedThreat(t, added) {
  const out = {};
  for (const [k, v] of Object.entries(t)) {
    if (v === void 0 || k === "added") continue;
    out[k] = v;
    if (k === "status") out.added = added;
  }
  return out;
}
function elementEvent(e, events, label) {
  const byRef = events.find((x) => x.scope.ref && sameRef(x.scope.ref, e.ref) && !x.scope.aspect?.includes("upstream"));
  if (byRef) return { subject: byRef.subject, event: byRef.type };
  const who = e.ref.kind === "ServiceAccount" ? `system:serviceaccount:${e.ref.namespace ?? "*"}:${e.ref.name}` : "";
  const byIdentity = who ? events.find((x) => x.scope.identity === who) : void 0;
  if (byIdentity) return { subject: `${refLabel(e.ref)}: ${byIdentity.subject}`, event: byIdentity.type };
  const fallback = {
    "mcp-tool": "mcp-connection-added",
    inference: "model-version-updated",
    delegation: "tool-surface-modified",
    identity: "permissions-changed"
  };
  return { subject: label ?? refLabel(e.ref), event: fallback[e.category] };
}
function removedElements(base, head) {
  const out = [];
  const keys = (list) => new Set(list.map((x) => refKeyOf(x.ref)));
  const push = (list, still, category) => {
    const seen = /* @__PURE__ */ new Set();
    for (const x of list) {
      const k = refKeyOf(x.ref);
      if (still.has(k) || seen.has(k)) continue;
      seen.add(k);
      out.push({ ref: x.ref, category, subject: k, label: refLabel(x.ref) });
    }
  };
  push(base.models, keys(head.models), "inference");
  push(base.mcpServers, keys(head.mcpServers), "mcp-tool");
  push(base.delegations, keys(head.delegations), "delegation");
  push(base.memory, keys(head.memory), "rag-memory");
  const ids = (s) => s.mcpServers.map((m) => m.identity).filter((i) => !!i && i !== s.identity).map((i) => /^system:serviceaccount:([^:]+):([^:]+)$/.exec(i)).filter((m) => m !== null).map((m) => ({ ref: { kind: "ServiceAccount", name: m[2], ...m[1] !== "*" ? { namespace: m[1] } : {} } }));
  const headIds = ids(head);
  push(
    ids(base).filter((x) => x.ref.name !== head.serviceAccount?.name),
    keys(headIds),
    "identity"
  );
  return out;
}
function templateOf(t, templates) {
  const dot = t.id.indexOf(".");
  const suffix = dot >= 0 ? t.id.slice(dot + 1) : t.id;
  return (templates.find((x) => x.id === suffix || x.id === t.id) ?? templates.find((x) => x.title === t.title))?.id;
}
function templateCategory(t, templates) {
  const id = templateOf(t, templates);
  return id === void 0 ? void 0 : templates.find((x) => x.id === id)?.category;
}
function isCovered(data, e) {
  if (e.category === "delegation")
    return (data.delegations ?? []).some((d) => d.to.agent === e.ref.name && sameNs(d.to.namespace, e.ref.namespace));
  return (data.components ?? []).some((c) => c.category === e.category && sameRef(c.trustSource, e.ref));
}
function uniqueId(base, name, used) {
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").replace(/^[^a-z0-9]+/, "");
  const candidates = [base, ...base.includes(slug(name)) ? [] : [`${base}-${slug(name)}`]].map((c) => c.slice(0, 64));
  let id = candidates.find((c) => c && !used.has(c));
  for (let n = 2; id === void 0; n++) {
    const c = `${candidates[candidates.length - 1].slice(0, 60)}-${n}`;
    if (!used.has(c)) id = c;
  }
  used.add(id);
  return id;
}
function uniqueThreatId(base, used) {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  used.add(id);
  return id;
}
function sameNs(a, b) {
  return a === void 0 || b === void 0 || a === "*" || b === "*" || a === b;
}
function sameRef(a, b) {
  return a.kind === b.kind && a.name === b.name && sameNs(a.namespace, b.namespace);
}
function refKeyOf(r) {
  return `${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
function refLabel(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}

// src/analyse/value-finder.ts
function valueFinder(headText, baseText) {
  const cache = /* @__PURE__ */ new Map();
  return (at, value, state) => {
    if (value.length === 0) return void 0;
    const key = `${state}\0${at.file}`;
    let lines = cache.get(key);
    if (!lines) {
      const text = (state === "head" ? headText : baseText)(at.file);
      if (text === void 0) return void 0;
      lines = text.split("\n");
      cache.set(key, lines);
    }
    const first = lines[at.line - 1];
    if (first === void 0) return void 0;
    const indent = (l) => l.length - l.trimStart().length;
    const dash = /^\s*- /.test(first) && at.column - 1 > first.indexOf("-");
    const base = dash ? first.indexOf("-") : indent(first);
    const word = new RegExp(`(^|[^A-Za-z0-9_./-])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9_./-])`);
    for (let i = at.line - 1; i < lines.length; i++) {
      const l = lines[i];
      if (i > at.line - 1 && l.trim() !== "" && !l.trimStart().startsWith("#")) {
        const n = indent(l);
        if (dash ? n <= base : n < base || n === base && !/^\s*- /.test(l)) break;
      }
      const m = word.exec(l);
      if (!m) continue;
      if (i === at.line - 1) return void 0;
      return { file: at.file, line: i + 1, column: m.index + m[1].length + 1 };
    }
    return void 0;
  };
}

// src/app/diff.ts
var SURFACE_RULE = "surface-malformed";
var SHADOW_RULE = "shadow-component";
async function runDiff(opts) {
  if (opts.staged && opts.head !== void 0)
    throw new UsageError("--staged compares the index with --base: it cannot be combined with --head");
  if (!opts.write) return diffOnce(opts);
  const lock = acquireRepoLock(opts.root, "threatcat diff --write", { onWait: opts.onWait });
  try {
    return await diffOnce(opts);
  } finally {
    lock.release();
  }
}
async function diffOnce(opts) {
  const config = opts.config ?? readConfig(opts.root);
  const repo = await GitRepo.open(opts.root);
  try {
    const unborn = opts.staged && opts.base === "HEAD" ? await repo.unbornHead() : void 0;
    const [base, head] = await Promise.all([
      unborn ?? repo.resolveCommit(opts.base, "--base"),
      opts.head !== void 0 ? repo.resolveCommit(opts.head, "--head") : Promise.resolve(opts.staged ? { kind: "index" } : { kind: "worktree" })
    ]);
    const inputs = await readDiffInputs(repo, base, head, config);
    const changed = new Set(inputs.changed.map((c) => c.path));
    const findValue = valueFinder(inputs.headText, inputs.baseText);
    const findings = [];
    const events = [];
    const planInputs = [];
    let library;
    const templates = () => {
      library ??= readLibrary();
      return library;
    };
    const shadows = [];
    for (const pair of inputs.pairs) {
      const schema = schemaFindings(pair.head);
      if (schema.length > 0) {
        findings.push(...schema);
        continue;
      }
      const catalog = asCatalogDoc(pair.head);
      if (sameFiles(pair.baseManifests, pair.headManifests)) continue;
      const baseCatalog = pair.base && schemaFindings(pair.base).length === 0 ? asCatalogDoc(pair.base) : catalog;
      const { baseSurface, headSurface, problems } = surfacesOf(pair, baseCatalog, changed);
      findings.push(...problems);
      const uncovered = headSurface ? touchedShadows(catalog, headSurface, changed) : [];
      for (const e of uncovered)
        shadows.push({
          catalog: catalog.file,
          element: e,
          finding: shadowFinding(catalog, headSurface, e, opts.base)
        });
      const found = diffSurfaces(baseSurface, headSurface, {
        pinnedHash: pinnedHashes(catalog.data),
        annotations: {
          base: autonomyAnnotations(pair.baseManifests, baseSurface),
          head: autonomyAnnotations(pair.headManifests, headSurface)
        },
        findValue
      }).map((e) => ({ ...e, catalog: catalog.file }));
      events.push(...found);
      const touched = found.length > 0 || uncovered.length > 0;
      planInputs.push({
        file: catalog.file,
        data: catalog.data,
        events: found,
        text: catalog.text,
        ...headSurface && touched ? {
          surface: {
            head: headSurface,
            ...baseSurface ? { base: baseSurface } : {},
            templates: templates(),
            uncovered
          }
        } : {}
      });
    }
    const threatIds = new Map(planInputs.map((p) => [p.file, (p.data.threats ?? []).map((t) => t.id)]));
    for (const p of planInputs) {
      if (!p.surface) continue;
      p.surface.takenThreatIds = new Set([...threatIds].filter(([f]) => f !== p.file).flatMap(([, ids]) => ids));
    }
    const stamp = {
      ref: head.kind === "commit" ? head.commit : `${stateLabel(head)} on ${base.commit.slice(0, 12)}`,
      at: timestamp(opts.now)
    };
    const plan = planReopen(planInputs, stamp);
    const changes = applyPlan(opts.root, plan.edits, planInputs, stamp);
    const written = [];
    if (opts.write) {
      for (const c of changes) {
        writeFileAtomic(join2(opts.root, c.file), c.after);
        written.push(c.file);
      }
    }
    const modelled = new Set(
      plan.model.filter((m) => written.includes(m.catalog)).flatMap((m) => m.covers.map((c) => `${m.catalog}#${c}`))
    );
    findings.push(...shadows.filter((s) => !modelled.has(`${s.catalog}#${s.element.subject}`)).map((s) => s.finding));
    return {
      base: { ref: opts.base, commit: base.commit },
      head: head.kind === "commit" ? { ref: opts.head, commit: head.commit } : { ref: stateLabel(head) },
      events: events.sort(
        (a, b) => a.catalog.localeCompare(b.catalog) || a.file.localeCompare(b.file) || a.line - b.line || a.type.localeCompare(b.type)
      ),
      reopen: plan.reopen,
      alreadyOpen: plan.alreadyOpen,
      model: plan.model,
      // Rule severities from .threatcat.yaml apply here as in validate ('off' drops the rule).
      findings: applySeverities(dedupe(findings), config.rules).sort(compareFindings),
      changes,
      written,
      pending: (plan.reopen.length > 0 || plan.model.length > 0) && !opts.write,
      inputErrors: inputs.inputErrors,
      stats: {
        changedFiles: inputs.changed.length,
        catalogsTouched: inputs.pairs.length,
        filesRead: inputs.reads.base + inputs.reads.head
      }
    };
  } finally {
    repo.close();
  }
}
function applyPlan(root, edits, inputs, stamp) {
  const changes = [];
  for (const { file, edits: planned } of edits) {
    let before;
    try {
      before = readTextFile(join2(root, file), file);
    } catch {
      throw new InputError(
        { file, line: 1, column: 1 },
        "cannot apply the re-open plan: the catalog is not in the working tree"
      );
    }
    let list = planned;
    const input = inputs.find((i) => i.file === file);
    if (input && before !== input.text) {
      const current = loadCatalogText(before, file, join2(root, file)).data;
      list = catalogPlan(current, input, stamp).edits;
    }
    const after = applyYamlEdits(before, list);
    if (after !== before) changes.push({ file, before, after });
  }
  return changes;
}
function surfacesOf(pair, baseCatalog, changed) {
  const problems = [];
  const head = catalogSurface(pair.headManifests, pair.head.data);
  const base = pair.baseManifests.length > 0 ? catalogSurface(pair.baseManifests, baseCatalog.data) : void 0;
  for (const m of pair.headManifests) {
    for (const n of m.notes ?? [])
      problems.push({ rule: MANIFEST_NOT_RENDERED, severity: "note", ...n.position, message: n.message });
    if (!changed.has(m.file)) continue;
    for (const p of m.problems)
      problems.push({ rule: MANIFEST_RULE, severity: "error", ...p.position, message: p.message });
  }
  for (const p of head.surfaceProblems) {
    if (changed.has(p.position.file))
      problems.push({ rule: SURFACE_RULE, severity: "error", ...p.position, message: p.message });
  }
  return { baseSurface: base?.surface, headSurface: head.surface, problems };
}
function touchedShadows(catalog, surface, changed) {
  const out = [];
  for (const e of shadowElements(catalog.data, surface)) {
    const at = [e.position, ...e.alsoAt].find((p) => changed.has(p.file));
    if (at) out.push({ ...e, position: at });
  }
  return out;
}
function shadowFinding(catalog, surface, e, base) {
  return {
    rule: SHADOW_RULE,
    severity: "error",
    ...e.position,
    message: shadowMessage(e, surface, catalog.file, base),
    subject: e.subject
  };
}
function sameFiles(a, b) {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const k = `${f.rule}:${f.file}:${f.line}:${f.column}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/render/event-findings.ts
function eventFindings(events, reopen, alreadyOpen = []) {
  const named = (list, e) => list.filter((x) => x.catalog === e.catalog && x.events.includes(e.type)).map((x) => x.threat);
  return events.map((e) => {
    const reopens = named(reopen, e);
    const concerns = named(alreadyOpen, e);
    const tail = [
      ...reopens.length > 0 ? [`Re-opens ${reopens.join(", ")} in ${e.catalog}.`] : [],
      ...concerns.length > 0 ? [`Concerns ${concerns.join(", ")} (already open).`] : []
    ];
    return {
      rule: e.type,
      severity: findingType(e.type)?.severity ?? "warning",
      file: e.file,
      line: e.line,
      column: e.column,
      message: `${e.subject}${e.direction === "changed" ? "" : ` (${e.direction})`}: ${describeChange(e)} (agent ${e.agent}).${tail.length ? ` ${tail.join(" ")}` : ""}`,
      subject: `${e.catalog}#${e.subject}`
    };
  });
}

export {
  runDiff,
  eventFindings
};
