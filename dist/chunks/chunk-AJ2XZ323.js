import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  AUTONOMY_ANNOTATION_PATTERN,
  CatalogView,
  REOPEN_TABLE,
  SURFACE_EVENT_TYPES,
  applySeverities,
  findingType,
  inverse,
  setDirection,
  shadowElements,
  shadowMessage
} from "./chunk-2RKZITZS.js";
import {
  wo
} from "./chunk-FHKJ7Y6I.js";
import {
  applyYamlEdits,
  asCatalogDoc
} from "./chunk-VL6T7WNY.js";
import {
  MANIFEST_RULE,
  readConfig,
  schemaFindings
} from "./chunk-AOD6AS77.js";
import {
  buildCatalog,
  readLibrary
} from "./chunk-MEKS3ERY.js";
import {
  aivssBlock,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  AUTONOMY_ANNOTATION,
  MAX_TEXT_BYTES,
  catalogSurface,
  compareFindings,
  decodeText,
  elementKey,
  loadCatalogText,
  readManifestText,
  readTextFile,
  require_picomatch,
  writeFileAtomic
} from "./chunk-2QZZNUZN.js";
import {
  InputError,
  UsageError,
  __toESM
} from "./chunk-GFHVVTLE.js";

// src/app/diff.ts
import { join as join3 } from "node:path";

// src/read/diff-inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { join, posix } from "node:path";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];
var CATALOG_FILE = /\.threats\.ya?ml$/;
async function readDiffInputs(repo, base, head, config) {
  const [changed, baseFiles, headFiles] = await Promise.all([
    repo.changedFiles(base, head),
    repo.listFiles(base),
    repo.listFiles(head)
  ]);
  const changedSet = new Set(changed.map((c) => c.path));
  const inputErrors = [];
  const reads = { base: 0, head: 0 };
  const isCatalog = (0, import_picomatch.default)(config.catalogs, { dot: false, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] });
  const headCatalogPaths = headFiles.filter((p) => isCatalog(p)).sort();
  const headCatalogText = await repo.readFiles(head, headCatalogPaths);
  reads.head += headCatalogPaths.length;
  const headCatalogs = /* @__PURE__ */ new Map();
  const touchedDirs = ancestorDirs(changed.map((c) => c.path));
  for (const [file, text] of headCatalogText) {
    if (typeof text === "string" && !changedSet.has(file) && !touchedDirs.has(posix.dirname(file)) && !text.includes(".."))
      continue;
    const loaded = loadOrError(text, file, repo.root, inputErrors);
    if (loaded) headCatalogs.set(file, loaded);
  }
  const changedCatalogPaths = headCatalogPaths.filter((p) => changedSet.has(p) && headCatalogs.has(p));
  const baseCatalogText = await repo.readFiles(base, changedCatalogPaths);
  reads.base += changedCatalogPaths.length;
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
  const baseIndex = new PathIndex(baseFiles);
  const headIndex = new PathIndex(headFiles);
  const relevant = [];
  for (const [file, headCat] of headCatalogs) {
    const baseCat = baseCatalogs.get(file);
    const headOwned = ownedFiles(file, headCat.data, headIndex, excluded);
    const baseOwned = ownedFiles(file, (baseCat ?? headCat).data, baseIndex, excluded);
    const touched = changedSet.has(file) || headOwned.some((f) => changedSet.has(f)) || baseOwned.some((f) => changedSet.has(f));
    if (touched) relevant.push({ file, baseOwned, headOwned });
  }
  const needBase = /* @__PURE__ */ new Set();
  const needHead = /* @__PURE__ */ new Set();
  for (const r of relevant) {
    for (const f of r.baseOwned) needBase.add(f);
    for (const f of r.headOwned) (changedSet.has(f) ? needHead : needBase).add(f);
  }
  const [baseText, headText] = await Promise.all([
    repo.readFiles(base, [...needBase]),
    repo.readFiles(head, [...needHead])
  ]);
  reads.base += needBase.size;
  reads.head += needHead.size;
  const parsed = /* @__PURE__ */ new Map();
  const manifest = (state, file) => {
    const fromHead = state === "head" && changedSet.has(file);
    const key = `${fromHead ? "head" : "base"}\0${file}`;
    let m = parsed.get(key);
    if (!m) {
      const text = (fromHead ? headText : baseText).get(file);
      if (text === void 0) return void 0;
      m = text instanceof InputError ? { file, objects: [], problems: [{ position: text.position, message: text.message }] } : readManifestText(text, file);
      parsed.set(key, m);
    }
    return m;
  };
  const pairs = relevant.map((r) => ({
    head: headCatalogs.get(r.file),
    base: baseCatalogs.get(r.file),
    baseManifests: r.baseOwned.map((f) => manifest("base", f)).filter((m) => m !== void 0),
    headManifests: r.headOwned.map((f) => manifest("head", f)).filter((m) => m !== void 0)
  }));
  const headTextOf = (file) => {
    const t = (changedSet.has(file) ? headText : baseText).get(file);
    return typeof t === "string" ? t : void 0;
  };
  const baseTextOf = (file) => {
    const t = baseText.get(file);
    return typeof t === "string" ? t : void 0;
  };
  return { changed, pairs, inputErrors, reads, headText: headTextOf, baseText: baseTextOf };
}
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
      if (f !== catalogFile && !CATALOG_FILE.test(f) && match(f.slice(cut)) && !excluded(f)) owned.add(f);
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

