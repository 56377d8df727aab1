import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  deniedOf,
  reachableCapability
} from "./chunk-RPSUF6VW.js";
import {
  acquireRepoLock,
  applyYamlEdits,
  asCatalogDoc,
  awaitGitLocks,
  explainGitLockError,
  findingLine,
  gitDirs,
  reopenEventTypes
} from "./chunk-KIHZEFCC.js";
import {
  MALFORMED_RECORD,
  schemaFindings,
  updateBaseline
} from "./chunk-3L5YRJF5.js";
import {
  EXIT,
  argumentError,
  didYouMean,
  parseCommandArgs,
  pickFormat
} from "./chunk-RAOOECVX.js";
import {
  LIMITS,
  LIMIT_MESSAGES,
  baselinePathFor,
  declaredPermissions,
  expandsBeyond,
  readConfig,
  readWorkspace,
  resolveRoot,
  toRepoPath,
  wo,
  writeFileAtomic,
  yaml,
  yamlErrorAt,
  yamlOptions
} from "./chunk-ANXZMRTR.js";
import {
  InputError,
  UsageError,
  oneLine
} from "./chunk-TIATFUQ4.js";

// src/model/observation.ts
var READER_NAMES = [
  "kube-audit",
  "kubescape",
  "tetragon",
  "falco",
  "cloudtrail",
  "tool-calls",
  "otlp",
  "summary"
];
var ROW_KEYS = {
  api: ["identity", "workload", "verb", "apiGroup", "resource", "namespace", "path", "decision"],
  tool: ["workload", "server", "tool", "outcome"],
  exec: ["workload", "binary"],
  file: ["workload", "path"],
  endpoint: ["workload", "endpoint", "direction"],
  alert: ["workload", "rule"],
  cloud: ["principal", "eventSource", "eventName", "decision"],
  session: ["principal", "identity"],
  seen: ["workload"]
};
var MAX_NAMES = 32;

// src/app/ingest.ts
import { join as join2, resolve } from "node:path";

// src/read/evidence/summary-builder.ts
var SummaryBuilder = class {
  rows = /* @__PURE__ */ new Map();
  /** The api rows again, by identity then the other key fields (the hot path's index into `rows`). */
  apiRows = /* @__PURE__ */ new Map();
  strings = /* @__PURE__ */ new Map();
  snapshots = /* @__PURE__ */ new Set();
  sources = {};
  malformed = 0;
  countEvents(reader, n) {
    this.sources[reader] = (this.sources[reader] ?? 0) + n;
  }
  /** One Kubernetes API request (the hot path: a million of these must stay cheap). */
  api(identity, workload, verb, apiGroup, resource, namespace, path, decision, name, time) {
    let byIdentity = this.apiRows.get(identity);
    if (!byIdentity) {
      byIdentity = /* @__PURE__ */ new Map();
      this.apiRows.set(this.intern(identity), byIdentity);
    }
    const sub = `${workload}\0${verb}\0${apiGroup}\0${resource}\0${namespace}\0${path}\0${decision}`;
    let row = byIdentity.get(sub);
    if (!row) {
      const key = `api\0kube-audit\0${identity}\0${sub}`;
      row = {
        type: "api",
        source: "kube-audit",
        identity: this.intern(identity),
        workload: this.intern(workload),
        verb: this.intern(verb),
        apiGroup: this.intern(apiGroup),
        resource: this.intern(resource),
        namespace: this.intern(namespace),
        path: this.intern(path),
        decision,
        names: [],
        namesTruncated: false,
        count: 0,
        first: time,
        last: time,
        days: {}
      };
      this.rows.set(this.intern(key), row);
      byIdentity.set(this.intern(sub), row);
    }
    bump(row, time, 1);
    if (name) addName(row, name, this);
  }
  /** Any other row type: `fields` holds the key fields of ROW_KEYS[type]. */
  add(type, source, fields, time, n = 1) {
    const keys = ROW_KEYS[type];
    let key = `${type}\0${source}`;
    for (const k of keys) key += `\0${fields[k] ?? ""}`;
    let row = this.rows.get(key);
    if (!row) {
      const r = { type, source };
      for (const k of keys) r[k] = this.intern(fields[k] ?? "");
      Object.assign(r, { count: 0, first: time, last: time, days: {} });
      row = r;
      this.rows.set(this.intern(key), row);
    }
    bump(row, time, n);
  }
  /** Merges a complete row (from a summary file or another builder). */
  merge(row) {
    const key = rowKey(row);
    const have = this.rows.get(key);
    if (!have) {
      const copy = { ...row, days: { ...row.days } };
      this.rows.set(key, copy);
      if (copy.type === "api") {
        copy.names = [...row.names];
        if (copy.source === "kube-audit") {
          let byIdentity = this.apiRows.get(copy.identity);
          if (!byIdentity) {
            byIdentity = /* @__PURE__ */ new Map();
            this.apiRows.set(copy.identity, byIdentity);
          }
          byIdentity.set(
            `${copy.workload}\0${copy.verb}\0${copy.apiGroup}\0${copy.resource}\0${copy.namespace}\0${copy.path}\0${copy.decision}`,
            copy
          );
        }
      }
      return;
    }
    have.count += row.count;
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d, n] of Object.entries(row.days)) have.days[d] = (have.days[d] ?? 0) + n;
    if (have.type === "api" && row.type === "api") {
      if (row.namesTruncated) have.namesTruncated = true;
      for (const n of row.names) addName(have, n, this);
    }
  }
  mergeSummary(s) {
    for (const d of s.snapshots) this.snapshots.add(d);
    for (const [k, n] of Object.entries(s.sources)) this.countEvents(k, n ?? 0);
    this.malformed += s.malformed;
    for (const r of s.rows) this.merge(r);
  }
  get size() {
    return this.rows.size;
  }
  /** Rows sorted by their key: the same set of events gives the same summary, byte for byte. */
  toSummary() {
    const keys = [...this.rows.keys()].sort();
    return {
      apiVersion: "threatcat.dev/v1alpha1",
      kind: "ObservationSummary",
      snapshots: [...this.snapshots].sort(),
      sources: Object.fromEntries(Object.entries(this.sources).sort(([a], [b]) => a.localeCompare(b))),
      malformed: this.malformed,
      rows: keys.map((k) => normaliseRow(this.rows.get(k)))
    };
  }
  /** A private copy of a string: map keys and row fields must not keep parsed input lines alive. */
  intern(s) {
    const have = this.strings.get(s);
    if (have !== void 0) return have;
    const copy = s.length === 0 ? "" : Buffer.from(s, "utf8").toString("utf8");
    this.strings.set(copy, copy);
    return copy;
  }
};
function rowKey(row) {
  let key = `${row.type}\0${row.source}`;
  const r = row;
  for (const k of ROW_KEYS[row.type]) key += `\0${r[k] ?? ""}`;
  return key;
}
var lastDay = "";
function bump(row, time, n) {
  row.count += n;
  if (time < row.first) row.first = time;
  else if (time > row.last) row.last = time;
  if (!time.startsWith(lastDay) || lastDay === "") lastDay = time.slice(0, 10);
  const days = row.days;
  const have = days[lastDay];
  days[lastDay] = have === void 0 ? n : have + n;
}
function addName(row, name, b) {
  const names = row.names;
  if (names.length >= MAX_NAMES && name > names[names.length - 1]) {
    row.namesTruncated = true;
    return;
  }
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (names[mid] < name) lo = mid + 1;
    else hi = mid;
  }
  if (names[lo] === name) return;
  names.splice(lo, 0, b.intern(name));
  if (names.length > MAX_NAMES) {
    names.pop();
    row.namesTruncated = true;
  }
}
function normaliseRow(row) {
  const days = Object.fromEntries(Object.entries(row.days).sort(([a], [b]) => a.localeCompare(b)));
  return { ...row, days };
}
var ISO_Z = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;
function normTime(s) {
  if (typeof s === "number" && Number.isFinite(s)) {
    const ms = s > 1e17 ? s / 1e6 : s > 1e14 ? s / 1e3 : s > 1e11 ? s : s * 1e3;
    const d2 = new Date(ms);
    return Number.isNaN(d2.getTime()) ? "" : d2.toISOString();
  }
  if (typeof s !== "string" || s.length < 10) return "";
  if (s.length === 27 && s.charCodeAt(26) === 90 && s.charCodeAt(19) === 46 && s.charCodeAt(10) === 84 && s.charCodeAt(4) === 45) {
    return `${s.slice(0, 23)}Z`;
  }
  const m = ISO_Z.exec(s);
  if (m) return `${m[1]}.${`${m[2] ?? ""}000`.slice(0, 3)}Z`;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

// src/model/workload-name.ts
var SAFE = "[a-z0-9]";
var DEPLOYMENT_POD = new RegExp(`^(.+)-${SAFE}{6,10}-${SAFE}{5}$`);
var GENERATED_POD = new RegExp(`^(.+)-${SAFE}{5}$`);
var STATEFUL_POD = /^(.+)-\d+$/;
function workloadOfPod(pod) {
  let m = DEPLOYMENT_POD.exec(pod);
  if (m) return m[1];
  m = STATEFUL_POD.exec(pod);
  if (m) return m[1];
  m = GENERATED_POD.exec(pod);
  if (m) return m[1];
  return pod;
}
function workloadKey(namespace, name) {
  return typeof namespace === "string" && namespace && typeof name === "string" && name ? `${namespace}/${name}` : "";
}
function workloadKeyOfPod(namespace, pod) {
  return typeof pod === "string" && pod ? workloadKey(namespace, workloadOfPod(pod)) : "";
}
function stableFilePath(path) {
  return path.replace(/\/\.\.\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}\.\d+\//, "/");
}

// src/read/evidence/reader.ts
var BadRecord = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" ? v : "";
}

// src/read/evidence/kube-audit.ts
var RECENT_GENERATION = 25e3;
var MAX_OPEN_LONG_RUNNING = 5e4;
var POD_NAME = "authentication.kubernetes.io/pod-name";
function isAuditEvent(o) {
  return o.kind === "Event" && typeof o.apiVersion === "string" && o.apiVersion.startsWith("audit.k8s.io/");
}
var MAX_PENDING = 1e4;
function kubeAuditReader() {
  let openLong = /* @__PURE__ */ new Set();
  let openOlder = /* @__PURE__ */ new Set();
  let recent = /* @__PURE__ */ new Set();
  let older = /* @__PURE__ */ new Set();
  const seenRecently = (id) => {
    if (recent.has(id) || older.size > 0 && older.has(id)) return true;
    recent.add(id);
    if (recent.size >= RECENT_GENERATION) {
      older = recent;
      recent = /* @__PURE__ */ new Set();
    }
    return false;
  };
  let hasStarted;
  let pending = [];
  const scratch = {
    identity: "",
    workload: "",
    verb: "",
    apiGroup: "",
    resource: "",
    namespace: "",
    path: "",
    decision: "unknown",
    name: "",
    time: ""
  };
  const record = (ctx, c) => ctx.builder.api(
    c.identity,
    c.workload,
    c.verb,
    c.apiGroup,
    c.resource,
    c.namespace,
    c.path,
    c.decision,
    c.name,
    c.time
  );
  const release = (ctx) => {
    for (const p of pending) {
      record(ctx, p.call);
      ctx.counted(1, p.file);
    }
    pending = [];
  };
  let podWorkloads = /* @__PURE__ */ new Map();
  let podCount = 0;
  const workloadOf2 = (identity, pod) => {
    if (typeof pod !== "string") return "";
    let byPod = podWorkloads.get(identity);
    let w = byPod?.get(pod);
    if (w === void 0) {
      if (podCount >= 5e4) {
        podWorkloads = /* @__PURE__ */ new Map();
        podCount = 0;
        byPod = void 0;
      }
      if (byPod === void 0) {
        byPod = /* @__PURE__ */ new Map();
        podWorkloads.set(identity, byPod);
      }
      w = workloadKeyOfPod(identity.slice(22, identity.lastIndexOf(":")), pod);
      byPod.set(pod, w);
      podCount++;
    }
    return w;
  };
  return {
    name: "kube-audit",
    read(o, ctx) {
      if (!isObject(o) || !isAuditEvent(o))
        return new BadRecord("not a Kubernetes audit event (kind Event, apiVersion audit.k8s.io/*)");
      const stage = o.stage;
      if (stage === "RequestReceived") {
        ctx.folded();
        return 0;
      }
      const call = toCall(o, workloadOf2, scratch);
      if (call instanceof BadRecord) return call;
      const id = str(o.auditID);
      let hold = false;
      if (stage === "ResponseStarted") {
        if (hasStarted !== true) {
          hasStarted = true;
          for (const p of pending) ctx.folded(p.file);
          pending = [];
        }
        if (id) {
          if (openLong.has(id) || openOlder.has(id)) {
            ctx.folded();
            return 0;
          }
          openLong.add(id);
          if (openLong.size >= MAX_OPEN_LONG_RUNNING) {
            openOlder = openLong;
            openLong = /* @__PURE__ */ new Set();
          }
        }
      } else {
        if (id && (openLong.size > 0 && openLong.delete(id) || openOlder.size > 0 && openOlder.delete(id))) {
          ctx.folded();
          return 0;
        }
        if (isLongRunning(o) && succeeded(o)) {
          if (hasStarted === true) {
            ctx.folded();
            return 0;
          }
          if (hasStarted === void 0) hold = true;
        }
        if (id && seenRecently(id)) {
          ctx.folded();
          return 0;
        }
      }
      if (!hold) {
        record(ctx, call);
        return 1;
      }
      pending.push({ call: { ...call }, file: ctx.file });
      if (pending.length < MAX_PENDING) return 0;
      hasStarted = false;
      release(ctx);
      return 0;
    },
    finish(ctx) {
      release(ctx);
    }
  };
}
function toCall(o, workloadOf2, out) {
  const verb = o.verb;
  const user = o.user;
  if (typeof verb !== "string" || !verb || !isObject(user) || typeof user.username !== "string")
    return new BadRecord("audit event without verb or user.username");
  const time = normTime(o.stageTimestamp) || normTime(o.requestReceivedTimestamp);
  if (!time) return new BadRecord("audit event without a valid stageTimestamp");
  const identity = user.username;
  let workload = "";
  const extra = user.extra;
  if (extra !== void 0 && isObject(extra) && Array.isArray(extra[POD_NAME]) && identity.startsWith("system:serviceaccount:")) {
    workload = workloadOf2(identity, extra[POD_NAME][0]);
  }
  const ref = o.objectRef;
  out.identity = identity;
  out.workload = workload;
  out.verb = verb;
  out.time = time;
  out.decision = decisionOf(o);
  if (ref !== void 0 && isObject(ref)) {
    const sub = ref.subresource;
    const resource = str(ref.resource);
    out.apiGroup = str(ref.apiGroup);
    out.resource = typeof sub === "string" && sub ? `${resource}/${sub}` : resource;
    out.namespace = str(ref.namespace);
    out.name = str(ref.name);
    out.path = "";
  } else {
    const uri = str(o.requestURI);
    const q = uri.indexOf("?");
    out.apiGroup = "";
    out.resource = "";
    out.namespace = "";
    out.name = "";
    out.path = q === -1 ? uri : uri.slice(0, q);
  }
  return out;
}
var LONG_RUNNING_SUBRESOURCES = /* @__PURE__ */ new Set(["exec", "attach", "portforward", "proxy"]);
function isLongRunning(o) {
  if (o.verb === "watch" || o.verb === "proxy") return true;
  const ref = o.objectRef;
  return isObject(ref) && LONG_RUNNING_SUBRESOURCES.has(str(ref.subresource));
}
function succeeded(o) {
  const status = o.responseStatus;
  const code = isObject(status) && typeof status.code === "number" ? status.code : 0;
  return code >= 100 && code < 300;
}
function decisionOf(o) {
  const status = o.responseStatus;
  const code = isObject(status) && typeof status.code === "number" ? status.code : 0;
  if (code === 401 || code === 403) return "forbid";
  const ann = o.annotations;
  if (isObject(ann)) {
    const d = ann["authorization.k8s.io/decision"];
    if (d === "allow" || d === "forbid") return d;
  }
  return code > 0 ? "allow" : "unknown";
}

