import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_EVENT_TYPES,
  wo
} from "./chunk-G5E4LCDM.js";
import {
  MANIFEST_RULE,
  MAX_TEXT_BYTES,
  asCatalogDoc,
  compareFindings,
  decodeText,
  loadCatalogText,
  readConfig,
  readManifestText,
  require_dist,
  require_picomatch,
  schemaFindings,
  yaml
} from "./chunk-5GAIK3BR.js";
import {
  InputError,
  UsageError,
  __toESM
} from "./chunk-BBBO5FXQ.js";

// src/deliver/run-diff.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/read/diff-inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { join, posix } from "node:path";
var ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];
var CATALOG_FILE = /\.threats\.ya?ml$/;
async function readDiffInputs(repo, base2, head, config) {
  const changed = await repo.changedFiles(base2, head);
  const changedSet = new Set(changed.map((c) => c.path));
  const inputErrors = [];
  const reads = { base: 0, head: 0 };
  const [baseFiles, headFiles] = await Promise.all([repo.listFiles(base2), repo.listFiles(head)]);
  const isCatalog = (0, import_picomatch.default)(config.catalogs, { dot: false, ignore: [...ALWAYS_EXCLUDED, ...config.exclude] });
  const headCatalogPaths = headFiles.filter((p) => isCatalog(p)).sort();
  const headCatalogText = await repo.readFiles(head, headCatalogPaths);
  reads.head += headCatalogPaths.length;
  const headCatalogs = /* @__PURE__ */ new Map();
  for (const [file, text] of headCatalogText) {
    const loaded = loadOrError(text, file, repo.root, inputErrors);
    if (loaded) headCatalogs.set(file, loaded);
  }
  const changedCatalogPaths = headCatalogPaths.filter((p) => changedSet.has(p) && headCatalogs.has(p));
  const baseCatalogText = await repo.readFiles(base2, changedCatalogPaths);
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
      /* a broken base catalog is history, not this change's problem */
    );
    if (loaded) baseCatalogs.set(file, loaded);
  }
  const excluded = (0, import_picomatch.default)([...ALWAYS_EXCLUDED, ...config.exclude], { dot: true });
  const relevant = [];
  for (const [file, headCat] of headCatalogs) {
    const baseCat = baseCatalogs.get(file);
    const headOwned = ownedFiles(file, headCat.data, headFiles, excluded);
    const baseOwned = ownedFiles(file, (baseCat ?? headCat).data, baseFiles, excluded);
    const touched = changedSet.has(file) || headOwned.some((f) => changedSet.has(f)) || baseOwned.some((f) => changedSet.has(f));
    if (touched) relevant.push({ file, baseOwned, headOwned });
  }
  const needBase = /* @__PURE__ */ new Set();
  const needHead = /* @__PURE__ */ new Set();
  for (const r of relevant) {
    for (const f of r.baseOwned) needBase.add(f);
    for (const f of r.headOwned) (changedSet.has(f) ? needHead : needBase).add(f);
  }
  const [baseText, headText] = await Promise.all([repo.readFiles(base2, [...needBase]), repo.readFiles(head, [...needHead])]);
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
  return { changed, pairs, inputErrors, reads };
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
function ownedFiles(catalogFile, data, files, excluded) {
  const patterns = manifestPatterns(data);
  if (patterns.length === 0) return [];
  const dir = posix.dirname(catalogFile);
  const full = patterns.map((p) => posix.normalize(dir === "." ? p : posix.join(dir, p)).replace(/^\.\//, ""));
  const match = (0, import_picomatch.default)(full, { dot: false });
  return files.filter((f) => f !== catalogFile && !CATALOG_FILE.test(f) && match(f) && !excluded(f)).sort();
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
  /** Files that differ between `base` and `head` (renames as delete + add, so both paths are seen). */
  async changedFiles(base2, head) {
    const args = ["diff", "--name-status", "--no-renames", "--no-ext-diff", "--relative", "-z"];
    if (head.kind === "commit") args.push(base2.commit, head.commit);
    else if (head.kind === "index") args.push("--cached", base2.commit);
    else args.push(base2.commit);
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
    if (state.kind === "commit") return splitZ(await this.git.raw(["ls-tree", "-r", "--name-only", "-z", state.commit]));
    if (state.kind === "index") return splitZ(await this.git.raw(["ls-files", "--cached", "-z"]));
    const listed = splitZ(await this.git.raw(["ls-files", "--cached", "--others", "--exclude-standard", "-z"]));
    const deleted = new Set(splitZ(await this.git.raw(["ls-files", "--deleted", "-z"])));
    return [...new Set(listed)].filter((p) => !deleted.has(p));
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
    const prefix = state.kind === "commit" ? state.commit : "";
    const readable = paths.filter((p) => !/[\n\r]/.test(p));
    for (const p of paths) if (!readable.includes(p)) out.set(p, new InputError({ file: p, line: 1, column: 1 }, "file name contains a newline; not read"));
    this.catFile ??= new CatFileBatch(this.root);
    const blobs = await this.catFile.readMany(readable.map((p) => `${prefix}:./${p}`));
    readable.forEach((p, i) => out.set(p, toText(blobs[i], p)));
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
  if (blob.length > MAX_TEXT_BYTES) return new InputError(at2, `file is ${blob.length} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`);
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
    if (st.size > MAX_TEXT_BYTES) return new InputError({ file: path, line: 1, column: 1 }, `file is ${st.size} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`);
    return toText(readFileSync(abs), path);
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    return new InputError({ file: path, line: 1, column: 1 }, `cannot read file (${err.code ?? "error"})`);
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
    const results = names.map(() => new Promise((resolve, reject) => this.pending.push({ resolve, reject })));
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

// src/read/manifests/fields.ts
var FieldReader = class {
  problems = [];
  raw(o, path) {
    let v = o.body;
    for (const seg of path) {
      if (v === null || typeof v !== "object") return void 0;
      v = v[seg];
    }
    return v;
  }
  /** A string (numbers and booleans are accepted as written: YAML turns `3000` or `true` into non-strings). */
  str(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    this.bad(o, path, "a string");
    return void 0;
  }
  bool(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    this.bad(o, path, "a boolean");
    return void 0;
  }
  list(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (Array.isArray(v)) return v;
    this.bad(o, path, "a list");
    return void 0;
  }
  /** A list of strings; other items are reported and dropped. */
  strings(o, path) {
    const items = this.list(o, path);
    if (!items) return void 0;
    const out = [];
    items.forEach((item, i) => {
      if (typeof item === "string") out.push(item);
      else if (typeof item === "number" || typeof item === "boolean") out.push(String(item));
      else this.bad(o, [...path, i], "a string");
    });
    return out;
  }
  map(o, path) {
    const v = this.raw(o, path);
    if (v === void 0 || v === null) return void 0;
    if (typeof v === "object" && !Array.isArray(v)) return v;
    this.bad(o, path, "a mapping");
    return void 0;
  }
  problem(position, message) {
    this.problems.push({ position, message });
  }
  bad(o, path, expected) {
    this.problem(o.locate(path), `${o.kind} ${o.name}: ${path.join(".")} must be ${expected}`);
  }
};
function groupOf(apiVersion) {
  const i = apiVersion.lastIndexOf("/");
  return i < 0 ? "" : apiVersion.slice(0, i);
}
function refOf(o, namespace) {
  const ns = o.namespace ?? namespace;
  return { kind: o.kind, name: o.name, ...ns !== void 0 ? { namespace: ns } : {}, apiVersion: o.apiVersion };
}
var ManifestIndex = class {
  constructor(files) {
    this.files = files;
    for (const f of files) {
      for (const o of f.objects) {
        let list = this.byKind.get(o.kind);
        if (!list) this.byKind.set(o.kind, list = []);
        list.push(o);
      }
    }
  }
  files;
  byKind = /* @__PURE__ */ new Map();
  ofKind(kind, group) {
    const list = this.byKind.get(kind) ?? [];
    return group === void 0 ? list : list.filter((o) => groupOf(o.apiVersion) === group);
  }
  find(kind, name, namespace, group) {
    let fallback;
    for (const o of this.ofKind(kind, group)) {
      if (o.name !== name) continue;
      if (namespace === void 0 || o.namespace === namespace) return o;
      if (o.namespace === void 0) fallback ??= o;
    }
    return fallback;
  }
};
function saUsername(namespace, name) {
  return `system:serviceaccount:${namespace}:${name}`;
}

// src/model/tool-hash.ts
import { createHash } from "node:crypto";
function toolHash(tool) {
  const pinned = { name: tool.name };
  if (tool.description !== void 0) pinned.description = tool.description;
  if (tool.inputSchema !== void 0) pinned.inputSchema = tool.inputSchema;
  if (tool.annotations !== void 0) pinned.annotations = tool.annotations;
  return createHash("sha256").update(canonicalJson(pinned)).digest("hex");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => v === void 0 ? "null" : canonicalJson(v)).join(",")}]`;
  const obj = value;
  const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

// src/read/manifests/kagent.ts
var KAGENT_GROUP = "kagent.dev";
var DEFAULT_MODEL_CONFIG = "default-model-config";
function isKagentAgent(o) {
  return o.kind === "Agent" && groupOf(o.apiVersion) === KAGENT_GROUP;
}
function readKagentAgent(agent, ctx) {
  return agent.apiVersion === "kagent.dev/v1alpha1" ? readV1alpha1(agent, ctx) : readV1alpha2(agent, ctx);
}
function base(agent, type, saName, saPath) {
  const namespace = agent.namespace ?? "default";
  const sa = saName ?? agent.name;
  return {
    agent: { kind: agent.kind, name: agent.name, namespace, apiVersion: agent.apiVersion, position: agent.position },
    type,
    // kagent generates a Deployment named after the Agent.
    workload: { kind: "Deployment", name: agent.name, namespace },
    serviceAccount: {
      kind: "ServiceAccount",
      name: sa,
      namespace,
      position: saPath ? agent.locate(saPath) : agent.position
    },
    identity: saUsername(namespace, sa),
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    autonomy: { tier: "autonomous", approvalTools: [], position: agent.position }
  };
}
function readV1alpha2(agent, ctx) {
  const { fields: f } = ctx;
  const typeRaw = f.str(agent, ["spec", "type"]);
  const type = typeRaw ?? (f.raw(agent, ["spec", "byo"]) !== void 0 && f.raw(agent, ["spec", "declarative"]) === void 0 ? "BYO" : "Declarative");
  if (type !== "Declarative" && type !== "BYO") {
    f.problem(agent.locate(["spec", "type"]), `Agent ${agent.name}: spec.type must be Declarative or BYO, not '${type}'`);
  }
  if (type === "BYO") {
    const saPath2 = ["spec", "byo", "deployment", "serviceAccountName"];
    const s2 = base(agent, "BYO", f.str(agent, saPath2), f.raw(agent, saPath2) !== void 0 ? saPath2 : void 0);
    s2.autonomy = { tier: "autonomous", approvalTools: [], position: agent.locate(["spec", "byo"]) };
    return s2;
  }
  const D = ["spec", "declarative"];
  const saPath = [...D, "deployment", "serviceAccountName"];
  const s = base(agent, "Declarative", f.str(agent, saPath), f.raw(agent, saPath) !== void 0 ? saPath : void 0);
  const ns = s.agent.namespace;
  if (f.map(agent, D) === void 0) {
    f.problem(agent.locate(["spec"]), `Agent ${agent.name}: a Declarative agent needs spec.declarative`);
    return s;
  }
  const mc = f.str(agent, [...D, "modelConfig"]);
  s.models.push(modelFromConfig(agent, mc ?? DEFAULT_MODEL_CONFIG, ns, "agent", mc === void 0 ? D : [...D, "modelConfig"], mc === void 0, ctx));
  const memMc = f.str(agent, [...D, "memory", "modelConfig"]);
  if (f.map(agent, [...D, "memory"])) {
    s.memory.push({
      ref: { kind: agent.kind, name: agent.name, namespace: ns, apiVersion: agent.apiVersion },
      engine: "kagent",
      position: agent.locate([...D, "memory"]),
      definedAt: agent.position
    });
    if (memMc) s.models.push(modelFromConfig(agent, memMc, ns, "memory", [...D, "memory", "modelConfig"], false, ctx));
  }
  const sumPath = [...D, "context", "compaction", "summarizer", "modelConfig"];
  const sumMc = f.str(agent, sumPath);
  if (sumMc) s.models.push(modelFromConfig(agent, sumMc, ns, "compaction", sumPath, false, ctx));
  const tools = f.list(agent, [...D, "tools"]) ?? [];
  tools.forEach((t, i) => {
    const P = [...D, "tools", i];
    if (t === null || typeof t !== "object" || Array.isArray(t)) {
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
      return;
    }
    const item = t;
    const kind = typeof item.type === "string" ? item.type : item.agent !== void 0 ? "Agent" : "McpServer";
    if (kind === "Agent") {
      const d = delegationRef(agent, [...P, "agent"], ns, ctx);
      if (d) s.delegations.push(d);
    } else if (kind === "McpServer") {
      const m = mcpToolRef(agent, [...P, "mcpServer"], ns, ctx);
      if (m) s.mcpServers.push(m);
    } else {
      f.problem(agent.locate([...P, "type"]), `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`);
    }
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? agent.locate([...D, "tools"]) : agent.locate(D), f.bool(agent, [...D, "executeCodeBlocks"]));
  return s;
}
function readV1alpha1(agent, ctx) {
  const { fields: f } = ctx;
  const saPath = ["spec", "deployment", "serviceAccountName"];
  const s = base(agent, "Declarative", f.str(agent, saPath), f.raw(agent, saPath) !== void 0 ? saPath : void 0);
  const ns = s.agent.namespace;
  const mc = f.str(agent, ["spec", "modelConfig"]);
  s.models.push(modelFromConfig(agent, mc ?? DEFAULT_MODEL_CONFIG, ns, "agent", mc === void 0 ? ["spec"] : ["spec", "modelConfig"], mc === void 0, ctx));
  (f.strings(agent, ["spec", "memory"]) ?? []).forEach((name, i) => {
    const [mns, mname] = splitNsName(name, ns);
    const mem = ctx.index.find("Memory", mname, mns, KAGENT_GROUP);
    s.memory.push({
      ref: { kind: "Memory", name: mname, namespace: mns, apiVersion: mem?.apiVersion ?? "kagent.dev/v1alpha1" },
      engine: mem && f.str(mem, ["spec", "provider"])?.toLowerCase() || "kagent-memory",
      position: agent.locate(["spec", "memory", i]),
      ...mem ? { definedAt: mem.position } : {}
    });
  });
  const tools = f.list(agent, ["spec", "tools"]) ?? [];
  tools.forEach((t, i) => {
    const P = ["spec", "tools", i];
    if (t === null || typeof t !== "object" || Array.isArray(t)) {
      f.problem(agent.locate(P), `Agent ${agent.name}: tools[${i}] must be a mapping with type McpServer or Agent`);
      return;
    }
    const item = t;
    const kind = typeof item.type === "string" ? item.type : item.agent !== void 0 ? "Agent" : "McpServer";
    if (kind === "Agent") {
      const refStr = f.str(agent, [...P, "agent", "ref"]);
      if (refStr === void 0) {
        const d = delegationRef(agent, [...P, "agent"], ns, ctx);
        if (d) s.delegations.push(d);
        return;
      }
      const [dns, dname] = splitNsName(refStr, ns);
      s.delegations.push(delegation(agent, dname, dns, agent.locate([...P, "agent", "ref"]), ctx));
    } else if (kind === "McpServer") {
      const ts = f.str(agent, [...P, "mcpServer", "toolServer"]);
      if (ts === void 0) {
        const m = mcpToolRef(agent, [...P, "mcpServer"], ns, ctx);
        if (m) s.mcpServers.push(m);
        return;
      }
      const [tns, tname] = splitNsName(ts, ns);
      const server = mcpServerByKind("ToolServer", tname, tns, agent.locate([...P, "mcpServer", "toolServer"]), ctx);
      const toolNames = f.strings(agent, [...P, "mcpServer", "toolNames"]);
      if (toolNames) {
        server.allowedTools = toolNames;
        server.at = { ...server.at, toolNames: agent.locate([...P, "mcpServer", "toolNames"]) };
      }
      s.mcpServers.push(server);
    } else {
      f.problem(agent.locate([...P, "type"]), `Agent ${agent.name}: tools[${i}].type must be McpServer or Agent, not '${kind}'`);
    }
  });
  s.autonomy = autonomyOf(s, tools.length > 0 ? agent.locate(["spec", "tools"]) : agent.position, void 0);
  return s;
}
function splitNsName(s, defaultNs) {
  const i = s.indexOf("/");
  return i < 0 ? [defaultNs, s] : [s.slice(0, i), s.slice(i + 1)];
}
function delegationRef(agent, path, ns, ctx) {
  const { fields: f } = ctx;
  if (f.map(agent, path) === void 0) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${path.join(".")} must name the Agent to delegate to`);
    return void 0;
  }
  const name = f.str(agent, [...path, "name"]);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${path.join(".")}.name is required`);
    return void 0;
  }
  const dns = f.str(agent, [...path, "namespace"]) ?? ns;
  return delegation(agent, name, dns, agent.locate([...path, "name"]), ctx);
}
function delegation(agent, name, ns, position, ctx) {
  const target = ctx.index.find("Agent", name, ns, KAGENT_GROUP);
  return {
    ref: { kind: "Agent", name, namespace: ns, apiVersion: target?.apiVersion ?? agent.apiVersion },
    position,
    ...target ? { definedAt: target.position } : {}
  };
}
function mcpToolRef(agent, path, ns, ctx) {
  const { fields: f } = ctx;
  if (f.map(agent, path) === void 0) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${path.join(".")} must reference an MCP server (apiGroup, kind, name)`);
    return void 0;
  }
  const name = f.str(agent, [...path, "name"]);
  if (!name) {
    f.problem(agent.locate(path), `Agent ${agent.name}: ${path.join(".")}.name is required`);
    return void 0;
  }
  const group = f.str(agent, [...path, "apiGroup"]) ?? "";
  const kindRaw = f.str(agent, [...path, "kind"]) ?? "";
  let kind;
  if (kindRaw === "" || kindRaw === "MCPServer") kind = "MCPServer";
  else if (kindRaw === "RemoteMCPServer") kind = "RemoteMCPServer";
  else if (kindRaw === "Service" && (group === "" || group === "core")) kind = "Service";
  else if (kindRaw === "ToolServer") kind = "ToolServer";
  else {
    f.problem(agent.locate([...path, "kind"]), `Agent ${agent.name}: ${path.join(".")}.kind '${kindRaw}' is not an MCP server kind (MCPServer, RemoteMCPServer, Service)`);
    return void 0;
  }
  const sns = f.str(agent, [...path, "namespace"]) ?? ns;
  const server = mcpServerByKind(kind, name, sns, agent.locate([...path, "name"]), ctx);
  const at2 = { ...server.at };
  const toolNames = f.strings(agent, [...path, "toolNames"]);
  if (toolNames) {
    server.allowedTools = toolNames;
    at2.toolNames = agent.locate([...path, "toolNames"]);
  }
  const approval = f.strings(agent, [...path, "requireApproval"]);
  if (approval) {
    server.requireApproval = approval;
    at2.requireApproval = agent.locate([...path, "requireApproval"]);
    approval.forEach((tool, j) => {
      if (toolNames && !toolNames.includes(tool)) {
        f.problem(agent.locate([...path, "requireApproval", j]), `Agent ${agent.name}: requireApproval tool '${tool}' is not in toolNames of ${kind} ${name}`);
      }
    });
  }
  server.at = at2;
  return server;
}
function mcpServerByKind(kind, name, ns, referencedAt, ctx) {
  const group = kind === "Service" ? "" : KAGENT_GROUP;
  const o = ctx.index.find(kind, name, ns, group);
  const server = o ? serverObject(o, ns, ctx) : { ref: { kind, name, namespace: ns, ...group ? {} : { apiVersion: "v1" } }, position: referencedAt };
  server.position = referencedAt;
  return server;
}
function serverObject(o, ns, ctx) {
  const kind = o.kind;
  switch (kind) {
    case "RemoteMCPServer":
      return remoteMcpServer(o, ns, ctx);
    case "MCPServer":
      return kmcpServer(o, ns, ctx);
    case "ToolServer":
      return toolServer(o, ns, ctx);
    default:
      return mcpService(o, ns, ctx);
  }
}
function remoteMcpServer(o, ns, ctx) {
  const f = ctx.fields;
  const s = {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    url: f.str(o, ["spec", "url"]),
    transport: f.str(o, ["spec", "protocol"]) ?? "STREAMABLE_HTTP",
    at: { url: o.locate(["spec", "url"]), transport: o.locate(["spec", "protocol"]) }
  };
  if (s.url === void 0) f.problem(o.locate(["spec"]), `RemoteMCPServer ${o.name}: spec.url is required`);
  const tools = discoveredTools(o, ctx);
  if (tools) {
    s.tools = tools;
    s.at.tools = o.locate(["status", "discoveredTools"]);
  }
  return s;
}
function kmcpServer(o, ns, ctx) {
  const f = ctx.fields;
  const D = ["spec", "deployment"];
  const port = f.str(o, [...D, "port"]) ?? "3000";
  const sa = f.str(o, [...D, "serviceAccountName"]);
  const namespace = o.namespace ?? ns;
  const command = f.str(o, [...D, "cmd"]);
  const args = f.strings(o, [...D, "args"]);
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    // The kagent translator's URL for a kmcp server (streamable HTTP).
    url: `http://${o.name}.${namespace}:${port}/mcp`,
    image: f.str(o, [...D, "image"]),
    ...command !== void 0 ? { command } : {},
    ...args ? { args } : {},
    transport: f.str(o, ["spec", "transportType"]),
    ...sa ? { identity: saUsername(namespace, sa) } : {},
    at: {
      url: o.locate([...D, "port"]),
      image: o.locate([...D, "image"]),
      command: o.locate([...D, "cmd"]),
      args: o.locate([...D, "args"]),
      transport: o.locate(["spec", "transportType"]),
      identity: o.locate([...D, "serviceAccountName"])
    }
  };
}
function toolServer(o, ns, ctx) {
  const f = ctx.fields;
  const C = ["spec", "config"];
  const s = { ref: refOf(o, ns), position: o.position, definedAt: o.position, at: {} };
  const which = ["stdio", "sse", "streamableHttp"].filter((k) => f.raw(o, [...C, k]) !== void 0);
  if (which.length !== 1) {
    f.problem(o.locate(C), `ToolServer ${o.name}: spec.config needs exactly one of stdio, sse, streamableHttp`);
  }
  const t = which[0];
  if (t === "stdio") {
    s.transport = "stdio";
    s.command = f.str(o, [...C, "stdio", "command"]);
    const args = f.strings(o, [...C, "stdio", "args"]);
    if (args) s.args = args;
    s.at = { command: o.locate([...C, "stdio", "command"]), args: o.locate([...C, "stdio", "args"]), transport: o.locate([...C, "stdio"]) };
  } else if (t) {
    s.transport = t;
    s.url = f.str(o, [...C, t, "url"]);
    s.at = { url: o.locate([...C, t, "url"]), transport: o.locate([...C, t]) };
  }
  const tools = discoveredTools(o, ctx);
  if (tools) {
    s.tools = tools;
    s.at.tools = o.locate(["status", "discoveredTools"]);
  }
  return s;
}
function mcpService(o, ns, ctx) {
  const f = ctx.fields;
  const A = ["metadata", "annotations"];
  const namespace = o.namespace ?? ns;
  let port = f.str(o, [...A, "kagent.dev/mcp-service-port"]);
  if (port === void 0) {
    const ports = (f.list(o, ["spec", "ports"]) ?? []).filter((p) => p !== null && typeof p === "object");
    const chosen = ports.length === 1 ? ports[0] : ports.find((p) => p.appProtocol === "mcp");
    if (chosen && (typeof chosen.port === "number" || typeof chosen.port === "string")) port = String(chosen.port);
  }
  const path = f.str(o, [...A, "kagent.dev/mcp-service-path"]) ?? "";
  const labelled = f.str(o, ["metadata", "labels", "kagent.dev/mcp-service"]) === "true";
  if (!labelled) {
    f.problem(o.position, `Service ${o.name} is used as an MCP server but lacks the label kagent.dev/mcp-service=true`);
  }
  return {
    ref: refOf(o, ns),
    position: o.position,
    definedAt: o.position,
    ...port !== void 0 ? { url: `http://${o.name}.${namespace}:${port}${path}` } : {},
    transport: f.str(o, [...A, "kagent.dev/mcp-service-protocol"]),
    at: { url: o.locate([...A, "kagent.dev/mcp-service-port"]), transport: o.locate([...A, "kagent.dev/mcp-service-protocol"]) }
  };
}
function discoveredTools(o, ctx) {
  const f = ctx.fields;
  const list = f.list(o, ["status", "discoveredTools"]);
  if (!list) return void 0;
  const tools = [];
  list.forEach((t, i) => {
    const P = ["status", "discoveredTools", i];
    const name = f.str(o, [...P, "name"]);
    if (!name) {
      f.problem(o.locate(P), `${o.kind} ${o.name}: status.discoveredTools[${i}] has no name`);
      return;
    }
    const description = f.str(o, [...P, "description"]);
    const t2 = t;
    const inputSchema = t2.inputSchema;
    const annotations = t2.annotations;
    tools.push({
      name,
      ...description !== void 0 ? { description } : {},
      sha256: toolHash({ name, description, inputSchema, annotations }),
      position: o.locate(P)
    });
  });
  return tools;
}
function modelFromConfig(agent, name, ns, use, refPath, implicit, ctx) {
  const f = ctx.fields;
  const o = ctx.index.find("ModelConfig", name, ns, KAGENT_GROUP);
  const m = {
    ref: { kind: "ModelConfig", name, namespace: ns, apiVersion: o?.apiVersion ?? "kagent.dev/v1alpha2" },
    use,
    position: agent.locate(refPath),
    ...implicit ? { implicit: true } : {}
  };
  if (!o) return m;
  m.definedAt = o.position;
  m.provider = f.str(o, ["spec", "provider"]);
  m.model = f.str(o, ["spec", "model"]);
  if (m.model === void 0) f.problem(o.locate(["spec"]), `ModelConfig ${o.name}: spec.model is required`);
  m.at = { model: o.locate(["spec", "model"]), provider: o.locate(["spec", "provider"]) };
  for (const [block, key] of ENDPOINTS) {
    const v = f.str(o, ["spec", block, key]);
    if (v !== void 0) {
      m.endpoint = v;
      m.at.endpoint = o.locate(["spec", block, key]);
      break;
    }
  }
  return m;
}
var ENDPOINTS = [
  ["openAI", "baseUrl"],
  ["anthropic", "baseUrl"],
  ["ollama", "host"],
  ["azureOpenAI", "azureEndpoint"],
  ["sapAICore", "baseUrl"],
  ["gemini", "baseUrl"]
];
function autonomyOf(s, position, codeExecution) {
  const approvalTools = [];
  let approved = 0;
  let unapproved = s.delegations.length;
  for (const m of s.mcpServers) {
    const approval = m.requireApproval ?? [];
    for (const t of approval) approvalTools.push(`${m.ref.name}/${t}`);
    approved += approval.length;
    const callable = m.allowedTools ?? m.tools?.map((t) => t.name);
    if (callable === void 0 || callable.some((t) => !approval.includes(t))) unapproved++;
  }
  approvalTools.sort();
  const tier = approved === 0 ? unapproved === 0 ? "manual" : "autonomous" : unapproved === 0 ? "manual" : "approval";
  const firstApproval = s.mcpServers.find((m) => m.at?.requireApproval)?.at?.requireApproval;
  return {
    tier,
    approvalTools,
    position: firstApproval ?? position,
    ...codeExecution !== void 0 ? { codeExecution } : {}
  };
}

