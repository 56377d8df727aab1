import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/model/inert-text.ts
var UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r" };
function oneLine(value) {
  const s = value === void 0 || value === null ? "" : String(value);
  return s.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/model/input-error.ts
var InputError = class extends Error {
  constructor(position, message) {
    super(message);
    this.position = position;
    this.name = "InputError";
  }
  position;
  /** One line, whatever the file name or message holds (both can come from a pull request). */
  toString() {
    const { file, line, column } = this.position;
    return `${oneLine(file)}:${line}:${column}: ${oneLine(this.message)}`;
  }
};
var UsageError = class extends Error {
  /**
   * Lines that explain it and must be read whole (a git hook's output): printed below the message, each line kept
   * on its own line and made inert like the message.
   */
  detail;
  constructor(message, opts = {}) {
    super(opts.detail ? `${message}
${opts.detail}` : message);
    this.name = "UsageError";
    if (opts.detail) this.detail = opts.detail;
  }
  /** The message, then each detail line, every one of them a single inert line. */
  lines() {
    const head = this.detail ? this.message.slice(0, this.message.length - this.detail.length - 1) : this.message;
    return [oneLine(head), ...this.detail ? this.detail.split("\n").map(oneLine) : []];
  }
};

// src/model/finding.ts
var FAIL_ON = ["error", "warning", "never"];
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export {
  __require,
  __commonJS,
  __toESM,
  oneLine,
  InputError,
  UsageError,
  FAIL_ON,
  SEVERITY_RANK,
  compareFindings
};