// src/read/evidence/kubescape.ts
var KINDS = /* @__PURE__ */ new Set(["ApplicationProfile", "ContainerProfile"]);
var LABEL = "kubescape.io/";
function isKubescapeProfile(o) {
  return KINDS.has(str(o.kind)) && str(o.apiVersion).startsWith("spdx.softwarecomposition.kubescape.io/");
}
function kubescapeReader() {
  return {
    name: "kubescape",
    read(o, ctx) {
      if (!isObject(o) || !isKubescapeProfile(o))
        return new BadRecord("not a Kubescape ApplicationProfile or ContainerProfile");
      const meta = isObject(o.metadata) ? o.metadata : {};
      const labels = isObject(meta.labels) ? meta.labels : {};
      const workload = workloadKey(
        labels[`${LABEL}workload-namespace`] ?? meta.namespace,
        labels[`${LABEL}workload-name`]
      );
      if (!workload) return new BadRecord("profile without kubescape.io/workload-namespace and workload-name labels");
      const time = normTime(meta.creationTimestamp) || ctx.now;
      const b = ctx.builder;
      b.add("seen", "ebpf", { workload }, time);
      const spec = isObject(o.spec) ? o.spec : {};
      const containers = o.kind === "ContainerProfile" ? [spec] : ["containers", "initContainers", "ephemeralContainers"].flatMap(
        (k) => Array.isArray(spec[k]) ? spec[k] : []
      );
      for (const c of containers) {
        if (!isObject(c)) continue;
        for (const e of list(c.execs)) if (str(e.path)) b.add("exec", "ebpf", { workload, binary: str(e.path) }, time);
        for (const f of list(c.opens)) if (str(f.path)) b.add("file", "ebpf", { workload, path: str(f.path) }, time);
        for (const n of list(c.endpoints)) {
          if (!str(n.endpoint)) continue;
          const direction = n.direction === "inbound" ? "inbound" : "outbound";
          b.add("endpoint", "ebpf", { workload, endpoint: str(n.endpoint), direction }, time);
        }
      }
      return 1;
    }
  };
}
function list(v) {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

// src/read/evidence/tetragon.ts
var TETRAGON_EVENTS = [
  "process_exec",
  "process_exit",
  "process_kprobe",
  "process_tracepoint",
  "process_loader",
  "process_uprobe",
  "process_throttle",
  "process_lsm",
  "process_usdt",
  "rate_limit_info"
];
function isTetragonEvent(o) {
  return TETRAGON_EVENTS.some((k) => k in o);
}
function tetragonReader() {
  return {
    name: "tetragon",
    read(o, ctx) {
      if (!isObject(o)) return new BadRecord("not a Tetragon event");
      const kind = TETRAGON_EVENTS.find((k) => k in o);
      if (!kind) return new BadRecord("not a Tetragon event (no process_* key)");
      const ev = o[kind];
      if (!isObject(ev)) return new BadRecord(`${kind} is not an object`);
      const time = normTime(o.time);
      if (!time) return new BadRecord("Tetragon event without a valid time");
      const proc = isObject(ev.process) ? ev.process : void 0;
      const pod = proc && isObject(proc.pod) ? proc.pod : void 0;
      const workload = pod ? workloadKey(pod.namespace, pod.workload) || workloadKeyOfPod(pod.namespace, pod.name) : "";
      const b = ctx.builder;
      b.add("seen", "ebpf", { workload }, time);
      if (!workload) return 1;
      if (kind === "process_exec" && proc && str(proc.binary))
        b.add("exec", "ebpf", { workload, binary: str(proc.binary) }, time);
      if (kind === "process_kprobe" || kind === "process_tracepoint" || kind === "process_lsm" || kind === "process_uprobe") {
        const policy = str(ev.policy_name);
        if (policy) b.add("alert", "ebpf", { workload, rule: policy }, time);
        for (const arg of Array.isArray(ev.args) ? ev.args : []) {
          if (!isObject(arg)) continue;
          const sock = arg.sock_arg;
          if (isObject(sock) && str(sock.daddr)) {
            b.add(
              "endpoint",
              "ebpf",
              { workload, endpoint: `${str(sock.daddr)}:${String(sock.dport ?? "")}`, direction: "outbound" },
              time
            );
          }
          const file = isObject(arg.file_arg) ? arg.file_arg : isObject(arg.path_arg) ? arg.path_arg : void 0;
          if (file && str(file.path)) b.add("file", "ebpf", { workload, path: stableFilePath(str(file.path)) }, time);
        }
      }
      return 1;
    }
  };
}

// src/read/evidence/falco.ts
function isFalcoAlert(o) {
  return typeof o.rule === "string" && typeof o.priority === "string" && ("output" in o || "output_fields" in o);
}
var EXEC_EVENTS = /* @__PURE__ */ new Set(["execve", "execveat"]);
var OPEN_EVENTS = /* @__PURE__ */ new Set(["open", "openat", "openat2", "creat"]);
var CONNECT_EVENTS = /* @__PURE__ */ new Set(["connect", "sendto", "sendmsg"]);
function falcoReader() {
  return {
    name: "falco",
    read(o, ctx) {
      if (!isObject(o) || !isFalcoAlert(o)) return new BadRecord("not a Falco JSON alert (rule, priority, output)");
      const f = isObject(o.output_fields) ? o.output_fields : {};
      const time = normTime(o.time) || normTime(f["evt.time"]);
      if (!time) return new BadRecord("Falco alert without a valid time");
      const workload = workloadKeyOfPod(f["k8s.ns.name"], f["k8s.pod.name"]);
      const b = ctx.builder;
      b.add("seen", "ebpf", { workload }, time);
      if (!workload) return 1;
      b.add("alert", "ebpf", { workload, rule: str(o.rule) }, time);
      const evt = str(f["evt.type"]);
      const exe = str(f["proc.exepath"]) || str(f["proc.exe"]) || str(f["proc.name"]);
      if (EXEC_EVENTS.has(evt) && exe) b.add("exec", "ebpf", { workload, binary: exe }, time);
      const fd = str(f["fd.name"]);
      if (fd) {
        const arrow = fd.indexOf("->");
        if (arrow !== -1 || CONNECT_EVENTS.has(evt)) {
          b.add(
            "endpoint",
            "ebpf",
            { workload, endpoint: arrow === -1 ? fd : fd.slice(arrow + 2), direction: "outbound" },
            time
          );
        } else if (OPEN_EVENTS.has(evt) || fd.startsWith("/")) {
          b.add("file", "ebpf", { workload, path: stableFilePath(fd) }, time);
        }
      }
      return 1;
    }
  };
}

// src/read/evidence/cloudtrail.ts
function isCloudTrailRecord(o) {
  return typeof o.eventSource === "string" && typeof o.eventName === "string" && ("eventVersion" in o || "userIdentity" in o);
}
function cloudTrailReader() {
  return {
    name: "cloudtrail",
    read(o, ctx) {
      if (!isObject(o) || !isCloudTrailRecord(o))
        return new BadRecord("not a CloudTrail record (eventSource, eventName)");
      const time = normTime(o.eventTime);
      if (!time) return new BadRecord("CloudTrail record without a valid eventTime");
      const b = ctx.builder;
      const ui = isObject(o.userIdentity) ? o.userIdentity : {};
      const resp = isObject(o.responseElements) ? o.responseElements : {};
      const assumed = isObject(resp.assumedRoleUser) ? str(resp.assumedRoleUser.arn) : "";
      if (o.eventName === "AssumeRoleWithWebIdentity" && !o.errorCode) {
        const identity = str(resp.subjectFromWebIdentityToken) || str(ui.userName);
        if (assumed && identity.startsWith("system:serviceaccount:")) {
          b.add("session", "iam-events", { principal: assumed, identity }, time);
          return 1;
        }
      }
      if (o.eventName === "AssumeRoleForPodIdentity" && !o.errorCode) {
        const subject = isObject(resp.subject) ? resp.subject : {};
        if (assumed && str(subject.namespace) && str(subject.serviceAccount)) {
          b.add(
            "session",
            "iam-events",
            {
              principal: assumed,
              identity: `system:serviceaccount:${str(subject.namespace)}:${str(subject.serviceAccount)}`
            },
            time
          );
          return 1;
        }
      }
      const principal = str(ui.arn) || str(ui.principalId) || str(ui.userName);
      const denied = /AccessDenied|Unauthorized|Forbidden/i.test(str(o.errorCode));
      b.add(
        "cloud",
        "iam-events",
        {
          principal,
          eventSource: str(o.eventSource),
          eventName: str(o.eventName),
          decision: denied ? "forbid" : "allow"
        },
        time
      );
      return 1;
    }
  };
}

// src/read/evidence/tool-calls.ts
function isToolCall(o) {
  return typeof o.tool === "string" && typeof o.workload === "string" && "time" in o;
}
function toolCallReader() {
  return {
    name: "tool-calls",
    read(o, ctx) {
      if (!isObject(o) || !isToolCall(o)) return new BadRecord("not a tool call (time, workload, tool)");
      const time = normTime(o.time);
      if (!time) return new BadRecord("tool call without a valid time");
      const workload = str(o.workload);
      if (!/^[^/\s]+\/[^/\s]+$/.test(workload))
        return new BadRecord(`workload '${workload}' is not "<namespace>/<name>"`);
      const source = o.source === "mcp-log" ? "mcp-log" : "sdk-callback";
      if (o.source !== void 0 && o.source !== "mcp-log" && o.source !== "sdk-callback") {
        return new BadRecord(`source '${String(o.source)}' is not sdk-callback or mcp-log`);
      }
      ctx.builder.add(
        "tool",
        source,
        {
          workload,
          server: str(o.server),
          tool: str(o.tool),
          outcome: str(o.outcome) || "ok"
        },
        time
      );
      return 1;
    }
  };
}

// src/read/evidence/otel.ts
function isOtlpRecord(o) {
  return Array.isArray(o.resourceSpans) || Array.isArray(o.scopeSpans) || Array.isArray(o.resourceMetrics) || Array.isArray(o.resourceLogs);
}
var WORKLOAD_KEYS = [
  "k8s.deployment.name",
  "k8s.statefulset.name",
  "k8s.daemonset.name",
  "k8s.cronjob.name",
  "k8s.job.name"
];
var RESOURCE_KEYS = /* @__PURE__ */ new Set([
  ...WORKLOAD_KEYS,
  "k8s.namespace.name",
  "k8s.replicaset.name",
  "k8s.pod.name",
  "service.name"
]);
var SPAN_KEYS = /* @__PURE__ */ new Set([
  "gen_ai.operation.name",
  "gen_ai.provider.name",
  "gen_ai.system",
  "gen_ai.tool.name",
  "gen_ai.agent.name",
  "mcp.method.name",
  "server.address",
  "error.type"
]);
var SERVER = /* @__PURE__ */ new Set([2, "SPAN_KIND_SERVER"]);
var CLIENT = /* @__PURE__ */ new Set([3, "SPAN_KIND_CLIENT"]);
var STATUS_ERROR = /* @__PURE__ */ new Set([2, "STATUS_CODE_ERROR"]);
var NAME = /^[^/\s]+$/;
function otelReader() {
  return {
    name: "otlp",
    read(o, ctx) {
      if (!isObject(o) || !isOtlpRecord(o))
        return new BadRecord("not an OTLP JSON export line (resourceSpans, resourceMetrics or resourceLogs)");
      const resources = Array.isArray(o.resourceSpans) ? o.resourceSpans : Array.isArray(o.scopeSpans) ? [o] : [];
      const rows = [];
      for (const [ri, rs] of resources.entries()) {
        if (!isObject(rs)) return new BadRecord(`resourceSpans[${ri}] is not an object`);
        const res = attributes(isObject(rs.resource) ? rs.resource.attributes : void 0, RESOURCE_KEYS);
        const workload = workloadOf(res);
        const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : Array.isArray(rs.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
        for (const [si, ss] of scopes.entries()) {
          if (!isObject(ss) || !Array.isArray(ss.spans)) continue;
          for (const [pi, span] of ss.spans.entries()) {
            if (!isObject(span)) return new BadRecord(`span ${ri}.${si}.${pi} is not an object`);
            const row = spanRow(span, workload, res);
            if (row instanceof BadRecord) return row;
            if (row) rows.push(row);
          }
        }
      }
      for (const r of rows) ctx.builder.add(r.type, r.source, r.fields, r.time);
      return rows.length;
    }
  };
}
function spanRow(span, workload, res) {
  const a = attributes(span.attributes, SPAN_KEYS);
  const op = a.get("gen_ai.operation.name");
  const method = a.get("mcp.method.name");
  if (op === void 0 && method === void 0 && !a.has("gen_ai.provider.name") && !a.has("gen_ai.system")) return;
  const time = nanosToTime(span.startTimeUnixNano);
  if (!time) {
    return new BadRecord(
      `span ${typeof span.spanId === "string" ? span.spanId : "?"} (${String(span.name ?? "")}) has no valid startTimeUnixNano`
    );
  }
  const serverSide = method !== void 0 && SERVER.has(span.kind);
  const source = serverSide ? "mcp-log" : "sdk-callback";
  const isTool = op === "execute_tool" || method === "tools/call";
  const remoteAgent = op === "invoke_agent" && CLIENT.has(span.kind);
  const name = isTool ? a.get("gen_ai.tool.name") : remoteAgent ? a.get("gen_ai.agent.name") : void 0;
  const tool = name ?? (isTool || remoteAgent ? targetOf(span.name) : void 0);
  if (!tool) return { type: "seen", source, fields: { workload }, time };
  const status = isObject(span.status) ? span.status.code : void 0;
  const outcome = STATUS_ERROR.has(status) || a.has("error.type") ? "error" : "ok";
  const server = serverSide ? res.get("service.name") ?? workload.slice(workload.indexOf("/") + 1) : method !== void 0 || remoteAgent ? serverOf(a.get("server.address")) : "";
  return { type: "tool", source, fields: { workload, server, tool, outcome }, time };
}
function attributes(list2, wanted) {
  const out = /* @__PURE__ */ new Map();
  if (!Array.isArray(list2)) return out;
  for (const kv of list2) {
    if (!isObject(kv) || typeof kv.key !== "string" || !wanted.has(kv.key) || !isObject(kv.value)) continue;
    const v = kv.value;
    const s = typeof v.stringValue === "string" ? v.stringValue : typeof v.intValue === "string" || typeof v.intValue === "number" ? String(v.intValue) : void 0;
    if (s !== void 0 && s !== "") out.set(kv.key, s);
  }
  return out;
}
function workloadOf(res) {
  const ns = res.get("k8s.namespace.name");
  let name;
  for (const k of WORKLOAD_KEYS) {
    name = res.get(k);
    if (name) break;
  }
  if (!name) {
    const rs = res.get("k8s.replicaset.name");
    const pod = res.get("k8s.pod.name");
    name = rs ? rs.replace(/-[a-z0-9]{6,10}$/, "") : pod ? workloadOfPod(pod) : res.get("service.name");
  }
  return name && NAME.test(name) && ns && NAME.test(ns) ? workloadKey(ns, name) : "";
}
function serverOf(address) {
  if (!address) return "";
  const m = /^([a-z0-9-]+)\.[a-z0-9-]+\.svc(\.[a-z0-9.-]+)?$/i.exec(address);
  return m ? m[1] : address;
}
function targetOf(name) {
  if (typeof name !== "string") return void 0;
  const i = name.indexOf(" ");
  return i > 0 && i < name.length - 1 ? name.slice(i + 1) : void 0;
}
function nanosToTime(v) {
  let ms;
  if (typeof v === "string" && /^\d{1,20}$/.test(v)) ms = v.length > 6 ? Number(v.slice(0, -6)) : 0;
  else if (typeof v === "number" && Number.isFinite(v)) ms = Math.floor(v / 1e6);
  else return "";
  if (ms <= 0) return "";
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString();
}

// src/generated/observation-summary-validator.js
var observation_summary_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/observation-summary.schema.json", "type": "object", "if": { "properties": { "kind": { "const": "ObservationSummary" } }, "required": ["kind"] }, "then": { "$ref": "#/definitions/Header" }, "else": { "required": ["type"], "properties": { "type": { "enum": ["api", "tool", "exec", "file", "endpoint", "alert", "cloud", "session", "seen"] } }, "allOf": [{ "if": { "properties": { "type": { "const": "api" } } }, "then": { "$ref": "#/definitions/ApiRow" } }, { "if": { "properties": { "type": { "const": "tool" } } }, "then": { "$ref": "#/definitions/ToolRow" } }, { "if": { "properties": { "type": { "const": "exec" } } }, "then": { "$ref": "#/definitions/ExecRow" } }, { "if": { "properties": { "type": { "const": "file" } } }, "then": { "$ref": "#/definitions/FileRow" } }, { "if": { "properties": { "type": { "const": "endpoint" } } }, "then": { "$ref": "#/definitions/EndpointRow" } }, { "if": { "properties": { "type": { "const": "alert" } } }, "then": { "$ref": "#/definitions/AlertRow" } }, { "if": { "properties": { "type": { "const": "cloud" } } }, "then": { "$ref": "#/definitions/CloudRow" } }, { "if": { "properties": { "type": { "const": "session" } } }, "then": { "$ref": "#/definitions/SessionRow" } }, { "if": { "properties": { "type": { "const": "seen" } } }, "then": { "$ref": "#/definitions/SeenRow" } }] }, "definitions": { "Header": { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ObservationSummary" }, "snapshots": { "type": "array", "items": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "sources": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "malformed": { "type": "integer", "minimum": 0 } } }, "Time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, "Days": { "type": "object", "propertyNames": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "additionalProperties": { "type": "integer", "minimum": 1 } }, "Workload": { "type": "string", "pattern": "^([^/\\s]+/[^/\\s]+)?$" }, "Source": { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] }, "ApiRow": { "type": "object", "required": ["count", "first", "identity", "last", "type", "verb"], "additionalProperties": false, "properties": { "type": { "const": "api" }, "identity": { "type": "string", "pattern": "[^\\s]" }, "workload": { "$ref": "#/definitions/Workload" }, "verb": { "type": "string", "pattern": "[^\\s]" }, "apiGroup": { "type": "string" }, "resource": { "type": "string" }, "namespace": { "type": "string" }, "path": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "names": { "type": "array", "items": { "type": "string" }, "maxItems": 32 }, "namesTruncated": { "type": "boolean" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "ToolRow": { "type": "object", "required": ["count", "first", "last", "tool", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "tool" }, "workload": { "$ref": "#/definitions/Workload" }, "server": { "type": "string" }, "tool": { "type": "string", "pattern": "[^\\s]" }, "outcome": { "type": "string" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "ExecRow": { "type": "object", "required": ["binary", "count", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "exec" }, "workload": { "$ref": "#/definitions/Workload" }, "binary": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "FileRow": { "type": "object", "required": ["count", "first", "last", "path", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "file" }, "workload": { "$ref": "#/definitions/Workload" }, "path": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "EndpointRow": { "type": "object", "required": ["count", "endpoint", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "endpoint" }, "workload": { "$ref": "#/definitions/Workload" }, "endpoint": { "type": "string", "pattern": "[^\\s]" }, "direction": { "enum": ["outbound", "inbound"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "AlertRow": { "type": "object", "required": ["count", "first", "last", "rule", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "alert" }, "workload": { "$ref": "#/definitions/Workload" }, "rule": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "CloudRow": { "type": "object", "required": ["count", "eventName", "eventSource", "first", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "cloud" }, "principal": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "SessionRow": { "type": "object", "required": ["count", "first", "identity", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "session" }, "principal": { "type": "string", "pattern": "[^\\s]" }, "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "SeenRow": { "type": "object", "required": ["count", "first", "last", "source", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "seen" }, "workload": { "$ref": "#/definitions/Workload" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } } } };
var schema12 = { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ObservationSummary" }, "snapshots": { "type": "array", "items": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "sources": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "malformed": { "type": "integer", "minimum": 0 } } };
var pattern0 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema13 = { "type": "object", "required": ["count", "first", "identity", "last", "type", "verb"], "additionalProperties": false, "properties": { "type": { "const": "api" }, "identity": { "type": "string", "pattern": "[^\\s]" }, "workload": { "$ref": "#/definitions/Workload" }, "verb": { "type": "string", "pattern": "[^\\s]" }, "apiGroup": { "type": "string" }, "resource": { "type": "string" }, "namespace": { "type": "string" }, "path": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "names": { "type": "array", "items": { "type": "string" }, "maxItems": 32 }, "namesTruncated": { "type": "boolean" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
var schema14 = { "type": "string", "pattern": "^([^/\\s]+/[^/\\s]+)?$" };
var schema15 = { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] };
var schema16 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" };
var schema18 = { "type": "object", "propertyNames": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "additionalProperties": { "type": "integer", "minimum": 1 } };
var func2 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("[^\\s]", "u");
var pattern2 = new RegExp("^([^/\\s]+/[^/\\s]+)?$", "u");
var pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");
var pattern6 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.identity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.verb === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verb" }, message: "must have required property 'verb'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("api" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "api" }, message: "must be equal to constant", schema: "api", parentSchema: schema13.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data1 = data.identity;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err8 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema13.properties.identity, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.identity.type, parentSchema: schema13.properties.identity, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data2 = data.workload;
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err10 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data3 = data.verb;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err12 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema13.properties.verb, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.verb.type, parentSchema: schema13.properties.verb, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      let data4 = data.apiGroup;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.apiGroup.type, parentSchema: schema13.properties.apiGroup, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data5 = data.resource;
      if (typeof data5 !== "string") {
        const err15 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.resource.type, parentSchema: schema13.properties.resource, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data6 = data.namespace;
      if (typeof data6 !== "string") {
        const err16 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.namespace.type, parentSchema: schema13.properties.namespace, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data7 = data.path;
      if (typeof data7 !== "string") {
        const err17 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.path.type, parentSchema: schema13.properties.path, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data8 = data.decision;
      if (!(data8 === "allow" || data8 === "forbid" || data8 === "unknown")) {
        const err18 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema13.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.decision.enum, parentSchema: schema13.properties.decision, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data9 = data.names;
      if (Array.isArray(data9)) {
        if (data9.length > 32) {
          const err19 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema13.properties.names, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 !== "string") {
            const err20 = { instancePath: instancePath + "/names/" + i0, schemaPath: "#/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.names.items.type, parentSchema: schema13.properties.names.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.names.type, parentSchema: schema13.properties.names, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.namesTruncated !== void 0) {
      let data11 = data.namesTruncated;
      if (typeof data11 !== "boolean") {
        const err22 = { instancePath: instancePath + "/namesTruncated", schemaPath: "#/properties/namesTruncated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.namesTruncated.type, parentSchema: schema13.properties.namesTruncated, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data12 = data.source;
      if (!(data12 === "kube-audit" || data12 === "ebpf" || data12 === "sdk-callback" || data12 === "mcp-log" || data12 === "iam-events" || data12 === "db-audit" || data12 === "admission" || data12 === "cni")) {
        const err23 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data13 = data.count;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err24 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.count.type, parentSchema: schema13.properties.count, data: data13 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 1 || isNaN(data13)) {
          const err25 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.count, data: data13 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data14 = data.first;
      if (typeof data14 === "string") {
        if (!pattern4.test(data14)) {
          const err26 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data15 = data.last;
      if (typeof data15 === "string") {
        if (!pattern4.test(data15)) {
          const err28 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data15 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data15 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data16 = data.days;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key1 in data16) {
          const _errs38 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err30 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          var valid8 = _errs38 === errors;
          if (!valid8) {
            const err31 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data16 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        for (const key2 in data16) {
          let data17 = data16[key2];
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err32 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 1 || isNaN(data17)) {
              const err33 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data17 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data16 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "required": ["count", "first", "last", "tool", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "tool" }, "workload": { "$ref": "#/definitions/Workload" }, "server": { "type": "string" }, "tool": { "type": "string", "pattern": "[^\\s]" }, "outcome": { "type": "string" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("tool" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "tool" }, message: "must be equal to constant", schema: "tool", parentSchema: schema19.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data2 = data.server;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.server.type, parentSchema: schema19.properties.server, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data3 = data.tool;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err11 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema19.properties.tool, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.tool.type, parentSchema: schema19.properties.tool, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.outcome !== void 0) {
      let data4 = data.outcome;
      if (typeof data4 !== "string") {
        const err13 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.outcome.type, parentSchema: schema19.properties.outcome, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (!(data5 === "kube-audit" || data5 === "ebpf" || data5 === "sdk-callback" || data5 === "mcp-log" || data5 === "iam-events" || data5 === "db-audit" || data5 === "admission" || data5 === "cni")) {
        const err14 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data6 = data.count;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err15 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.count.type, parentSchema: schema19.properties.count, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.count, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data7 = data.first;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err17 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data8 = data.last;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err19 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data9 = data.days;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          const _errs25 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err21 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid6 = _errs25 === errors;
          if (!valid6) {
            const err22 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err23 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err24 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "required": ["binary", "count", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "exec" }, "workload": { "$ref": "#/definitions/Workload" }, "binary": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.binary === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "binary" }, message: "must have required property 'binary'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "workload" || key0 === "binary" || key0 === "source" || key0 === "count" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("exec" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "exec" }, message: "must be equal to constant", schema: "exec", parentSchema: schema25.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.binary !== void 0) {
      let data2 = data.binary;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err10 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema25.properties.binary, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/binary", schemaPath: "#/properties/binary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.binary.type, parentSchema: schema25.properties.binary, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (!(data3 === "kube-audit" || data3 === "ebpf" || data3 === "sdk-callback" || data3 === "mcp-log" || data3 === "iam-events" || data3 === "db-audit" || data3 === "admission" || data3 === "cni")) {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data4 = data.count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.count.type, parentSchema: schema25.properties.count, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema25.properties.count, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data5 = data.first;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err15 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data6 = data.last;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err17 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs21 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err19 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var valid6 = _errs21 === errors;
          if (!valid6) {
            const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err21 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema31 = { "type": "object", "required": ["count", "first", "last", "path", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "file" }, "workload": { "$ref": "#/definitions/Workload" }, "path": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "workload" || key0 === "path" || key0 === "source" || key0 === "count" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("file" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "file" }, message: "must be equal to constant", schema: "file", parentSchema: schema31.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err10 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema31.properties.path, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.path.type, parentSchema: schema31.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (!(data3 === "kube-audit" || data3 === "ebpf" || data3 === "sdk-callback" || data3 === "mcp-log" || data3 === "iam-events" || data3 === "db-audit" || data3 === "admission" || data3 === "cni")) {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data4 = data.count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.count.type, parentSchema: schema31.properties.count, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.count, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data5 = data.first;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err15 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data6 = data.last;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err17 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs21 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err19 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var valid6 = _errs21 === errors;
          if (!valid6) {
            const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err21 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema37 = { "type": "object", "required": ["count", "endpoint", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "endpoint" }, "workload": { "$ref": "#/definitions/Workload" }, "endpoint": { "type": "string", "pattern": "[^\\s]" }, "direction": { "enum": ["outbound", "inbound"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.endpoint === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema37.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("endpoint" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "endpoint" }, message: "must be equal to constant", schema: "endpoint", parentSchema: schema37.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data2 = data.endpoint;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err10 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema37.properties.endpoint, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.endpoint.type, parentSchema: schema37.properties.endpoint, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data3 = data.direction;
      if (!(data3 === "outbound" || data3 === "inbound")) {
        const err12 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema37.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.direction.enum, parentSchema: schema37.properties.direction, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data4 = data.source;
      if (!(data4 === "kube-audit" || data4 === "ebpf" || data4 === "sdk-callback" || data4 === "mcp-log" || data4 === "iam-events" || data4 === "db-audit" || data4 === "admission" || data4 === "cni")) {
        const err13 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data5 = data.count;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.count.type, parentSchema: schema37.properties.count, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties.count, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data6 = data.first;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data7 = data.last;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data8 = data.days;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          const _errs22 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid6 = _errs22 === errors;
          if (!valid6) {
            const err21 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key2 in data8) {
          let data9 = data8[key2];
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 1 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema43 = { "type": "object", "required": ["count", "first", "last", "rule", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "alert" }, "workload": { "$ref": "#/definitions/Workload" }, "rule": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rule === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "workload" || key0 === "rule" || key0 === "source" || key0 === "count" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("alert" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "alert" }, message: "must be equal to constant", schema: "alert", parentSchema: schema43.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data2 = data.rule;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err10 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema43.properties.rule, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.rule.type, parentSchema: schema43.properties.rule, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (!(data3 === "kube-audit" || data3 === "ebpf" || data3 === "sdk-callback" || data3 === "mcp-log" || data3 === "iam-events" || data3 === "db-audit" || data3 === "admission" || data3 === "cni")) {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data4 = data.count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema43.properties.count.type, parentSchema: schema43.properties.count, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema43.properties.count, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data5 = data.first;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err15 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data6 = data.last;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err17 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs21 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err19 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var valid6 = _errs21 === errors;
          if (!valid6) {
            const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err21 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema49 = { "type": "object", "required": ["count", "eventName", "eventSource", "first", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "cloud" }, "principal": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventName" }, message: "must have required property 'eventName'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.eventSource === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSource" }, message: "must have required property 'eventSource'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.principal === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema49.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("cloud" !== data0) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "cloud" }, message: "must be equal to constant", schema: "cloud", parentSchema: schema49.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.principal !== void 0) {
      let data1 = data.principal;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.principal.type, parentSchema: schema49.properties.principal, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.eventSource !== void 0) {
      let data2 = data.eventSource;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.eventSource.type, parentSchema: schema49.properties.eventSource, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.eventName !== void 0) {
      let data3 = data.eventName;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.eventName.type, parentSchema: schema49.properties.eventName, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      let data4 = data.decision;
      if (!(data4 === "allow" || data4 === "forbid" || data4 === "unknown")) {
        const err12 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema49.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.decision.enum, parentSchema: schema49.properties.decision, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (!(data5 === "kube-audit" || data5 === "ebpf" || data5 === "sdk-callback" || data5 === "mcp-log" || data5 === "iam-events" || data5 === "db-audit" || data5 === "admission" || data5 === "cni")) {
        const err13 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data6 = data.count;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.count.type, parentSchema: schema49.properties.count, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema49.properties.count, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data7 = data.first;
      if (typeof data7 === "string") {
        if (!pattern4.test(data7)) {
          const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data8 = data.last;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data9 = data.days;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          const _errs23 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid5 = _errs23 === errors;
          if (!valid5) {
            const err21 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema54 = { "type": "object", "required": ["count", "first", "identity", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "session" }, "principal": { "type": "string", "pattern": "[^\\s]" }, "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
var pattern36 = new RegExp("^system:serviceaccount:[^:]+:[^:]+$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.identity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.principal === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "principal" || key0 === "identity" || key0 === "source" || key0 === "count" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("session" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "session" }, message: "must be equal to constant", schema: "session", parentSchema: schema54.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.principal !== void 0) {
      let data1 = data.principal;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err8 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema54.properties.principal, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/principal", schemaPath: "#/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.principal.type, parentSchema: schema54.properties.principal, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data2 = data.identity;
      if (typeof data2 === "string") {
        if (!pattern36.test(data2)) {
          const err10 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/pattern", keyword: "pattern", params: { pattern: "^system:serviceaccount:[^:]+:[^:]+$" }, message: 'must match pattern "^system:serviceaccount:[^:]+:[^:]+$"', schema: "^system:serviceaccount:[^:]+:[^:]+$", parentSchema: schema54.properties.identity, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.identity.type, parentSchema: schema54.properties.identity, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (!(data3 === "kube-audit" || data3 === "ebpf" || data3 === "sdk-callback" || data3 === "mcp-log" || data3 === "iam-events" || data3 === "db-audit" || data3 === "admission" || data3 === "cni")) {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data4 = data.count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.count.type, parentSchema: schema54.properties.count, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema54.properties.count, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data5 = data.first;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err15 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data6 = data.last;
      if (typeof data6 === "string") {
        if (!pattern4.test(data6)) {
          const err17 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data7 = data.days;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs20 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err19 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var valid5 = _errs20 === errors;
          if (!valid5) {
            const err20 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err21 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 1 || isNaN(data8)) {
              const err22 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema59 = { "type": "object", "required": ["count", "first", "last", "source", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "seen" }, "workload": { "$ref": "#/definitions/Workload" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "workload" || key0 === "source" || key0 === "count" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if ("seen" !== data0) {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "seen" }, message: "must be equal to constant", schema: "seen", parentSchema: schema59.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/pattern", keyword: "pattern", params: { pattern: "^([^/\\s]+/[^/\\s]+)?$" }, message: 'must match pattern "^([^/\\s]+/[^/\\s]+)?$"', schema: "^([^/\\s]+/[^/\\s]+)?$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (!(data2 === "kube-audit" || data2 === "ebpf" || data2 === "sdk-callback" || data2 === "mcp-log" || data2 === "iam-events" || data2 === "db-audit" || data2 === "admission" || data2 === "cni")) {
        const err10 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/Source/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data3 = data.count;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err11 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema59.properties.count.type, parentSchema: schema59.properties.count, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema59.properties.count, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.first !== void 0) {
      let data4 = data.first;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err13 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data5 = data.last;
      if (typeof data5 === "string") {
        if (!pattern4.test(data5)) {
          const err15 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data6 = data.days;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          const _errs19 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err17 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema18.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          var valid6 = _errs19 === errors;
          if (!valid6) {
            const err18 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema18.propertyNames, parentSchema: schema18, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err19 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.additionalProperties.type, parentSchema: schema18.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err20 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/days", schemaPath: "#/definitions/Days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("ObservationSummary" !== data.kind) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kind === void 0) {
        const err3 = { instancePath, schemaPath: "#/definitions/Header/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "snapshots" || key0 === "sources" || key0 === "malformed")) {
          const err4 = { instancePath, schemaPath: "#/definitions/Header/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data1 = data.apiVersion;
        if ("threatcat.dev/v1alpha1" !== data1) {
          const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/definitions/Header/properties/apiVersion/const", keyword: "const", params: { allowedValue: "threatcat.dev/v1alpha1" }, message: "must be equal to constant", schema: "threatcat.dev/v1alpha1", parentSchema: schema12.properties.apiVersion, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data2 = data.kind;
        if ("ObservationSummary" !== data2) {
          const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/definitions/Header/properties/kind/const", keyword: "const", params: { allowedValue: "ObservationSummary" }, message: "must be equal to constant", schema: "ObservationSummary", parentSchema: schema12.properties.kind, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.snapshots !== void 0) {
        let data3 = data.snapshots;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data4 = data3[i0];
            if (typeof data4 === "string") {
              if (!pattern0.test(data4)) {
                const err7 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/definitions/Header/properties/snapshots/items/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema12.properties.snapshots.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/definitions/Header/properties/snapshots/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.snapshots.items.type, parentSchema: schema12.properties.snapshots.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/snapshots", schemaPath: "#/definitions/Header/properties/snapshots/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.snapshots.type, parentSchema: schema12.properties.snapshots, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.sources !== void 0) {
        let data5 = data.sources;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          for (const key1 in data5) {
            let data6 = data5[key1];
            if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
              const err10 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Header/properties/sources/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.sources.additionalProperties.type, parentSchema: schema12.properties.sources.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (typeof data6 == "number" && isFinite(data6)) {
              if (data6 < 0 || isNaN(data6)) {
                const err11 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Header/properties/sources/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.sources.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/sources", schemaPath: "#/definitions/Header/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.sources.type, parentSchema: schema12.properties.sources, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.malformed !== void 0) {
        let data7 = data.malformed;
        if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
          const err13 = { instancePath: instancePath + "/malformed", schemaPath: "#/definitions/Header/properties/malformed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.malformed.type, parentSchema: schema12.properties.malformed, data: data7 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (typeof data7 == "number" && isFinite(data7)) {
          if (data7 < 0 || isNaN(data7)) {
            const err14 = { instancePath: instancePath + "/malformed", schemaPath: "#/definitions/Header/properties/malformed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.malformed, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    } else {
      const err15 = { instancePath, schemaPath: "#/definitions/Header/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs21 = errors;
    const _errs23 = errors;
    let valid8 = true;
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("api" !== data.type) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs24 === errors;
    errors = _errs23;
    if (vErrors !== null) {
      if (_errs23) {
        vErrors.length = _errs23;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs26 = errors;
      if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs26 === errors;
      valid8 = _valid1;
    }
    if (!valid8) {
      const err17 = { instancePath, schemaPath: "#/else/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[0].if, parentSchema: schema11.else.allOf[0], data };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    const _errs28 = errors;
    let valid10 = true;
    const _errs29 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("tool" !== data.type) {
          const err18 = {};
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs29 === errors;
    errors = _errs28;
    if (vErrors !== null) {
      if (_errs28) {
        vErrors.length = _errs28;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs31 = errors;
      if (!validate13(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs31 === errors;
      valid10 = _valid2;
    }
    if (!valid10) {
      const err19 = { instancePath, schemaPath: "#/else/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[1].if, parentSchema: schema11.else.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    const _errs33 = errors;
    let valid12 = true;
    const _errs34 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("exec" !== data.type) {
          const err20 = {};
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs34 === errors;
    errors = _errs33;
    if (vErrors !== null) {
      if (_errs33) {
        vErrors.length = _errs33;
      } else {
        vErrors = null;
      }
    }
    if (_valid3) {
      const _errs36 = errors;
      if (!validate15(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs36 === errors;
      valid12 = _valid3;
    }
    if (!valid12) {
      const err21 = { instancePath, schemaPath: "#/else/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[2].if, parentSchema: schema11.else.allOf[2], data };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    const _errs38 = errors;
    let valid14 = true;
    const _errs39 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("file" !== data.type) {
          const err22 = {};
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs39 === errors;
    errors = _errs38;
    if (vErrors !== null) {
      if (_errs38) {
        vErrors.length = _errs38;
      } else {
        vErrors = null;
      }
    }
    if (_valid4) {
      const _errs41 = errors;
      if (!validate17(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs41 === errors;
      valid14 = _valid4;
    }
    if (!valid14) {
      const err23 = { instancePath, schemaPath: "#/else/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[3].if, parentSchema: schema11.else.allOf[3], data };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    const _errs43 = errors;
    let valid16 = true;
    const _errs44 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("endpoint" !== data.type) {
          const err24 = {};
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs44 === errors;
    errors = _errs43;
    if (vErrors !== null) {
      if (_errs43) {
        vErrors.length = _errs43;
      } else {
        vErrors = null;
      }
    }
    if (_valid5) {
      const _errs46 = errors;
      if (!validate19(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs46 === errors;
      valid16 = _valid5;
    }
    if (!valid16) {
      const err25 = { instancePath, schemaPath: "#/else/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[4].if, parentSchema: schema11.else.allOf[4], data };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    const _errs48 = errors;
    let valid18 = true;
    const _errs49 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("alert" !== data.type) {
          const err26 = {};
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    var _valid6 = _errs49 === errors;
    errors = _errs48;
    if (vErrors !== null) {
      if (_errs48) {
        vErrors.length = _errs48;
      } else {
        vErrors = null;
      }
    }
    if (_valid6) {
      const _errs51 = errors;
      if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
      var _valid6 = _errs51 === errors;
      valid18 = _valid6;
    }
    if (!valid18) {
      const err27 = { instancePath, schemaPath: "#/else/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[5].if, parentSchema: schema11.else.allOf[5], data };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
    const _errs53 = errors;
    let valid20 = true;
    const _errs54 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("cloud" !== data.type) {
          const err28 = {};
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    var _valid7 = _errs54 === errors;
    errors = _errs53;
    if (vErrors !== null) {
      if (_errs53) {
        vErrors.length = _errs53;
      } else {
        vErrors = null;
      }
    }
    if (_valid7) {
      const _errs56 = errors;
      if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
      var _valid7 = _errs56 === errors;
      valid20 = _valid7;
    }
    if (!valid20) {
      const err29 = { instancePath, schemaPath: "#/else/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[6].if, parentSchema: schema11.else.allOf[6], data };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    const _errs58 = errors;
    let valid22 = true;
    const _errs59 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("session" !== data.type) {
          const err30 = {};
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    var _valid8 = _errs59 === errors;
    errors = _errs58;
    if (vErrors !== null) {
      if (_errs58) {
        vErrors.length = _errs58;
      } else {
        vErrors = null;
      }
    }
    if (_valid8) {
      const _errs61 = errors;
      if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid8 = _errs61 === errors;
      valid22 = _valid8;
    }
    if (!valid22) {
      const err31 = { instancePath, schemaPath: "#/else/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[7].if, parentSchema: schema11.else.allOf[7], data };
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    }
    const _errs63 = errors;
    let valid24 = true;
    const _errs64 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("seen" !== data.type) {
          const err32 = {};
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    var _valid9 = _errs64 === errors;
    errors = _errs63;
    if (vErrors !== null) {
      if (_errs63) {
        vErrors.length = _errs63;
      } else {
        vErrors = null;
      }
    }
    if (_valid9) {
      const _errs66 = errors;
      if (!validate27(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
      var _valid9 = _errs66 === errors;
      valid24 = _valid9;
    }
    if (!valid24) {
      const err33 = { instancePath, schemaPath: "#/else/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.else.allOf[8].if, parentSchema: schema11.else.allOf[8], data };
      if (vErrors === null) {
        vErrors = [err33];
      } else {
        vErrors.push(err33);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err34 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema11.else.required, parentSchema: schema11.else, data };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data17 = data.type;
        if (!(data17 === "api" || data17 === "tool" || data17 === "exec" || data17 === "file" || data17 === "endpoint" || data17 === "alert" || data17 === "cloud" || data17 === "session" || data17 === "seen")) {
          const err35 = { instancePath: instancePath + "/type", schemaPath: "#/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.else.properties.type.enum, parentSchema: schema11.else.properties.type, data: data17 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs21 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err36 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.if, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/read/evidence/summary-file.ts
var ROW_TYPES = new Set(Object.keys(ROW_KEYS));
var DEFAULT_SOURCE = {
  api: "kube-audit",
  tool: "sdk-callback",
  exec: "ebpf",
  file: "ebpf",
  endpoint: "ebpf",
  alert: "ebpf",
  cloud: "iam-events",
  session: "iam-events"
};
var PRIMARY = /* @__PURE__ */ new Set(["api", "tool", "cloud", "session", "seen"]);
function isSummaryLine(o) {
  return o.kind === "ObservationSummary" || typeof o.type === "string" && ROW_TYPES.has(o.type) && "count" in o;
}
function summaryReader() {
  let headerSeen = false;
  return {
    name: "summary",
    startFile() {
      headerSeen = false;
    },
    read(o, ctx) {
      if (!isObject(o) || !isSummaryLine(o)) return new BadRecord("not an observation summary line");
      const line = coerce(o);
      if (!observation_summary_validator_default(line)) {
        const err = observation_summary_validator_default.errors?.find((e) => e.keyword !== "if") ?? observation_summary_validator_default.errors?.[0];
        return new BadRecord(
          `invalid summary line: ${err ? `${err.instancePath || "/"} ${err.message}` : "schema mismatch"}`
        );
      }
      const b = ctx.builder;
      if (line.kind === "ObservationSummary") {
        headerSeen = true;
        for (const d of line.snapshots ?? []) b.snapshots.add(d);
        for (const [k, n] of Object.entries(line.sources ?? {}))
          b.countEvents(k, n);
        b.malformed += line.malformed ?? 0;
        return Object.values(line.sources ?? {}).reduce((a, n) => a + n, 0);
      }
      const row = completeRow(line);
      b.merge(row);
      if (headerSeen || !PRIMARY.has(row.type)) return 0;
      b.countEvents("summary", row.count);
      return row.count;
    }
  };
}
function coerce(o) {
  const out = { ...o };
  if (typeof out.count === "string" && /^\d+$/.test(out.count)) out.count = Number(out.count);
  if (isObject(out.days)) {
    out.days = Object.fromEntries(
      Object.entries(out.days).map(([k, v]) => [k, typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v])
    );
  }
  return out;
}
function completeRow(o) {
  const type = o.type;
  const row = { type, source: o.source ?? DEFAULT_SOURCE[type] };
  for (const k of ROW_KEYS[type]) row[k] = o[k] ?? (type === "api" && k === "decision" ? "allow" : "");
  row.count = o.count;
  row.first = normTime(o.first);
  row.last = normTime(o.last);
  row.days = o.days ?? { [String(row.first).slice(0, 10)]: o.count };
  if (type === "api") {
    row.names = [...new Set(o.names ?? [])].sort().slice(0, 32);
    row.namesTruncated = Boolean(o.namesTruncated) || (o.names?.length ?? 0) > 32;
  }
  return row;
}

// src/read/evidence/detect.ts
var RECOGNISERS = [
  ["kube-audit", isAuditEvent],
  ["summary", isSummaryLine],
  ["tetragon", isTetragonEvent],
  ["falco", isFalcoAlert],
  ["cloudtrail", isCloudTrailRecord],
  ["kubescape", isKubescapeProfile],
  ["tool-calls", isToolCall],
  ["otlp", isOtlpRecord]
];
function detectReader(record) {
  if (!isObject(record)) return void 0;
  return RECOGNISERS.find(([, ok]) => ok(record))?.[0];
}
function createReader(name) {
  switch (name) {
    case "kube-audit":
      return kubeAuditReader();
    case "kubescape":
      return kubescapeReader();
    case "tetragon":
      return tetragonReader();
    case "falco":
      return falcoReader();
    case "cloudtrail":
      return cloudTrailReader();
    case "tool-calls":
      return toolCallReader();
    case "otlp":
      return otelReader();
    case "summary":
      return summaryReader();
  }
}

// src/read/evidence/splitters.ts
var MAX_RECORD_BYTES = 16 * 1024 * 1024;
var LineSplitter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  tail = [];
  tailBytes = 0;
  skipping = false;
  line = 1;
  write(chunk) {
    let start = 0;
    let nl = chunk.indexOf(10, 0);
    if (nl !== -1 && (this.tailBytes > 0 || this.skipping)) {
      if (this.skipping) {
        this.skipping = false;
      } else {
        this.tail.push(chunk.subarray(0, nl));
        this.emit(Buffer.concat(this.tail));
      }
      this.tail = [];
      this.tailBytes = 0;
      this.line++;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    while (nl !== -1) {
      if (nl > start) this.emitRange(chunk, start, nl);
      this.line++;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length && !this.skipping) {
      const rest = chunk.subarray(start);
      this.tailBytes += rest.length;
      if (this.tailBytes > MAX_RECORD_BYTES) {
        this.sink.oversized(this.line);
        this.skipping = true;
        this.tail = [];
        this.tailBytes = 0;
      } else {
        this.tail.push(Buffer.from(rest));
      }
    }
  }
  end() {
    if (this.tailBytes > 0 && !this.skipping) this.emit(Buffer.concat(this.tail));
    this.tail = [];
    this.tailBytes = 0;
  }
  emitRange(buf, start, end) {
    if (buf[end - 1] === 13) end--;
    if (end <= start) return;
    const text = buf.toString("utf8", start, end);
    if (isBlank(text)) return;
    this.sink.record(text, this.line);
  }
  emit(buf) {
    this.emitRange(buf, 0, buf.length);
  }
};
function isBlank(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
var JsonElementSplitter = class {
  constructor(sink, keys) {
    this.sink = sink;
    this.keys = keys;
  }
  sink;
  keys;
  depth = 0;
  inString = false;
  escape = false;
  /** Nesting of the containers opened so far: '{' or '['. */
  stack = [];
  /** Depth at which records (elements) live; -1 until known. */
  elementDepth = -1;
  lastKey = "";
  keyBuf = null;
  capture = [];
  captureBytes = 0;
  captureStart = -1;
  captureLine = 0;
  skipping = false;
  line = 1;
  write(chunk) {
    let segStart = this.captureStart >= 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyBuf) {
            this.lastKey = Buffer.from(this.keyBuf).toString("utf8");
            this.keyBuf = null;
          }
        } else if (this.keyBuf && this.keyBuf.length < 64) this.keyBuf.push(c);
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 1 && this.stack[0] === 123) this.keyBuf = [];
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.elementDepth === -1) {
          if (this.depth === 0 && c === 91) this.elementDepth = 1;
          else if (this.depth === 1 && c === 91 && this.stack[0] === 123 && this.keys.has(this.lastKey))
            this.elementDepth = 2;
        }
        if (this.depth === this.elementDepth && this.captureStart < 0 && c === 123 && this.isRecordArray()) {
          this.captureStart = i;
          segStart = i;
          this.captureLine = this.line;
          this.skipping = false;
        }
        this.stack.push(c);
        this.depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        this.stack.pop();
        this.depth--;
        if (this.depth === this.elementDepth && this.captureStart >= 0 && c === 125) {
          if (!this.skipping) {
            this.capture.push(chunk.subarray(segStart, i + 1));
            this.sink.record(Buffer.concat(this.capture).toString("utf8"), this.captureLine);
          }
          this.capture = [];
          this.captureBytes = 0;
          this.captureStart = -1;
          segStart = -1;
        }
        if (this.depth < this.elementDepth) this.elementDepth = -1;
      }
    }
    if (this.captureStart >= 0 && !this.skipping && segStart >= 0) {
      const part = Buffer.from(chunk.subarray(segStart));
      this.captureBytes += part.length;
      if (this.captureBytes > MAX_RECORD_BYTES) {
        this.sink.oversized(this.captureLine);
        this.skipping = true;
        this.capture = [];
        this.captureBytes = 0;
      } else {
        this.capture.push(part);
      }
    }
  }
  isRecordArray() {
    return this.stack[this.stack.length - 1] === 91;
  }
  end() {
    if (this.captureStart >= 0 && !this.skipping) this.sink.oversized(this.captureLine);
  }
};
var YamlDocumentSplitter = class {
  constructor(sink) {
    this.sink = sink;
    this.lines = new LineSplitter({
      record: (text, line) => this.onLine(text, line),
      oversized: (line) => sink.oversized(line)
    });
  }
  sink;
  lines;
  doc = [];
  docBytes = 0;
  docLine = 1;
  inItems = false;
  /** After a List's items: its own trailing keys (kind, metadata) are not a record. */
  listTrailer = false;
  itemsIndent = "";
  skipping = false;
  write(chunk) {
    this.lines.write(chunk);
  }
  end() {
    this.lines.end();
    this.flush();
  }
  onLine(text, line) {
    if (/^---(\s|$)/.test(text) || /^\.\.\.\s*$/.test(text)) {
      this.flush();
      this.inItems = false;
      this.listTrailer = false;
      this.docLine = line + 1;
      return;
    }
    if (this.listTrailer) return;
    if (/^items:\s*(#.*)?$/.test(text)) {
      this.doc = [];
      this.docBytes = 0;
      this.inItems = true;
      this.itemsIndent = "";
      this.docLine = line + 1;
      return;
    }
    if (this.inItems) {
      const m = /^(\s*)- /.exec(text);
      if (m && (this.doc.length === 0 || m[1] === this.itemsIndent)) {
        this.flush();
        this.itemsIndent = m[1];
        this.docLine = line;
        this.push(`${m[1]}  ${text.slice(m[0].length)}`);
        return;
      }
      if (/^\S/.test(text) && !text.startsWith("#")) {
        this.flush();
        this.inItems = false;
        this.listTrailer = true;
        return;
      }
    }
    if (this.doc.length === 0 && !this.inItems) this.docLine = line;
    this.push(text);
  }
  push(text) {
    if (this.skipping) return;
    this.docBytes += text.length + 1;
    if (this.docBytes > MAX_RECORD_BYTES) {
      this.sink.oversized(this.docLine);
      this.skipping = true;
      this.doc = [];
      return;
    }
    this.doc.push(text);
  }
  flush() {
    const blank = this.doc.every((l) => /^\s*(#.*)?$/.test(l));
    if (!blank && !this.skipping) this.sink.record(this.doc.join("\n"), this.docLine);
    this.doc = [];
    this.docBytes = 0;
    this.skipping = false;
  }
};

// src/read/evidence/stream.ts
import { createHash } from "node:crypto";
import { constants, createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
var HIGH_WATER_MARK = 1024 * 1024;
async function streamFile(abs, display, onChunk, onProgress) {
  const at = { file: display, line: 1, column: 1 };
  let gzip = false;
  let size = 0;
  try {
    checkEvidenceFile(abs, display);
    size = statSync(abs).size;
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const magic = Buffer.alloc(2);
    const n = readSync(fd, magic, 0, 2, 0);
    closeSync(fd);
    gzip = n === 2 && magic[0] === 31 && magic[1] === 139;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    throw new InputError(
      at,
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read file (${code})`
    );
  }
  const hash = createHash("sha256");
  let bytes = 0;
  const raw = createReadStream(abs, { highWaterMark: HIGH_WATER_MARK });
  let decompressed = 0;
  const seeRaw = (c) => {
    hash.update(c);
    bytes += c.length;
    onProgress?.({ read: bytes, size, gzip, decompressed });
  };
  const deliver = (c) => {
    decompressed += c.length;
    onChunk(c);
  };
  let corrupt;
  try {
    if (gzip) {
      raw.on("data", (c) => seeRaw(c));
      const rawDone = new Promise((res, rej) => {
        raw.on("end", res);
        raw.on("error", rej);
      });
      const gunzip = createGunzip({ chunkSize: 256 * 1024 });
      raw.pipe(gunzip);
      try {
        for await (const chunk of gunzip) deliver(chunk);
      } catch (err) {
        corrupt = `corrupt gzip data (${err.message}); the rest of the file was not read`;
        raw.unpipe(gunzip);
        raw.resume();
      }
      await rawDone;
    } else {
      for await (const chunk of raw) {
        deliver(chunk);
        seeRaw(chunk);
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(at, `read failed: ${err.message}`);
  }
  onProgress?.({ read: bytes, size, gzip, decompressed });
  return { digest: `sha256:${hash.digest("hex")}`, bytes, gzip, corrupt };
}
function checkEvidenceFile(abs, display) {
  const at = { file: display, line: 1, column: 1 };
  let st;
  try {
    st = statSync(abs);
  } catch (err) {
    const code = err.code;
    throw new InputError(
      at,
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read file (${code})`
    );
  }
  if (st.isDirectory()) throw new InputError(at, "is a directory, not an evidence file");
  if (!st.isFile())
    throw new InputError(at, "is not a regular file (a FIFO, socket or device); save the evidence to a file first");
}
function combineDigests(digests) {
  if (digests.length === 1) return digests[0];
  const lines = [...digests].sort().join("\n");
  return `sha256:${createHash("sha256").update(lines).digest("hex")}`;
}

// src/read/evidence/read-evidence.ts
var MALFORMED_SAMPLES = 5;
var HEAD_LIMIT = 1024 * 1024;
async function readEvidence(files, opts) {
  const builder = new SummaryBuilder();
  const readers = /* @__PURE__ */ new Map();
  const ctx = {
    builder,
    now: opts.now,
    file: {},
    folded: (file) => {
      (file ?? ctx.file).folded++;
    },
    counted: (events, file) => {
      file.events += events;
    }
  };
  const reports = [];
  for (const f of files) checkEvidenceFile(f.abs, f.file);
  for (const f of files) reports.push(await readOne(f, opts, readers, ctx));
  for (const reader of readers.values()) reader.finish?.(ctx);
  for (const report of reports) {
    if (report.reader && report.reader !== "summary" && report.events > 0)
      builder.countEvents(report.reader, report.events);
  }
  const digests = reports.map((r) => r.digest);
  for (const d of digests) builder.snapshots.add(d);
  const malformed = reports.reduce((n, r) => n + r.malformed, 0);
  builder.malformed += malformed;
  return {
    builder,
    digest: combineDigests(digests),
    files: reports,
    events: reports.reduce((n, r) => n + r.events, 0),
    folded: reports.reduce((n, r) => n + r.folded, 0),
    malformed
  };
}
async function readOne(f, opts, readers, ctx) {
  const report = {
    file: f.file,
    reader: opts.source,
    digest: "",
    bytes: 0,
    gzip: false,
    records: 0,
    events: 0,
    folded: 0,
    malformed: 0,
    samples: []
  };
  ctx.file = report;
  let reader;
  let framing = "lines";
  const bad = (line, reason) => {
    report.malformed++;
    if (report.samples.length < MALFORMED_SAMPLES) report.samples.push({ line, reason });
  };
  const use = (name) => {
    let r = readers.get(name);
    if (!r) {
      r = createReader(name);
      readers.set(name, r);
    }
    r.startFile?.();
    report.reader = name;
    return r;
  };
  if (opts.source) reader = use(opts.source);
  let lastLine = 0;
  const sink = {
    oversized: (line) => {
      report.records++;
      bad(line, "record larger than 16 MiB; skipped");
    },
    record: (text, line) => {
      lastLine = line;
      report.records++;
      let record;
      try {
        record = framing === "yaml" ? yaml.load(text, yamlOptions()) : JSON.parse(text);
      } catch (err) {
        bad(
          line,
          framing === "yaml" ? `invalid YAML: ${oneLine2(yamlErrorAt(err, f.file).message.replace(/^YAML syntax error: /, ""))}` : invalidJson(text)
        );
        return;
      }
      const over = framing === "yaml" && text.includes("*") ? expandsBeyond(record, LIMITS.nodes) : void 0;
      if (over) {
        bad(line, LIMIT_MESSAGES[over]);
        return;
      }
      if (record === null || record === void 0) {
        bad(line, framing === "yaml" ? "an empty YAML document" : "null is not an evidence record");
        return;
      }
      if (!reader) {
        const name = detectReader(record);
        if (!name) {
          bad(
            line,
            "unrecognised record (not audit, Kubescape, Tetragon, Falco, CloudTrail, tool-call, OTLP or summary); use --source"
          );
          return;
        }
        reader = use(name);
      }
      const n = reader.read(record, ctx);
      if (n instanceof BadRecord) bad(line, n.reason);
      else report.events += n;
    }
  };
  let splitter;
  const head = [];
  let headBytes = 0;
  const decide = (final) => {
    const text = Buffer.concat(head).toString("utf8");
    const chosen = chooseFraming(text, final || headBytes >= HEAD_LIMIT);
    if (!chosen) return;
    framing = chosen.framing;
    splitter = chosen.framing === "lines" ? new LineSplitter(sink) : chosen.framing === "yaml" ? new YamlDocumentSplitter(sink) : new JsonElementSplitter(sink, /* @__PURE__ */ new Set(["Records", "items", "resourceSpans"]));
    for (const c of head) splitter.write(c);
    head.length = 0;
  };
  const progress = opts.onProgress;
  const info = await streamFile(
    f.abs,
    f.file,
    (chunk) => {
      if (splitter) {
        splitter.write(chunk);
        return;
      }
      head.push(chunk);
      headBytes += chunk.length;
      decide(false);
    },
    progress && ((p) => progress(f.file, p))
  );
  if (!splitter && head.length > 0) decide(true);
  splitter?.end();
  if (info.corrupt) bad(lastLine + 1, info.corrupt);
  Object.assign(report, { digest: info.digest, bytes: info.bytes, gzip: info.gzip });
  return report;
}
function invalidJson(text) {
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return "invalid JSON (binary data)";
  const t = text.trimEnd();
  if (t.startsWith("{") && !t.endsWith("}")) return "invalid JSON (truncated)";
  return "invalid JSON";
}
function oneLine2(s) {
  return s.replace(/[\u0000-\u001f\u007f]+/g, " ");
}
function chooseFraming(head, final) {
  let i = head.charCodeAt(0) === 65279 ? 1 : 0;
  while (i < head.length && /\s/.test(head[i])) i++;
  if (i >= head.length) return final ? { framing: "lines" } : void 0;
  const c = head[i];
  if (c === "[") return { framing: "json-doc" };
  if (c !== "{") {
    const nl2 = head.indexOf("\n", i);
    if (nl2 === -1 && !final) return void 0;
    const first2 = head.slice(i, nl2 === -1 ? void 0 : nl2);
    return /^(---|%[A-Z]|#|- |[A-Za-z_"'][\w./"' -]*:(\s|$))/.test(first2) ? { framing: "yaml" } : { framing: "lines" };
  }
  if (/^\{\s*"(Records|items)"\s*:\s*\[/.test(head.slice(i))) return { framing: "json-doc" };
  const nl = head.indexOf("\n", i);
  if (nl === -1 && !final) return void 0;
  const first = head.slice(i, nl === -1 ? void 0 : nl).trim();
  try {
    const o = JSON.parse(first);
    if (Array.isArray(o?.Records) || o?.kind === "List" && Array.isArray(o?.items)) return { framing: "json-doc" };
    return { framing: "lines" };
  } catch {
    const opens = /^\{\s*$/.test(first) || /^\{\s*"resourceSpans"\s*:\s*\[/.test(first);
    return { framing: nl !== -1 && opens ? "json-doc" : "lines" };
  }
}

// src/analyse/evidence/attribution.ts
var PRIMARY2 = /* @__PURE__ */ new Set(["api", "tool", "cloud", "session", "seen"]);
function attribute(scope, rows) {
  const identities = /* @__PURE__ */ new Map();
  if (scope.identity) identities.set(scope.identity, "agent");
  const workloads = /* @__PURE__ */ new Map([[scope.workload, "agent"]]);
  for (const s of scope.servers) {
    if (s.identity && !identities.has(s.identity)) identities.set(s.identity, s.name);
    if (s.workload && !workloads.has(s.workload)) workloads.set(s.workload, s.name);
  }
  for (const r of rows) {
    if (r.type === "api" && r.workload && workloads.has(r.workload) && !identities.has(r.identity) && r.identity.startsWith("system:serviceaccount:")) {
      identities.set(r.identity, workloads.get(r.workload));
    }
  }
  const sessions = /* @__PURE__ */ new Map();
  for (const r of rows) if (r.type === "session") sessions.set(r.principal, r.identity);
  const out = [];
  for (const row of rows) {
    const via = viaOf(row, identities, workloads, sessions);
    if (via) out.push({ row, via });
  }
  const coverage = /* @__PURE__ */ new Map();
  for (const { row } of out) {
    if (!PRIMARY2.has(row.type)) continue;
    const c = coverage.get(row.source);
    if (!c) coverage.set(row.source, { events: row.count, first: row.first, last: row.last });
    else {
      c.events += row.count;
      if (row.first < c.first) c.first = row.first;
      if (row.last > c.last) c.last = row.last;
    }
  }
  return { rows: out, identities, coverage };
}
function viaOf(row, identities, workloads, sessions) {
  switch (row.type) {
    case "api":
      return identities.get(row.identity) ?? (row.workload ? workloads.get(row.workload) : void 0);
    case "cloud": {
      const id = sessions.get(row.principal);
      return id ? identities.get(id) : void 0;
    }
    case "session":
      return identities.get(row.identity);
    default:
      return row.workload ? workloads.get(row.workload) : void 0;
  }
}
function apiRowsOf(a, identity) {
  return a.rows.map((x) => x.row).filter((r) => r.type === "api" && r.identity === identity);
}
function workloadOfServiceUrl(url) {
  if (!url) return void 0;
  const m = /^[a-z]+:\/\/([a-z0-9-]+)\.([a-z0-9-]+)(?:\.svc(?:\.[a-z0-9.-]+)?)?(?::\d+)?(?:\/|$)/i.exec(url);
  return m ? `${m[2]}/${m[1]}` : void 0;
}

// src/analyse/evidence/signals.ts
var READABLE_SOURCES = /* @__PURE__ */ new Set([
  "kube-audit",
  "ebpf",
  "sdk-callback",
  "mcp-log",
  "iam-events"
]);
var FIELD_TYPES = {
  verb: ["api"],
  apiGroup: ["api"],
  resource: ["api"],
  namespace: ["api"],
  name: ["api"],
  decision: ["api", "cloud"],
  server: ["tool"],
  tool: ["tool"],
  outcome: ["tool"],
  binary: ["exec"],
  path: ["file", "api"],
  endpoint: ["endpoint"],
  rule: ["alert"],
  eventName: ["cloud"]
};
var DRIFT_KINDS = {
  "kube-audit": ["api"],
  ebpf: ["exec", "endpoint"],
  "sdk-callback": ["tool"],
  "mcp-log": ["tool"],
  "iam-events": []
};
var DAY_MS = 864e5;
function evaluateThreat(threat, ctx) {
  const signals = threat.evidence.map((e, index) => evaluateSignal(e, index, ctx));
  const fired = signals.filter((s) => s.outcome === "fired");
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS).toISOString();
  const fresh = (v) => v !== void 0 && v.at >= cutoff;
  if (fired.length > 0) {
    const first = fired[0];
    const latest = fired.reduce(
      (m, s) => s.record.at > m ? s.record.at : m,
      first.record.at
    );
    const e = threat.evidence[first.index];
    return {
      threat: threat.id,
      signals,
      status: "open",
      reopened: { event: "signal-fired", at: latest, subject: `${e.source}: ${e.signal.description}` },
      lapsed: false
    };
  }
  const allValidated = threat.evidence.length > 0 && threat.evidence.every((e, i) => {
    if (e.fired) return false;
    const s = signals[i];
    if (s.outcome === "validated") return true;
    return fresh(e.validated);
  });
  if (threat.status === "accepted") return { threat: threat.id, signals, status: "accepted", lapsed: false };
  if (allValidated) return { threat: threat.id, signals, status: "closed", lapsed: false };
  const lapsed = threat.status === "closed";
  if (lapsed) {
    threat.evidence.forEach((e, i) => {
      const s = signals[i];
      if (s.outcome === "gap" && e.validated && !fresh(e.validated)) {
        s.reason = `${s.reason}; last validated ${e.validated.at.slice(0, 10)}, older than ${ctx.maxEvidenceAgeDays} days`;
      }
    });
  }
  return { threat: threat.id, signals, status: "open", lapsed };
}
function evaluateSignal(e, index, ctx) {
  const source = e.source;
  if (!READABLE_SOURCES.has(source)) {
    return { index, outcome: "gap", reason: `threatcat has no reader for ${source} evidence` };
  }
  const cov = ctx.attribution.coverage.get(source);
  if (!cov || cov.events === 0) {
    const who = [`workload ${ctx.workload}`, ...ctx.identity ? [`identity ${ctx.identity}`] : []].join(" or ");
    const why = ctx.sourcesInSnapshot.has(source) ? `the snapshot has ${source} data, but none for ${who}` : `the snapshot has no ${source} data`;
    return { index, outcome: "gap", reason: why };
  }
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS).toISOString();
  const match = e.signal.match;
  if (match?.newBehaviour === true) {
    const kinds = DRIFT_KINDS[source] ?? [];
    const drift = ctx.drift.filter((d) => kinds.includes(d.kind) && d.source === source);
    if (drift.length > 0) {
      const at = drift.reduce((m, d) => d.first > m ? d.first : m, drift[0].first);
      return {
        index,
        outcome: "fired",
        record: { at, snapshot: ctx.snapshot, events: drift.reduce((n, d) => n + d.count, 0) }
      };
    }
    if (ctx.convergence.state !== "converged") {
      return { index, outcome: "gap", reason: notConvergedReason(ctx.convergence, ctx.convergenceAfter) };
    }
  }
  const fields = Object.keys(match ?? {}).filter((k) => k !== "newBehaviour");
  if (fields.length > 0) {
    let types;
    for (const f of fields) types = (types ?? FIELD_TYPES[f] ?? []).filter((t) => (FIELD_TYPES[f] ?? []).includes(t));
    let events = 0;
    let at = "";
    for (const { row } of ctx.attribution.rows) {
      if (row.source !== source || !types.includes(row.type)) continue;
      if (fields.every((f) => fieldMatches(row, f, match[f]))) {
        events += row.count;
        if (row.last > at) at = row.last;
      }
    }
    if (events > 0) return { index, outcome: "fired", record: { at, snapshot: ctx.snapshot, events } };
  }
  if (cov.last < cutoff) {
    return {
      index,
      outcome: "gap",
      reason: `the newest ${source} event for this agent is from ${cov.last.slice(0, 10)}, older than ${ctx.maxEvidenceAgeDays} days`
    };
  }
  return { index, outcome: "validated", record: { at: cov.last, snapshot: ctx.snapshot, events: cov.events } };
}
function notConvergedReason(before, after) {
  if (after?.state === "converged")
    return `the baseline converged with this snapshot (${after.reason}): new behaviour is told against it from the next snapshot on`;
  const now = after ?? before;
  if (now.state === "empty") return "no behaviour of this agent observed yet: new behaviour cannot be told";
  return `the baseline is not converged yet (${now.reason}): new behaviour cannot be told`;
}
function fieldMatches(row, field, pattern) {
  const patterns = (Array.isArray(pattern) ? pattern : [pattern]).map(String);
  const r = row;
  if (field === "name") return row.type === "api" && row.names.some((n) => patterns.some((p) => glob(p, n)));
  if (field === "path" && row.type === "api") return row.path !== "" && patterns.some((p) => glob(p, row.path));
  const value = r[field];
  return typeof value === "string" && patterns.some((p) => glob(p, value));
}
var GLOB_CACHE = /* @__PURE__ */ new Map();
function glob(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  let re = GLOB_CACHE.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`,
      "s"
    );
    GLOB_CACHE.set(pattern, re);
  }
  return re.test(value);
}

// src/analyse/evidence/ingest-plan.ts
var DEFAULT_DORMANT_TRIAGE_DAYS = 14;
function triageDate(now, days) {
  const d = /* @__PURE__ */ new Date(`${now.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function reopensOnDrift(t) {
  const listed = reopenEventTypes(t);
  return listed ? listed.includes("baseline-drift") : t.class === "coercion";
}
function planIngest(input) {
  const sourcesInSnapshot = new Set(input.summary.rows.map((r) => r.source));
  return input.catalogs.map((c) => planCatalog(c, input, sourcesInSnapshot));
}
function planCatalog(c, input, sourcesInSnapshot) {
  const file = c.catalog.file;
  const data = c.catalog.data;
  const attribution = attribute(c.scope, input.summary.rows);
  const [ns, name] = c.scope.workload.split("/");
  const snapshotAuditWindow = auditWindow(input.summary);
  const update = updateBaseline(
    c.baseline,
    { namespace: ns, name },
    attribution.rows,
    input.digest,
    snapshotAuditWindow
  );
  const plan = {
    file,
    edits: [],
    convergence: update.after,
    closed: [],
    lapsed: [],
    gaps: [],
    fired: [],
    reopened: [],
    dormant: [],
    newDormant: [],
    unobservable: [],
    wildcards: [],
    denied: [],
    drift: []
  };
  if (update.changed) plan.baseline = update.baseline;
  plan.drift = update.drift.map((d) => ({
    catalog: file,
    workload: c.scope.workload,
    kind: d.kind,
    behaviour: d.key,
    first: d.first,
    events: d.count
  }));
  data.threats.forEach((t, i) => {
    const r = evaluateThreat(t, {
      attribution,
      snapshot: input.digest,
      now: input.now,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays,
      sourcesInSnapshot,
      convergence: update.before,
      convergenceAfter: update.after,
      drift: update.drift,
      workload: c.scope.workload,
      identity: c.scope.identity
    });
    let status = r.status;
    let reopened = r.reopened;
    if (!reopened && update.drift.length > 0 && reopensOnDrift(t) && (t.status === "closed" || t.status === "accepted" || status === "closed")) {
      const d = update.drift[0];
      status = "open";
      reopened = {
        event: "baseline-drift",
        at: update.drift.reduce((m, x) => x.first > m ? x.first : m, d.first),
        subject: `${update.drift.length} new behaviour(s), first: ${d.kind} ${d.key}`
      };
    }
    for (const s of r.signals) {
      const e = t.evidence[s.index];
      const path = ["threats", i, "evidence", s.index];
      if (s.outcome === "gap") plan.gaps.push({ catalog: file, threat: t.id, source: e.source, reason: s.reason });
      else if (s.outcome === "validated") {
        if (!sameValidation(e.validated, s.record))
          plan.edits.push({ op: "set", path: [...path, "validated"], value: s.record, after: "signal" });
      } else {
        plan.fired.push({
          catalog: file,
          threat: t.id,
          source: e.source,
          signal: e.signal.description,
          events: s.record.events,
          at: s.record.at
        });
        if (!sameValidation(e.fired, s.record))
          plan.edits.push({
            op: "set",
            path: [...path, "fired"],
            value: s.record,
            after: e.validated ? "validated" : "signal"
          });
      }
    }
    if (status !== t.status) plan.edits.push({ op: "set", path: ["threats", i, "status"], value: status });
    if (reopened) {
      plan.reopened.push({ catalog: file, threat: t.id, event: reopened.event, subject: reopened.subject });
      const have = t.reopened;
      if (!have || have.event !== reopened.event || have.at !== reopened.at || have.subject !== reopened.subject || have.ref !== void 0) {
        plan.edits.push({ op: "set", path: ["threats", i, "reopened"], value: reopened, after: "status" });
      }
    }
    if (status === "closed" && r.signals.some((s) => s.outcome === "validated")) plan.closed.push(t.id);
    if (r.lapsed) plan.lapsed.push(t.id);
  });
  planPermissions(
    c,
    attribution,
    plan,
    snapshotAuditWindow,
    triageDate(input.now, input.dormantTriageDays ?? DEFAULT_DORMANT_TRIAGE_DAYS)
  );
  return plan;
}
function auditWindow(summary) {
  let from = "";
  let to = "";
  for (const r of summary.rows) {
    if (r.source !== "kube-audit") continue;
    if (!from || r.first < from) from = r.first;
    if (!to || r.last > to) to = r.last;
  }
  return from ? { from, to } : void 0;
}
function planPermissions(c, attribution, plan, snapshotWindow, triageBy) {
  const identities = new Set(attribution.identities.keys());
  const apiRows = [...identities].flatMap((id) => apiRowsOf(attribution, id));
  if (!snapshotWindow) {
    plan.permissionsSkipped = "the snapshot has no kube-audit events: nothing can be called dormant";
    return;
  }
  const declared = c.declared.filter((p) => identities.has(p.identity));
  const reach = reachableCapability(declared, apiRows);
  plan.denied = [
    ...reach.denied,
    ...deniedOf(new Set([...identities].filter((id) => !declared.some((p) => p.identity === id))), apiRows)
  ];
  plan.dormant = reach.dormant.map(toDormant);
  plan.unobservable = reach.unobservable.map(toDormant);
  plan.wildcards = reach.wildcards.map((w) => ({ ...toDormant(w), used: w.used }));
  const existing = c.catalog.data.permissions ?? [];
  const byIdentity = /* @__PURE__ */ new Map();
  for (const e of [...reach.dormant, ...reach.unobservable]) {
    const list2 = byIdentity.get(e.identity) ?? [];
    list2.push(e);
    byIdentity.set(e.identity, list2);
  }
  for (const id of new Set(declared.map((p) => p.identity))) if (!byIdentity.has(id)) byIdentity.set(id, []);
  const window = snapshotWindow;
  for (const [identity, entries] of [...byIdentity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const unobservable = new Set(reach.unobservable.filter((u) => u.identity === identity).map(keyOf));
    const target = entries.map((e) => catalogEntry(e, unobservable.has(keyOf(e)), triageBy));
    const i = existing.findIndex((p) => p.identity === identity);
    if (i === -1) {
      if (target.length === 0) continue;
      const entry = {
        identity,
        ...componentOf(c, identity),
        observedWindow: window,
        dormant: target
      };
      plan.edits.push({ op: "append", path: ["permissions"], value: entry });
      for (const t of target) plan.newDormant.push(fromCatalog(identity, t));
      continue;
    }
    const have = existing[i].dormant;
    const haveKeys = new Map(have.map((d, j) => [keyOf(d), j]));
    const targetKeys = new Set(target.map(keyOf));
    const dropped = have.some((d) => !targetKeys.has(keyOf(d)));
    const added = target.filter((t) => !haveKeys.has(keyOf(t)));
    for (const t of added) plan.newDormant.push(fromCatalog(identity, t));
    const base = ["permissions", i];
    if (!sameWindow(existing[i].observedWindow, window))
      plan.edits.push({ op: "set", path: [...base, "observedWindow"], value: window, after: "identity" });
    if (dropped) {
      const kept = target.map((t) => {
        const j = haveKeys.get(keyOf(t));
        return j === void 0 ? t : { ...have[j], blast: t.blast };
      });
      plan.edits.push({ op: "set", path: [...base, "dormant"], value: kept });
      continue;
    }
    for (const t of target) {
      const j = haveKeys.get(keyOf(t));
      if (j !== void 0 && have[j].blast !== t.blast)
        plan.edits.push({ op: "set", path: [...base, "dormant", j, "blast"], value: t.blast });
    }
    for (const t of added) plan.edits.push({ op: "append", path: [...base, "dormant"], value: t });
  }
}
function componentOf(c, identity) {
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
  if (!m) return {};
  const comp = c.catalog.data.components.find(
    (x) => x.category === "identity" && x.trustSource.kind === "ServiceAccount" && x.trustSource.name === m[2] && (x.trustSource.namespace ?? m[1]) === m[1]
  );
  return comp ? { component: comp.id } : {};
}
function keyOf(d) {
  return `${d.apiGroup}\0${d.resource}\0${d.verb}\0${d.namespace}`;
}
function catalogEntry(e, unobservable, triageBy) {
  const d = {
    apiGroup: e.apiGroup,
    resource: e.resource,
    verb: e.verb,
    namespace: e.namespace
  };
  if (e.resourceNames) d.resourceNames = e.resourceNames;
  if (e.wildcard) d.wildcard = true;
  if (unobservable) d.unobservable = true;
  d.blast = e.blast;
  d.triageBy = triageBy;
  return d;
}
function fromCatalog(identity, d) {
  return {
    identity,
    apiGroup: d.apiGroup,
    resource: d.resource,
    verb: d.verb,
    namespace: d.namespace,
    blast: d.blast,
    wildcard: d.wildcard ?? false,
    ...d.triageBy ? { triageBy: d.triageBy } : {}
  };
}
function toDormant(e) {
  return {
    identity: e.identity,
    apiGroup: e.apiGroup,
    resource: e.resource,
    verb: e.verb,
    namespace: e.namespace,
    blast: e.blast,
    wildcard: e.wildcard
  };
}
function sameValidation(a, b) {
  return a !== void 0 && a.at === b.at && a.snapshot === b.snapshot && a.events === b.events;
}
function sameWindow(a, b) {
  return a !== void 0 && a.from === b.from && a.to === b.to;
}

// src/render/ingest-report.ts
function ingestJson(r) {
  const all = (k) => r.plans.flatMap((p) => p[k]);
  const dedupe = (list2) => [...new Map(list2.map((x) => [JSON.stringify(x), x])).values()];
  const out = {
    snapshot: { digest: r.digest, sources: r.sources },
    events: r.events,
    malformed: r.malformed,
    closed: r.plans.flatMap((p) => p.closed.map((threat) => ({ catalog: p.file, threat }))),
    gaps: all("gaps"),
    fired: all("fired"),
    reopened: all("reopened"),
    dormant: dedupe(all("dormant")),
    denied: dedupe(all("denied")),
    drift: all("drift"),
    // Everything beyond the contract's keys lives here, so the top level stays exactly the documented shape.
    details: {
      unobservable: dedupe(all("unobservable")),
      // Dormant permissions new to the catalogs, with the day each needs a disposition by.
      newDormant: dedupe(all("newDormant")),
      wildcards: dedupe(all("wildcards")),
      lapsed: r.plans.flatMap((p) => p.lapsed.map((threat) => ({ catalog: p.file, threat }))),
      baselines: r.plans.map((p) => ({
        catalog: p.file,
        state: p.convergence.state,
        windowDays: p.convergence.windowDays,
        quietDays: p.convergence.quietDays,
        reason: p.convergence.reason
      })),
      malformedLines: r.files.flatMap((f) => f.samples.map((s) => ({ file: f.file, line: s.line, reason: s.reason }))),
      // Per file: records = events + folded + malformed (for line-per-event formats such as kube-audit).
      folded: r.folded,
      files: r.files.map((f) => ({
        file: f.file,
        reader: f.reader ?? null,
        records: f.records,
        events: f.events,
        folded: f.folded,
        malformed: f.malformed
      })),
      written: r.written,
      commit: r.commit?.hash ?? null,
      ...r.recovered ? { recovered: r.recovered } : {}
    }
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function ingestText(r) {
  const lines = [];
  const src = Object.entries(r.sources).map(([k, n]) => `${k} ${n}`).join(", ") || "no events";
  lines.push(
    `Snapshot ${r.digest}: ${r.files.length} file(s), ${r.events} events (${src})${r.folded ? `, ${r.folded} duplicate stage line(s) folded` : ""}${r.malformed ? `, ${r.malformed} malformed` : ""}`
  );
  for (const f of r.files)
    for (const s of f.samples)
      lines.push(
        findingLine({
          file: f.file,
          line: s.line,
          column: 1,
          severity: "warning",
          rule: MALFORMED_RECORD,
          message: s.reason
        })
      );
  for (const f of r.files)
    if (f.malformed > f.samples.length)
      lines.push(`  ${f.file}: ${f.malformed - f.samples.length} more malformed record(s)`);
  for (const f of r.files)
    if (f.folded > 0 || f.malformed > 0)
      lines.push(
        `  ${f.file}: ${f.records} record(s): ${f.events} event(s), ${f.folded} duplicate stage line(s) folded (RequestReceived and repeated stages of requests counted once), ${f.malformed} malformed`
      );
  const section = (title, items) => {
    if (items.length === 0) return;
    lines.push("", `${title} (${items.length})`, ...items.map((i) => `  ${i}`));
  };
  section(
    "FIRED: threats re-opened (signal-fired)",
    r.plans.flatMap(
      (p) => p.fired.map((f) => `${p.file} ${f.threat}: ${f.source} "${f.signal}" matched ${f.events} event(s), last ${f.at}`)
    )
  );
  section(
    "BASELINE DRIFT: coercion threats re-opened",
    r.plans.flatMap(
      (p) => p.drift.map(
        (d) => `${p.file} ${d.workload}: new ${d.kind} ${d.behaviour} (first ${d.first}, ${d.events} event(s))`
      )
    )
  );
  section(
    "Re-opened",
    r.plans.flatMap((p) => p.reopened.map((x) => `${p.file} ${x.threat} (${x.event}: ${x.subject})`))
  );
  section(
    "Closed",
    r.plans.flatMap((p) => p.closed.map((t) => `${p.file} ${t}`))
  );
  section(
    "Lapsed to open (evidence older than maxEvidenceAgeDays)",
    r.plans.flatMap((p) => p.lapsed.map((t) => `${p.file} ${t}`))
  );
  section(
    "Gaps: signals without data",
    r.plans.flatMap((p) => p.gaps.map((g) => `${p.file} ${g.threat} [${g.source}]: ${g.reason}`))
  );
  const newDue = new Map(r.plans.flatMap((p) => p.newDormant.map((d) => [dormantKey(d), d.triageBy])));
  section(
    "Dormant permissions (declared, never used)",
    dedupeStrings(
      r.plans.flatMap(
        (p) => p.dormant.map(
          (d) => `blast ${String(d.blast).padStart(2)}  ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace}) ${d.identity}${d.wildcard ? " WILDCARD" : ""}${newDue.has(dormantKey(d)) ? ` [new: needs a disposition${newDue.get(dormantKey(d)) ? ` by ${newDue.get(dormantKey(d))}` : ""}]` : ""}`
        )
      )
    )
  );
  section(
    "Wildcard grants",
    dedupeStrings(
      r.plans.flatMap(
        (p) => p.wildcards.map(
          (w) => `${w.verb} ${w.apiGroup ? `${w.apiGroup}/` : ""}${w.resource} (namespace ${w.namespace}) ${w.identity}: ${w.used ? "used" : "dormant"}, blast ${w.blast}`
        )
      )
    )
  );
  section(
    "Unobservable in audit logs (bind, escalate, impersonate, use\u2026)",
    dedupeStrings(
      r.plans.flatMap(
        (p) => p.unobservable.map(
          (d) => `blast ${String(d.blast).padStart(2)}  ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace}) ${d.identity}`
        )
      )
    )
  );
  section(
    "Denied (403): attempted, not granted",
    dedupeStrings(
      r.plans.flatMap(
        (p) => p.denied.map(
          (d) => `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource}${d.names.length ? ` ${d.names.join(",")}` : ""} (namespace ${d.namespace || "-"}) ${d.identity} \xD7${d.count}`
        )
      )
    )
  );
  for (const p of r.plans)
    if (p.permissionsSkipped) lines.push("", `${p.file}: dormant permissions not computed: ${p.permissionsSkipped}`);
  lines.push("", ...r.plans.map((p) => `Baseline of ${p.file}: ${p.convergence.state} (${p.convergence.reason})`));
  if (r.recovered)
    lines.push(
      `Finished the interrupted ingest of snapshot ${r.recovered.snapshot}: ${[
        ...r.recovered.written.length > 0 ? [`wrote ${r.recovered.written.join(", ")}`] : [],
        ...r.recovered.commit ? [`committed ${r.recovered.commit.slice(0, 12)}`] : []
      ].join(", ")}`
    );
  if (r.summaryFile) lines.push(`Summary written to ${r.summaryFile}`);
  if (r.written.length > 0) lines.push(`Wrote ${r.written.join(", ")}`);
  if (r.commit?.hash) lines.push(`Committed ${r.commit.hash.slice(0, 12)}`);
  if (r.commit?.skipped) lines.push(`No commit: ${r.commit.skipped}`);
  return `${lines.map(oneLine).join("\n")}
`;
}
function dormantKey(d) {
  return [d.identity, d.apiGroup, d.resource, d.verb, d.namespace].join("\0");
}
function dedupeStrings(list2) {
  return [...new Set(list2)];
}
function commitMessage(r) {
  const closed = r.plans.flatMap((p) => p.closed.map((t) => `${p.file} ${t}`));
  const reopened = r.plans.flatMap((p) => p.reopened.map((x) => `${p.file} ${x.threat} (${x.event}: ${x.subject})`));
  const gaps = r.plans.flatMap((p) => p.gaps.map((g) => `${p.file} ${g.threat} [${g.source}]: ${g.reason}`));
  const dormant = [
    ...new Set(
      r.plans.flatMap(
        (p) => p.newDormant.map(
          (d) => `${d.identity}: ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ""}${d.resource} (namespace ${d.namespace}, blast ${d.blast}${d.wildcard ? ", wildcard" : ""})`
        )
      )
    )
  ];
  const lapsed = r.plans.flatMap((p) => p.lapsed.map((t) => `${p.file} ${t}`));
  const subject = `threatcat ingest: ${closed.length} closed, ${reopened.length} re-opened, ${gaps.length} gaps, ${dormant.length} new dormant`;
  const src = Object.entries(r.sources).map(([k, n]) => `${k} ${n}`).join(", ") || "no events";
  const accounting = [
    ...r.folded ? [`${r.folded} duplicate stage line(s) folded`] : [],
    ...r.malformed ? [`${r.malformed} malformed`] : []
  ];
  const parts = [
    subject,
    `Evidence snapshot ${r.digest}: ${r.events} events (${src})${accounting.length ? `; ${accounting.join(", ")}` : ""}.`
  ];
  const list2 = (title, items) => {
    if (items.length > 0) parts.push(`${title}:
${items.map((i) => `- ${oneLine(i)}`).join("\n")}`);
  };
  list2("Closed", closed);
  list2("Re-opened", reopened);
  list2("Lapsed", lapsed);
  list2("Gaps", gaps);
  const due = [
    ...new Set(r.plans.flatMap((p) => p.newDormant.flatMap((d) => d.triageBy ? [d.triageBy] : [])))
  ].sort();
  list2(
    due.length > 0 ? `New dormant permissions (each needs a disposition \u2014 revoke, justified or accepted \u2014 by ${due[0]}; dormant-without-disposition warns until then and fails after)` : "New dormant permissions (need a disposition)",
    dormant
  );
  parts.push(`Threatcat-Snapshot: ${r.digest}`);
  return parts.join("\n\n");
}

// src/deliver/ingest-commit.ts
var GitLockBusy = class extends UsageError {
};
var SNAPSHOT_TRAILER = "Threatcat-Snapshot";
var IDENTITY_ENV = [
  "GIT_AUTHOR_NAME",
  "GIT_AUTHOR_EMAIL",
  "GIT_AUTHOR_DATE",
  "GIT_COMMITTER_NAME",
  "GIT_COMMITTER_EMAIL",
  "GIT_COMMITTER_DATE"
];
function gitAt(root) {
  return wo({ baseDir: root, allowEnvironment: IDENTITY_ENV });
}
async function assertNothingStaged(root, ours = []) {
  const git = gitAt(root);
  let staged;
  try {
    staged = await git.raw(["diff", "--cached", "--name-only"]);
  } catch (err) {
    throw new UsageError(`--commit: ${root} is not a usable git work tree (${firstLine(err.message)})`);
  }
  const prefix = ours.length > 0 ? (await git.raw(["rev-parse", "--show-prefix"])).trim() : "";
  const own = new Set(ours.map((f) => prefix + f));
  const files = staged.split("\n").filter((f) => f && !own.has(f));
  if (files.length > 0) {
    const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, \u2026 (${files.length} files)` : "");
    throw new UsageError(
      `--commit: refusing to commit on top of unrelated staged changes (${shown}); commit or unstage them first`
    );
  }
}
async function stagedOrChanged(root, files) {
  const git = gitAt(root);
  const out = [];
  for (const f of files)
    if ((await git.raw(["status", "--porcelain", "--untracked-files=all", "--", f])).trim()) out.push(f);
  return out;
}
async function commitOfSnapshot(root, digest) {
  const git = gitAt(root);
  try {
    const out = await git.raw(["log", "-F", `--grep=${SNAPSHOT_TRAILER}: ${digest}`, "--format=%H", "-n", "1"]);
    return out.trim() || void 0;
  } catch {
    return void 0;
  }
}
async function commitFiles(root, files, message) {
  const git = gitAt(root);
  try {
    await git.add(["--", ...files]);
    await git.commit(message, files);
  } catch (err) {
    const lock = explainGitLockError(root, err.message);
    if (lock) throw new GitLockBusy(`--commit: ${lock} (the files are written: the next run commits them)`);
    const output = hookOutput(err.message);
    throw new UsageError(
      "--commit: git commit failed (the files are written; fix what it says and commit them, or commit them by hand):",
      { detail: output }
    );
  }
  return (await git.revparse(["HEAD"])).trim();
}
function hookOutput(message) {
  return message.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").split("\n").map((l) => l.trimEnd()).filter((l, i, all) => l !== "" || i > 0 && all[i - 1] !== "").map((l) => `  ${l}`).join("\n").trimEnd();
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim()) ?? s;
}

// src/deliver/ingest-journal.ts
import { createHash as createHash2 } from "node:crypto";
import { lstatSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
var JOURNAL_NAME = "threatcat-ingest.json";
function journalPath(lock) {
  return lock.gitDir ? join(lock.gitDir, JOURNAL_NAME) : `${lock.path}.journal.json`;
}
function fileHash(abs) {
  try {
    if (!lstatSync(abs).isFile()) return null;
    return createHash2("sha256").update(readFileSync(abs)).digest("hex");
  } catch {
    return null;
  }
}
function textHash(text) {
  return createHash2("sha256").update(text).digest("hex");
}
function writeJournal(path, j) {
  writeFileAtomic(path, `${JSON.stringify(j)}
`);
}
function clearJournal(path) {
  try {
    unlinkSync(path);
  } catch {
  }
}
function readJournal(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
  try {
    const j = JSON.parse(text);
    if (j.version === 1 && typeof j.snapshot === "string" && Array.isArray(j.files)) return j;
  } catch {
  }
  throw new UsageError(
    `${path}: not a journal threatcat can read (an interrupted ingest's record); remove it (rm '${path}') and run ingest again`
  );
}
function journalFiles(path) {
  try {
    return (readJournal(path)?.files ?? []).map((f) => f.path);
  } catch {
    return [];
  }
}
async function recoverJournal(root, path) {
  const j = readJournal(path);
  if (!j) return void 0;
  const written = [];
  for (const f of j.files) {
    const abs = join(root, f.path);
    const now = fileHash(abs);
    if (now === textHash(f.after)) continue;
    if (now !== f.before)
      throw new UsageError(
        `an interrupted ingest of snapshot ${j.snapshot} left its journal ${path}, and ${f.path} has changed since it was interrupted (it holds neither its old content nor what ingest wrote): threatcat will not overwrite it. Check the file (and commit it if it is right), then remove the journal (rm '${path}') and run again`
      );
    writeFileAtomic(abs, f.after);
    written.push(f.path);
  }
  if (!j.commit) {
    clearJournal(path);
    return { snapshot: j.snapshot, written };
  }
  let commit;
  if (!await commitOfSnapshot(root, j.snapshot)) {
    const changed = await stagedOrChanged(
      root,
      j.files.map((f) => f.path)
    );
    if (changed.length > 0)
      commit = await commitJournaled(
        path,
        root,
        changed.map((f) => join(root, f)),
        j.message ?? `threatcat ingest

Threatcat-Snapshot: ${j.snapshot}
`
      );
  }
  clearJournal(path);
  return { snapshot: j.snapshot, written, ...commit ? { commit } : {} };
}
async function commitJournaled(path, root, files, message) {
  try {
    return await commitFiles(root, files, message);
  } catch (err) {
    if (!(err instanceof GitLockBusy)) clearJournal(path);
    throw err;
  }
}

// src/deliver/ingest-write.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync2 } from "node:fs";
function catalogWrite(abs, file, text, edits) {
  if (edits.length === 0) return void 0;
  const after = applyYamlEdits(text, edits);
  return after === text ? void 0 : { abs, file, after };
}
function baselineText(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function baselineWrite(abs, file, b) {
  const text = baselineText(b);
  let old;
  try {
    const st = lstatSync2(abs);
    old = st.isFile() && st.size <= Buffer.byteLength(text) ? readFileSync2(abs, "utf8") : void 0;
  } catch {
    old = void 0;
  }
  return old === text ? void 0 : { abs, file, after: text };
}
function writeJournaled(journal, writes, meta) {
  if (writes.length === 0) return;
  writeJournal(journal, {
    version: 1,
    pid: process.pid,
    snapshot: meta.snapshot,
    commit: meta.commit,
    ...meta.message !== void 0 ? { message: meta.message } : {},
    files: writes.map((w) => ({ path: w.file, before: fileHash(w.abs), after: w.after }))
  });
  for (const w of writes) writeFileAtomic(w.abs, w.after);
}
function summaryLines(s) {
  const { rows, ...header } = s;
  const out = [JSON.stringify(header)];
  for (const r of rows) out.push(JSON.stringify(r));
  return `${out.join("\n")}
`;
}
function writeSummary(absPath, s) {
  writeFileAtomic(absPath, summaryLines(s));
}

// src/app/ingest.ts
async function runIngest(opts) {
  const { root } = opts;
  const config = readConfig(root, opts.configPath);
  const commit = Boolean(opts.commit);
  const write = commit || Boolean(opts.write);
  if (commit) await assertNothingStaged(root, pendingJournalFiles(root));
  const now = opts.now.toISOString();
  const files = opts.snapshots.map((p) => ({ abs: resolve(root, p), file: p }));
  const evidence = await readEvidence(files, { source: opts.source, now, onProgress: opts.onProgress });
  const summary = evidence.builder.toSummary();
  if (opts.emitSummary) writeSummary(resolve(root, opts.emitSummary), summary);
  const lock = write ? acquireRepoLock(root, "threatcat ingest", { onWait: opts.onWait }) : void 0;
  try {
    const journal = lock ? journalPath(lock) : void 0;
    if (commit || journal && readJournal(journal)?.commit) await awaitGitLocks(root, { onWait: opts.onWait });
    const recovered = journal ? await recoverJournal(root, journal) : void 0;
    if (commit) await assertNothingStaged(root);
    const report = await planAndDeliver(opts, config, evidence, summary, now, journal);
    if (recovered && (recovered.written.length > 0 || recovered.commit)) report.recovered = recovered;
    return { config, report };
  } finally {
    lock?.release();
  }
}
async function planAndDeliver(opts, config, evidence, summary, now, journal) {
  const { root } = opts;
  const commit = Boolean(opts.commit);
  const ws = readWorkspace(root, config, []);
  if (ws.inputErrors.length > 0) throw ws.inputErrors[0];
  const brokenBaseline = ws.catalogs.find((c) => c.baselineError)?.baselineError;
  if (brokenBaseline) throw brokenBaseline;
  const inputs = [];
  const texts = /* @__PURE__ */ new Map();
  for (const c of ws.catalogs) {
    const problems = schemaFindings(c.loaded);
    if (problems.length > 0) {
      const p = problems[0];
      throw new InputError(p, `catalog does not match the schema (run threatcat validate): ${p.message}`);
    }
    const catalog = asCatalogDoc(c.loaded);
    const w = catalog.data.agent.workload;
    const surface = c.surface;
    const identity = surface?.identity ?? (w.serviceAccount ? `system:serviceaccount:${w.namespace}:${w.serviceAccount}` : void 0);
    const servers = (surface?.mcpServers ?? []).map((m) => ({
      name: m.ref.name,
      identity: m.identity,
      workload: workloadOfServiceUrl(m.url) ?? (m.ref.kind === "MCPServer" && m.ref.namespace ? `${m.ref.namespace}/${m.ref.name}` : void 0)
    }));
    const scope = { workload: `${w.namespace}/${surface?.workload.name ?? w.name}`, identity, servers };
    const declared = surface ? [...surface.permissions] : identity ? declaredPermissions(c.manifests, identity) : [];
    for (const s of servers)
      if (s.identity && s.identity !== identity) declared.push(...declaredPermissions(c.manifests, s.identity));
    inputs.push({ catalog, scope, declared, baseline: c.baseline });
    texts.set(catalog.file, { abs: catalog.absPath, text: catalog.text });
  }
  const plans = planIngest({
    catalogs: inputs,
    summary,
    digest: evidence.digest,
    now,
    maxEvidenceAgeDays: config.maxEvidenceAgeDays,
    dormantTriageDays: config.dormantTriageDays
  });
  const report = {
    digest: evidence.digest,
    sources: summary.sources,
    events: evidence.events,
    folded: evidence.folded,
    malformed: evidence.malformed,
    files: evidence.files,
    plans,
    written: [],
    summaryFile: opts.emitSummary,
    catalogs: inputs.length
  };
  if (journal) {
    const recorded = commit ? await commitOfSnapshot(root, evidence.digest) : void 0;
    if (recorded) {
      report.commit = { skipped: `snapshot ${evidence.digest} is already recorded in commit ${recorded.slice(0, 12)}` };
    } else {
      const writes = [];
      for (const p of plans) {
        const t = texts.get(p.file);
        const c = catalogWrite(t.abs, p.file, t.text, p.edits);
        if (c) writes.push(c);
        if (p.baseline) {
          const abs = baselinePathFor(t.abs);
          const b = baselineWrite(abs, toRepoPath(root, abs), p.baseline);
          if (b) writes.push(b);
        }
      }
      report.written = writes.map((w) => w.file);
      const message = commit && writes.length > 0 ? commitMessage(report) : void 0;
      writeJournaled(journal, writes, { snapshot: evidence.digest, commit, message });
      if (commit) {
        if (writes.length === 0) report.commit = { skipped: "nothing changed" };
        else
          report.commit = {
            hash: await commitJournaled(
              journal,
              root,
              writes.map((w) => w.abs),
              message
            )
          };
      }
      clearJournal(journal);
    }
  }
  return report;
}
function pendingJournalFiles(root) {
  const dirs = gitDirs(root);
  return dirs ? journalFiles(join2(dirs.gitDir, JOURNAL_NAME)) : [];
}

// src/cli/commands/ingest.ts
var SPEC = {
  name: "ingest",
  help: `Usage: threatcat ingest SNAPSHOT... [--source NAME] [--write] [--commit] [--emit-summary FILE]
                        [-C DIR] [--format text|json] [--config FILE]

Reads runtime evidence (plain or gzip, any size, streamed) and evaluates every catalog under DIR against it:
signals validated (closed), fired (re-opened, exit 1), gaps; dormant permissions (declared RBAC never used);
the per-Deployment baseline and its drift (re-opens coercion threats, exit 1).

Formats are detected from content; --source forces one:
  ${READER_NAMES.join(", ")}
  --write              update catalogs (comment-preserving) and <name>.baseline.json beside them
  --commit             --write, then one git commit with a Threatcat-Snapshot trailer (none if already recorded)
  --emit-summary FILE  write the observation summary (JSON lines; mergeable, readable by ingest)
Exit: 0 clean, 1 a signal fired or the baseline drifted, 2 usage error, unreadable input, or the repository
held by another run (THREATCAT_LOCK_TIMEOUT seconds, default 60) or by a git lock file left behind.
`
};
async function ingestCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    source: { type: "string" },
    write: { type: "boolean" },
    commit: { type: "boolean" },
    "emit-summary": { type: "string" }
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, ["text", "json"], "text");
  if (positionals.length === 0) throw argumentError(SPEC, "give at least one evidence SNAPSHOT file");
  const source = values.source;
  if (source !== void 0 && !READER_NAMES.includes(source)) {
    throw argumentError(
      SPEC,
      `--source ${source}: expected one of ${READER_NAMES.join(", ")}${didYouMean(source, READER_NAMES)}`
    );
  }
  const root = resolveRoot(values.C);
  const progress = progressLine(io);
  let out;
  try {
    out = await runIngest({
      root,
      configPath: values.config,
      snapshots: positionals,
      source,
      write: Boolean(values.write),
      commit: Boolean(values.commit),
      emitSummary: values["emit-summary"],
      now: io.now(),
      onProgress: progress.update,
      onWait: (m) => io.stderr(`threatcat: ${m}
`)
    });
  } finally {
    progress.end();
  }
  const { config, report } = out;
  if (report.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(", ")})
`);
  io.stdout(format === "json" ? ingestJson(report) : ingestText(report));
  const reopened = report.plans.some((p) => p.fired.length > 0 || p.drift.length > 0);
  return reopened ? EXIT.findings : EXIT.clean;
}
function progressLine(io) {
  if (!io.isTTY) return { end: () => {
  } };
  let shown = false;
  let last = 0;
  const update = (file, p) => {
    const now = Date.now();
    const done = p.read >= p.size;
    if (!done && now - last < 200) return;
    last = now;
    const pct = p.size > 0 ? Math.min(100, Math.floor(p.read / p.size * 100)) : 100;
    const mb = (n) => n < 1e6 ? `${Math.ceil(n / 1e3)} kB` : `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
    const what = p.gzip ? `${pct}% of ${mb(p.size)} compressed (${mb(p.decompressed)} decompressed)` : `${pct}% of ${mb(p.size)}`;
    io.stderr(`\r\x1B[2Kthreatcat ingest: ${oneLine(file)}: ${what}`);
    shown = true;
  };
  return {
    update,
    end: () => {
      if (shown) io.stderr("\n");
    }
  };
}
export {
  ingestCommand
};