// src/read/manifests/rbac.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
function identityOf(username, extraGroups = []) {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(username);
  const groups = m ? ["system:serviceaccounts", `system:serviceaccounts:${m[1]}`, "system:authenticated"] : ["system:authenticated"];
  return { username, groups: [.../* @__PURE__ */ new Set([...groups, ...extraGroups])] };
}
var RbacIndex = class {
  problems;
  index;
  fields = new FieldReader();
  rulesCache = /* @__PURE__ */ new Map();
  bindings;
  constructor(files) {
    this.index = files instanceof ManifestIndex ? files : new ManifestIndex(files);
    this.problems = this.fields.problems;
    this.bindings = [...this.index.ofKind("ClusterRoleBinding", RBAC_GROUP), ...this.index.ofKind("RoleBinding", RBAC_GROUP)].sort((a, b) => a.position.file.localeCompare(b.position.file) || a.position.line - b.position.line);
    for (const kind of ["Role", "ClusterRole"]) for (const r of this.index.ofKind(kind, RBAC_GROUP)) this.rulesOf(r);
    for (const b of this.bindings) this.fields.list(b, ["subjects"]);
  }
  /**
   * Every permission granted to the identity: one entry per apiGroup × resource × verb × namespace scope
   * (binding namespace, or "*" for ClusterRoleBindings), in binding order, without duplicates.
   * `namespace` is used for RoleBindings written without metadata.namespace (deployed with `-n`):
   * they are taken to be in the identity's namespace.
   */
  permissionsOf(identity) {
    const who = typeof identity === "string" ? identityOf(identity) : identity;
    const saNs = /^system:serviceaccount:([^:]+):/.exec(who.username)?.[1];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const b of this.bindings) {
      const cluster = b.kind === "ClusterRoleBinding";
      const bindingNs = cluster ? void 0 : b.namespace ?? saNs ?? "default";
      if (!this.subjectsMatch(b, who, bindingNs)) continue;
      const roleKind = this.fields.str(b, ["roleRef", "kind"]);
      const roleName = this.fields.str(b, ["roleRef", "name"]);
      if (!roleName || roleKind !== "Role" && roleKind !== "ClusterRole") {
        this.fields.problem(b.locate(["roleRef"]), `${b.kind} ${b.name}: roleRef needs kind Role or ClusterRole and a name`);
        continue;
      }
      if (cluster && roleKind === "Role") {
        this.fields.problem(b.locate(["roleRef", "kind"]), `ClusterRoleBinding ${b.name}: roleRef cannot be a Role`);
        continue;
      }
      const role = this.index.find(roleKind, roleName, roleKind === "Role" ? bindingNs : void 0, RBAC_GROUP);
      if (!role) continue;
      const roleRef = { kind: roleKind, name: roleName, ...roleKind === "Role" ? { namespace: bindingNs } : {} };
      const bindingRef = refOf(b, bindingNs);
      const scope = cluster ? "*" : bindingNs;
      for (const rule of this.rulesOf(role)) {
        const common = {
          identity: who.username,
          namespace: scope,
          binding: bindingRef,
          role: roleRef,
          position: rule.position,
          ...rule.from.name !== role.name ? { aggregatedFrom: rule.from } : {}
        };
        const names = rule.resourceNames.length > 0 ? { resourceNames: rule.resourceNames } : {};
        const push = (p) => {
          const key = [p.apiGroup, p.resource, p.verb, p.namespace, p.nonResourceURL ?? "", (p.resourceNames ?? []).join(",")].join("\0");
          if (seen.has(key)) return;
          seen.add(key);
          out.push(p);
        };
        for (const g of rule.apiGroups) for (const r of rule.resources) for (const v of rule.verbs) {
          push({ ...common, ...names, apiGroup: g, resource: r, verb: v, wildcard: g === "*" || r.includes("*") || v === "*" });
        }
        if (cluster) {
          for (const u of rule.nonResourceURLs) for (const v of rule.verbs) {
            push({ ...common, apiGroup: "", resource: "", verb: v, nonResourceURL: u, wildcard: u.includes("*") || v === "*" });
          }
        }
      }
    }
    return out;
  }
  subjectsMatch(b, who, bindingNs) {
    const subjects = this.fields.list(b, ["subjects"]) ?? [];
    return subjects.some((s) => {
      if (s === null || typeof s !== "object") return false;
      const { kind, name, namespace } = s;
      if (typeof name !== "string") return false;
      if (kind === "User") return name === who.username;
      if (kind === "Group") return who.groups.includes(name);
      if (kind === "ServiceAccount") {
        const ns = typeof namespace === "string" && namespace !== "" ? namespace : bindingNs;
        return ns !== void 0 && `system:serviceaccount:${ns}:${name}` === who.username;
      }
      return false;
    });
  }
  /** The rules a role grants: its own, or for an aggregated ClusterRole the union of the ClusterRoles it selects. */
  rulesOf(role, visiting = /* @__PURE__ */ new Set()) {
    const cached = this.rulesCache.get(role);
    if (cached) return cached;
    const own = this.ownRules(role);
    let rules = own;
    const selectors = role.kind === "ClusterRole" ? this.fields.list(role, ["aggregationRule", "clusterRoleSelectors"]) : void 0;
    if (selectors) {
      visiting.add(role);
      const members = this.index.ofKind("ClusterRole", RBAC_GROUP).filter((c) => c !== role && selectors.some((sel) => labelSelectorMatches(sel, labelsOf(c)))).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      if (members.length > 0) {
        const union = [];
        const keys = /* @__PURE__ */ new Set();
        for (const m of members) {
          if (visiting.has(m)) continue;
          for (const r of this.rulesOf(m, visiting)) {
            if (keys.has(r.key)) continue;
            keys.add(r.key);
            union.push(r);
          }
        }
        rules = union;
      }
      visiting.delete(role);
    }
    this.rulesCache.set(role, rules);
    return rules;
  }
  ownRules(role) {
    const f = this.fields;
    const list = f.list(role, ["rules"]) ?? [];
    const out = [];
    list.forEach((_, i) => {
      const P = ["rules", i];
      if (f.map(role, P) === void 0) return;
      const rule = {
        verbs: f.strings(role, [...P, "verbs"]) ?? [],
        apiGroups: f.strings(role, [...P, "apiGroups"]) ?? [],
        resources: f.strings(role, [...P, "resources"]) ?? [],
        resourceNames: f.strings(role, [...P, "resourceNames"]) ?? [],
        nonResourceURLs: f.strings(role, [...P, "nonResourceURLs"]) ?? []
      };
      if (rule.verbs.length === 0) {
        f.problem(role.locate(P), `${role.kind} ${role.name}: rules[${i}] has no verbs`);
        return;
      }
      if (rule.resources.length > 0 && rule.apiGroups.length === 0) {
        f.problem(role.locate(P), `${role.kind} ${role.name}: rules[${i}] names resources but no apiGroups (use "" for the core group)`);
      }
      out.push({
        ...rule,
        position: role.locate(P),
        from: refOf(role),
        key: JSON.stringify([rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs])
      });
    });
    return out;
  }
};
function labelsOf(o) {
  const labels = o.body.metadata?.labels;
  if (!labels || typeof labels !== "object") return {};
  const out = {};
  for (const [k, v] of Object.entries(labels)) if (v !== null && v !== void 0) out[k] = String(v);
  return out;
}
function labelSelectorMatches(selector, labels) {
  if (!selector || typeof selector !== "object") return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels && typeof matchLabels === "object") {
    for (const [k, v] of Object.entries(matchLabels)) {
      if (labels[k] !== String(v)) return false;
    }
  }
  if (Array.isArray(matchExpressions)) {
    for (const e of matchExpressions) {
      if (!e || typeof e !== "object") return false;
      const { key, operator, values } = e;
      if (typeof key !== "string") return false;
      const vals = Array.isArray(values) ? values.map(String) : [];
      const has = Object.prototype.hasOwnProperty.call(labels, key);
      const ok = operator === "In" ? has && vals.includes(labels[key]) : operator === "NotIn" ? !has || !vals.includes(labels[key]) : operator === "Exists" ? has : operator === "DoesNotExist" ? !has : false;
      if (!ok) return false;
    }
  }
  return true;
}