// src/read/git.ts
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join as join2 } from "node:path";
function stateLabel(s) {
  return s.kind === "commit" ? s.ref : s.kind === "index" ? "index" : "working tree";
}
var GitRepo = class _GitRepo {
  constructor(root, git) {
    this.root = root;
    this.git = git;
  }
  root;
  git;
  catFile;
  ids = /* @__PURE__ */ new Map();
  /** The repository that contains `root`; a directory outside any repository is a usage error. */
  static async open(root) {
    const git = wo({ baseDir: root });
    try {
      const inside = (await git.raw(["rev-parse", "--is-inside-work-tree"])).trim();
      if (inside !== "true") throw new Error("not a work tree");
    } catch {
      throw new UsageError(`${root}: not inside a git work tree (diff reads the states to compare through git)`);
    }
    return new _GitRepo(root, git);
  }
  /** Resolves a ref to a commit id; a bad ref is a usage error naming it and the option it came from. */
  async resolveCommit(ref, option) {
    if (ref === "" || ref.startsWith("-")) throw new UsageError(`${option} ${ref}: not a git revision`);
    let commit = "";
    try {
      commit = (await this.git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
    } catch {
      commit = "";
    }
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new UsageError(`${option} ${ref}: no such commit in this repository`);
    return { kind: "commit", ref, commit };
  }
  /**
   * The state before the first commit (git's empty tree), for a pre-commit hook in a repository that has no
   * HEAD yet: everything staged is new.
   */
  async unbornHead() {
    let head = "";
    try {
      head = (await this.git.raw(["rev-parse", "--verify", "--quiet", "HEAD"])).trim();
    } catch {
      head = "";
    }
    if (head !== "") return void 0;
    const empty = (await this.git.raw(["hash-object", "-t", "tree", "/dev/null"])).trim();
    return { kind: "commit", ref: "HEAD", commit: empty };
  }
  /** Files that differ between `base` and `head` (renames as delete + add, so both paths are seen). */
  async changedFiles(base, head) {
    const args = ["diff", "--name-status", "--no-renames", "--no-ext-diff", "--relative", "-z"];
    if (head.kind === "commit") args.push(base.commit, head.commit);
    else if (head.kind === "index") args.push("--cached", base.commit);
    else args.push(base.commit);
    args.push("--", ".");
    const out = parseNameStatus(await this.git.raw(args));
    if (head.kind === "worktree") {
      for (const path of splitZ(await this.git.raw(["ls-files", "--others", "--exclude-standard", "-z", "--", "."]))) {
        out.push({ path, status: "A" });
      }
    }
    return out;
  }
  /** Every file path in a state (no contents). */
  async listFiles(state) {
    if (state.kind === "worktree") {
      const listed = splitZ(await this.git.raw(["ls-files", "--cached", "--others", "--exclude-standard", "-z"]));
      const deleted = new Set(splitZ(await this.git.raw(["ls-files", "--deleted", "-z"])));
      return [...new Set(listed)].filter((p) => !deleted.has(p));
    }
    return [...(await this.objectIds(state)).keys()];
  }
  /**
   * Path → blob id in a commit or the index, listed once per state. Blobs are then asked for by id: resolving
   * `<commit>:<path>` makes git walk the trees again for every file (~1 ms each in a 5,000-file repo).
   */
  async objectIds(state) {
    const key = state.kind === "commit" ? state.commit : ":index";
    let ids = this.ids.get(key);
    if (!ids) {
      ids = /* @__PURE__ */ new Map();
      const out = state.kind === "commit" ? await this.git.raw(["ls-tree", "-r", "-z", state.commit]) : await this.git.raw(["ls-files", "--stage", "-z"]);
      for (const entry of splitZ(out)) {
        const tab = entry.indexOf("	");
        const meta = entry.slice(0, tab).split(" ");
        const path = entry.slice(tab + 1);
        if (meta[0] === "120000") continue;
        if (state.kind === "commit") {
          if (meta[1] === "blob") ids.set(path, meta[2]);
        } else if (meta[2] === "0" && meta[0] !== "160000") {
          ids.set(path, meta[1]);
        }
      }
      this.ids.set(key, ids);
    }
    return ids;
  }
  /**
   * Reads files as UTF-8 text in a state. Commits and the index go through one long-lived
   * `git cat-file --batch` (never one process per file); the working tree is read from disk.
   * A missing file maps to undefined; an unreadable one to an InputError naming it.
   */
  async readFiles(state, paths) {
    const out = /* @__PURE__ */ new Map();
    if (state.kind === "worktree") {
      for (const p of paths) out.set(p, readWorktreeFile(this.root, p));
      return out;
    }
    const ids = await this.objectIds(state);
    const wanted = paths.filter((p) => ids.has(p));
    for (const p of paths) if (!ids.has(p)) out.set(p, void 0);
    this.catFile ??= new CatFileBatch(this.root);
    const blobs = await this.catFile.readMany(wanted.map((p) => ids.get(p)));
    for (const [i, p] of wanted.entries()) out.set(p, toText(blobs[i], p));
    return out;
  }
  close() {
    this.catFile?.close();
    this.catFile = void 0;
  }
};
function toText(blob, file) {
  if (blob === null) return void 0;
  const at2 = { file, line: 1, column: 1 };
  if (blob.length > MAX_TEXT_BYTES)
    return new InputError(at2, `file is ${blob.length} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`);
  try {
    return decodeText(blob, file);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}
function readWorktreeFile(root, path) {
  const abs = join2(root, path);
  try {
    const st = statSync(abs);
    if (!st.isFile()) return void 0;
    if (st.size > MAX_TEXT_BYTES)
      return new InputError(
        { file: path, line: 1, column: 1 },
        `file is ${st.size} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`
      );
    return toText(readFileSync(abs), path);
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    return new InputError(
      { file: path, line: 1, column: 1 },
      `cannot read file (${err.code ?? "error"})`
    );
  }
}
function splitZ(s) {
  return s.split("\0").filter((p) => p.length > 0);
}
function parseNameStatus(s) {
  const parts = s.split("\0");
  const out = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (!parts[i]) break;
    out.push({ status: parts[i].charAt(0), path: parts[i + 1] });
  }
  return out;
}
var CatFileBatch = class {
  proc;
  chunks = [];
  buffered = 0;
  pending = [];
  failed;
  constructor(cwd) {
    this.proc = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    let stderr = "";
    this.proc.stderr.on("data", (d) => {
      stderr += d.toString();
    });
    const fail = (err) => {
      this.failed = err;
      for (const p of this.pending.splice(0)) p.reject(err);
    };
    this.proc.on("error", (err) => fail(new Error(`git cat-file: ${err.message}`)));
    this.proc.on("close", (code) => {
      if (this.pending.length > 0) fail(new Error(`git cat-file exited (${code}): ${stderr.trim()}`));
    });
    this.proc.stdin.on("error", (err) => fail(new Error(`git cat-file: ${err.message}`)));
  }
  readMany(names) {
    if (names.length === 0) return Promise.resolve([]);
    if (this.failed) return Promise.reject(this.failed);
    const results = names.map(
      () => new Promise((resolve, reject) => this.pending.push({ resolve, reject }))
    );
    this.proc.stdin.write(`${names.join("\n")}
`);
    return Promise.all(results);
  }
  drain() {
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    let offset = 0;
    while (this.pending.length > 0) {
      const nl = buf.indexOf(10, offset);
      if (nl === -1) break;
      const header = buf.toString("utf8", offset, nl);
      if (/ (missing|ambiguous)$/.test(header)) {
        offset = nl + 1;
        this.pending.shift().resolve(null);
        continue;
      }
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        const err = new Error(`git cat-file: unexpected output '${header}'`);
        this.failed = err;
        for (const p of this.pending.splice(0)) p.reject(err);
        break;
      }
      const size = Number(m[2]);
      if (buf.length < nl + 1 + size + 1) break;
      const content = Buffer.from(buf.subarray(nl + 1, nl + 1 + size));
      offset = nl + 1 + size + 1;
      this.pending.shift().resolve(m[1] === "blob" ? content : null);
    }
    buf = buf.subarray(offset);
    this.chunks = buf.length > 0 ? [buf] : [];
    this.buffered = buf.length;
  }
  close() {
    this.proc.stdin.end();
  }
};

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
        fresh2element.set(d.id, what);
        work.delegations.push({ value: { ...d, id, added: record(what.subject, what.event) }, subject: e.subject });
      } else {
        const c = fresh.components.find((x) => x.category === e.category && sameRef(x.trustSource, e.ref));
        if (!c || idMap.has(c.id)) continue;
        const id = uniqueId(c.id, e.ref.name, usedIds);
        idMap.set(c.id, id);
        fresh2element.set(c.id, what);
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

// src/analyse/surface-diff.ts
function diffSurfaces(base, head, opts = {}) {
  const any = head ?? base;
  if (!any) return [];
  const agent = agentName(any);
  const events = [];
  const emit = (type, direction, at2, subject, before, after, scope = {}) => {
    events.push({
      type,
      direction,
      agent,
      file: at2.file,
      line: at2.line,
      column: at2.column,
      subject,
      before,
      after,
      scope
    });
  };
  diffServers(base?.mcpServers ?? [], head?.mcpServers ?? [], emit, opts);
  diffModels(base?.models ?? [], head?.models ?? [], emit, opts.findValue);
  diffDelegations(base?.delegations ?? [], head?.delegations ?? [], emit);
  diffAutonomy(base, head, emit, events);
  if (opts.annotations && base && head) diffAnnotations(opts.annotations.base, opts.annotations.head, emit);
  diffPermissions(base, head, emit, opts.findValue);
  return events.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject)
  );
}
function refKey(r) {
  return `${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
function refLabel2(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
function agentName(s) {
  return `${s.agent.namespace ? `${s.agent.namespace}/` : ""}${s.agent.name}`;
}
function byKey(items) {
  const m = /* @__PURE__ */ new Map();
  for (const i of items) if (!m.has(elementKey(i))) m.set(elementKey(i), i);
  return m;
}
function connection(s) {
  return compact({ url: s.url, transport: s.transport, image: s.image, command: s.command });
}
function at(s, ...fields) {
  for (const f of fields) if (s.at?.[f]) return s.at[f];
  return s.position;
}
function implementation(s) {
  return compact({ image: s.image, command: s.command, args: s.args?.join(" ") });
}
function diffServers(base, head, emit, opts) {
  const b = byKey(base);
  const h = byKey(head);
  for (const [key, hs] of h) {
    const bs = b.get(key);
    const subject = `${refLabel2(hs.ref)}${hs.target !== void 0 ? ` target ${hs.target}` : ""}`;
    if (!bs) {
      emit(
        "mcp-connection-added",
        "widened",
        hs.position,
        subject,
        null,
        { ...connection(hs), ...hs.allowedTools ? { allowedTools: sorted(hs.allowedTools) } : {} },
        {
          ref: hs.ref,
          tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)),
          ...inCluster(hs) ? { inCluster: true } : {}
        }
      );
      continue;
    }
    if (bs.url !== hs.url || bs.transport !== hs.transport) {
      emit(
        "mcp-connection-added",
        "changed",
        bs.url !== hs.url ? at(hs, "url") : at(hs, "transport"),
        `${subject}: endpoint`,
        compact({ url: bs.url, transport: bs.transport }),
        compact({ url: hs.url, transport: hs.transport }),
        { ref: hs.ref, aspect: "endpoint", tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) }
      );
    }
    const bi = implementation(bs);
    const hi = implementation(hs);
    if (!sameData(bi, hi)) {
      const field = bi.image !== hi.image ? "image" : bi.command !== hi.command ? "command" : "args";
      emit("tool-surface-modified", "changed", at(hs, field), `${subject}: ${field}`, bi, hi, {
        ref: hs.ref,
        aspect: "implementation",
        tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name))
      });
    }
    if ((bs.permissionProfile ?? "") !== (hs.permissionProfile ?? "")) {
      emit(
        "tool-surface-modified",
        profileDirection(bs.permissionProfile, hs.permissionProfile),
        at(hs, "permissionProfile"),
        `${subject}: permission profile`,
        bs.permissionProfile ?? null,
        hs.permissionProfile ?? null,
        { ref: hs.ref, aspect: "permission-profile" }
      );
    }
    if ((bs.identity ?? "") !== (hs.identity ?? "")) {
      emit(
        "tool-surface-modified",
        "changed",
        at(hs, "identity"),
        `${subject}: server identity`,
        bs.identity ?? null,
        hs.identity ?? null,
        { ref: hs.ref, aspect: "server-identity" }
      );
    }
    diffServerAccess(bs, hs, subject, emit);
    let allowChange;
    if (!sameSet(bs.allowedTools, hs.allowedTools)) {
      const before = bs.allowedTools ? sorted(bs.allowedTools) : null;
      const after = hs.allowedTools ? sorted(hs.allowedTools) : null;
      const all = sorted((hs.tools ?? bs.tools ?? []).map((t) => t.name));
      allowChange = symmetricDifference(before ?? all, after ?? all);
      const list = at(hs, "toolNames", "toolsFilter", "allowedTools");
      const firstAdded = (hs.allowedTools ?? []).find((t) => !(bs.allowedTools ?? []).includes(t));
      emit(
        "tool-surface-modified",
        setDirection(before ?? all, after ?? all),
        firstAdded && opts.findValue?.(list, firstAdded, "head") || list,
        `${subject}: allowed tools`,
        before ?? "all",
        after ?? "all",
        { ref: hs.ref, aspect: "allowed-tools", tools: allowChange }
      );
    }
    diffTools(bs, hs, subject, emit, opts, allowChange);
    if (!sameSet(bs.requireApproval ?? [], hs.requireApproval ?? [])) {
      const before = sorted(bs.requireApproval ?? []);
      const after = sorted(hs.requireApproval ?? []);
      const list = at(hs, "requireApproval");
      const firstAdded = (hs.requireApproval ?? []).find((t) => !before.includes(t));
      emit(
        "autonomy-tier-changed",
        inverse(setDirection(before, after)),
        firstAdded && opts.findValue?.(list, firstAdded, "head") || list,
        `${subject}: tools that wait for approval`,
        before,
        after,
        { ref: hs.ref, aspect: "approval", tools: symmetricDifference(before, after) }
      );
    }
  }
  for (const [key, bs] of b) {
    if (h.has(key)) continue;
    emit(
      "mcp-connection-removed",
      "narrowed",
      bs.position,
      `${refLabel2(bs.ref)}${bs.target !== void 0 ? ` target ${bs.target}` : ""}`,
      { ...connection(bs), ...bs.allowedTools ? { allowedTools: sorted(bs.allowedTools) } : {} },
      null,
      {
        ref: bs.ref,
        tools: sorted(bs.allowedTools ?? (bs.tools ?? []).map((t) => t.name)),
        ...inCluster(bs) ? { inCluster: true } : {}
      }
    );
  }
}
function inCluster(s) {
  return Boolean(s.image || s.workload || s.command);
}
function diffServerAccess(bs, hs, subject, emit) {
  const facets = [
    ["credentials", "credentials", "credentials", "credential"],
    ["hostPaths", "host paths", "host-paths", "hostPath"]
  ];
  for (const [field, label, aspect, prefix] of facets) {
    if (sameSet(bs[field] ?? [], hs[field] ?? [])) continue;
    const before = sorted(bs[field] ?? []);
    const after = sorted(hs[field] ?? []);
    const added = after.find((x) => !before.includes(x));
    const where = added !== void 0 ? at(hs, `${prefix}:${added}`, field) : at(hs, field);
    emit("tool-surface-modified", setDirection(before, after), where, `${subject}: ${label}`, before, after, {
      ref: hs.ref,
      aspect
    });
  }
  if ((bs.authentication ?? "") !== (hs.authentication ?? "")) {
    emit(
      "tool-surface-modified",
      hs.authentication === "none" ? "widened" : bs.authentication === "none" ? "narrowed" : "changed",
      at(hs, "authentication"),
      `${subject}: caller authentication`,
      bs.authentication ?? null,
      hs.authentication ?? null,
      { ref: hs.ref, aspect: "authentication" }
    );
  }
  const bu = new Set(bs.upstreams ?? []);
  const hu = new Set(hs.upstreams ?? []);
  for (const u of sorted([...hu].filter((x) => !bu.has(x))))
    emit("mcp-connection-added", "widened", at(hs, `upstream:${u}`), `${subject}: upstream ${u}`, null, u, {
      ref: hs.ref,
      aspect: "upstream"
    });
  for (const u of sorted([...bu].filter((x) => !hu.has(x))))
    emit("mcp-connection-removed", "narrowed", at(bs, `upstream:${u}`), `${subject}: upstream ${u}`, u, null, {
      ref: hs.ref,
      aspect: "upstream"
    });
}
function diffTools(bs, hs, subject, emit, opts, allowChange) {
  if (bs.tools === void 0 && hs.tools === void 0) return;
  const bt = new Map((bs.tools ?? []).map((t) => [t.name, t]));
  const ht = new Map((hs.tools ?? []).map((t) => [t.name, t]));
  const before = sorted([...bt.keys()]);
  const after = sorted([...ht.keys()]);
  const sameAsAllowList = allowChange !== void 0 && sameSet(allowChange, symmetricDifference(before, after));
  if (bs.tools !== void 0 && hs.tools !== void 0 && !sameSet(before, after) && !sameAsAllowList) {
    const firstAdded = (hs.tools ?? []).find((t) => !bt.has(t.name))?.position;
    emit(
      "tool-surface-modified",
      setDirection(before, after),
      firstAdded ?? at(hs, "tools"),
      `${subject}: tools`,
      before,
      after,
      {
        ref: hs.ref,
        aspect: "tools",
        tools: symmetricDifference(before, after)
      }
    );
  }
  for (const [name, tool] of ht) {
    const headHash = toolHash(tool);
    if (headHash === void 0) continue;
    const baseTool = bt.get(name);
    const baseHash = baseTool ? toolHash(baseTool) : void 0;
    const pinned = opts.pinnedHash?.(hs.ref, name);
    const reference = baseHash ?? pinned;
    if (reference !== void 0 && reference !== headHash) {
      emit(
        "tool-surface-modified",
        "changed",
        tool.position ?? at(hs, "tools"),
        `${subject}: tool ${name} description or schema`,
        { sha256: reference, ...baseTool?.description !== void 0 ? { description: baseTool.description } : {} },
        { sha256: headHash, ...tool.description !== void 0 ? { description: tool.description } : {} },
        { ref: hs.ref, aspect: "tool-hash", tools: [name] }
      );
    }
  }
}
function toolHash(t) {
  if (t.sha256) return t.sha256;
  return t.description !== void 0 ? `description:${t.description}` : void 0;
}
function modelFacts(m) {
  return compact({
    provider: m.provider,
    model: m.model,
    revision: m.revision,
    endpoint: m.endpoint,
    runtime: m.runtime
  });
}
function modelKey(m) {
  return `${m.use}:${elementKey(m)}`;
}
function diffModels(base, head, emit, findValue) {
  const b = new Map(base.map((m) => [modelKey(m), m]));
  const h = new Map(head.map((m) => [modelKey(m), m]));
  const unpairedBase = [...b.keys()].filter((k) => !h.has(k));
  const unpairedHead = [...h.keys()].filter((k) => !b.has(k));
  const pairs = [];
  for (const [k, hm] of h) if (b.has(k)) pairs.push([b.get(k), hm]);
  if (unpairedBase.length === 1 && unpairedHead.length === 1) {
    pairs.push([b.get(unpairedBase[0]), h.get(unpairedHead[0])]);
  } else {
    for (const k of unpairedHead) pairs.push([void 0, h.get(k)]);
    for (const k of unpairedBase) pairs.push([b.get(k), void 0]);
  }
  for (const [bm, hm] of pairs) {
    const before = bm ? modelFacts(bm) : null;
    const after = hm ? modelFacts(hm) : null;
    if (before && after && sameData(before, after)) continue;
    const m = hm ?? bm;
    let where = m.position;
    if (bm && hm && elementKey(bm) === elementKey(hm)) {
      const field = ["model", "revision", "endpoint", "runtime", "provider"].find(
        (k) => before[k] !== after[k]
      );
      if (field) {
        where = at(hm, field);
        const value = after[field];
        if (value && findValue) where = findValue(where, value, "head") ?? where;
      }
    }
    const runtime = (before?.runtime ?? "") !== (after?.runtime ?? "");
    emit(
      "model-version-updated",
      !before ? "widened" : !after ? "narrowed" : "changed",
      where,
      `${refLabel2(m.ref)}${m.target !== void 0 ? ` ${m.target}` : ""}`,
      before,
      after,
      { ref: m.ref, aspect: runtime ? "runtime" : "model" }
    );
  }
}
function diffDelegations(base, head, emit) {
  const b = byKey(base);
  const h = byKey(head);
  for (const [k, d] of h) {
    if (!b.has(k))
      emit("tool-surface-modified", "widened", d.position, `delegation to ${refLabel2(d.ref)}`, null, refLabel2(d.ref), {
        ref: d.ref,
        aspect: "delegation"
      });
  }
  for (const [k, d] of b) {
    if (!h.has(k))
      emit("tool-surface-modified", "narrowed", d.position, `delegation to ${refLabel2(d.ref)}`, refLabel2(d.ref), null, {
        ref: d.ref,
        aspect: "delegation"
      });
  }
}
function diffAutonomy(base, head, emit, events) {
  if (!base || !head) return;
  const ba = base.autonomy;
  const ha = head.autonomy;
  const serverNames = (s) => new Set(s.mcpServers.map((m) => m.ref.name));
  const bn = serverNames(base);
  const hn = serverNames(head);
  const onBoth = (t) => {
    const server = t.slice(0, t.lastIndexOf("/"));
    return bn.has(server) && hn.has(server);
  };
  const joined = [...hn].some((n) => !bn.has(n)) || keysOf(head.delegations).some((k) => !base.delegations.some((d) => elementKey(d) === k));
  const left = [...bn].some((n) => !hn.has(n)) || keysOf(base.delegations).some((k) => !head.delegations.some((d) => elementKey(d) === k));
  const approvalsMoved = !sameSet(ba.approvalTools.filter(onBoth), ha.approvalTools.filter(onBoth));
  if (ba.tier !== ha.tier) {
    const derived = !approvalsMoved && Boolean(ba.codeExecution) === Boolean(ha.codeExecution) && joined !== left ? joined ? "widened" : "narrowed" : void 0;
    emit(
      "autonomy-tier-changed",
      derived ?? tierDirection(ba.tier, ha.tier),
      ha.position,
      "autonomy tier",
      ba.tier,
      ha.tier,
      { aspect: "tier" }
    );
  }
  if (Boolean(ba.codeExecution) !== Boolean(ha.codeExecution)) {
    emit(
      "autonomy-tier-changed",
      ha.codeExecution ? "widened" : "narrowed",
      ha.position,
      "code execution",
      Boolean(ba.codeExecution),
      Boolean(ha.codeExecution),
      { aspect: "code-execution" }
    );
  }
  const perServer = events.some((e) => e.scope.aspect === "approval");
  if (!perServer && approvalsMoved) {
    const before = sorted(ba.approvalTools.filter(onBoth));
    const after = sorted(ha.approvalTools.filter(onBoth));
    emit(
      "autonomy-tier-changed",
      inverse(setDirection(before, after)),
      ha.position,
      "tools that wait for approval",
      before,
      after,
      {
        aspect: "approval",
        tools: symmetricDifference(before, after)
      }
    );
  }
}
function keysOf(items) {
  return items.map((i) => elementKey(i));
}
function diffAnnotations(base, head, emit) {
  for (const key of sorted([...Object.keys(base), ...Object.keys(head)])) {
    const b = base[key];
    const h = head[key];
    if (b?.value === h?.value) continue;
    emit(
      "autonomy-tier-changed",
      tierDirection(b?.value, h?.value),
      (h ?? b).position,
      `annotation ${key}`,
      b?.value ?? null,
      h?.value ?? null,
      { aspect: "annotation" }
    );
  }
}
function permissionTuple(p) {
  return {
    apiGroup: p.apiGroup,
    resource: p.resource,
    verb: p.verb,
    namespace: p.namespace,
    ...p.resourceNames && p.resourceNames.length > 0 ? { resourceNames: sorted(p.resourceNames) } : {},
    ...p.nonResourceURL ? { nonResourceURL: p.nonResourceURL } : {}
  };
}
function permissionLabel(t) {
  if (t.nonResourceURL) return `${t.verb} ${t.nonResourceURL}`;
  const what = `${t.apiGroup ? `${t.apiGroup}/` : ""}${t.resource}${t.resourceNames ? `[${t.resourceNames.join(",")}]` : ""}`;
  return `${t.verb} ${what} in ${t.namespace === "*" ? "all namespaces" : t.namespace}`;
}
function tupleKey(t) {
  return JSON.stringify([t.apiGroup, t.resource, t.verb, t.namespace, t.resourceNames ?? [], t.nonResourceURL ?? ""]);
}
function diffPermissions(base, head, emit, findValue) {
  if (base && head && (base.identity ?? "") !== (head.identity ?? "")) {
    emit(
      "permissions-changed",
      "changed",
      head.serviceAccount?.position ?? head.agent.position,
      `identity of ${agentName(head)}`,
      base.identity ?? null,
      head.identity ?? null,
      { ...head.identity !== void 0 ? { identity: head.identity } : {}, aspect: "identity" }
    );
  }
  const own = head?.identity ?? base?.identity;
  if (own !== void 0) {
    diffCloudRole(own, base?.serviceAccount, head?.serviceAccount, emit);
    diffGrants(own, base?.permissions ?? [], head?.permissions ?? [], emit, findValue);
  }
  const bt = new Map((base?.toolIdentities ?? []).map((t) => [t.identity, t]));
  const ht = new Map((head?.toolIdentities ?? []).map((t) => [t.identity, t]));
  for (const id of sorted([...bt.keys(), ...ht.keys()])) {
    if (id === own) continue;
    diffCloudRole(id, bt.get(id)?.serviceAccount, ht.get(id)?.serviceAccount, emit);
    diffGrants(id, bt.get(id)?.permissions ?? [], ht.get(id)?.permissions ?? [], emit, findValue);
  }
}
function diffCloudRole(identity, base, head, emit) {
  const before = base?.cloudIdentity;
  const after = head?.cloudIdentity;
  if ((before ?? "") === (after ?? "")) return;
  const where = after !== void 0 ? at(head, "cloudIdentity") : at(base, "cloudIdentity");
  const direction = before === void 0 ? "widened" : after === void 0 ? "narrowed" : "changed";
  emit("permissions-changed", direction, where, `${identity}: cloud role`, before ?? null, after ?? null, {
    identity,
    aspect: "cloud-role"
  });
}
function diffGrants(id, basePerms, headPerms, emit, findValue) {
  const index = (perms) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of perms) {
      const tuple = permissionTuple(p);
      const k = tupleKey(tuple);
      if (!m.has(k)) m.set(k, { tuple, position: p.position, perm: p });
    }
    return m;
  };
  const b = index(basePerms);
  const h = index(headPerms);
  const rolesByBinding = (perms) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of perms) {
      const k = refKey(p.binding);
      m.set(k, (m.get(k) ?? /* @__PURE__ */ new Set()).add(refKey(p.role)));
    }
    return m;
  };
  const rolesOf = { base: rolesByBinding(basePerms), head: rolesByBinding(headPerms) };
  const site = (p, other) => {
    if (p.builtinRole || !p.bindingAt) return { position: p.position, rule: !p.builtinRole };
    const roles = other.get(refKey(p.binding));
    if (!roles) return { position: p.bindingAt.subject, rule: false };
    if (!roles.has(refKey(p.role))) return { position: p.bindingAt.roleRef, rule: false };
    return { position: p.position, rule: true };
  };
  const group = (from, other, otherRoles) => {
    const groups = /* @__PURE__ */ new Map();
    for (const [k, v] of from) {
      if (other.has(k)) continue;
      const where = site(v.perm, otherRoles);
      const gk = `${where.position.file}:${where.position.line}`;
      const g = groups.get(gk) ?? { ...where, tuples: [], perms: [] };
      g.tuples.push(v.tuple);
      g.perms.push(v.perm);
      groups.set(gk, g);
    }
    return [...groups.values()];
  };
  const pinpoint = (g, other, state) => {
    if (!findValue || !g.rule) return g.position;
    const t = g.tuples[0];
    const others = [...other.values()].map((o) => o.tuple);
    const same = (o, ...keys) => keys.every((k) => o[k] === t[k]);
    const value = others.some((o) => same(o, "apiGroup", "resource", "namespace")) ? t.verb : others.some((o) => same(o, "apiGroup", "verb", "namespace")) ? t.resource : void 0;
    return (value && value !== "*" ? findValue(g.position, value, state) : void 0) ?? g.position;
  };
  for (const g of group(h, b, rolesOf.base)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      "permissions-changed",
      "widened",
      pinpoint(g, b, "head"),
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} added${words}`,
      null,
      g.tuples.map(permissionLabel),
      { identity: id, added: g.tuples, removed: [], ...scope }
    );
  }
  for (const g of group(b, h, rolesOf.head)) {
    const { words, scope } = grantFacts(g.perms);
    emit(
      "permissions-changed",
      "narrowed",
      pinpoint(g, h, "base"),
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} removed${words}`,
      g.tuples.map(permissionLabel),
      null,
      { identity: id, added: [], removed: g.tuples, ...scope }
    );
  }
}
function grantFacts(perms) {
  const roles = sorted(perms.filter((p) => p.builtinRole).map((p) => p.role.name));
  const wild = perms.filter((p) => p.wildcard).map((p) => permissionLabel(permissionTuple(p)));
  const words = (roles.length > 0 ? ` through the built-in ClusterRole ${roles.join(", ")}` : "") + (wild.length > 0 ? `, including wildcard grant${wild.length === 1 ? "" : "s"} (${wild.join("; ")})` : "");
  return {
    words,
    scope: {
      ...roles.length > 0 ? { builtinRoles: roles } : {},
      ...wild.length > 0 ? { wildcard: true } : {}
    }
  };
}
var TIER_RANK = { manual: 0, approval: 1, autonomous: 2 };
function tierDirection(before, after) {
  const b = before === void 0 ? void 0 : TIER_RANK[before];
  const a = after === void 0 ? void 0 : TIER_RANK[after];
  if (b === void 0 || a === void 0 || a === b) return "changed";
  return a > b ? "widened" : "narrowed";
}
var PROFILE_RANK = { "builtin:none": 0, "builtin:network": 1 };
function profileDirection(before, after) {
  const b = before === void 0 ? void 0 : PROFILE_RANK[before];
  const a = after === void 0 ? void 0 : PROFILE_RANK[after];
  if (b === void 0 || a === void 0 || a === b) return "changed";
  return a > b ? "widened" : "narrowed";
}
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0 && v !== ""));
}
function sorted(a) {
  return [...new Set(a)].sort();
}
function sameSet(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  const sa = sorted(a);
  const sb = sorted(b);
  return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
}
function symmetricDifference(a, b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return sorted([...a.filter((x) => !sb.has(x)), ...b.filter((x) => !sa.has(x))]);
}
function sameData(a, b) {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
function pinnedHashes(data) {
  return (server, tool) => {
    const c = data.components.find(
      (x) => x.tools && x.trustSource.kind === server.kind && x.trustSource.name === server.name && (!x.trustSource.namespace || !server.namespace || x.trustSource.namespace === server.namespace)
    );
    return c?.tools?.find((t) => t.name === tool)?.sha256;
  };
}

// src/analyse/value-finder.ts
function valueFinder(headText, baseText) {
  const cache = /* @__PURE__ */ new Map();
  return (at2, value, state) => {
    if (value.length === 0) return void 0;
    const key = `${state}\0${at2.file}`;
    let lines = cache.get(key);
    if (!lines) {
      const text = (state === "head" ? headText : baseText)(at2.file);
      if (text === void 0) return void 0;
      lines = text.split("\n");
      cache.set(key, lines);
    }
    const first = lines[at2.line - 1];
    if (first === void 0) return void 0;
    const indent = (l) => l.length - l.trimStart().length;
    const dash = /^\s*- /.test(first) && at2.column - 1 > first.indexOf("-");
    const base = dash ? first.indexOf("-") : indent(first);
    const word = new RegExp(`(^|[^A-Za-z0-9_./-])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9_./-])`);
    for (let i = at2.line - 1; i < lines.length; i++) {
      const l = lines[i];
      if (i > at2.line - 1 && l.trim() !== "" && !l.trimStart().startsWith("#")) {
        const n = indent(l);
        if (dash ? n <= base : n < base || n === base && !/^\s*- /.test(l)) break;
      }
      const m = word.exec(l);
      if (!m) continue;
      if (i === at2.line - 1) return void 0;
      return { file: at2.file, line: i + 1, column: m.index + m[1].length + 1 };
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
        writeFileAtomic(join3(opts.root, c.file), c.after);
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
      before = readTextFile(join3(root, file), file);
    } catch {
      throw new InputError(
        { file, line: 1, column: 1 },
        "cannot apply the re-open plan: the catalog is not in the working tree"
      );
    }
    let list = planned;
    const input = inputs.find((i) => i.file === file);
    if (input && before !== input.text) {
      const current = loadCatalogText(before, file, join3(root, file)).data;
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
    const at2 = [e.position, ...e.alsoAt].find((p) => changed.has(p.file));
    if (at2) out.push({ ...e, position: at2 });
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
      message: `${e.subject} (${e.direction}): ${describeChange(e)} (agent ${e.agent}).${tail.length ? ` ${tail.join(" ")}` : ""}`,
      subject: `${e.catalog}#${e.subject}`
    };
  });
}
function describeChange(e) {
  if (e.type === "permissions-changed" && (e.scope.added?.length || e.scope.removed?.length)) {
    const parts = [
      ...(e.scope.added ?? []).map((p) => `+ ${permissionLabel(p)}`),
      ...(e.scope.removed ?? []).map((p) => `- ${permissionLabel(p)}`)
    ];
    return parts.join(", ");
  }
  return `${show(e.before)} \u2192 ${show(e.after)}`;
}
function show(v) {
  if (v === null || v === void 0) return "(none)";
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (typeof v === "object")
    return Object.entries(v).map(([k, x]) => `${k}=${show(x)}`).join(" ");
  return String(v);
}

export {
  runDiff,
  eventFindings,
  describeChange
};
