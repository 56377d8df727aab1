import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  processAlive,
  processStart,
  require_dist
} from "./chunk-ANXZMRTR.js";
import {
  UsageError,
  __toESM,
  oneLine
} from "./chunk-TIATFUQ4.js";

// src/render/findings-text.ts
function findingLine(f, style = {}) {
  return `${oneLine(f.file)}:${f.line}:${f.column}  ${paint(f.severity, style)}  ${oneLine(f.rule)}  ${oneLine(f.message)}`;
}
function renderFindingsText(findings, catalogCount, style = {}) {
  const lines = findings.map((f) => findingLine(f, style));
  lines.push(summaryLine(findings, catalogCount));
  return `${lines.join("\n")}
`;
}
function summaryLine(findings, catalogCount) {
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const notes = count("note");
  const parts = [`${errors} error${errors === 1 ? "" : "s"}`, `${warnings} warning${warnings === 1 ? "" : "s"}`];
  if (notes) parts.push(`${notes} note${notes === 1 ? "" : "s"}`);
  const checked = `${catalogCount} catalog${catalogCount === 1 ? "" : "s"} checked`;
  return `threatcat: ${checked}, ${parts.join(", ")}${errors + warnings + notes === 0 ? ": clean" : ""}`;
}
var SGR = { error: "1;31", warning: "1;33", note: "1;36" };
function paint(severity, style) {
  return style.color ? `\x1B[${SGR[severity]}m${severity}\x1B[0m` : severity;
}

// src/model/catalog.ts
function asCatalogDoc(loaded) {
  return loaded;
}
function reopenEventTypes(t) {
  return t.reopenOn?.map((x) => typeof x === "string" ? x : x.event);
}