// src/read/manifests/standalone.ts
var STANDALONE_READERS = [];

// src/read/manifests/surface.ts
function readSurface(files) {
  const index = new ManifestIndex(files);
  const fields = new FieldReader();
  const ctx = { index, fields };
  const rbac = new RbacIndex(index);
  const agents = [];
  for (const f of files) {
    for (const o of f.objects) {
      if (!isKagentAgent(o)) continue;
      const base2 = readKagentAgent(o, ctx);
      agents.push({ ...base2, permissions: rbac.permissionsOf(base2.identity) });
    }
  }
  const inventory = { models: [], mcpServers: [], memory: [] };
  for (const f of files) {
    for (const o of f.objects) {
      for (const read of STANDALONE_READERS) read(o, ctx, inventory);
    }
  }
  return { agents, inventory, problems: [...fields.problems, ...rbac.problems], index, rbac };
}
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet"];
function findAgentSurface(files, workload, read = readSurface(files)) {
  const ns = workload.namespace;
  const sameNs = (x) => ns === void 0 || x === void 0 || x === ns;
  let surface;
  if (workload.kind === "Agent" || workload.kind === "Deployment") {
    surface = read.agents.find((a) => a.agent.name === workload.name && sameNs(a.agent.namespace));
  }
  if (!surface && WORKLOAD_KINDS.includes(workload.kind)) {
    const o = read.index.ofKind(workload.kind).find((w) => w.name === workload.name && sameNs(w.namespace));
    if (o) surface = plainWorkloadSurface(o, ns, read);
  }
  if (!surface) return void 0;
  return {
    ...surface,
    models: [...surface.models, ...read.inventory.models],
    mcpServers: [...surface.mcpServers, ...read.inventory.mcpServers],
    memory: [...surface.memory, ...read.inventory.memory]
  };
}
function plainWorkloadSurface(o, ns, read) {
  const f = new FieldReader();
  const namespace = o.namespace ?? ns ?? "default";
  const saPath = ["spec", "template", "spec", "serviceAccountName"];
  const sa = f.str(o, saPath) ?? f.str(o, ["spec", "template", "spec", "serviceAccount"]) ?? "default";
  const identity = saUsername(namespace, sa);
  return {
    agent: { kind: o.kind, name: o.name, namespace, apiVersion: o.apiVersion, position: o.position },
    type: "Workload",
    workload: { kind: o.kind, name: o.name, namespace },
    serviceAccount: { kind: "ServiceAccount", name: sa, namespace, position: o.locate(saPath) },
    identity,
    models: [],
    mcpServers: [],
    delegations: [],
    memory: [],
    // Nothing declared pauses a plain workload.
    autonomy: { tier: "autonomous", approvalTools: [], position: o.position },
    permissions: read.rbac.permissionsOf(identity)
  };
}