// src/render/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlEditError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "YamlEditError";
  }
};
function applyYamlEdits(text, edits) {
  let out = text;
  for (const e of edits)
    out = e.op === "set" ? setYamlValue(out, e.path, e.value, {
      after: e.after,
      compact: e.compact,
      flowLike: e.flowLike,
      comment: e.comment
    }) : appendYamlItem(out, e.path, e.value, { compact: e.compact });
  return out;
}
function setYamlValue(text, path, value, opts = {}) {
  if (path.length === 0) throw new YamlEditError("cannot replace the whole document");
  const ctx = parse(text, opts.compact);
  let node = ctx.doc.contents;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    const here = describe(path.slice(0, i));
    if ((0, import_yaml.isCollection)(node) && node.flow) inFlow = true;
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== "string"))
          throw new YamlEditError(
            `${describe(path.slice(0, i + 1))}: no such key, and a sequence index cannot be created`
          );
        return addKey(
          ctx,
          node,
          String(seg),
          nest(rest, value),
          last ? opts.after : void 0,
          last ? { flowLike: opts.flowLike, comment: opts.comment } : {}
        );
      }
      const child = pair.value;
      if (last) return inFlow ? replaceFlowPairValue(ctx, pair, value) : replacePairValue(ctx, pair, value);
      if (child === null || (0, import_yaml.isScalar)(child) && child.value === null) {
        const rest = path.slice(i + 1);
        if (rest.some((s) => typeof s !== "string"))
          throw new YamlEditError(`${describe(path.slice(0, i + 1))} is empty: cannot index into it`);
        const nested = nest(rest, value);
        return inFlow ? replaceFlowPairValue(ctx, pair, nested) : replacePairValue(ctx, pair, nested);
      }
      node = child;
    } else if ((0, import_yaml.isSeq)(node)) {
      if (typeof seg !== "number" || seg < 0 || seg >= node.items.length) {
        throw new YamlEditError(`${here || "document"}: no item ${String(seg)} in the sequence`);
      }
      const item = node.items[seg];
      if (last) return inFlow ? replaceFlowSeqItem(ctx, item, value) : replaceSeqItem(ctx, node, item, value);
      node = item;
    } else {
      throw new YamlEditError(`${here || "document"} is not a mapping or sequence: cannot set ${describe(path)}`);
    }
  }
  return text;
}
function appendYamlItem(text, path, value, opts = {}) {
  const ctx = parse(text, opts.compact);
  const target = nodeAt(ctx.doc.contents, path);
  if (target === void 0 || target === null || (0, import_yaml.isScalar)(target) && target.value === null) {
    return setYamlValue(text, path, [value], opts);
  }
  if (!(0, import_yaml.isSeq)(target)) throw new YamlEditError(`${describe(path)} is not a sequence`);
  const seq = target;
  if (seq.flow) {
    const close = seq.range[1] - 1;
    if (text[close] !== "]") throw new YamlEditError(`${describe(path)}: cannot find the end of the flow sequence`);
    const inner = text.slice(seq.range[0] + 1, close);
    const rendered = renderFlowValue(value);
    if (inner.trim() === "") return splice(ctx, close, close, rendered);
    const last = seq.range[0] + 1 + inner.trimEnd().length;
    return splice(ctx, last, last, `, ${rendered}`);
  }
  const col = columnOf(text, seq.range[0]);
  const at = afterLineOf(text, contentEnd(text, seq));
  const body = indentLines((0, import_yaml.stringify)([styled(ctx, value)], ctx.opts).replace(/\n$/, ""), col);
  return insertLines(ctx, at, `${" ".repeat(col)}${body}`);
}
function parse(text, compact = false) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, keepSourceTokens: false, logLevel: "error" });
  if (doc.errors.length > 0)
    throw new YamlEditError(`cannot edit: the YAML does not parse (${doc.errors[0].message.split("\n")[0]})`);
  const { step, seqIndent } = detectIndentation(text, doc.contents);
  return {
    text,
    compact,
    doc,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    opts: { indent: step, indentSeq: seqIndent > 0, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false }
  };
}
function replacePairValue(ctx, pair, value) {
  const { text } = ctx;
  const old = pair.value;
  if (old && sameData(old.toJSON(), value)) return text;
  const key = pair.key;
  const keyCol = columnOf(text, key.range[0]);
  const newIsBlock = isBlockCollection(value);
  const oldIsBlock = old !== null && (0, import_yaml.isCollection)(old) && !old.flow && old.items.length > 0;
  if (old?.range && (0, import_yaml.isCollection)(old) && old.flow && (isNonEmptyCollection(value) || !newIsBlock)) {
    return splice(
      ctx,
      old.range[0],
      old.range[1],
      isNonEmptyCollection(value) ? renderFlow(value) : renderInline(ctx, value, keyCol)
    );
  }
  if (!newIsBlock && old && old.range && !oldIsBlock && !((0, import_yaml.isScalar)(old) && old.value === null && old.range[0] === old.range[1])) {
    return spliceKeepingComment(
      ctx,
      old.range[0],
      contentEnd(text, old),
      renderInline(ctx, styledLike(old, value), keyCol)
    );
  }
  if (newIsBlock && oldIsBlock && (0, import_yaml.isMap)(old) === isPlainObject(value)) {
    const col = columnOf(text, old.range[0]);
    const block = indentLines((0, import_yaml.stringify)(styled(ctx, value), ctx.opts).replace(/\n$/, ""), col);
    return splice(ctx, old.range[0], lineEnd(text, contentEnd(text, old)), block);
  }
  const colon = colonAfter(text, key.range[1]);
  const end = old?.range && !((0, import_yaml.isScalar)(old) && old.value === null) ? contentEnd(text, old) : colon + 1;
  return spliceKeepingComment(ctx, colon + 1, Math.max(end, colon + 1), afterColon(ctx, value, keyCol));
}
function replaceFlowPairValue(ctx, pair, value) {
  const old = pair.value;
  if (old && sameData(old.toJSON(), value)) return ctx.text;
  const rendered = renderFlowValue(value);
  if (old?.range && !((0, import_yaml.isScalar)(old) && old.value === null && old.range[0] === old.range[1]))
    return splice(ctx, old.range[0], old.range[1], rendered);
  const key = pair.key;
  const colon = ctx.text.indexOf(":", key.range[1]);
  const end = old?.range ? old.range[0] : key.range[1];
  if (colon !== -1 && colon < end + 1) return splice(ctx, colon + 1, Math.max(end, colon + 1), ` ${rendered}`);
  return splice(ctx, key.range[1], key.range[1], `: ${rendered}`);
}
function replaceFlowSeqItem(ctx, item, value) {
  if (sameData(item.toJSON(), value)) return ctx.text;
  return splice(ctx, item.range[0], item.range[1], renderFlowValue(value));
}
function replaceSeqItem(ctx, seq, item, value) {
  const { text } = ctx;
  if (sameData(item.toJSON(), value)) return text;
  if (seq.flow) return replaceFlowSeqItem(ctx, item, value);
  const col = columnOf(text, item.range[0]);
  if (!isBlockCollection(value) && !((0, import_yaml.isCollection)(item) && !item.flow && item.items.length > 0)) {
    return spliceKeepingComment(
      ctx,
      item.range[0],
      contentEnd(text, item),
      renderInline(ctx, styledLike(item, value), col)
    );
  }
  const rendered = indentLines((0, import_yaml.stringify)([styled(ctx, value)], ctx.opts).replace(/\n$/, ""), col - 2).replace(
    /^- /,
    ""
  );
  return splice(ctx, item.range[0], lineEnd(text, contentEnd(text, item)), rendered);
}
function addKey(ctx, map, key, value, after, style = {}) {
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
  const at = afterLineOf(text, contentEnd(text, anchorPair));
  const like = style.flowLike !== void 0 ? findPair(map, style.flowLike)?.value : void 0;
  const flow = like != null && (0, import_yaml.isCollection)(like) && like.flow === true;
  const padded = like?.range ? /^[[{][ \t]/.test(text.slice(like.range[0], like.range[1])) : true;
  const body = indentLines(
    renderKey(ctx, key, styled(ctx, value), { flow, padded, comment: style.comment }).replace(/\n$/, ""),
    col
  );
  return insertLines(ctx, at, `${" ".repeat(col)}${body}`);
}
function styled(ctx, value) {
  if (!ctx.compact || value === null || typeof value !== "object") return value;
  const doc = new import_yaml.Document(value, { keepUndefined: false, aliasDuplicateObjects: false });
  const width = (v) => JSON.stringify(v).length;
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      if (map.items.length > 0 && width(map.toJSON()) <= 100 && map.items.every((p) => (0, import_yaml.isScalar)(p.value) || (0, import_yaml.isSeq)(p.value)))
        map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((i) => (0, import_yaml.isScalar)(i)) && width(seq.toJSON()) <= 100) seq.flow = true;
    }
  });
  return doc.contents;
}
function renderKey(ctx, key, value, style) {
  if (!style.flow && !style.comment) return (0, import_yaml.stringify)({ [key]: value }, ctx.opts);
  const doc = new import_yaml.Document({ [key]: value });
  const node = doc.get(key, true);
  if (node && (0, import_yaml.isCollection)(node) && style.flow) node.flow = true;
  if (node && style.comment) node.comment = ` ${style.comment.replace(/[\r\n]+/g, " ")}`;
  return doc.toString({ ...ctx.opts, flowCollectionPadding: style.padded });
}
function styledLike(old, value) {
  if (!(0, import_yaml.isScalar)(old)) return value;
  if (typeof value === "number" && typeof old.value === "number" && Number.isFinite(value)) {
    const s = new import_yaml.Scalar(value);
    const written = /\.(\d+)$/.exec(String(old.source ?? ""));
    const digits = Math.max(old.minFractionDigits ?? 0, written ? written[1].length : 0);
    if (digits > 0) s.minFractionDigits = digits;
    return s;
  }
  if (typeof value === "string" && typeof old.value === "string" && (old.type === "QUOTE_DOUBLE" || old.type === "QUOTE_SINGLE")) {
    const s = new import_yaml.Scalar(value);
    s.type = old.type;
    return s;
  }
  return value;
}
function afterColon(ctx, value, keyCol) {
  const rendered = (0, import_yaml.stringify)({ k: styled(ctx, value) }, ctx.opts).replace(/\n$/, "");
  return indentLines(rendered.slice(2), keyCol);
}
function renderInline(ctx, value, col) {
  return afterColon(ctx, value, col).replace(/^ /, "");
}
function renderFlow(value) {
  const doc = new import_yaml.Document(value, { flowCollectionPadding: false });
  if ((0, import_yaml.isCollection)(doc.contents)) doc.contents.flow = true;
  (0, import_yaml.visit)(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && /[\n\r\u0085\u2028\u2029]/.test(node.value)) node.type = "QUOTE_DOUBLE";
    }
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, collectionStyle: "flow" }).replace(/\n$/, "");
}
function renderFlowValue(value) {
  return isNonEmptyCollection(value) ? renderFlow(value) : renderFlow([value]).slice(1, -1);
}
function indentLines(s, col) {
  const pad = " ".repeat(Math.max(0, col));
  return s.split("\n").map((line, i) => i === 0 || line === "" ? line : pad + line).join("\n");
}
function insertLines(ctx, at, lines) {
  const { text } = ctx;
  if (at >= text.length && !text.endsWith("\n")) return splice(ctx, text.length, text.length, `
${lines}`);
  return splice(ctx, at, at, `${lines}
`);
}
function spliceKeepingComment(ctx, from, to, insert) {
  if (!insert.includes("\n")) return splice(ctx, from, to, insert);
  const end = lineEnd(ctx.text, to + 1);
  const rest = ctx.text.slice(to, Math.max(to, end));
  const comment = /^[ \t]*(#.*)$/.exec(rest);
  if (!comment) return splice(ctx, from, to, insert);
  const nl = insert.indexOf("\n");
  const first = insert.slice(0, nl).replace(/[ \t]+$/, "");
  return splice(ctx, from, end, `${first} ${comment[1]}${insert.slice(nl)}`);
}
function splice(ctx, from, to, insert) {
  const s = ctx.eol === "\n" ? insert : insert.replace(/\r?\n/g, ctx.eol);
  return ctx.text.slice(0, from) + s + ctx.text.slice(to);
}
function contentEnd(text, node) {
  if ((0, import_yaml.isPair)(node)) {
    const v = node.value;
    if (v?.range && !((0, import_yaml.isScalar)(v) && v.value === null && v.range[0] === v.range[1])) return contentEnd(text, v);
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
function nodeAt(root, path) {
  let node = root;
  for (const seg of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node, seg);
      if (!pair) return void 0;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      node = node.items[seg];
    } else {
      return void 0;
    }
  }
  return node;
}
function detectIndentation(text, root) {
  let step;
  let seqIndent;
  const visit2 = (node, depth) => {
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
        visit2(v, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) visit2(item, depth + 1);
    }
  };
  visit2(root, 0);
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
function sameData(a, b) {
  if (a === b) return true;
  if (a instanceof Date) a = a.toISOString();
  if (b instanceof Date) b = b.toISOString();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== void 0);
    const kb = Object.keys(b).filter((k) => b[k] !== void 0);
    return ka.length === kb.length && ka.every((k) => sameData(a[k], b[k]));
  }
  return false;
}