// src/analyse/surface-diff.ts
function diffSurfaces(base2, head, opts = {}) {
  const any = head ?? base2;
  if (!any) return [];
  const agent = agentName(any);
  const events = [];
  const emit = (type, at2, subject, before, after, scope = {}) => {
    events.push({ type, agent, file: at2.file, line: at2.line, column: at2.column, subject, before, after, scope });
  };
  diffServers(base2?.mcpServers ?? [], head?.mcpServers ?? [], emit, opts);
  diffModels(base2?.models ?? [], head?.models ?? [], emit);
  diffDelegations(base2?.delegations ?? [], head?.delegations ?? [], emit);
  diffAutonomy(base2, head, emit, events);
  diffPermissions(base2, head, emit);
  return events.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject));
}
function refKey(r) {
  return `${r.kind}/${r.namespace ?? ""}/${r.name}`;
}
function refLabel(r) {
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
function agentName(s) {
  return `${s.agent.namespace ? `${s.agent.namespace}/` : ""}${s.agent.name}`;
}
function byKey(items) {
  const m = /* @__PURE__ */ new Map();
  for (const i of items) if (!m.has(refKey(i.ref))) m.set(refKey(i.ref), i);
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
function diffServers(base2, head, emit, opts) {
  const b = byKey(base2);
  const h = byKey(head);
  for (const [key, hs] of h) {
    const bs = b.get(key);
    const subject = refLabel(hs.ref);
    if (!bs) {
      emit(
        "mcp-connection-added",
        hs.position,
        subject,
        null,
        { ...connection(hs), ...hs.allowedTools ? { allowedTools: sorted(hs.allowedTools) } : {} },
        { ref: hs.ref, tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) }
      );
      continue;
    }
    if (bs.url !== hs.url || bs.transport !== hs.transport) {
      emit(
        "mcp-connection-added",
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
      emit(
        "tool-surface-modified",
        at(hs, field),
        `${subject}: ${field}`,
        bi,
        hi,
        { ref: hs.ref, aspect: "implementation", tools: sorted(hs.allowedTools ?? (hs.tools ?? []).map((t) => t.name)) }
      );
    }
    if ((bs.permissionProfile ?? "") !== (hs.permissionProfile ?? "")) {
      emit(
        "tool-surface-modified",
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
        at(hs, "identity"),
        `${subject}: server identity`,
        bs.identity ?? null,
        hs.identity ?? null,
        { ref: hs.ref, aspect: "server-identity" }
      );
    }
    diffTools(bs, hs, subject, emit, opts);
    if (!sameSet(bs.allowedTools, hs.allowedTools)) {
      const before = bs.allowedTools ? sorted(bs.allowedTools) : null;
      const after = hs.allowedTools ? sorted(hs.allowedTools) : null;
      const all = sorted((hs.tools ?? bs.tools ?? []).map((t) => t.name));
      emit(
        "tool-surface-modified",
        at(hs, "toolNames", "allowedTools"),
        `${subject}: allowed tools`,
        before ?? "all",
        after ?? "all",
        { ref: hs.ref, aspect: "allowed-tools", tools: symmetricDifference(before ?? all, after ?? all) }
      );
    }
    if (!sameSet(bs.requireApproval ?? [], hs.requireApproval ?? [])) {
      const before = sorted(bs.requireApproval ?? []);
      const after = sorted(hs.requireApproval ?? []);
      emit(
        "autonomy-tier-changed",
        at(hs, "requireApproval"),
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
      bs.position,
      refLabel(bs.ref),
      { ...connection(bs), ...bs.allowedTools ? { allowedTools: sorted(bs.allowedTools) } : {} },
      null,
      { ref: bs.ref, tools: sorted(bs.allowedTools ?? (bs.tools ?? []).map((t) => t.name)) }
    );
  }
}
function diffTools(bs, hs, subject, emit, opts) {
  if (bs.tools === void 0 && hs.tools === void 0) return;
  const bt = new Map((bs.tools ?? []).map((t) => [t.name, t]));
  const ht = new Map((hs.tools ?? []).map((t) => [t.name, t]));
  const before = sorted([...bt.keys()]);
  const after = sorted([...ht.keys()]);
  if (bs.tools !== void 0 && hs.tools !== void 0 && !sameSet(before, after)) {
    const firstAdded = (hs.tools ?? []).find((t) => !bt.has(t.name))?.position;
    emit(
      "tool-surface-modified",
      firstAdded ?? at(hs, "tools"),
      `${subject}: tools`,
      before,
      after,
      { ref: hs.ref, aspect: "tools", tools: symmetricDifference(before, after) }
    );
  }
  for (const [name, tool] of ht) {
    const headHash = toolHash2(tool);
    if (headHash === void 0) continue;
    const baseTool = bt.get(name);
    const baseHash = baseTool ? toolHash2(baseTool) : void 0;
    const pinned = opts.pinnedHash?.(hs.ref, name);
    const reference = baseHash ?? pinned;
    if (reference !== void 0 && reference !== headHash) {
      emit(
        "tool-surface-modified",
        tool.position ?? at(hs, "tools"),
        `${subject}: tool ${name} description or schema`,
        { sha256: reference, ...baseTool?.description !== void 0 ? { description: baseTool.description } : {} },
        { sha256: headHash, ...tool.description !== void 0 ? { description: tool.description } : {} },
        { ref: hs.ref, aspect: "tool-hash", tools: [name] }
      );
    }
  }
}
function toolHash2(t) {
  if (t.sha256) return t.sha256;
  return t.description !== void 0 ? `description:${t.description}` : void 0;
}
function modelFacts(m) {
  return compact({ provider: m.provider, model: m.model, revision: m.revision, endpoint: m.endpoint, runtime: m.runtime });
}
function modelKey(m) {
  return `${m.use}:${refKey(m.ref)}`;
}
function diffModels(base2, head, emit) {
  const b = new Map(base2.map((m) => [modelKey(m), m]));
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
    if (bm && hm && refKey(bm.ref) === refKey(hm.ref)) {
      const field = ["model", "revision", "endpoint", "runtime", "provider"].find((k) => before[k] !== after[k]);
      if (field) where = at(hm, field);
    }
    emit("model-version-updated", where, refLabel(m.ref), before, after, { ref: m.ref });
  }
}
function diffDelegations(base2, head, emit) {
  const b = byKey(base2);
  const h = byKey(head);
  for (const [k, d] of h) {
    if (!b.has(k)) emit("tool-surface-modified", d.position, `delegation to ${refLabel(d.ref)}`, null, refLabel(d.ref), { ref: d.ref, aspect: "delegation" });
  }
  for (const [k, d] of b) {
    if (!h.has(k)) emit("tool-surface-modified", d.position, `delegation to ${refLabel(d.ref)}`, refLabel(d.ref), null, { ref: d.ref, aspect: "delegation" });
  }
}
function diffAutonomy(base2, head, emit, events) {
  if (!base2 || !head) return;
  const ba = base2.autonomy;
  const ha = head.autonomy;
  if (ba.tier !== ha.tier) emit("autonomy-tier-changed", ha.position, "autonomy tier", ba.tier, ha.tier, { aspect: "tier" });
  if (Boolean(ba.codeExecution) !== Boolean(ha.codeExecution)) {
    emit("autonomy-tier-changed", ha.position, "code execution", Boolean(ba.codeExecution), Boolean(ha.codeExecution), { aspect: "code-execution" });
  }
  const perServer = events.some((e) => e.scope.aspect === "approval");
  if (!perServer && !sameSet(ba.approvalTools, ha.approvalTools)) {
    const before = sorted(ba.approvalTools);
    const after = sorted(ha.approvalTools);
    emit("autonomy-tier-changed", ha.position, "tools that wait for approval", before, after, { aspect: "approval", tools: symmetricDifference(before, after) });
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
function diffPermissions(base2, head, emit) {
  const identity = (head ?? base2).identity;
  if (base2 && head && base2.identity !== head.identity) {
    emit("permissions-changed", head.serviceAccount.position ?? head.agent.position, `identity of ${agentName(head)}`, base2.identity, head.identity, { identity: head.identity, aspect: "identity" });
  }
  const index = (perms) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of perms) {
      const tuple = permissionTuple(p);
      const k = tupleKey(tuple);
      if (!m.has(k)) m.set(k, { tuple, position: p.position });
    }
    return m;
  };
  const b = index(base2?.permissions ?? []);
  const h = index(head?.permissions ?? []);
  const group = (from, other) => {
    const groups = /* @__PURE__ */ new Map();
    for (const [k, v] of from) {
      if (other.has(k)) continue;
      const gk = `${v.position.file}:${v.position.line}`;
      const g = groups.get(gk) ?? { position: v.position, tuples: [] };
      g.tuples.push(v.tuple);
      groups.set(gk, g);
    }
    return [...groups.values()];
  };
  const id = head?.identity ?? identity;
  for (const g of group(h, b)) {
    emit(
      "permissions-changed",
      g.position,
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} added`,
      null,
      g.tuples.map(permissionLabel),
      { identity: id, added: g.tuples, removed: [] }
    );
  }
  for (const g of group(b, h)) {
    emit(
      "permissions-changed",
      g.position,
      `${id}: ${g.tuples.length} permission${g.tuples.length === 1 ? "" : "s"} removed`,
      g.tuples.map(permissionLabel),
      null,
      { identity: id, added: [], removed: g.tuples }
    );
  }
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

// src/analyse/rbac-match.ts
function policyRuleAllows(rule, req) {
  if (req.nonResourceURL !== void 0) {
    return verbMatches(rule.verbs, req.verb) && nonResourceURLMatches(rule.nonResourceURLs, req.nonResourceURL);
  }
  const combined = req.subresource ? `${req.resource ?? ""}/${req.subresource}` : req.resource ?? "";
  return verbMatches(rule.verbs, req.verb) && apiGroupMatches(rule.apiGroups, req.apiGroup ?? "") && resourceMatches(rule.resources, combined, req.subresource ?? "") && resourceNameMatches(rule.resourceNames, req.name ?? "");
}
function verbMatches(verbs, verb) {
  return (verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(groups, group) {
  return (groups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(resources, combined, subresource) {
  for (const r of resources ?? []) {
    if (r === "*" || r === combined) return true;
    if (subresource === "") continue;
    if (r.length === subresource.length + 2 && r.startsWith("*/") && r.endsWith(subresource)) return true;
  }
  return false;
}
function resourceNameMatches(names, name) {
  if (!names || names.length === 0) return true;
  return names.includes(name);
}
function nonResourceURLMatches(urls, url) {
  for (const u of urls ?? []) {
    if (u === "*" || u === url) return true;
    if (u.endsWith("*") && url.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

// src/analyse/reopen-plan.ts
var TOOL_CALL_ENVELOPE = ["sdk-callback", "mcp-log"];
var REOPEN_TABLE = {
  "mcp-connection-added": {
    invalidates: "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log)",
    matches: (t, e, c) => touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t)
  },
  "mcp-connection-removed": {
    invalidates: "the tool-call envelope: threats that touch that server's component, or whose evidence is a tool-call signal (sdk-callback, mcp-log)",
    matches: (t, e, c) => touches(t, c.componentsFor(e.scope.ref)) || hasEnvelopeEvidence(t)
  },
  "model-version-updated": {
    invalidates: "the prompt-response distribution: threats that touch the inference component (the one whose trustSource is the changed model object, else every inference component); never threats that touch no inference component",
    matches: (t, e, c) => touches(t, c.inferenceComponentsFor(e.scope.ref))
  },
  "tool-surface-modified": {
    invalidates: "the tool-call envelope of those tools: threats that touch the server's (or delegation's) component, list one of the tools in capability.tools, or match one in an evidence signal",
    matches: (t, e, c) => {
      if (e.scope.aspect === "delegation") return touches(t, c.delegationsFor(e.scope.ref));
      return touches(t, c.componentsFor(e.scope.ref)) || namesTool(t, e.scope.tools ?? []);
    }
  },
  "autonomy-tier-changed": {
    invalidates: "the blast radius of coercion: every coercion-class threat of the agent",
    matches: (t) => t.class === "coercion"
  },
  "permissions-changed": {
    invalidates: "reachable capability: threats whose capability.rules intersect an added or removed permission, or that touch the agent's identity component",
    matches: (t, e, c) => touches(t, c.identityComponentsFor(e.scope.identity)) || rulesIntersect(t, [...e.scope.added ?? [], ...e.scope.removed ?? []])
  }
};
var SHADOW_RULE = "shadow-component";
function planReopen(inputs) {
  const plan = { reopen: [], alreadyOpen: [], findings: [] };
  for (const input of inputs) {
    if (input.events.length === 0) continue;
    const view = new CatalogView(input.data);
    input.data.threats.forEach((threat, index) => {
      const hits = input.events.filter((e) => threatReopensOn(threat, e, view));
      if (hits.length === 0) return;
      const types = SURFACE_EVENT_TYPES.filter((t) => hits.some((e) => e.type === t));
      const entry = {
        catalog: input.file,
        threat: threat.id,
        index,
        status: threat.status,
        events: types,
        subjects: [...new Set(hits.map((e) => e.subject))]
      };
      (threat.status === "open" ? plan.alreadyOpen : plan.reopen).push(entry);
    });
    plan.findings.push(...shadowFindings(input, view));
  }
  return plan;
}
function threatReopensOn(threat, event, view) {
  if (threat.reopenOn) return threat.reopenOn.includes(event.type);
  return REOPEN_TABLE[event.type].matches(threat, event, view);
}
var CatalogView = class {
  constructor(data) {
    this.data = data;
  }
  data;
  /** Components whose trustSource is this object. */
  componentsFor(ref) {
    if (!ref) return [];
    return this.data.components.filter((c) => sameObject(c.trustSource, ref)).map((c) => c.id);
  }
  inferenceComponentsFor(ref) {
    const inference = this.data.components.filter((c) => c.category === "inference");
    const exact = ref ? inference.filter((c) => sameObject(c.trustSource, ref)) : [];
    return (exact.length > 0 ? exact : inference).map((c) => c.id);
  }
  /** Delegation entries to that agent (else every delegation: an edge changed, and they all carry it). */
  delegationsFor(ref) {
    const all = this.data.delegations ?? [];
    const exact = ref ? all.filter((d) => d.to.agent === ref.name && (!d.to.namespace || !ref.namespace || d.to.namespace === ref.namespace)) : [];
    const viaComponent = this.componentsFor(ref);
    return [...(exact.length > 0 ? exact : all).map((d) => d.id), ...viaComponent];
  }
  /** Identity components of that Kubernetes username (else every identity component of the agent). */
  identityComponentsFor(identity) {
    const ids = this.data.components.filter((c) => c.category === "identity");
    const m = identity ? /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity) : null;
    const exact = m ? ids.filter((c) => sameObject(c.trustSource, { kind: "ServiceAccount", namespace: m[1], name: m[2] })) : [];
    return (exact.length > 0 ? exact : ids).map((c) => c.id);
  }
  coversIdentity(identity) {
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
    return m !== null && this.data.components.some((c) => sameObject(c.trustSource, { kind: "ServiceAccount", namespace: m[1], name: m[2] }));
  }
};
function sameObject(source, ref) {
  return source.kind === ref.kind && source.name === ref.name && (source.namespace === void 0 || ref.namespace === void 0 || source.namespace === ref.namespace);
}
function touches(t, ids) {
  return ids.length > 0 && t.components.some((c) => ids.includes(c));
}
function hasEnvelopeEvidence(t) {
  return t.evidence.some((e) => TOOL_CALL_ENVELOPE.includes(e.source));
}
function asList(m) {
  return m === void 0 ? [] : Array.isArray(m) ? m : [m];
}
function namesTool(t, tools) {
  if (tools.length === 0) return false;
  const names = [...t.capability?.tools ?? [], ...t.evidence.flatMap((e) => asList(e.signal.match?.tool))];
  return names.some((n) => tools.some((tool) => globMatch(n, tool) || tool.endsWith(`/${n}`)));
}
function globMatch(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(value);
}
function rulesIntersect(t, perms) {
  const rules = t.capability?.rules ?? [];
  if (rules.length === 0 || perms.length === 0) return false;
  return rules.some((rule) => perms.some((p) => ruleReaches(rule, p)));
}
function ruleReaches(rule, p) {
  if (p.nonResourceURL) return false;
  const policy = { verbs: rule.verbs, apiGroups: rule.apiGroups ?? ["*"], resources: rule.resources };
  const wildcard = p.verb === "*" || p.apiGroup === "*" || p.resource === "*" || p.resource.startsWith("*/");
  if (!wildcard) {
    const [resource, subresource] = p.resource.split("/", 2);
    return policyRuleAllows(policy, { verb: p.verb, apiGroup: p.apiGroup, resource, ...subresource ? { subresource } : {} });
  }
  const verbOk = p.verb === "*" || policy.verbs.some((v) => v === "*" || v === p.verb);
  const groupOk = p.apiGroup === "*" || policy.apiGroups.some((g) => g === "*" || g === p.apiGroup);
  const resOk = policy.resources.some((r) => r === "*" || p.resource === "*" || r === p.resource || p.resource.startsWith("*/") && r.endsWith(p.resource.slice(1)) || r.startsWith("*/") && p.resource.endsWith(r.slice(1)));
  return verbOk && groupOk && resOk;
}
function shadowFindings(input, view) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (e, what, fix) => {
    const key = `${e.file}:${e.line}:${what}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      rule: SHADOW_RULE,
      severity: "warning",
      file: e.file,
      line: e.line,
      column: e.column,
      message: `${what} is part of agent ${e.agent}'s surface but no component of ${input.file} covers it (${fix})`,
      subject: what
    });
  };
  for (const e of input.events) {
    const ref = e.scope.ref;
    if (e.after === null) continue;
    if (ref && (e.type === "mcp-connection-added" || e.type === "tool-surface-modified" && e.scope.aspect !== "delegation")) {
      if (view.componentsFor(ref).length === 0) add(e, `MCP server ${refLabel(ref)}`, `add an mcp-tool component with trustSource kind ${ref.kind}, name ${ref.name}`);
    } else if (ref && e.type === "model-version-updated") {
      if (view.componentsFor(ref).length === 0 && !view.data.components.some((c) => c.category === "inference")) {
        add(e, `model ${refLabel(ref)}`, `add an inference component with trustSource kind ${ref.kind}, name ${ref.name}`);
      }
    } else if (ref && e.type === "tool-surface-modified" && e.scope.aspect === "delegation") {
      const covered = (view.data.delegations ?? []).some((d) => d.to.agent === ref.name) || view.componentsFor(ref).length > 0;
      if (!covered) add(e, `delegation to ${refLabel(ref)}`, `add a delegations entry to agent ${ref.name}`);
    } else if (e.type === "permissions-changed" && e.scope.identity && !view.coversIdentity(e.scope.identity) && !view.data.components.some((c) => c.category === "identity")) {
      add(e, `identity ${e.scope.identity}`, "add an identity component with trustSource kind ServiceAccount");
    }
  }
  return out;
}