// src/deliver/repo-lock.ts
import { createHash, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import {
  closeSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var LOCK_NAME = "threatcat.lock";
var LOCK_ENV = "THREATCAT_REPO_LOCK";
var DEFAULT_TIMEOUT_S = 60;
function gitDirs(root) {
  const r = spawnSync("git", ["rev-parse", "--absolute-git-dir", "--git-common-dir"], {
    cwd: root,
    encoding: "utf8"
  });
  if (r.status !== 0 || !r.stdout) return void 0;
  const [gitDir, common] = r.stdout.trim().split("\n");
  if (!gitDir) return void 0;
  return { gitDir, commonDir: common ? resolve(root, common) : gitDir };
}
function lockPathFor(root) {
  const dirs = gitDirs(root);
  if (dirs) return { path: join(dirs.gitDir, LOCK_NAME), gitDir: dirs.gitDir };
  let real2 = root;
  try {
    real2 = realpathSync(root);
  } catch {
  }
  const id = createHash("sha256").update(real2).digest("hex").slice(0, 16);
  return { path: join(tmpdir(), `threatcat-${id}.lock`) };
}
function lockTimeoutSeconds(env = process.env) {
  const raw = env.THREATCAT_LOCK_TIMEOUT;
  if (raw === void 0 || raw === "") return DEFAULT_TIMEOUT_S;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`THREATCAT_LOCK_TIMEOUT=${raw}: expected a number of seconds (0 or more)`);
  return n;
}
function acquireRepoLock(root, command, opts = {}) {
  const { path, gitDir } = lockPathFor(root);
  const timeoutMs = (opts.timeoutSeconds ?? lockTimeoutSeconds()) * 1e3;
  const deadline = Date.now() + timeoutMs;
  const me = {
    pid: process.pid,
    host: hostname(),
    command,
    since: (/* @__PURE__ */ new Date()).toISOString(),
    nonce: randomBytes(8).toString("hex"),
    start: processStart(process.pid)
  };
  let told = false;
  for (; ; ) {
    if (tryCreate(path, me)) {
      const outer = process.env[LOCK_ENV];
      process.env[LOCK_ENV] = me.nonce;
      return {
        path,
        gitDir,
        release: () => {
          if (outer === void 0) delete process.env[LOCK_ENV];
          else process.env[LOCK_ENV] = outer;
          if (readHolder(path)?.nonce === me.nonce) unlinkQuiet(path);
        }
      };
    }
    const holder = readHolder(path);
    if (holder === void 0) continue;
    if (holder.nonce === process.env[LOCK_ENV]) return { path, gitDir, release: () => {
    } };
    if (holder.host === me.host && !processAlive(holder.pid, holder.start)) {
      takeOver(path, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new UsageError(busyMessage(path, holder, timeoutMs / 1e3));
    if (!told) {
      told = true;
      opts.onWait?.(
        `waiting for ${holder.command} (pid ${holder.pid}${holder.host === me.host ? "" : ` on ${holder.host}`}, since ${holder.since}) to finish with this repository (lock ${path})`
      );
    }
    sleepSync(40 + Math.floor(Math.random() * 60));
  }
}
function tryCreate(path, me) {
  const tmp = `${path}.${me.pid}.${me.nonce}.tmp`;
  const fd = openSync(tmp, "w", 420);
  try {
    writeSync(fd, `${JSON.stringify(me)}
`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    cleanStrays(path);
    return true;
  } catch (err) {
    if (err.code === "EEXIST") return false;
    throw new UsageError(`cannot create the lock ${path}: ${err.message}`);
  } finally {
    unlinkQuiet(tmp);
  }
}
function readHolder(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
  try {
    const h = JSON.parse(text);
    if (typeof h.pid === "number" && typeof h.nonce === "string") return h;
  } catch {
  }
  return { pid: 0, host: "?", command: "an unknown program", since: "?", nonce: `unknown-${text.length}` };
}
function takeOver(path, dead) {
  const claim = `${path}.${dead.nonce}.takeover`;
  let fd;
  try {
    fd = openSync(claim, "wx");
  } catch {
    return;
  }
  closeSync(fd);
  try {
    if (readHolder(path)?.nonce === dead.nonce) unlinkQuiet(path);
  } finally {
    unlinkQuiet(claim);
  }
}
function cleanStrays(path) {
  const dir = dirname(path);
  const base = path.slice(dir.length + 1);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(`${base}.`)) continue;
    const m = /^\.(\d+)\.[0-9a-f]{16}\.tmp$/.exec(n.slice(base.length));
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) unlinkQuiet(join(dir, n));
  }
}
function busyMessage(path, h, waited) {
  const who = h.pid === 0 ? `a file threatcat cannot read (${path})` : `${h.command} (pid ${h.pid}${h.host === hostname() ? "" : ` on host ${h.host}`}, since ${h.since})`;
  return `another threatcat run holds this repository's lock ${path}: ${who}; waited ${waited} s. Let it finish and run again (THREATCAT_LOCK_TIMEOUT sets the wait in seconds); if that process is not running any more${h.host === hostname() ? "" : " on its host"}, remove the lock: rm '${path}'`;
}
async function awaitGitLocks(root, opts = {}) {
  const dirs = gitDirs(root);
  if (!dirs) return;
  const deadline = Date.now() + (opts.timeoutSeconds ?? lockTimeoutSeconds()) * 1e3;
  let told = false;
  for (; ; ) {
    const held = gitLockFiles(dirs).find((p) => exists(p));
    if (!held) return;
    const procs = gitProcesses(root, dirs.gitDir);
    if ((procs === void 0 || procs.length === 0) && !exists(held)) continue;
    if (procs === void 0 || procs.length === 0 || Date.now() >= deadline)
      throw new UsageError(gitLockMessage(held, procs, root, dirs.gitDir));
    if (!told) {
      told = true;
      opts.onWait?.(`waiting for git (pid ${procs[0].pid}) to release ${held}`);
    }
    await sleep(100);
  }
}
function gitLockFiles(dirs) {
  const out = [join(dirs.gitDir, "index.lock"), join(dirs.gitDir, "HEAD.lock")];
  try {
    const head = readFileSync(join(dirs.gitDir, "HEAD"), "utf8").trim();
    const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    if (ref) out.push(join(dirs.commonDir, `${ref}.lock`));
  } catch {
  }
  return out;
}
function gitLockMessage(lock, procs, root, gitDir = gitDirs(root)?.gitDir) {
  const age = ageOf(lock);
  const head = `git's lock file ${lock} exists${age ? ` (created ${age} ago)` : ""}`;
  const rm = `rm '${lock}'`;
  if (procs === void 0)
    return `${head}, and threatcat cannot tell on this system whether a git process still holds it: if no git command is running in this repository${gitDir ? ` (${dirname(gitDir)})` : ""}, a git command was interrupted \u2014 remove the lock (${rm}) and run threatcat again`;
  if (procs.length > 0)
    return `${head} and is held by a running git process (pid ${procs[0].pid}: ${procs[0].command}); let it finish and run threatcat again (do not remove the lock while it runs)`;
  return `${head} but no git process is running in this repository: a git command was interrupted and left it behind; remove it (${rm}) and run threatcat again`;
}
function gitProcesses(root, gitDir) {
  let pids;
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return void 0;
  }
  const places = [real(root), ...gitDir ? [real(gitDir)] : []];
  const out = [];
  for (const p of pids) {
    try {
      const comm = readFileSync(`/proc/${p}/comm`, "utf8").trim();
      if (!comm.startsWith("git")) continue;
      const cwd = readlinkSync(`/proc/${p}/cwd`);
      if (!places.some((d) => cwd === d || isInside(cwd, d))) continue;
      const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      const shown = cmd.replace(/[^\x20-\x7e]/g, "?");
      out.push({ pid: Number(p), command: shown.length > 80 ? `${shown.slice(0, 77)}...` : shown });
    } catch {
    }
  }
  return out;
}
function explainGitLockError(root, gitOutput) {
  const m = /Unable to create '([^']+\.lock)': File exists/.exec(gitOutput);
  if (!m) return void 0;
  const lock = isAbsolute(m[1]) ? m[1] : resolve(root, m[1]);
  const dirs = gitDirs(root);
  return gitLockMessage(lock, gitProcesses(root, dirs?.gitDir), root, dirs?.gitDir);
}
function ageOf(path) {
  try {
    const s = Math.max(0, Math.round((Date.now() - statSync(path).mtimeMs) / 1e3));
    return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
  } catch {
    return void 0;
  }
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
function unlinkQuiet(p) {
  try {
    unlinkSync(p);
  } catch {
  }
}
var SLEEPER = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(SLEEPER, 0, 0, ms);
}
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

export {
  asCatalogDoc,
  reopenEventTypes,
  applyYamlEdits,
  gitDirs,
  acquireRepoLock,
  awaitGitLocks,
  explainGitLockError,
  findingLine,
  renderFindingsText
};