// src/deliver/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
import { closeSync, fsyncSync, openSync, renameSync, statSync as statSync2, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join as join3 } from "node:path";
import { randomBytes } from "node:crypto";
var YamlEditError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "YamlEditError";
  }
};
function setYamlValue(text, path, value, opts = {}) {
  if (path.length === 0) throw new YamlEditError("cannot replace the whole document");
  const ctx = parse(text);
  let node = ctx.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    const here = describe(path.slice(0, i));
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== "string")) throw new YamlEditError(`${describe(path.slice(0, i + 1))}: no such key, and a sequence index cannot be created`);
        return addKey(ctx, node, String(seg), nest(rest, value), last ? opts.after : void 0);
      }
      const child = pair.value;
      if (last) return replacePairValue(ctx, pair, value);
      if (child === null || (0, import_yaml.isScalar)(child) && child.value === null) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== "string")) throw new YamlEditError(`${describe(path.slice(0, i + 1))} is empty: cannot index into it`);
        return replacePairValue(ctx, pair, nest(rest, value));
      }
      node = child;
    } else if ((0, import_yaml.isSeq)(node)) {
      if (typeof seg !== "number" || seg < 0 || seg >= node.items.length) {
        throw new YamlEditError(`${here || "document"}: no item ${String(seg)} in the sequence`);
      }
      const item = node.items[seg];
      if (last) return replaceSeqItem(ctx, node, item, value);
      node = item;
    } else {
      throw new YamlEditError(`${here || "document"} is not a mapping or sequence: cannot set ${describe(path)}`);
    }
  }
  return text;
}
function writeFileAtomic(path, text) {
  let mode = 420;
  try {
    mode = statSync2(path).mode & 4095;
  } catch {
  }
  const tmp = join3(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, "wx", mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}
function parse(text) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) throw new YamlEditError(`cannot edit: the YAML does not parse (${doc.errors[0].message.split("\n")[0]})`);
  const { step, seqIndent } = detectIndentation(text, doc.contents);
  return {
    text,
    doc,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    opts: { indent: step, indentSeq: seqIndent > 0, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false }
  };
}
function replacePairValue(ctx, pair, value) {
  const { text } = ctx;
  const old = pair.value;
  if (old && sameData2(old.toJSON(), value)) return text;
  const key = pair.key;
  const keyCol = columnOf(text, key.range[0]);
  const newIsBlock = isBlockCollection(value);
  const oldIsBlock = old !== null && (0, import_yaml.isCollection)(old) && !old.flow && old.items.length > 0;
  if (old && old.range && (0, import_yaml.isCollection)(old) && old.flow && (isNonEmptyCollection(value) || !newIsBlock)) {
    return splice(ctx, old.range[0], old.range[1], isNonEmptyCollection(value) ? renderFlow(value) : renderInline(ctx, value, keyCol));
  }
  if (!newIsBlock && old && old.range && !oldIsBlock && !((0, import_yaml.isScalar)(old) && old.value === null && old.range[0] === old.range[1])) {
    return splice(ctx, old.range[0], contentEnd(text, old), renderInline(ctx, value, keyCol));
  }
  if (newIsBlock && oldIsBlock && (0, import_yaml.isMap)(old) === isPlainObject(value)) {
    const col = columnOf(text, old.range[0]);
    const block = indentLines((0, import_yaml.stringify)(value, ctx.opts).replace(/\n$/, ""), col);
    return splice(ctx, old.range[0], lineEnd(text, contentEnd(text, old)), block);
  }
  const colon = colonAfter(text, key.range[1]);
  const end = old && old.range && !((0, import_yaml.isScalar)(old) && old.value === null) ? contentEnd(text, old) : colon + 1;
  return splice(ctx, colon + 1, Math.max(end, colon + 1), afterColon(ctx, value, keyCol));
}
function replaceSeqItem(ctx, seq, item, value) {
  const { text } = ctx;
  if (sameData2(item.toJSON(), value)) return text;
  if (seq.flow) return splice(ctx, item.range[0], item.range[1], renderFlow(value));
  const col = columnOf(text, item.range[0]);
  if (!isBlockCollection(value) && !((0, import_yaml.isCollection)(item) && !item.flow && item.items.length > 0)) {
    return splice(ctx, item.range[0], contentEnd(text, item), renderInline(ctx, value, col));
  }
  const rendered = indentLines((0, import_yaml.stringify)([value], ctx.opts).replace(/\n$/, ""), col - 2).replace(/^- /, "");
  return splice(ctx, item.range[0], lineEnd(text, contentEnd(text, item)), rendered);
}
function addKey(ctx, map, key, value, after) {
  const { text } = ctx;
  if (map.flow) {
    const close = map.range[1] - 1;
    if (text[close] !== "}") throw new YamlEditError("cannot find the end of a flow mapping");
    const inner = text.slice(map.range[0] + 1, close);
    const rendered = `${renderFlow({ [key]: value }).slice(1, -1)}`;
    return splice(ctx, close, close, inner.trim() === "" ? rendered : `, ${rendered}`);
  }
  if (map.items.length === 0) throw new YamlEditError("cannot add a key to an empty block mapping");
  const first = map.items[0].key;
  const col = columnOf(text, first.range[0]);
  const anchorPair = (after !== void 0 ? findPair(map, after) : void 0) ?? map.items[map.items.length - 1];
  const at2 = afterLineOf(text, contentEnd(text, anchorPair));
  const body = indentLines((0, import_yaml.stringify)({ [key]: value }, ctx.opts).replace(/\n$/, ""), col);
  return insertLines(ctx, at2, `${" ".repeat(col)}${body}`);
}
function afterColon(ctx, value, keyCol) {
  const rendered = (0, import_yaml.stringify)({ k: value }, ctx.opts).replace(/\n$/, "");
  return indentLines(rendered.slice(2), keyCol);
}
function renderInline(ctx, value, col) {
  return afterColon(ctx, value, col).replace(/^ /, "");
}
function renderFlow(value) {
  const doc = new import_yaml.Document(value, { flowCollectionPadding: false });
  if ((0, import_yaml.isCollection)(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, "");
}
function indentLines(s, col) {
  const pad = " ".repeat(Math.max(0, col));
  return s.split("\n").map((line, i) => i === 0 || line === "" ? line : pad + line).join("\n");
}
function insertLines(ctx, at2, lines) {
  const { text } = ctx;
  if (at2 >= text.length && !text.endsWith("\n")) return splice(ctx, text.length, text.length, `
${lines}`);
  return splice(ctx, at2, at2, `${lines}
`);
}
function splice(ctx, from, to, insert) {
  const s = ctx.eol === "\n" ? insert : insert.replace(/\r?\n/g, ctx.eol);
  return ctx.text.slice(0, from) + s + ctx.text.slice(to);
}
function contentEnd(text, node) {
  if ((0, import_yaml.isPair)(node)) {
    const v = node.value;
    if (v && v.range && !((0, import_yaml.isScalar)(v) && v.value === null && v.range[0] === v.range[1])) return contentEnd(text, v);
    return colonAfter(text, node.key.range[1]) + 1;
  }
  if ((0, import_yaml.isCollection)(node) && !node.flow && node.items.length > 0) {
    return contentEnd(text, node.items[node.items.length - 1]);
  }
  let end = node.range[1];
  while (end > node.range[0] && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  return end;
}
function lineEnd(text, end) {
  const nl = text.indexOf("\n", Math.max(0, end - 1));
  const e = nl === -1 ? text.length : nl;
  return text[e - 1] === "\r" ? e - 1 : e;
}
function afterLineOf(text, end) {
  const nl = text.indexOf("\n", Math.max(0, end - 1));
  return nl === -1 ? text.length : nl + 1;
}
function colonAfter(text, from) {
  const i = text.indexOf(":", from);
  if (i === -1) throw new YamlEditError("cannot find the colon after a key");
  return i;
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function findPair(map, seg) {
  return map.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
}
function detectIndentation(text, root) {
  let step;
  let seqIndent;
  const visit = (node, depth) => {
    if (depth > 50 || step !== void 0 && seqIndent !== void 0) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const p of node.items) {
        const v = p.value;
        const k = p.key;
        if (k?.range && v && (0, import_yaml.isCollection)(v) && !v.flow && v.items.length > 0 && v.range) {
          const keyLineStart = text.lastIndexOf("\n", k.range[0] - 1) + 1;
          const valueLineStart = text.lastIndexOf("\n", v.range[0] - 1) + 1;
          if (valueLineStart !== keyLineStart) {
            const d = columnOf(text, v.range[0]) - columnOf(text, k.range[0]);
            if ((0, import_yaml.isMap)(v) && step === void 0 && d > 0) step = d;
            if ((0, import_yaml.isSeq)(v) && seqIndent === void 0 && d >= 0) seqIndent = d;
          }
        }
        visit(v, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(root, 0);
  return { step: step ?? (seqIndent || 2), seqIndent: seqIndent ?? step ?? 2 };
}
function nest(keys, value) {
  return keys.reduceRight((v, k) => ({ [k]: v }), value);
}
function describe(path) {
  return path.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function isNonEmptyCollection(v) {
  return Array.isArray(v) ? v.length > 0 : isPlainObject(v) && Object.keys(v).length > 0;
}
function isBlockCollection(v) {
  return isNonEmptyCollection(v);
}
function sameData2(a, b) {
  if (a === b) return true;
  if (a instanceof Date) a = a.toISOString();
  if (b instanceof Date) b = b.toISOString();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData2(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== void 0);
    const kb = Object.keys(b).filter((k) => b[k] !== void 0);
    return ka.length === kb.length && ka.every((k) => sameData2(a[k], b[k]));
  }
  return false;
}

// src/deliver/reopen-write.ts
var MAX_SUBJECT = 300;
function applyReopenToCatalog(text, entries, stamp) {
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  const threats = Array.isArray(data?.threats) ? data.threats : [];
  let out = text;
  for (const entry of entries) {
    const index = threats.findIndex((t) => t?.id === entry.threat);
    if (index < 0 || threats[index].status === "open") continue;
    const subject = entry.subjects.join("; ");
    const record = {
      event: entry.events[0],
      ref: stamp.ref,
      at: stamp.at,
      subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}\u2026` : subject
    };
    out = setYamlValue(out, ["threats", index, "status"], "open");
    out = setYamlValue(out, ["threats", index, "reopened"], record, { after: "status" });
  }
  return out;
}
function timestamp(now) {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/deliver/run-diff.ts
var SURFACE_RULE = "manifest-invalid";
async function runDiff(opts) {
  if (opts.staged && opts.head !== void 0) throw new UsageError("--staged compares the index with --base: it cannot be combined with --head");
  const config = opts.config ?? readConfig(opts.root);
  const repo = await GitRepo.open(opts.root);
  try {
    const base2 = await repo.resolveCommit(opts.base, "--base");
    const head = opts.head !== void 0 ? await repo.resolveCommit(opts.head, "--head") : opts.staged ? { kind: "index" } : { kind: "worktree" };
    const inputs = await readDiffInputs(repo, base2, head, config);
    const changed = new Set(inputs.changed.map((c) => c.path));
    const findings = [];
    const events = [];
    const planInputs = [];
    for (const pair of inputs.pairs) {
      const schema = schemaFindings(pair.head);
      if (schema.length > 0) {
        findings.push(...schema);
        continue;
      }
      const catalog = asCatalogDoc(pair.head);
      const baseCatalog = pair.base && schemaFindings(pair.base).length === 0 ? asCatalogDoc(pair.base) : catalog;
      const { baseSurface, headSurface, problems } = surfacesOf(pair, baseCatalog, catalog, changed);
      findings.push(...problems);
      const found = diffSurfaces(baseSurface, headSurface, { pinnedHash: pinnedHashes(catalog.data) });
      events.push(...found.map((e) => ({ ...e, catalog: catalog.file })));
      planInputs.push({ file: catalog.file, data: catalog.data, events: found, head: headSurface });
    }
    const plan = planReopen(planInputs);
    findings.push(...plan.findings);
    const written = [];
    if (opts.write && plan.reopen.length > 0) {
      const stamp = { ref: head.kind === "commit" ? head.commit : `${stateLabel(head)} on ${base2.commit.slice(0, 12)}`, at: timestamp(opts.now) };
      for (const [file, entries] of groupBy(plan.reopen, (e) => e.catalog)) {
        const abs = join4(opts.root, file);
        let text;
        try {
          text = readFileSync2(abs, "utf8");
        } catch {
          throw new InputError({ file, line: 1, column: 1 }, "cannot write the re-open plan: the catalog is not in the working tree");
        }
        const next = applyReopenToCatalog(text, entries, stamp);
        if (next !== text) {
          writeFileAtomic(abs, next);
          written.push(file);
        }
      }
    }
    return {
      base: { ref: opts.base, commit: base2.commit },
      head: head.kind === "commit" ? { ref: opts.head, commit: head.commit } : { ref: stateLabel(head) },
      events: events.sort((a, b) => a.catalog.localeCompare(b.catalog) || a.file.localeCompare(b.file) || a.line - b.line || a.type.localeCompare(b.type)),
      reopen: plan.reopen,
      alreadyOpen: plan.alreadyOpen,
      findings: findings.sort(compareFindings),
      written,
      pending: plan.reopen.length > 0 && !opts.write,
      inputErrors: inputs.inputErrors,
      stats: { changedFiles: inputs.changed.length, catalogsTouched: inputs.pairs.length, filesRead: inputs.reads.base + inputs.reads.head }
    };
  } finally {
    repo.close();
  }
}
function surfacesOf(pair, baseCatalog, headCatalog, changed) {
  const problems = [];
  const headRead = readSurface(pair.headManifests);
  const headSurface = findAgentSurface(pair.headManifests, workloadOf(headCatalog.data), headRead);
  const baseSurface = pair.baseManifests.length > 0 ? findAgentSurface(pair.baseManifests, workloadOf(baseCatalog.data)) : void 0;
  const inChanged = (file) => changed.has(file);
  for (const m of pair.headManifests) {
    if (!inChanged(m.file)) continue;
    for (const p of m.problems) problems.push({ rule: MANIFEST_RULE, severity: "error", ...p.position, message: p.message });
  }
  for (const p of headRead.problems) {
    if (inChanged(p.position.file)) problems.push({ rule: SURFACE_RULE, severity: "error", ...p.position, message: p.message });
  }
  return { baseSurface, headSurface, problems: dedupe(problems) };
}
function workloadOf(data) {
  const w = data.agent.workload;
  return { kind: w.kind, name: w.name, namespace: w.namespace };
}
function pinnedHashes(data) {
  return (server, tool) => {
    const c = data.components.find((x) => x.tools && x.trustSource.kind === server.kind && x.trustSource.name === server.name && (!x.trustSource.namespace || !server.namespace || x.trustSource.namespace === server.namespace));
    return c?.tools?.find((t) => t.name === tool)?.sha256;
  };
}
function groupBy(items, key) {
  const m = /* @__PURE__ */ new Map();
  for (const i of items) m.set(key(i), [...m.get(key(i)) ?? [], i]);
  return m;
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

export {
  permissionLabel,
  REOPEN_TABLE,
  SHADOW_RULE,
  SURFACE_RULE,
  runDiff
};
