import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  asCatalogDoc,
  declaredPermissions,
  findAgentSurface,
  parseCommandArgs,
  pickFormat,
  readConfig,
  readWorkspace,
  require_dist,
  resolveRoot,
  schemaFindings,
  toRepoPath,
  yaml
} from "./chunk-YMU3N74L.js";
import {
  EXIT,
  InputError,
  UsageError,
  __commonJS,
  __require,
  __toESM
} from "./chunk-MW335RJH.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str2) {
      str2 = String(str2);
      if (str2.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str2
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce2;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce2(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str2) => str2.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/cli/commands/ingest.ts
import { join as join2, resolve } from "node:path";

// src/model/observation.ts
var READER_NAMES = ["kube-audit", "kubescape", "tetragon", "falco", "cloudtrail", "tool-calls", "summary"];
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

// src/analyse/evidence/summary.ts
var SummaryBuilder = class {
  rows = /* @__PURE__ */ new Map();
  strings = /* @__PURE__ */ new Map();
  snapshots = /* @__PURE__ */ new Set();
  sources = {};
  malformed = 0;
  countEvents(reader, n) {
    this.sources[reader] = (this.sources[reader] ?? 0) + n;
  }
  /** One Kubernetes API request (the hot path: a million of these must stay cheap). */
  api(identity, workload, verb, apiGroup, resource, namespace, path, decision, name, time) {
    const key = `api\0${identity}\0${workload}\0${verb}\0${apiGroup}\0${resource}\0${namespace}\0${path}\0${decision}`;
    let row = this.rows.get(key);
    if (!row) {
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
    }
    bump(row, time, 1);
    if (name) addName(row, name, this);
  }
  /** Any other row type: `fields` holds the key fields of ROW_KEYS[type]. */
  add(type, source, fields, time, n = 1) {
    const keys = ROW_KEYS[type];
    let key = `${type}\0${source}`;
    for (const k2 of keys) key += `\0${fields[k2] ?? ""}`;
    let row = this.rows.get(key);
    if (!row) {
      const r2 = { type, source };
      for (const k2 of keys) r2[k2] = this.intern(fields[k2] ?? "");
      Object.assign(r2, { count: 0, first: time, last: time, days: {} });
      row = r2;
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
      if (copy.type === "api") copy.names = [...row.names];
      this.rows.set(key, copy);
      return;
    }
    have.count += row.count;
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d2, n] of Object.entries(row.days)) have.days[d2] = (have.days[d2] ?? 0) + n;
    if (have.type === "api" && row.type === "api") {
      if (row.namesTruncated) have.namesTruncated = true;
      for (const n of row.names) addName(have, n, this);
    }
  }
  mergeSummary(s) {
    for (const d2 of s.snapshots) this.snapshots.add(d2);
    for (const [k2, n] of Object.entries(s.sources)) this.countEvents(k2, n ?? 0);
    this.malformed += s.malformed;
    for (const r2 of s.rows) this.merge(r2);
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
      sources: Object.fromEntries(Object.entries(this.sources).sort(([a], [b3]) => a.localeCompare(b3))),
      malformed: this.malformed,
      rows: keys.map((k2) => normaliseRow(this.rows.get(k2)))
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
  const r2 = row;
  for (const k2 of ROW_KEYS[row.type]) key += `\0${r2[k2] ?? ""}`;
  return key;
}
function bump(row, time, n) {
  row.count += n;
  if (time < row.first) row.first = time;
  else if (time > row.last) row.last = time;
  const day = time.slice(0, 10);
  const days = row.days;
  const have = days[day];
  days[day] = have === void 0 ? n : have + n;
}
function addName(row, name, b3) {
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
  names.splice(lo, 0, b3.intern(name));
  if (names.length > MAX_NAMES) {
    names.pop();
    row.namesTruncated = true;
  }
}
function normaliseRow(row) {
  const days = Object.fromEntries(Object.entries(row.days).sort(([a], [b3]) => a.localeCompare(b3)));
  return { ...row, days };
}
var ISO_Z = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/;
function normTime(s) {
  if (typeof s === "number" && Number.isFinite(s)) {
    const ms2 = s > 1e17 ? s / 1e6 : s > 1e14 ? s / 1e3 : s > 1e11 ? s : s * 1e3;
    const d3 = new Date(ms2);
    return Number.isNaN(d3.getTime()) ? "" : d3.toISOString();
  }
  if (typeof s !== "string" || s.length < 10) return "";
  if (s.length === 27 && s.charCodeAt(26) === 90 && s.charCodeAt(19) === 46 && s.charCodeAt(10) === 84 && s.charCodeAt(4) === 45) {
    return `${s.slice(0, 23)}Z`;
  }
  const m2 = ISO_Z.exec(s);
  if (m2) return `${m2[1]}.${((m2[2] ?? "") + "000").slice(0, 3)}Z`;
  const d2 = new Date(s);
  return Number.isNaN(d2.getTime()) ? "" : d2.toISOString();
}

// src/analyse/evidence/workload-name.ts
var SAFE = "[a-z0-9]";
var DEPLOYMENT_POD = new RegExp(`^(.+)-${SAFE}{6,10}-${SAFE}{5}$`);
var GENERATED_POD = new RegExp(`^(.+)-${SAFE}{5}$`);
var STATEFUL_POD = /^(.+)-\d+$/;
function workloadOfPod(pod) {
  let m2 = DEPLOYMENT_POD.exec(pod);
  if (m2) return m2[1];
  m2 = STATEFUL_POD.exec(pod);
  if (m2) return m2[1];
  m2 = GENERATED_POD.exec(pod);
  if (m2) return m2[1];
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
function isObject(v2) {
  return v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
}
function str(v2) {
  return typeof v2 === "string" ? v2 : "";
}

// src/read/evidence/kube-audit.ts
var RECENT_GENERATION = 25e3;
var MAX_OPEN_LONG_RUNNING = 25e3;
var POD_NAME = "authentication.kubernetes.io/pod-name";
function isAuditEvent(o2) {
  return o2.kind === "Event" && typeof o2.apiVersion === "string" && o2.apiVersion.startsWith("audit.k8s.io/");
}
function kubeAuditReader() {
  let openLong = /* @__PURE__ */ new Set();
  let openOlder = /* @__PURE__ */ new Set();
  let recent = /* @__PURE__ */ new Set();
  let older = /* @__PURE__ */ new Set();
  const seenRecently = (id) => {
    if (recent.has(id) || older.has(id)) return true;
    recent.add(id);
    if (recent.size >= RECENT_GENERATION) {
      older = recent;
      recent = /* @__PURE__ */ new Set();
    }
    return false;
  };
  let podWorkloads = /* @__PURE__ */ new Map();
  const workloadOf = (ns2, pod) => {
    if (typeof pod !== "string") return "";
    const key = `${ns2}/${pod}`;
    let w2 = podWorkloads.get(key);
    if (w2 === void 0) {
      if (podWorkloads.size >= 5e4) podWorkloads = /* @__PURE__ */ new Map();
      w2 = workloadKeyOfPod(ns2, pod);
      podWorkloads.set(key, w2);
    }
    return w2;
  };
  return {
    name: "kube-audit",
    read(o2, ctx) {
      if (!isObject(o2) || !isAuditEvent(o2)) return new BadRecord("not a Kubernetes audit event (kind Event, apiVersion audit.k8s.io/*)");
      const stage = o2.stage;
      if (stage === "RequestReceived") return 0;
      const id = str(o2.auditID);
      if (stage === "ResponseStarted") {
        if (id) {
          if (openLong.has(id) || openOlder.has(id)) return 0;
          openLong.add(id);
          if (openLong.size >= MAX_OPEN_LONG_RUNNING) {
            openOlder = openLong;
            openLong = /* @__PURE__ */ new Set();
          }
        }
      } else {
        if (id && (openLong.delete(id) || openOlder.delete(id))) return 0;
        if (isLongRunning(o2) && succeeded(o2)) return 0;
        if (id && seenRecently(id)) return 0;
      }
      const verb = str(o2.verb);
      const user = o2.user;
      if (!verb || !isObject(user) || typeof user.username !== "string") return new BadRecord("audit event without verb or user.username");
      const time = normTime(o2.stageTimestamp) || normTime(o2.requestReceivedTimestamp);
      if (!time) return new BadRecord("audit event without a valid stageTimestamp");
      const identity = user.username;
      let workload = "";
      const extra = user.extra;
      if (isObject(extra) && Array.isArray(extra[POD_NAME]) && identity.startsWith("system:serviceaccount:")) {
        const ns2 = identity.slice("system:serviceaccount:".length, identity.lastIndexOf(":"));
        workload = workloadOf(ns2, extra[POD_NAME][0]);
      }
      const ref = o2.objectRef;
      let apiGroup = "";
      let resource = "";
      let namespace = "";
      let name = "";
      let path = "";
      if (isObject(ref)) {
        apiGroup = str(ref.apiGroup);
        resource = str(ref.resource);
        if (typeof ref.subresource === "string" && ref.subresource) resource += `/${ref.subresource}`;
        namespace = str(ref.namespace);
        name = str(ref.name);
      } else {
        const uri = str(o2.requestURI);
        const q3 = uri.indexOf("?");
        path = q3 === -1 ? uri : uri.slice(0, q3);
      }
      ctx.builder.api(identity, workload, verb, apiGroup, resource, namespace, path, decisionOf(o2), name, time);
      return 1;
    }
  };
}
var LONG_RUNNING_SUBRESOURCES = /* @__PURE__ */ new Set(["exec", "attach", "portforward", "proxy"]);
function isLongRunning(o2) {
  if (o2.verb === "watch" || o2.verb === "proxy") return true;
  const ref = o2.objectRef;
  return isObject(ref) && LONG_RUNNING_SUBRESOURCES.has(str(ref.subresource));
}
function succeeded(o2) {
  const status = o2.responseStatus;
  const code = isObject(status) && typeof status.code === "number" ? status.code : 0;
  return code >= 100 && code < 300;
}
function decisionOf(o2) {
  const status = o2.responseStatus;
  const code = isObject(status) && typeof status.code === "number" ? status.code : 0;
  if (code === 401 || code === 403) return "forbid";
  const ann = o2.annotations;
  if (isObject(ann)) {
    const d2 = ann["authorization.k8s.io/decision"];
    if (d2 === "allow" || d2 === "forbid") return d2;
  }
  return code > 0 ? "allow" : "unknown";
}

// src/read/evidence/kubescape.ts
var KINDS = /* @__PURE__ */ new Set(["ApplicationProfile", "ContainerProfile"]);
var LABEL = "kubescape.io/";
function isKubescapeProfile(o2) {
  return KINDS.has(str(o2.kind)) && str(o2.apiVersion).startsWith("spdx.softwarecomposition.kubescape.io/");
}
function kubescapeReader() {
  return {
    name: "kubescape",
    read(o2, ctx) {
      if (!isObject(o2) || !isKubescapeProfile(o2)) return new BadRecord("not a Kubescape ApplicationProfile or ContainerProfile");
      const meta = isObject(o2.metadata) ? o2.metadata : {};
      const labels = isObject(meta.labels) ? meta.labels : {};
      const workload = workloadKey(labels[`${LABEL}workload-namespace`] ?? meta.namespace, labels[`${LABEL}workload-name`]);
      if (!workload) return new BadRecord("profile without kubescape.io/workload-namespace and workload-name labels");
      const time = normTime(meta.creationTimestamp) || ctx.now;
      const b3 = ctx.builder;
      b3.add("seen", "ebpf", { workload }, time);
      const spec = isObject(o2.spec) ? o2.spec : {};
      const containers = o2.kind === "ContainerProfile" ? [spec] : ["containers", "initContainers", "ephemeralContainers"].flatMap((k2) => Array.isArray(spec[k2]) ? spec[k2] : []);
      for (const c3 of containers) {
        if (!isObject(c3)) continue;
        for (const e of list(c3.execs)) if (str(e.path)) b3.add("exec", "ebpf", { workload, binary: str(e.path) }, time);
        for (const f3 of list(c3.opens)) if (str(f3.path)) b3.add("file", "ebpf", { workload, path: str(f3.path) }, time);
        for (const n of list(c3.endpoints)) {
          if (!str(n.endpoint)) continue;
          const direction = n.direction === "inbound" ? "inbound" : "outbound";
          b3.add("endpoint", "ebpf", { workload, endpoint: str(n.endpoint), direction }, time);
        }
      }
      return 1;
    }
  };
}
function list(v2) {
  return Array.isArray(v2) ? v2.filter(isObject) : [];
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
function isTetragonEvent(o2) {
  return TETRAGON_EVENTS.some((k2) => k2 in o2);
}
function tetragonReader() {
  return {
    name: "tetragon",
    read(o2, ctx) {
      if (!isObject(o2)) return new BadRecord("not a Tetragon event");
      const kind = TETRAGON_EVENTS.find((k2) => k2 in o2);
      if (!kind) return new BadRecord("not a Tetragon event (no process_* key)");
      const ev = o2[kind];
      if (!isObject(ev)) return new BadRecord(`${kind} is not an object`);
      const time = normTime(o2.time);
      if (!time) return new BadRecord("Tetragon event without a valid time");
      const proc = isObject(ev.process) ? ev.process : void 0;
      const pod = proc && isObject(proc.pod) ? proc.pod : void 0;
      const workload = pod ? workloadKey(pod.namespace, pod.workload) || workloadKeyOfPod(pod.namespace, pod.name) : "";
      const b3 = ctx.builder;
      b3.add("seen", "ebpf", { workload }, time);
      if (!workload) return 1;
      if (kind === "process_exec" && proc && str(proc.binary)) b3.add("exec", "ebpf", { workload, binary: str(proc.binary) }, time);
      if (kind === "process_kprobe" || kind === "process_tracepoint" || kind === "process_lsm" || kind === "process_uprobe") {
        const policy = str(ev.policy_name);
        if (policy) b3.add("alert", "ebpf", { workload, rule: policy }, time);
        for (const arg of Array.isArray(ev.args) ? ev.args : []) {
          if (!isObject(arg)) continue;
          const sock = arg.sock_arg;
          if (isObject(sock) && str(sock.daddr)) {
            b3.add("endpoint", "ebpf", { workload, endpoint: `${str(sock.daddr)}:${String(sock.dport ?? "")}`, direction: "outbound" }, time);
          }
          const file = isObject(arg.file_arg) ? arg.file_arg : isObject(arg.path_arg) ? arg.path_arg : void 0;
          if (file && str(file.path)) b3.add("file", "ebpf", { workload, path: stableFilePath(str(file.path)) }, time);
        }
      }
      return 1;
    }
  };
}

// src/read/evidence/falco.ts
function isFalcoAlert(o2) {
  return typeof o2.rule === "string" && typeof o2.priority === "string" && ("output" in o2 || "output_fields" in o2);
}
var EXEC_EVENTS = /* @__PURE__ */ new Set(["execve", "execveat"]);
var OPEN_EVENTS = /* @__PURE__ */ new Set(["open", "openat", "openat2", "creat"]);
var CONNECT_EVENTS = /* @__PURE__ */ new Set(["connect", "sendto", "sendmsg"]);
function falcoReader() {
  return {
    name: "falco",
    read(o2, ctx) {
      if (!isObject(o2) || !isFalcoAlert(o2)) return new BadRecord("not a Falco JSON alert (rule, priority, output)");
      const f3 = isObject(o2.output_fields) ? o2.output_fields : {};
      const time = normTime(o2.time) || normTime(f3["evt.time"]);
      if (!time) return new BadRecord("Falco alert without a valid time");
      const workload = workloadKeyOfPod(f3["k8s.ns.name"], f3["k8s.pod.name"]);
      const b3 = ctx.builder;
      b3.add("seen", "ebpf", { workload }, time);
      if (!workload) return 1;
      b3.add("alert", "ebpf", { workload, rule: str(o2.rule) }, time);
      const evt = str(f3["evt.type"]);
      const exe = str(f3["proc.exepath"]) || str(f3["proc.exe"]) || str(f3["proc.name"]);
      if (EXEC_EVENTS.has(evt) && exe) b3.add("exec", "ebpf", { workload, binary: exe }, time);
      const fd = str(f3["fd.name"]);
      if (fd) {
        const arrow = fd.indexOf("->");
        if (arrow !== -1 || CONNECT_EVENTS.has(evt)) {
          b3.add("endpoint", "ebpf", { workload, endpoint: arrow === -1 ? fd : fd.slice(arrow + 2), direction: "outbound" }, time);
        } else if (OPEN_EVENTS.has(evt) || fd.startsWith("/")) {
          b3.add("file", "ebpf", { workload, path: stableFilePath(fd) }, time);
        }
      }
      return 1;
    }
  };
}

// src/read/evidence/cloudtrail.ts
function isCloudTrailRecord(o2) {
  return typeof o2.eventSource === "string" && typeof o2.eventName === "string" && ("eventVersion" in o2 || "userIdentity" in o2);
}
function cloudTrailReader() {
  return {
    name: "cloudtrail",
    read(o2, ctx) {
      if (!isObject(o2) || !isCloudTrailRecord(o2)) return new BadRecord("not a CloudTrail record (eventSource, eventName)");
      const time = normTime(o2.eventTime);
      if (!time) return new BadRecord("CloudTrail record without a valid eventTime");
      const b3 = ctx.builder;
      const ui = isObject(o2.userIdentity) ? o2.userIdentity : {};
      const resp = isObject(o2.responseElements) ? o2.responseElements : {};
      const assumed = isObject(resp.assumedRoleUser) ? str(resp.assumedRoleUser.arn) : "";
      if (o2.eventName === "AssumeRoleWithWebIdentity" && !o2.errorCode) {
        const identity = str(resp.subjectFromWebIdentityToken) || str(ui.userName);
        if (assumed && identity.startsWith("system:serviceaccount:")) {
          b3.add("session", "iam-events", { principal: assumed, identity }, time);
          return 1;
        }
      }
      if (o2.eventName === "AssumeRoleForPodIdentity" && !o2.errorCode) {
        const subject = isObject(resp.subject) ? resp.subject : {};
        if (assumed && str(subject.namespace) && str(subject.serviceAccount)) {
          b3.add("session", "iam-events", { principal: assumed, identity: `system:serviceaccount:${str(subject.namespace)}:${str(subject.serviceAccount)}` }, time);
          return 1;
        }
      }
      const principal = str(ui.arn) || str(ui.principalId) || str(ui.userName);
      const denied = /AccessDenied|Unauthorized|Forbidden/i.test(str(o2.errorCode));
      b3.add("cloud", "iam-events", {
        principal,
        eventSource: str(o2.eventSource),
        eventName: str(o2.eventName),
        decision: denied ? "forbid" : "allow"
      }, time);
      return 1;
    }
  };
}

// src/read/evidence/tool-calls.ts
function isToolCall(o2) {
  return typeof o2.tool === "string" && typeof o2.workload === "string" && "time" in o2;
}
function toolCallReader() {
  return {
    name: "tool-calls",
    read(o2, ctx) {
      if (!isObject(o2) || !isToolCall(o2)) return new BadRecord("not a tool call (time, workload, tool)");
      const time = normTime(o2.time);
      if (!time) return new BadRecord("tool call without a valid time");
      const workload = str(o2.workload);
      if (!/^[^/\s]+\/[^/\s]+$/.test(workload)) return new BadRecord(`workload '${workload}' is not "<namespace>/<name>"`);
      const source = o2.source === "mcp-log" ? "mcp-log" : "sdk-callback";
      if (o2.source !== void 0 && o2.source !== "mcp-log" && o2.source !== "sdk-callback") {
        return new BadRecord(`source '${String(o2.source)}' is not sdk-callback or mcp-log`);
      }
      ctx.builder.add("tool", source, {
        workload,
        server: str(o2.server),
        tool: str(o2.tool),
        outcome: str(o2.outcome) || "ok"
      }, time);
      return 1;
    }
  };
}

// src/generated/observation-summary-validator.js
var observation_summary_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://threatcat.dev/schema/observation-summary.schema.json", "title": "ObservationSummaryLine", "description": "One line of an observation summary (JSON lines): the header, or one aggregated row. Rows merge by their key fields (type, source and the fields listed per type in docs/ingest.md): count and days add, first/last take the min/max, names take the smallest 32 of the union.", "type": "object", "if": { "properties": { "kind": { "const": "ObservationSummary" } }, "required": ["kind"] }, "then": { "$ref": "#/definitions/Header" }, "else": { "required": ["type"], "properties": { "type": { "enum": ["api", "tool", "exec", "file", "endpoint", "alert", "cloud", "session", "seen"] } }, "allOf": [{ "if": { "properties": { "type": { "const": "api" } } }, "then": { "$ref": "#/definitions/ApiRow" } }, { "if": { "properties": { "type": { "const": "tool" } } }, "then": { "$ref": "#/definitions/ToolRow" } }, { "if": { "properties": { "type": { "const": "exec" } } }, "then": { "$ref": "#/definitions/ExecRow" } }, { "if": { "properties": { "type": { "const": "file" } } }, "then": { "$ref": "#/definitions/FileRow" } }, { "if": { "properties": { "type": { "const": "endpoint" } } }, "then": { "$ref": "#/definitions/EndpointRow" } }, { "if": { "properties": { "type": { "const": "alert" } } }, "then": { "$ref": "#/definitions/AlertRow" } }, { "if": { "properties": { "type": { "const": "cloud" } } }, "then": { "$ref": "#/definitions/CloudRow" } }, { "if": { "properties": { "type": { "const": "session" } } }, "then": { "$ref": "#/definitions/SessionRow" } }, { "if": { "properties": { "type": { "const": "seen" } } }, "then": { "$ref": "#/definitions/SeenRow" } }] }, "definitions": { "Header": { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ObservationSummary" }, "snapshots": { "type": "array", "items": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "sources": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "malformed": { "type": "integer", "minimum": 0 } } }, "Time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, "Days": { "type": "object", "propertyNames": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "additionalProperties": { "type": "integer", "minimum": 1 } }, "Workload": { "type": "string", "pattern": "^([^/\\s]+/[^/\\s]+)?$", "description": "<namespace>/<Deployment-level workload name>, or empty when unknown." }, "Source": { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] }, "ApiRow": { "type": "object", "required": ["count", "first", "identity", "last", "type", "verb"], "additionalProperties": false, "properties": { "type": { "const": "api" }, "identity": { "type": "string", "pattern": "[^\\s]" }, "workload": { "$ref": "#/definitions/Workload" }, "verb": { "type": "string", "pattern": "[^\\s]" }, "apiGroup": { "type": "string" }, "resource": { "type": "string" }, "namespace": { "type": "string" }, "path": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "names": { "type": "array", "items": { "type": "string" }, "maxItems": 32 }, "namesTruncated": { "type": "boolean" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "ToolRow": { "type": "object", "required": ["count", "first", "last", "tool", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "tool" }, "workload": { "$ref": "#/definitions/Workload" }, "server": { "type": "string" }, "tool": { "type": "string", "pattern": "[^\\s]" }, "outcome": { "type": "string" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "ExecRow": { "type": "object", "required": ["binary", "count", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "exec" }, "workload": { "$ref": "#/definitions/Workload" }, "binary": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "FileRow": { "type": "object", "required": ["count", "first", "last", "path", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "file" }, "workload": { "$ref": "#/definitions/Workload" }, "path": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "EndpointRow": { "type": "object", "required": ["count", "endpoint", "first", "last", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "endpoint" }, "workload": { "$ref": "#/definitions/Workload" }, "endpoint": { "type": "string", "pattern": "[^\\s]" }, "direction": { "enum": ["outbound", "inbound"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "AlertRow": { "type": "object", "required": ["count", "first", "last", "rule", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "alert" }, "workload": { "$ref": "#/definitions/Workload" }, "rule": { "type": "string", "pattern": "[^\\s]" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "CloudRow": { "type": "object", "required": ["count", "eventName", "eventSource", "first", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "cloud" }, "principal": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "SessionRow": { "type": "object", "required": ["count", "first", "identity", "last", "principal", "type"], "additionalProperties": false, "properties": { "type": { "const": "session" }, "principal": { "type": "string", "pattern": "[^\\s]" }, "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } }, "SeenRow": { "type": "object", "required": ["count", "first", "last", "source", "type", "workload"], "additionalProperties": false, "properties": { "type": { "const": "seen" }, "workload": { "$ref": "#/definitions/Workload" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } } } };
var schema12 = { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ObservationSummary" }, "snapshots": { "type": "array", "items": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "sources": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "malformed": { "type": "integer", "minimum": 0 } } };
var pattern0 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema13 = { "type": "object", "required": ["count", "first", "identity", "last", "type", "verb"], "additionalProperties": false, "properties": { "type": { "const": "api" }, "identity": { "type": "string", "pattern": "[^\\s]" }, "workload": { "$ref": "#/definitions/Workload" }, "verb": { "type": "string", "pattern": "[^\\s]" }, "apiGroup": { "type": "string" }, "resource": { "type": "string" }, "namespace": { "type": "string" }, "path": { "type": "string" }, "decision": { "enum": ["allow", "forbid", "unknown"] }, "names": { "type": "array", "items": { "type": "string" }, "maxItems": 32 }, "namesTruncated": { "type": "boolean" }, "source": { "$ref": "#/definitions/Source" }, "count": { "type": "integer", "minimum": 1 }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "$ref": "#/definitions/Days" } } };
var schema14 = { "type": "string", "pattern": "^([^/\\s]+/[^/\\s]+)?$", "description": "<namespace>/<Deployment-level workload name>, or empty when unknown." };
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
function isSummaryLine(o2) {
  return o2.kind === "ObservationSummary" || typeof o2.type === "string" && ROW_TYPES.has(o2.type) && "count" in o2;
}
function summaryReader() {
  let headerSeen = false;
  return {
    name: "summary",
    startFile() {
      headerSeen = false;
    },
    read(o2, ctx) {
      if (!isObject(o2) || !isSummaryLine(o2)) return new BadRecord("not an observation summary line");
      const line = coerce(o2);
      if (!observation_summary_validator_default(line)) {
        const err = observation_summary_validator_default.errors?.find((e) => e.keyword !== "if") ?? observation_summary_validator_default.errors?.[0];
        return new BadRecord(`invalid summary line: ${err ? `${err.instancePath || "/"} ${err.message}` : "schema mismatch"}`);
      }
      const b3 = ctx.builder;
      if (line.kind === "ObservationSummary") {
        headerSeen = true;
        for (const d2 of line.snapshots ?? []) b3.snapshots.add(d2);
        for (const [k2, n] of Object.entries(line.sources ?? {})) b3.countEvents(k2, n);
        b3.malformed += line.malformed ?? 0;
        return Object.values(line.sources ?? {}).reduce((a, n) => a + n, 0);
      }
      const row = completeRow(line);
      b3.merge(row);
      if (headerSeen || !PRIMARY.has(row.type)) return 0;
      b3.countEvents("summary", row.count);
      return row.count;
    }
  };
}
function coerce(o2) {
  const out = { ...o2 };
  if (typeof out.count === "string" && /^\d+$/.test(out.count)) out.count = Number(out.count);
  if (isObject(out.days)) {
    out.days = Object.fromEntries(Object.entries(out.days).map(([k2, v2]) => [k2, typeof v2 === "string" && /^\d+$/.test(v2) ? Number(v2) : v2]));
  }
  return out;
}
function completeRow(o2) {
  const type = o2.type;
  const row = { type, source: o2.source ?? DEFAULT_SOURCE[type] };
  for (const k2 of ROW_KEYS[type]) row[k2] = o2[k2] ?? (type === "api" && k2 === "decision" ? "allow" : "");
  row.count = o2.count;
  row.first = normTime(o2.first);
  row.last = normTime(o2.last);
  row.days = o2.days ?? { [String(row.first).slice(0, 10)]: o2.count };
  if (type === "api") {
    row.names = [...new Set(o2.names ?? [])].sort().slice(0, 32);
    row.namesTruncated = Boolean(o2.namesTruncated) || (o2.names?.length ?? 0) > 32;
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
  ["tool-calls", isToolCall]
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
    const c3 = s.charCodeAt(i);
    if (c3 !== 32 && c3 !== 9 && c3 !== 13) return false;
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
      const c3 = chunk[i];
      if (c3 === 10) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c3 === 92) this.escape = true;
        else if (c3 === 34) {
          this.inString = false;
          if (this.keyBuf) {
            this.lastKey = Buffer.from(this.keyBuf).toString("utf8");
            this.keyBuf = null;
          }
        } else if (this.keyBuf && this.keyBuf.length < 64) this.keyBuf.push(c3);
        continue;
      }
      if (c3 === 34) {
        this.inString = true;
        if (this.depth === 1 && this.stack[0] === 123) this.keyBuf = [];
        continue;
      }
      if (c3 === 123 || c3 === 91) {
        if (this.elementDepth === -1) {
          if (this.depth === 0 && c3 === 91) this.elementDepth = 1;
          else if (this.depth === 1 && c3 === 91 && this.stack[0] === 123 && this.keys.has(this.lastKey)) this.elementDepth = 2;
        }
        if (this.depth === this.elementDepth && this.captureStart < 0 && c3 === 123 && this.isRecordArray()) {
          this.captureStart = i;
          segStart = i;
          this.captureLine = this.line;
          this.skipping = false;
        }
        this.stack.push(c3);
        this.depth++;
        continue;
      }
      if (c3 === 125 || c3 === 93) {
        this.stack.pop();
        this.depth--;
        if (this.depth === this.elementDepth && this.captureStart >= 0 && c3 === 125) {
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
      const m2 = /^(\s*)- /.exec(text);
      if (m2 && (this.doc.length === 0 || m2[1] === this.itemsIndent)) {
        this.flush();
        this.itemsIndent = m2[1];
        this.docLine = line;
        this.push(`${m2[1]}  ${text.slice(m2[0].length)}`);
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
    const blank = this.doc.every((l3) => /^\s*(#.*)?$/.test(l3));
    if (!blank && !this.skipping) this.sink.record(this.doc.join("\n"), this.docLine);
    this.doc = [];
    this.docBytes = 0;
    this.skipping = false;
  }
};

// src/read/evidence/stream.ts
import { createHash } from "node:crypto";
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
var HIGH_WATER_MARK = 1024 * 1024;
async function streamFile(abs, display, onChunk) {
  const at2 = { file: display, line: 1, column: 1 };
  let gzip = false;
  try {
    const st2 = statSync(abs);
    if (st2.isDirectory()) throw new InputError(at2, "is a directory, not an evidence file");
    const fd = openSync(abs, "r");
    const magic = Buffer.alloc(2);
    const n = readSync(fd, magic, 0, 2, 0);
    closeSync(fd);
    gzip = n === 2 && magic[0] === 31 && magic[1] === 139;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    throw new InputError(at2, code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read file (${code})`);
  }
  const hash = createHash("sha256");
  let bytes = 0;
  const raw = createReadStream(abs, { highWaterMark: HIGH_WATER_MARK });
  const seeRaw = (c3) => {
    hash.update(c3);
    bytes += c3.length;
  };
  try {
    if (gzip) {
      raw.on("data", (c3) => seeRaw(c3));
      const gunzip = createGunzip({ chunkSize: 256 * 1024 });
      raw.on("error", (e) => gunzip.destroy(e));
      for await (const chunk of raw.pipe(gunzip)) onChunk(chunk);
    } else {
      for await (const chunk of raw) {
        seeRaw(chunk);
        onChunk(chunk);
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const msg = err.message;
    throw new InputError(at2, gzip ? `corrupt gzip data: ${msg}` : `read failed: ${msg}`);
  }
  return { digest: `sha256:${hash.digest("hex")}`, bytes, gzip };
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
  const ctx = { builder, now: opts.now };
  const reports = [];
  for (const f3 of files) {
    const report = await readOne(f3, opts, readers, ctx);
    if (report.reader && report.reader !== "summary" && report.events > 0) builder.countEvents(report.reader, report.events);
    reports.push(report);
  }
  const digests = reports.map((r2) => r2.digest);
  for (const d2 of digests) builder.snapshots.add(d2);
  const malformed = reports.reduce((n, r2) => n + r2.malformed, 0);
  builder.malformed += malformed;
  return {
    builder,
    digest: combineDigests(digests),
    files: reports,
    events: reports.reduce((n, r2) => n + r2.events, 0),
    malformed
  };
}
async function readOne(f3, opts, readers, ctx) {
  const report = { file: f3.file, reader: opts.source, digest: "", bytes: 0, gzip: false, events: 0, malformed: 0, samples: [] };
  let reader;
  let framing = "lines";
  const bad = (line, reason) => {
    report.malformed++;
    if (report.samples.length < MALFORMED_SAMPLES) report.samples.push({ line, reason });
  };
  const use = (name) => {
    let r2 = readers.get(name);
    if (!r2) {
      r2 = createReader(name);
      readers.set(name, r2);
    }
    r2.startFile?.();
    report.reader = name;
    return r2;
  };
  if (opts.source) reader = use(opts.source);
  const sink = {
    oversized: (line) => bad(line, "record larger than 16 MiB; skipped"),
    record: (text, line) => {
      let record;
      try {
        record = framing === "yaml" ? yaml.load(text, { schema: yaml.CORE_SCHEMA }) : JSON.parse(text);
      } catch (err) {
        bad(line, framing === "yaml" ? `invalid YAML: ${err.message.split("\n")[0]}` : "invalid JSON");
        return;
      }
      if (record === null || record === void 0) return;
      if (!reader) {
        const name = detectReader(record);
        if (!name) {
          bad(line, "unrecognised record (not audit, Kubescape, Tetragon, Falco, CloudTrail, tool-call or summary); use --source");
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
  let seen = 0;
  let lastProgress = 0;
  const decide = (final) => {
    const text = Buffer.concat(head).toString("utf8");
    const chosen = chooseFraming(text, final || headBytes >= HEAD_LIMIT);
    if (!chosen) return;
    framing = chosen.framing;
    splitter = chosen.framing === "lines" ? new LineSplitter(sink) : chosen.framing === "yaml" ? new YamlDocumentSplitter(sink) : new JsonElementSplitter(sink, /* @__PURE__ */ new Set(["Records", "items"]));
    for (const c3 of head) splitter.write(c3);
    head.length = 0;
  };
  const info = await streamFile(f3.abs, f3.file, (chunk) => {
    seen += chunk.length;
    if (opts.onProgress && seen - lastProgress > 64 * 1024 * 1024) {
      lastProgress = seen;
      opts.onProgress(f3.file, seen);
    }
    if (splitter) {
      splitter.write(chunk);
      return;
    }
    head.push(chunk);
    headBytes += chunk.length;
    decide(false);
  });
  if (!splitter && head.length > 0) decide(true);
  splitter?.end();
  Object.assign(report, { digest: info.digest, bytes: info.bytes, gzip: info.gzip });
  return report;
}
function chooseFraming(head, final) {
  let i = head.charCodeAt(0) === 65279 ? 1 : 0;
  while (i < head.length && /\s/.test(head[i])) i++;
  if (i >= head.length) return final ? { framing: "lines" } : void 0;
  const c3 = head[i];
  if (c3 === "[") return { framing: "json-doc" };
  if (c3 !== "{") return { framing: "yaml" };
  if (/^\{\s*"(Records|items)"\s*:\s*\[/.test(head.slice(i))) return { framing: "json-doc" };
  const nl = head.indexOf("\n", i);
  if (nl === -1 && !final) return void 0;
  const first = head.slice(i, nl === -1 ? void 0 : nl).trim();
  try {
    const o2 = JSON.parse(first);
    if (Array.isArray(o2?.Records) || o2?.kind === "List" && Array.isArray(o2?.items)) return { framing: "json-doc" };
    return { framing: "lines" };
  } catch {
    return { framing: nl !== -1 && /^\{\s*$/.test(first) ? "json-doc" : "lines" };
  }
}

// src/read/baseline-file.ts
import { existsSync, readFileSync } from "node:fs";

// src/generated/baseline-validator.js
var baseline_validator_default = validate102;
var schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://threatcat.dev/schema/baseline.schema.json", "title": "Baseline", "description": "The observed behaviour of one agent at the Deployment level, kept beside its catalog (<name>.baseline.json next to <name>.threats.yaml) and updated by `threatcat ingest --write`. Converged after a window of at least 14 days with nothing new in the last 7; once converged, new behaviour is a baseline-drift event.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "workload", "window", "behaviours"], "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "Baseline" }, "workload": { "type": "object", "additionalProperties": false, "required": ["namespace", "name"], "properties": { "namespace": { "type": "string", "pattern": "^[^/\\s]+$" }, "name": { "type": "string", "pattern": "^[^/\\s]+$" } } }, "window": { "type": "object", "additionalProperties": false, "required": ["from", "to"], "description": "Earliest and latest event time seen for the agent.", "properties": { "from": { "$ref": "#/definitions/Time" }, "to": { "$ref": "#/definitions/Time" } } }, "snapshots": { "type": "array", "description": "Digests of the snapshots merged in, oldest first (a snapshot is merged once).", "items": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" } }, "behaviours": { "type": "array", "items": { "$ref": "#/definitions/Behaviour" } } }, "definitions": { "Time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, "Behaviour": { "type": "object", "additionalProperties": false, "required": ["kind", "key", "first", "last", "days"], "properties": { "kind": { "enum": ["api", "tool", "exec", "endpoint"], "description": 'api: verb and resource ("get apps/deployments"); tool: server/tool; exec: binary path; endpoint: direction and endpoint.' }, "key": { "type": "string", "pattern": "[^\\s]" }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "type": "object", "propertyNames": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "additionalProperties": { "type": "integer", "minimum": 1 } } } } } };
var schema122 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" };
var pattern02 = new RegExp("^[^/\\s]+$", "u");
var pattern22 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");
var pattern42 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema142 = { "type": "object", "additionalProperties": false, "required": ["kind", "key", "first", "last", "days"], "properties": { "kind": { "enum": ["api", "tool", "exec", "endpoint"], "description": 'api: verb and resource ("get apps/deployments"); tool: server/tool; exec: binary path; endpoint: direction and endpoint.' }, "key": { "type": "string", "pattern": "[^\\s]" }, "first": { "$ref": "#/definitions/Time" }, "last": { "$ref": "#/definitions/Time" }, "days": { "type": "object", "propertyNames": { "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "additionalProperties": { "type": "integer", "minimum": 1 } } } };
var pattern5 = new RegExp("[^\\s]", "u");
var pattern8 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.first === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "first" }, message: "must have required property 'first'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.days === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema142.required, parentSchema: schema142, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "key" || key0 === "first" || key0 === "last" || key0 === "days")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema142, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "api" || data0 === "tool" || data0 === "exec" || data0 === "endpoint")) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema142.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema142.properties.kind.enum, parentSchema: schema142.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data1 = data.key;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err7 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/pattern", keyword: "pattern", params: { pattern: "[^\\s]" }, message: 'must match pattern "[^\\s]"', schema: "[^\\s]", parentSchema: schema142.properties.key, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.properties.key.type, parentSchema: schema142.properties.key, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.first !== void 0) {
      let data2 = data.first;
      if (typeof data2 === "string") {
        if (!pattern22.test(data2)) {
          const err9 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", parentSchema: schema122, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/first", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.type, parentSchema: schema122, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.last !== void 0) {
      let data3 = data.last;
      if (typeof data3 === "string") {
        if (!pattern22.test(data3)) {
          const err11 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", parentSchema: schema122, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/last", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.type, parentSchema: schema122, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.days !== void 0) {
      let data4 = data.days;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const _errs13 = errors;
          if (typeof key1 === "string") {
            if (!pattern8.test(key1)) {
              const err13 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema142.properties.days.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid3 = _errs13 === errors;
          if (!valid3) {
            const err14 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema142.properties.days.propertyNames, parentSchema: schema142.properties.days, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err15 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/days/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema142.properties.days.additionalProperties.type, parentSchema: schema142.properties.days.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 1 || isNaN(data5)) {
              const err16 = { instancePath: instancePath + "/days/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/days/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema142.properties.days.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.properties.days.type, parentSchema: schema142.properties.days, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.type, parentSchema: schema142, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.behaviours === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "behaviours" }, message: "must have required property 'behaviours'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "workload" || key0 === "window" || key0 === "snapshots" || key0 === "behaviours")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("threatcat.dev/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "threatcat.dev/v1alpha1" }, message: "must be equal to constant", schema: "threatcat.dev/v1alpha1", parentSchema: schema112.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Baseline" !== data1) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Baseline" }, message: "must be equal to constant", schema: "Baseline", parentSchema: schema112.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data2 = data.workload;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.namespace === void 0) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema112.properties.workload.required, parentSchema: schema112.properties.workload, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema112.properties.workload.required, parentSchema: schema112.properties.workload, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "namespace" || key1 === "name")) {
            const err10 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.workload, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data3 = data2.namespace;
          if (typeof data3 === "string") {
            if (!pattern02.test(data3)) {
              const err11 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/properties/workload/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+$"', schema: "^[^/\\s]+$", parentSchema: schema112.properties.workload.properties.namespace, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/properties/workload/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.workload.properties.namespace.type, parentSchema: schema112.properties.workload.properties.namespace, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data4 = data2.name;
          if (typeof data4 === "string") {
            if (!pattern02.test(data4)) {
              const err13 = { instancePath: instancePath + "/workload/name", schemaPath: "#/properties/workload/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+$"', schema: "^[^/\\s]+$", parentSchema: schema112.properties.workload.properties.name, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/workload/name", schemaPath: "#/properties/workload/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.workload.properties.name.type, parentSchema: schema112.properties.workload.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.workload.type, parentSchema: schema112.properties.workload, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data5 = data.window;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.from === void 0) {
          const err16 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema112.properties.window.required, parentSchema: schema112.properties.window, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.to === void 0) {
          const err17 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema112.properties.window.required, parentSchema: schema112.properties.window, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "from" || key2 === "to")) {
            const err18 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.window, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.from !== void 0) {
          let data6 = data5.from;
          if (typeof data6 === "string") {
            if (!pattern22.test(data6)) {
              const err19 = { instancePath: instancePath + "/window/from", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", parentSchema: schema122, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/window/from", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.type, parentSchema: schema122, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.to !== void 0) {
          let data7 = data5.to;
          if (typeof data7 === "string") {
            if (!pattern22.test(data7)) {
              const err21 = { instancePath: instancePath + "/window/to", schemaPath: "#/definitions/Time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", parentSchema: schema122, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/window/to", schemaPath: "#/definitions/Time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.type, parentSchema: schema122, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.window.type, parentSchema: schema112.properties.window, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.snapshots !== void 0) {
      let data8 = data.snapshots;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === "string") {
            if (!pattern42.test(data9)) {
              const err24 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/properties/snapshots/items/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema112.properties.snapshots.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/snapshots/" + i0, schemaPath: "#/properties/snapshots/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.snapshots.items.type, parentSchema: schema112.properties.snapshots.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/snapshots", schemaPath: "#/properties/snapshots/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.snapshots.type, parentSchema: schema112.properties.snapshots, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.behaviours !== void 0) {
      let data10 = data.behaviours;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate112(data10[i1], { instancePath: instancePath + "/behaviours/" + i1, parentData: data10, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/behaviours", schemaPath: "#/properties/behaviours/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.behaviours.type, parentSchema: schema112.properties.behaviours, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/read/baseline-file.ts
function readBaselineFile(abs, display) {
  if (!existsSync(abs)) return void 0;
  let data;
  try {
    data = JSON.parse(readFileSync(abs, "utf8"));
  } catch (err) {
    throw new InputError({ file: display, line: 1, column: 1 }, `invalid baseline JSON: ${err.message}`);
  }
  if (!baseline_validator_default(data)) {
    const e = baseline_validator_default.errors?.[0];
    throw new InputError({ file: display, line: 1, column: 1 }, `invalid baseline: ${e?.instancePath || "/"} ${e?.message ?? "does not match schema/baseline.schema.json"}`);
  }
  return data;
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
  for (const r2 of rows) {
    if (r2.type === "api" && r2.workload && workloads.has(r2.workload) && !identities.has(r2.identity) && r2.identity.startsWith("system:serviceaccount:")) {
      identities.set(r2.identity, workloads.get(r2.workload));
    }
  }
  const sessions = /* @__PURE__ */ new Map();
  for (const r2 of rows) if (r2.type === "session") sessions.set(r2.principal, r2.identity);
  const out = [];
  for (const row of rows) {
    const via = viaOf(row, identities, workloads, sessions);
    if (via) out.push({ row, via });
  }
  const coverage = /* @__PURE__ */ new Map();
  for (const { row } of out) {
    if (!PRIMARY2.has(row.type)) continue;
    const c3 = coverage.get(row.source);
    if (!c3) coverage.set(row.source, { events: row.count, first: row.first, last: row.last });
    else {
      c3.events += row.count;
      if (row.first < c3.first) c3.first = row.first;
      if (row.last > c3.last) c3.last = row.last;
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
  return a.rows.map((x3) => x3.row).filter((r2) => r2.type === "api" && r2.identity === identity);
}
function workloadOfServiceUrl(url) {
  if (!url) return void 0;
  const m2 = /^[a-z]+:\/\/([a-z0-9-]+)\.([a-z0-9-]+)(?:\.svc(?:\.[a-z0-9.-]+)?)?(?::\d+)?(?:\/|$)/i.exec(url);
  return m2 ? `${m2[2]}/${m2[1]}` : void 0;
}

// src/analyse/evidence/baseline.ts
var CONVERGENCE_WINDOW_DAYS = 14;
var CONVERGENCE_QUIET_DAYS = 7;
var DAY_MS = 864e5;
function baselineConvergence(b3) {
  if (!b3 || b3.behaviours.length === 0) return { state: "empty", windowDays: 0, quietDays: 0, reason: "no behaviour observed yet" };
  const to2 = Date.parse(b3.window.to);
  const windowDays = Math.floor((to2 - Date.parse(b3.window.from)) / DAY_MS);
  const lastNewAt = b3.behaviours.reduce((m2, x3) => x3.first > m2 ? x3.first : m2, "");
  const quietDays = Math.floor((to2 - Date.parse(lastNewAt)) / DAY_MS);
  if (windowDays < CONVERGENCE_WINDOW_DAYS) {
    return { state: "learning", windowDays, quietDays, lastNewAt, reason: `observed ${windowDays} of ${CONVERGENCE_WINDOW_DAYS} days` };
  }
  if (quietDays < CONVERGENCE_QUIET_DAYS) {
    return { state: "learning", windowDays, quietDays, lastNewAt, reason: `new behaviour ${quietDays} days before the end of the window (needs ${CONVERGENCE_QUIET_DAYS} quiet days)` };
  }
  return { state: "converged", windowDays, quietDays, lastNewAt, reason: `${windowDays}-day window, nothing new in the last ${quietDays} days` };
}
function behaviourOf(row) {
  switch (row.type) {
    case "api":
      return { kind: "api", key: `${row.verb} ${row.path || (row.apiGroup ? `${row.apiGroup}/${row.resource}` : row.resource)}` };
    case "tool":
      return { kind: "tool", key: row.server ? `${row.server}/${row.tool}` : row.tool };
    case "exec":
      return { kind: "exec", key: row.binary };
    case "endpoint":
      return { kind: "endpoint", key: `${row.direction} ${row.endpoint}` };
    default:
      return void 0;
  }
}
function updateBaseline(current, workload, rows, digest) {
  const before = baselineConvergence(current);
  if (current?.snapshots?.includes(digest)) return { baseline: current, before, after: before, drift: [], changed: false };
  const byKey = /* @__PURE__ */ new Map();
  for (const b3 of current?.behaviours ?? []) byKey.set(`${b3.kind}\0${b3.key}`, { ...b3, days: { ...b3.days } });
  const drift = /* @__PURE__ */ new Map();
  let from = current?.window.from ?? "";
  let to2 = current?.window.to ?? "";
  for (const { row } of rows) {
    if (!from || row.first < from) from = row.first;
    if (!to2 || row.last > to2) to2 = row.last;
    const beh = behaviourOf(row);
    if (!beh) continue;
    const k2 = `${beh.kind}\0${beh.key}`;
    const have = byKey.get(k2);
    if (!have) {
      byKey.set(k2, { kind: beh.kind, key: beh.key, first: row.first, last: row.last, days: { ...row.days } });
      if (before.state === "converged") {
        const d3 = drift.get(k2);
        if (d3) {
          d3.count += row.count;
          if (row.first < d3.first) d3.first = row.first;
        } else drift.set(k2, { kind: beh.kind, key: beh.key, first: row.first, source: row.source, count: row.count });
      }
      continue;
    }
    if (row.first < have.first) have.first = row.first;
    if (row.last > have.last) have.last = row.last;
    for (const [d3, n] of Object.entries(row.days)) have.days[d3] = (have.days[d3] ?? 0) + n;
    const d2 = drift.get(k2);
    if (d2) d2.count += row.count;
  }
  if (!from) return { baseline: current ?? emptyBaseline(workload), before, after: before, drift: [], changed: false };
  const behaviours = [...byKey.values()].map((b3) => ({ ...b3, days: Object.fromEntries(Object.entries(b3.days).sort(([a], [c3]) => a.localeCompare(c3))) })).sort((a, b3) => a.kind.localeCompare(b3.kind) || a.key.localeCompare(b3.key));
  const baseline = {
    apiVersion: "threatcat.dev/v1alpha1",
    kind: "Baseline",
    workload: { ...workload },
    window: { from, to: to2 },
    snapshots: [...current?.snapshots ?? [], digest],
    behaviours
  };
  return {
    baseline,
    before,
    after: baselineConvergence(baseline),
    drift: [...drift.values()].sort((a, b3) => a.kind.localeCompare(b3.kind) || a.key.localeCompare(b3.key)),
    changed: true
  };
}
function emptyBaseline(workload) {
  return { apiVersion: "threatcat.dev/v1alpha1", kind: "Baseline", workload: { ...workload }, window: { from: "", to: "" }, snapshots: [], behaviours: [] };
}
function baselinePathFor(catalogPath) {
  return catalogPath.replace(/(\.threats)?\.ya?ml$/, "") + ".baseline.json";
}

// src/analyse/rbac-match.ts
function policyRuleAllows(rule, req) {
  if (req.nonResourceURL !== void 0) {
    return verbMatches(rule.verbs, req.verb) && nonResourceURLMatches(rule.nonResourceURLs, req.nonResourceURL);
  }
  const combined = req.subresource ? `${req.resource ?? ""}/${req.subresource}` : req.resource ?? "";
  return verbMatches(rule.verbs, req.verb) && apiGroupMatches(rule.apiGroups, req.apiGroup ?? "") && resourceMatches(rule.resources, combined, req.subresource ?? "") && resourceNameMatches(rule.resourceNames, req.name ?? "");
}
function ruleAllows(p2, req) {
  if (!scopeAllows(p2, req)) return false;
  if (p2.nonResourceURL !== void 0) {
    return req.nonResourceURL !== void 0 && policyRuleAllows({ verbs: [p2.verb], nonResourceURLs: [p2.nonResourceURL] }, req);
  }
  if (req.nonResourceURL !== void 0) return false;
  return policyRuleAllows({ verbs: [p2.verb], apiGroups: [p2.apiGroup], resources: [p2.resource], resourceNames: p2.resourceNames }, req);
}
function scopeAllows(p2, req) {
  if (p2.namespace === "*") return true;
  if (req.nonResourceURL !== void 0) return false;
  return req.namespace !== void 0 && req.namespace !== "" && req.namespace === p2.namespace;
}
function verbMatches(verbs, verb) {
  return (verbs ?? []).some((v2) => v2 === "*" || v2 === verb);
}
function apiGroupMatches(groups, group) {
  return (groups ?? []).some((g2) => g2 === "*" || g2 === group);
}
function resourceMatches(resources, combined, subresource) {
  for (const r2 of resources ?? []) {
    if (r2 === "*" || r2 === combined) return true;
    if (subresource === "") continue;
    if (r2.length === subresource.length + 2 && r2.startsWith("*/") && r2.endsWith(subresource)) return true;
  }
  return false;
}
function resourceNameMatches(names, name) {
  if (!names || names.length === 0) return true;
  return names.includes(name);
}
function nonResourceURLMatches(urls, url) {
  for (const u2 of urls ?? []) {
    if (u2 === "*" || u2 === url) return true;
    if (u2.endsWith("*") && url.startsWith(u2.slice(0, -1))) return true;
  }
  return false;
}

// src/analyse/evidence/blast.ts
var READ = ["get", "list", "watch"];
var WRITE = ["create", "update", "patch"];
var DELETE = ["delete", "deletecollection"];
var WORKLOADS = ["pods", "deployments", "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs"];
var WORKLOAD_GROUPS = ["", "apps", "batch"];
var RBAC_GROUP = ["rbac.authorization.k8s.io"];
var RBAC_OBJECTS = ["roles", "rolebindings", "clusterroles", "clusterrolebindings"];
var BLAST_TABLE = [
  { apiGroups: RBAC_GROUP, resources: ["roles", "clusterroles"], verbs: ["escalate", "bind"], score: 10, why: "privilege escalation: grants permissions it does not hold" },
  { apiGroups: ["", "authentication.k8s.io"], resources: ["users", "groups", "serviceaccounts", "uids", "userextras/*"], verbs: ["impersonate"], score: 10, why: "acts as another identity" },
  { apiGroups: RBAC_GROUP, resources: RBAC_OBJECTS, verbs: WRITE, score: 9, why: "writes RBAC: can grant itself anything its role allows to bind" },
  { apiGroups: [""], resources: ["secrets"], verbs: READ, score: 9, why: "reads secrets: credentials, tokens, keys" },
  { apiGroups: [""], resources: ["pods/exec", "pods/attach", "nodes/proxy"], verbs: ["create", "get"], score: 9, why: "runs commands in other containers or on nodes" },
  { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"], score: 9, why: "mints tokens for other ServiceAccounts" },
  { apiGroups: ["admissionregistration.k8s.io"], resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations", "validatingadmissionpolicies", "validatingadmissionpolicybindings"], verbs: [...WRITE, ...DELETE], score: 8, why: "changes admission control: bypasses cluster policy" },
  { apiGroups: [""], resources: ["secrets"], verbs: [...WRITE, ...DELETE], score: 8, why: "writes secrets: plants or destroys credentials" },
  { apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests/approval"], verbs: ["update", "patch"], score: 8, why: "approves client certificates" },
  { apiGroups: WORKLOAD_GROUPS, resources: WORKLOADS, verbs: WRITE, score: 7, why: "runs arbitrary workloads (and mounts any ServiceAccount in the namespace)" },
  { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: [...WRITE, ...DELETE], score: 6, why: "opens network paths" },
  { apiGroups: RBAC_GROUP, resources: RBAC_OBJECTS, verbs: DELETE, score: 6, why: "removes RBAC: breaks other workloads" },
  { apiGroups: WORKLOAD_GROUPS, resources: WORKLOADS, verbs: DELETE, score: 6, why: "deletes workloads: outage" },
  { apiGroups: ["", "apps"], resources: ["deployments/scale", "statefulsets/scale", "replicasets/scale", "nodes", "namespaces"], verbs: [...WRITE, ...DELETE], score: 6, why: "changes capacity or cluster structure" },
  { apiGroups: [""], resources: ["configmaps"], verbs: [...WRITE, ...DELETE], score: 5, why: "changes configuration other workloads read" },
  { apiGroups: ["*"], resources: ["*"], verbs: [...WRITE, ...DELETE], score: 4, why: "writes other objects" },
  { apiGroups: [""], resources: ["pods/log", "configmaps"], verbs: READ, score: 4, why: "reads logs and configuration (may hold secrets)" },
  { apiGroups: ["*"], resources: ["*"], verbs: ["use", "approve", "sign"], score: 4, why: "special verb" },
  { apiGroups: ["*"], resources: ["*"], verbs: READ, score: 2, why: "reads other objects (reconnaissance)" },
  { apiGroups: ["*"], resources: ["*"], verbs: ["*"], score: 1, why: "anything else" }
];
function blastOf(p2) {
  if (p2.nonResourceURL !== void 0) return { score: 1, why: "non-resource URL" };
  let best;
  for (const row of BLAST_TABLE) {
    if (covers(row.apiGroups, p2.apiGroup) && covers(row.resources, p2.resource) && covers(row.verbs, p2.verb)) {
      if (!best || row.score > best.score) best = row;
    }
  }
  return best ? { score: best.score, why: best.why } : { score: 1, why: "anything else" };
}
function covers(rowValues, value) {
  if (value === "*") return true;
  return rowValues.some((v2) => v2 === "*" || v2 === value || value.startsWith("*/") && v2.endsWith(value.slice(1)));
}

// src/analyse/evidence/reachable.ts
var UNOBSERVABLE_VERBS = /* @__PURE__ */ new Set(["bind", "escalate", "impersonate", "use", "approve", "sign"]);
function reachableCapability(declared, apiRows) {
  const result = { used: [], dormant: [], unobservable: [], wildcards: [], denied: [] };
  const allowed = apiRows.filter((r2) => r2.decision === "allow");
  const seen = /* @__PURE__ */ new Set();
  for (const p2 of declared) {
    const entry = toEntry(p2);
    const key = `${entry.identity}\0${entry.apiGroup}\0${entry.resource}\0${entry.verb}\0${entry.namespace}\0${(entry.resourceNames ?? []).join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let count = 0;
    for (const r2 of allowed) if (r2.identity === p2.identity && rowMatches(p2, r2)) count += r2.count;
    if (p2.wildcard) result.wildcards.push({ ...entry, used: count > 0 });
    if (count > 0) result.used.push({ ...entry, count });
    else if (UNOBSERVABLE_VERBS.has(p2.verb)) result.unobservable.push(entry);
    else result.dormant.push(entry);
  }
  const identities = new Set(declared.map((p2) => p2.identity));
  for (const r2 of apiRows) {
    if (r2.decision !== "forbid" || identities.size > 0 && !identities.has(r2.identity)) continue;
    result.denied.push({
      identity: r2.identity,
      apiGroup: r2.apiGroup,
      resource: r2.resource || r2.path,
      verb: r2.verb,
      namespace: r2.namespace,
      names: r2.names,
      count: r2.count,
      last: r2.last
    });
  }
  const order = (a, b3) => b3.blast - a.blast || keyOf(a).localeCompare(keyOf(b3));
  result.dormant.sort(order);
  result.unobservable.sort(order);
  result.wildcards.sort(order);
  result.used.sort(order);
  result.denied.sort((a, b3) => `${a.identity} ${a.resource} ${a.verb}`.localeCompare(`${b3.identity} ${b3.resource} ${b3.verb}`));
  return result;
}
function deniedOf(identities, apiRows) {
  return reachableCapability([], apiRows.filter((r2) => identities.has(r2.identity))).denied;
}
function keyOf(e) {
  return `${e.identity} ${e.namespace} ${e.apiGroup} ${e.resource} ${e.verb}`;
}
function toEntry(p2) {
  const resource = p2.nonResourceURL ?? p2.resource;
  const e = {
    identity: p2.identity,
    apiGroup: p2.apiGroup,
    resource,
    verb: p2.verb,
    namespace: p2.namespace,
    blast: blastOf(p2).score,
    wildcard: p2.wildcard
  };
  if (p2.resourceNames && p2.resourceNames.length > 0) e.resourceNames = [...p2.resourceNames];
  return e;
}
function rowMatches(p2, r2) {
  if (r2.path) return ruleAllows(p2, { verb: r2.verb, nonResourceURL: r2.path });
  const slash = r2.resource.indexOf("/");
  const req = {
    verb: r2.verb,
    apiGroup: r2.apiGroup,
    resource: slash === -1 ? r2.resource : r2.resource.slice(0, slash),
    subresource: slash === -1 ? void 0 : r2.resource.slice(slash + 1),
    namespace: r2.namespace || void 0
  };
  if (!p2.resourceNames || p2.resourceNames.length === 0) return ruleAllows(p2, req);
  return r2.names.some((name) => ruleAllows(p2, { ...req, name }));
}

// src/analyse/evidence/signals.ts
var READABLE_SOURCES = /* @__PURE__ */ new Set(["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events"]);
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
var DAY_MS2 = 864e5;
function evaluateThreat(threat, ctx) {
  const signals = threat.evidence.map((e, index) => evaluateSignal(e, index, ctx));
  const fired = signals.filter((s) => s.outcome === "fired");
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS2).toISOString();
  const fresh = (v2) => v2 !== void 0 && v2.at >= cutoff;
  if (fired.length > 0) {
    const first = fired[0];
    const latest = fired.reduce((m2, s) => s.record.at > m2 ? s.record.at : m2, first.record.at);
    const e = threat.evidence[first.index];
    return { threat: threat.id, signals, status: "open", reopened: { event: "signal-fired", at: latest, subject: `${e.source}: ${e.signal.description}` }, lapsed: false };
  }
  const allValidated = threat.evidence.length > 0 && threat.evidence.every((e, i) => {
    const s = signals[i];
    if (s.outcome === "validated") return true;
    return fresh(e.validated) && !(e.fired && e.fired.at >= e.validated.at);
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
  const cutoff = new Date(Date.parse(ctx.now) - ctx.maxEvidenceAgeDays * DAY_MS2).toISOString();
  const match = e.signal.match;
  if (match?.newBehaviour === true) {
    const kinds = DRIFT_KINDS[source] ?? [];
    const drift = ctx.drift.filter((d2) => kinds.includes(d2.kind) && d2.source === source);
    if (drift.length > 0) {
      const at2 = drift.reduce((m2, d2) => d2.first > m2 ? d2.first : m2, drift[0].first);
      return { index, outcome: "fired", record: { at: at2, snapshot: ctx.snapshot, events: drift.reduce((n, d2) => n + d2.count, 0) } };
    }
    if (ctx.convergence.state !== "converged") {
      return { index, outcome: "gap", reason: `the baseline is not converged yet (${(ctx.convergenceAfter ?? ctx.convergence).reason}): new behaviour cannot be told` };
    }
  }
  const fields = Object.keys(match ?? {}).filter((k2) => k2 !== "newBehaviour");
  if (fields.length > 0) {
    let types;
    for (const f3 of fields) types = (types ?? FIELD_TYPES[f3] ?? []).filter((t2) => (FIELD_TYPES[f3] ?? []).includes(t2));
    let events = 0;
    let at2 = "";
    for (const { row } of ctx.attribution.rows) {
      if (row.source !== source || !types.includes(row.type)) continue;
      if (fields.every((f3) => fieldMatches(row, f3, match[f3]))) {
        events += row.count;
        if (row.last > at2) at2 = row.last;
      }
    }
    if (events > 0) return { index, outcome: "fired", record: { at: at2, snapshot: ctx.snapshot, events } };
  }
  if (cov.last < cutoff) {
    return { index, outcome: "gap", reason: `the newest ${source} event for this agent is from ${cov.last.slice(0, 10)}, older than ${ctx.maxEvidenceAgeDays} days` };
  }
  return { index, outcome: "validated", record: { at: cov.last, snapshot: ctx.snapshot, events: cov.events } };
}
function fieldMatches(row, field, pattern) {
  const patterns = (Array.isArray(pattern) ? pattern : [pattern]).map(String);
  const r2 = row;
  if (field === "name") return row.type === "api" && row.names.some((n) => patterns.some((p2) => glob(p2, n)));
  if (field === "path" && row.type === "api") return row.path !== "" && patterns.some((p2) => glob(p2, row.path));
  const value = r2[field];
  return typeof value === "string" && patterns.some((p2) => glob(p2, value));
}
var GLOB_CACHE = /* @__PURE__ */ new Map();
function glob(pattern, value) {
  if (!pattern.includes("*")) return pattern === value;
  let re2 = GLOB_CACHE.get(pattern);
  if (!re2) {
    re2 = new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "s");
    GLOB_CACHE.set(pattern, re2);
  }
  return re2.test(value);
}

// src/analyse/evidence/ingest-plan.ts
function reopensOnDrift(t2) {
  return t2.reopenOn ? t2.reopenOn.includes("baseline-drift") : t2.class === "coercion";
}
function planIngest(input) {
  const sourcesInSnapshot = new Set(input.summary.rows.map((r2) => r2.source));
  return input.catalogs.map((c3) => planCatalog(c3, input, sourcesInSnapshot));
}
function planCatalog(c3, input, sourcesInSnapshot) {
  const file = c3.catalog.file;
  const data = c3.catalog.data;
  const attribution = attribute(c3.scope, input.summary.rows);
  const [ns2, name] = c3.scope.workload.split("/");
  const update = updateBaseline(c3.baseline, { namespace: ns2, name }, attribution.rows, input.digest);
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
  plan.drift = update.drift.map((d2) => ({ catalog: file, workload: c3.scope.workload, kind: d2.kind, behaviour: d2.key, first: d2.first, events: d2.count }));
  data.threats.forEach((t2, i) => {
    const r2 = evaluateThreat(t2, {
      attribution,
      snapshot: input.digest,
      now: input.now,
      maxEvidenceAgeDays: input.maxEvidenceAgeDays,
      sourcesInSnapshot,
      convergence: update.before,
      convergenceAfter: update.after,
      drift: update.drift,
      workload: c3.scope.workload,
      identity: c3.scope.identity
    });
    let status = r2.status;
    let reopened = r2.reopened;
    if (!reopened && update.drift.length > 0 && reopensOnDrift(t2)) {
      const d2 = update.drift[0];
      status = "open";
      reopened = { event: "baseline-drift", at: update.drift.reduce((m2, x3) => x3.first > m2 ? x3.first : m2, d2.first), subject: `${update.drift.length} new behaviour(s), first: ${d2.kind} ${d2.key}` };
    }
    for (const s of r2.signals) {
      const e = t2.evidence[s.index];
      const path = ["threats", i, "evidence", s.index];
      if (s.outcome === "gap") plan.gaps.push({ catalog: file, threat: t2.id, source: e.source, reason: s.reason });
      else if (s.outcome === "validated") {
        if (!sameValidation(e.validated, s.record)) plan.edits.push({ op: "set", path: [...path, "validated"], value: s.record, after: "signal" });
      } else {
        plan.fired.push({ catalog: file, threat: t2.id, source: e.source, signal: e.signal.description, events: s.record.events, at: s.record.at });
        if (!sameValidation(e.fired, s.record)) plan.edits.push({ op: "set", path: [...path, "fired"], value: s.record, after: e.validated ? "validated" : "signal" });
      }
    }
    if (status !== t2.status) plan.edits.push({ op: "set", path: ["threats", i, "status"], value: status });
    if (reopened) {
      plan.reopened.push({ catalog: file, threat: t2.id, event: reopened.event, subject: reopened.subject });
      const have = t2.reopened;
      if (!have || have.event !== reopened.event || have.at !== reopened.at || have.subject !== reopened.subject || have.ref !== void 0) {
        plan.edits.push({ op: "set", path: ["threats", i, "reopened"], value: reopened, after: "status" });
      }
    }
    if (status === "closed" && r2.signals.some((s) => s.outcome === "validated")) plan.closed.push(t2.id);
    if (r2.lapsed) plan.lapsed.push(t2.id);
  });
  planPermissions(c3, attribution, plan, auditWindow(input.summary));
  return plan;
}
function auditWindow(summary) {
  let from = "";
  let to2 = "";
  for (const r2 of summary.rows) {
    if (r2.source !== "kube-audit") continue;
    if (!from || r2.first < from) from = r2.first;
    if (!to2 || r2.last > to2) to2 = r2.last;
  }
  return from ? { from, to: to2 } : void 0;
}
function planPermissions(c3, attribution, plan, snapshotWindow) {
  const identities = new Set(attribution.identities.keys());
  const apiRows = [...identities].flatMap((id) => apiRowsOf(attribution, id));
  if (!snapshotWindow) {
    plan.permissionsSkipped = "the snapshot has no kube-audit events: nothing can be called dormant";
    return;
  }
  const declared = c3.declared.filter((p2) => identities.has(p2.identity));
  const reach = reachableCapability(declared, apiRows);
  plan.denied = [...reach.denied, ...deniedOf(new Set([...identities].filter((id) => !declared.some((p2) => p2.identity === id))), apiRows)];
  plan.dormant = reach.dormant.map(toDormant);
  plan.unobservable = reach.unobservable.map(toDormant);
  plan.wildcards = reach.wildcards.map((w2) => ({ ...toDormant(w2), used: w2.used }));
  const existing = c3.catalog.data.permissions ?? [];
  const byIdentity = /* @__PURE__ */ new Map();
  for (const e of [...reach.dormant, ...reach.unobservable]) {
    const list2 = byIdentity.get(e.identity) ?? [];
    list2.push(e);
    byIdentity.set(e.identity, list2);
  }
  for (const id of new Set(declared.map((p2) => p2.identity))) if (!byIdentity.has(id)) byIdentity.set(id, []);
  const window2 = snapshotWindow;
  for (const [identity, entries] of [...byIdentity.entries()].sort(([a], [b3]) => a.localeCompare(b3))) {
    const unobservable = new Set(reach.unobservable.filter((u2) => u2.identity === identity).map(keyOf2));
    const target = entries.map((e) => catalogEntry(e, unobservable.has(keyOf2(e))));
    const i = existing.findIndex((p2) => p2.identity === identity);
    if (i === -1) {
      if (target.length === 0) continue;
      const entry = { identity, ...componentOf(c3, identity), observedWindow: window2, dormant: target };
      plan.edits.push({ op: "append", path: ["permissions"], value: entry });
      for (const t2 of target) plan.newDormant.push(fromCatalog(identity, t2));
      continue;
    }
    const have = existing[i].dormant;
    const haveKeys = new Map(have.map((d2, j3) => [keyOf2(d2), j3]));
    const targetKeys = new Set(target.map(keyOf2));
    const dropped = have.some((d2) => !targetKeys.has(keyOf2(d2)));
    const added = target.filter((t2) => !haveKeys.has(keyOf2(t2)));
    for (const t2 of added) plan.newDormant.push(fromCatalog(identity, t2));
    const base = ["permissions", i];
    if (!sameWindow(existing[i].observedWindow, window2)) plan.edits.push({ op: "set", path: [...base, "observedWindow"], value: window2, after: "identity" });
    if (dropped) {
      const kept = target.map((t2) => {
        const j3 = haveKeys.get(keyOf2(t2));
        return j3 === void 0 ? t2 : { ...have[j3], blast: t2.blast };
      });
      plan.edits.push({ op: "set", path: [...base, "dormant"], value: kept });
      continue;
    }
    for (const t2 of target) {
      const j3 = haveKeys.get(keyOf2(t2));
      if (j3 !== void 0 && have[j3].blast !== t2.blast) plan.edits.push({ op: "set", path: [...base, "dormant", j3, "blast"], value: t2.blast });
    }
    for (const t2 of added) plan.edits.push({ op: "append", path: [...base, "dormant"], value: t2 });
  }
}
function componentOf(c3, identity) {
  const m2 = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(identity);
  if (!m2) return {};
  const comp = c3.catalog.data.components.find((x3) => x3.category === "identity" && x3.trustSource.kind === "ServiceAccount" && x3.trustSource.name === m2[2] && (x3.trustSource.namespace ?? m2[1]) === m2[1]);
  return comp ? { component: comp.id } : {};
}
function keyOf2(d2) {
  return `${d2.apiGroup}\0${d2.resource}\0${d2.verb}\0${d2.namespace}`;
}
function catalogEntry(e, unobservable) {
  const d2 = { apiGroup: e.apiGroup, resource: e.resource, verb: e.verb, namespace: e.namespace };
  if (e.resourceNames) d2.resourceNames = e.resourceNames;
  if (e.wildcard) d2.wildcard = true;
  if (unobservable) d2.unobservable = true;
  d2.blast = e.blast;
  return d2;
}
function fromCatalog(identity, d2) {
  return { identity, apiGroup: d2.apiGroup, resource: d2.resource, verb: d2.verb, namespace: d2.namespace, blast: d2.blast, wildcard: d2.wildcard ?? false };
}
function toDormant(e) {
  return { identity: e.identity, apiGroup: e.apiGroup, resource: e.resource, verb: e.verb, namespace: e.namespace, blast: e.blast, wildcard: e.wildcard };
}
function sameValidation(a, b3) {
  return a !== void 0 && a.at === b3.at && a.snapshot === b3.snapshot && a.events === b3.events;
}
function sameWindow(a, b3) {
  return a !== void 0 && a.from === b3.from && a.to === b3.to;
}

// src/deliver/ingest-write.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/deliver/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
import { closeSync as closeSync2, fsyncSync, openSync as openSync2, renameSync, statSync as statSync2, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
var YamlEditError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "YamlEditError";
  }
};
function applyYamlEdits(text, edits) {
  let out = text;
  for (const e of edits) out = e.op === "set" ? setYamlValue(out, e.path, e.value, { after: e.after }) : appendYamlItem(out, e.path, e.value);
  return out;
}
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
function appendYamlItem(text, path, value) {
  const ctx = parse(text);
  const target = nodeAt(ctx.doc.contents, path);
  if (target === void 0 || target === null || (0, import_yaml.isScalar)(target) && target.value === null) {
    return setYamlValue(text, path, [value]);
  }
  if (!(0, import_yaml.isSeq)(target)) throw new YamlEditError(`${describe(path)} is not a sequence`);
  const seq = target;
  if (seq.flow) {
    const close = seq.range[1] - 1;
    if (text[close] !== "]") throw new YamlEditError(`${describe(path)}: cannot find the end of the flow sequence`);
    const inner = text.slice(seq.range[0] + 1, close);
    const rendered = renderFlow(value);
    return splice(ctx, close, close, inner.trim() === "" ? rendered : `, ${rendered}`);
  }
  const col = columnOf(text, seq.range[0]);
  const at2 = afterLineOf(text, contentEnd(text, seq));
  const body = indentLines((0, import_yaml.stringify)([value], ctx.opts).replace(/\n$/, ""), col);
  return insertLines(ctx, at2, `${" ".repeat(col)}${body}`);
}
function writeFileAtomic(path, text) {
  let mode = 420;
  try {
    mode = statSync2(path).mode & 4095;
  } catch {
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync2(tmp, "wx", mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync2(fd);
    fd = void 0;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== void 0) closeSync2(fd);
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
  if (old && sameData(old.toJSON(), value)) return text;
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
  if (sameData(item.toJSON(), value)) return text;
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
function splice(ctx, from, to2, insert) {
  const s = ctx.eol === "\n" ? insert : insert.replace(/\r?\n/g, ctx.eol);
  return ctx.text.slice(0, from) + s + ctx.text.slice(to2);
}
function contentEnd(text, node) {
  if ((0, import_yaml.isPair)(node)) {
    const v2 = node.value;
    if (v2 && v2.range && !((0, import_yaml.isScalar)(v2) && v2.value === null && v2.range[0] === v2.range[1])) return contentEnd(text, v2);
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
  return map.items.find((p2) => (0, import_yaml.isPair)(p2) && (0, import_yaml.isScalar)(p2.key) && String(p2.key.value) === String(seg));
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
  const visit = (node, depth) => {
    if (depth > 50 || step !== void 0 && seqIndent !== void 0) return;
    if ((0, import_yaml.isMap)(node)) {
      for (const p2 of node.items) {
        const v2 = p2.value;
        const k2 = p2.key;
        if (k2?.range && v2 && (0, import_yaml.isCollection)(v2) && !v2.flow && v2.items.length > 0 && v2.range) {
          const keyLineStart = text.lastIndexOf("\n", k2.range[0] - 1) + 1;
          const valueLineStart = text.lastIndexOf("\n", v2.range[0] - 1) + 1;
          if (valueLineStart !== keyLineStart) {
            const d2 = columnOf(text, v2.range[0]) - columnOf(text, k2.range[0]);
            if ((0, import_yaml.isMap)(v2) && step === void 0 && d2 > 0) step = d2;
            if ((0, import_yaml.isSeq)(v2) && seqIndent === void 0 && d2 >= 0) seqIndent = d2;
          }
        }
        visit(v2, depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(root, 0);
  return { step: step ?? (seqIndent || 2), seqIndent: seqIndent ?? step ?? 2 };
}
function nest(keys, value) {
  return keys.reduceRight((v2, k2) => ({ [k2]: v2 }), value);
}
function describe(path) {
  return path.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}
function isPlainObject(v2) {
  return v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
}
function isNonEmptyCollection(v2) {
  return Array.isArray(v2) ? v2.length > 0 : isPlainObject(v2) && Object.keys(v2).length > 0;
}
function isBlockCollection(v2) {
  return isNonEmptyCollection(v2);
}
function sameData(a, b3) {
  if (a === b3) return true;
  if (a instanceof Date) a = a.toISOString();
  if (b3 instanceof Date) b3 = b3.toISOString();
  if (Array.isArray(a) || Array.isArray(b3)) {
    return Array.isArray(a) && Array.isArray(b3) && a.length === b3.length && a.every((x3, i) => sameData(x3, b3[i]));
  }
  if (isPlainObject(a) && isPlainObject(b3)) {
    const ka = Object.keys(a).filter((k2) => a[k2] !== void 0);
    const kb = Object.keys(b3).filter((k2) => b3[k2] !== void 0);
    return ka.length === kb.length && ka.every((k2) => sameData(a[k2], b3[k2]));
  }
  return false;
}

// src/deliver/ingest-write.ts
function writeCatalogEdits(absPath, text, edits) {
  if (edits.length === 0) return false;
  const next = applyYamlEdits(text, edits);
  if (next === text) return false;
  writeFileAtomic(absPath, next);
  return true;
}
function baselineText(b3) {
  return `${JSON.stringify(b3, null, 2)}
`;
}
function writeBaseline(absPath, b3) {
  const text = baselineText(b3);
  let old;
  try {
    old = readFileSync2(absPath, "utf8");
  } catch {
    old = void 0;
  }
  if (old === text) return false;
  writeFileAtomic(absPath, text);
  return true;
}
function summaryLines(s) {
  const { rows, ...header } = s;
  const out = [JSON.stringify(header)];
  for (const r2 of rows) out.push(JSON.stringify(r2));
  return `${out.join("\n")}
`;
}
function writeSummary(absPath, s) {
  writeFileAtomic(absPath, summaryLines(s));
}

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist2(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist3(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/deliver/ingest-commit.ts
var SNAPSHOT_TRAILER = "Threatcat-Snapshot";
var IDENTITY_ENV = ["GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE"];
function gitAt(root) {
  return wo({ baseDir: root, allowEnvironment: IDENTITY_ENV });
}
async function assertNothingStaged(root) {
  const git = gitAt(root);
  let staged;
  try {
    staged = await git.raw(["diff", "--cached", "--name-only"]);
  } catch (err) {
    throw new UsageError(`--commit: ${root} is not a usable git work tree (${firstLine(err.message)})`);
  }
  const files = staged.split("\n").filter(Boolean);
  if (files.length > 0) {
    const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, \u2026 (${files.length} files)` : "");
    throw new UsageError(`--commit: refusing to commit on top of unrelated staged changes (${shown}); commit or unstage them first`);
  }
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
    throw new UsageError(`--commit: git commit failed: ${firstLine(err.message)} (the files are written; commit them by hand)`);
  }
  return (await git.revparse(["HEAD"])).trim();
}
function firstLine(s) {
  return s.split("\n").find((l3) => l3.trim()) ?? s;
}

// src/render/ingest-report.ts
function ingestJson(r2) {
  const all = (k2) => r2.plans.flatMap((p2) => p2[k2]);
  const dedupe = (list2) => [...new Map(list2.map((x3) => [JSON.stringify(x3), x3])).values()];
  const out = {
    snapshot: { digest: r2.digest, sources: r2.sources },
    events: r2.events,
    malformed: r2.malformed,
    closed: r2.plans.flatMap((p2) => p2.closed.map((threat) => ({ catalog: p2.file, threat }))),
    gaps: all("gaps"),
    fired: all("fired"),
    reopened: all("reopened"),
    dormant: dedupe(all("dormant")),
    denied: dedupe(all("denied")),
    drift: all("drift"),
    unobservable: dedupe(all("unobservable")),
    wildcards: dedupe(all("wildcards")),
    lapsed: r2.plans.flatMap((p2) => p2.lapsed.map((threat) => ({ catalog: p2.file, threat }))),
    baselines: r2.plans.map((p2) => ({ catalog: p2.file, state: p2.convergence.state, windowDays: p2.convergence.windowDays, quietDays: p2.convergence.quietDays, reason: p2.convergence.reason })),
    malformedLines: r2.files.flatMap((f3) => f3.samples.map((s) => ({ file: f3.file, line: s.line, reason: s.reason }))),
    written: r2.written,
    commit: r2.commit?.hash ?? null
  };
  return `${JSON.stringify(out, null, 2)}
`;
}
function ingestText(r2) {
  const lines = [];
  const src = Object.entries(r2.sources).map(([k2, n]) => `${k2} ${n}`).join(", ") || "no events";
  lines.push(`Snapshot ${r2.digest}: ${r2.files.length} file(s), ${r2.events} events (${src})${r2.malformed ? `, ${r2.malformed} malformed` : ""}`);
  for (const f3 of r2.files) for (const s of f3.samples) lines.push(`  ${f3.file}:${s.line}: ${s.reason}`);
  for (const f3 of r2.files) if (f3.malformed > f3.samples.length) lines.push(`  ${f3.file}: ${f3.malformed - f3.samples.length} more malformed record(s)`);
  const section = (title, items) => {
    if (items.length === 0) return;
    lines.push("", `${title} (${items.length})`, ...items.map((i) => `  ${i}`));
  };
  section("FIRED: threats re-opened (signal-fired)", r2.plans.flatMap((p2) => p2.fired.map((f3) => `${p2.file} ${f3.threat}: ${f3.source} "${f3.signal}" matched ${f3.events} event(s), last ${f3.at}`)));
  section("BASELINE DRIFT: coercion threats re-opened", r2.plans.flatMap((p2) => p2.drift.map((d2) => `${p2.file} ${d2.workload}: new ${d2.kind} ${d2.behaviour} (first ${d2.first}, ${d2.events} event(s))`)));
  section("Re-opened", r2.plans.flatMap((p2) => p2.reopened.map((x3) => `${p2.file} ${x3.threat} (${x3.event}: ${x3.subject})`)));
  section("Closed", r2.plans.flatMap((p2) => p2.closed.map((t2) => `${p2.file} ${t2}`)));
  section("Lapsed to open (evidence older than maxEvidenceAgeDays)", r2.plans.flatMap((p2) => p2.lapsed.map((t2) => `${p2.file} ${t2}`)));
  section("Gaps: signals without data", r2.plans.flatMap((p2) => p2.gaps.map((g2) => `${p2.file} ${g2.threat} [${g2.source}]: ${g2.reason}`)));
  const newKeys = new Set(r2.plans.flatMap((p2) => p2.newDormant.map((d2) => JSON.stringify(d2))));
  section("Dormant permissions (declared, never used)", dedupeStrings(r2.plans.flatMap((p2) => p2.dormant.map((d2) => `blast ${String(d2.blast).padStart(2)}  ${d2.verb} ${d2.apiGroup ? `${d2.apiGroup}/` : ""}${d2.resource} (namespace ${d2.namespace}) ${d2.identity}${d2.wildcard ? " WILDCARD" : ""}${newKeys.has(JSON.stringify(d2)) ? " [new: needs a disposition]" : ""}`))));
  section("Wildcard grants", dedupeStrings(r2.plans.flatMap((p2) => p2.wildcards.map((w2) => `${w2.verb} ${w2.apiGroup ? `${w2.apiGroup}/` : ""}${w2.resource} (namespace ${w2.namespace}) ${w2.identity}: ${w2.used ? "used" : "dormant"}, blast ${w2.blast}`))));
  section("Unobservable in audit logs (bind, escalate, impersonate, use\u2026)", dedupeStrings(r2.plans.flatMap((p2) => p2.unobservable.map((d2) => `blast ${String(d2.blast).padStart(2)}  ${d2.verb} ${d2.apiGroup ? `${d2.apiGroup}/` : ""}${d2.resource} (namespace ${d2.namespace}) ${d2.identity}`))));
  section("Denied (403): attempted, not granted", dedupeStrings(r2.plans.flatMap((p2) => p2.denied.map((d2) => `${d2.verb} ${d2.apiGroup ? `${d2.apiGroup}/` : ""}${d2.resource}${d2.names.length ? ` ${d2.names.join(",")}` : ""} (namespace ${d2.namespace || "-"}) ${d2.identity} \xD7${d2.count}`))));
  for (const p2 of r2.plans) if (p2.permissionsSkipped) lines.push("", `${p2.file}: dormant permissions not computed: ${p2.permissionsSkipped}`);
  lines.push("", ...r2.plans.map((p2) => `Baseline of ${p2.file}: ${p2.convergence.state} (${p2.convergence.reason})`));
  if (r2.summaryFile) lines.push(`Summary written to ${r2.summaryFile}`);
  if (r2.written.length > 0) lines.push(`Wrote ${r2.written.join(", ")}`);
  if (r2.commit?.hash) lines.push(`Committed ${r2.commit.hash.slice(0, 12)}`);
  if (r2.commit?.skipped) lines.push(`No commit: ${r2.commit.skipped}`);
  return `${lines.join("\n")}
`;
}
function dedupeStrings(list2) {
  return [...new Set(list2)];
}
function commitMessage(r2) {
  const closed = r2.plans.flatMap((p2) => p2.closed.map((t2) => `${p2.file} ${t2}`));
  const reopened = r2.plans.flatMap((p2) => p2.reopened.map((x3) => `${p2.file} ${x3.threat} (${x3.event}: ${x3.subject})`));
  const gaps = r2.plans.flatMap((p2) => p2.gaps.map((g2) => `${p2.file} ${g2.threat} [${g2.source}]: ${g2.reason}`));
  const dormant = [...new Set(r2.plans.flatMap((p2) => p2.newDormant.map((d2) => `${d2.identity}: ${d2.verb} ${d2.apiGroup ? `${d2.apiGroup}/` : ""}${d2.resource} (namespace ${d2.namespace}, blast ${d2.blast}${d2.wildcard ? ", wildcard" : ""})`)))];
  const lapsed = r2.plans.flatMap((p2) => p2.lapsed.map((t2) => `${p2.file} ${t2}`));
  const subject = `threatcat ingest: ${closed.length} closed, ${reopened.length} re-opened, ${gaps.length} gaps, ${dormant.length} new dormant`;
  const src = Object.entries(r2.sources).map(([k2, n]) => `${k2} ${n}`).join(", ") || "no events";
  const parts = [subject, `Evidence snapshot ${r2.digest}: ${r2.events} events (${src}).`];
  const list2 = (title, items) => {
    if (items.length > 0) parts.push(`${title}:
${items.map((i) => `- ${i}`).join("\n")}`);
  };
  list2("Closed", closed);
  list2("Re-opened", reopened);
  list2("Lapsed", lapsed);
  list2("Gaps", gaps);
  list2("New dormant permissions (need a disposition)", dormant);
  parts.push(`Threatcat-Snapshot: ${r2.digest}`);
  return parts.join("\n\n");
}

// src/cli/commands/ingest.ts
var HELP = `Usage: threatcat ingest SNAPSHOT... [--source NAME] [--write] [--commit] [--emit-summary FILE]
                        [-C DIR] [--format text|json] [--config FILE]

Reads runtime evidence (plain or gzip, any size, streamed) and evaluates every catalog under DIR against it:
signals validated (closed), fired (re-opened, exit 1), gaps; dormant permissions (declared RBAC never used);
the per-Deployment baseline and its drift (re-opens coercion threats, exit 1).

Formats are detected from content; --source forces one:
  ${READER_NAMES.join(", ")}
  --write              update catalogs (comment-preserving) and <name>.baseline.json beside them
  --commit             --write, then one git commit with a Threatcat-Snapshot trailer (none if already recorded)
  --emit-summary FILE  write the observation summary (JSON lines; mergeable, readable by ingest)
Exit: 0 clean, 1 a signal fired or the baseline drifted, 2 usage error or unreadable input.
`;
async function ingestCommand(argv, io2) {
  const { values, positionals } = parseCommandArgs(argv, {
    source: { type: "string" },
    write: { type: "boolean" },
    commit: { type: "boolean" },
    "emit-summary": { type: "string" }
  });
  if (values.help) {
    io2.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, ["text", "json"], "text");
  if (positionals.length === 0) throw new UsageError("ingest: give at least one evidence SNAPSHOT file");
  const source = values.source;
  if (source !== void 0 && !READER_NAMES.includes(source)) {
    throw new UsageError(`--source ${source}: expected one of ${READER_NAMES.join(", ")}`);
  }
  const root = resolveRoot(values.C);
  const config = readConfig(root, values.config);
  const commit = Boolean(values.commit);
  const write = commit || Boolean(values.write);
  if (commit) await assertNothingStaged(root);
  const now = io2.now().toISOString();
  const files = positionals.map((p2) => ({ abs: resolve(io2.cwd, p2), file: p2 }));
  const evidence = await readEvidence(files, {
    source,
    now,
    onProgress: io2.isTTY ? (file, bytes) => io2.stderr(`\rthreatcat ingest: ${file}: ${(bytes / 1e6).toFixed(0)} MB read`) : void 0
  });
  if (io2.isTTY && evidence.files.some((f3) => f3.bytes > 64e6)) io2.stderr("\n");
  const summary = evidence.builder.toSummary();
  let summaryFile;
  if (values["emit-summary"]) {
    summaryFile = values["emit-summary"];
    writeSummary(resolve(io2.cwd, summaryFile), summary);
  }
  const ws2 = readWorkspace(root, config, []);
  if (ws2.inputErrors.length > 0) throw ws2.inputErrors[0];
  const inputs = [];
  const texts = /* @__PURE__ */ new Map();
  for (const c3 of ws2.catalogs) {
    const problems = schemaFindings(c3.loaded);
    if (problems.length > 0) {
      const p2 = problems[0];
      throw new InputError(p2, `catalog does not match the schema (run threatcat validate): ${p2.message}`);
    }
    const catalog = asCatalogDoc(c3.loaded);
    const w2 = catalog.data.agent.workload;
    const surface = findAgentSurface(c3.manifests, w2);
    const identity = surface?.identity ?? (w2.serviceAccount ? `system:serviceaccount:${w2.namespace}:${w2.serviceAccount}` : void 0);
    const servers = (surface?.mcpServers ?? []).map((m2) => ({
      name: m2.ref.name,
      identity: m2.identity,
      workload: workloadOfServiceUrl(m2.url) ?? (m2.ref.kind === "MCPServer" && m2.ref.namespace ? `${m2.ref.namespace}/${m2.ref.name}` : void 0)
    }));
    const scope = { workload: `${w2.namespace}/${surface?.workload.name ?? w2.name}`, identity, servers };
    const declared = [...surface?.permissions ?? []];
    for (const s of servers) if (s.identity && s.identity !== identity) declared.push(...declaredPermissions(c3.manifests, s.identity));
    const baselineAbs = baselinePathFor(catalog.absPath);
    const baseline = readBaselineFile(baselineAbs, toRepoPath(root, baselineAbs));
    inputs.push({ catalog, scope, declared, baseline });
    texts.set(catalog.file, { abs: catalog.absPath, text: catalog.text });
  }
  if (inputs.length === 0) io2.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(", ")})
`);
  const plans = planIngest({ catalogs: inputs, summary, digest: evidence.digest, now, maxEvidenceAgeDays: config.maxEvidenceAgeDays });
  const report = {
    digest: evidence.digest,
    sources: summary.sources,
    events: evidence.events,
    malformed: evidence.malformed,
    files: evidence.files,
    plans,
    written: [],
    summaryFile
  };
  if (write) {
    const recorded = commit ? await commitOfSnapshot(root, evidence.digest) : void 0;
    if (recorded) {
      report.commit = { skipped: `snapshot ${evidence.digest} is already recorded in commit ${recorded.slice(0, 12)}` };
    } else {
      for (const p2 of plans) {
        const t2 = texts.get(p2.file);
        if (writeCatalogEdits(t2.abs, t2.text, p2.edits)) report.written.push(p2.file);
        if (p2.baseline) {
          const abs = baselinePathFor(t2.abs);
          if (writeBaseline(abs, p2.baseline)) report.written.push(toRepoPath(root, abs));
        }
      }
      if (commit) {
        if (report.written.length === 0) report.commit = { skipped: "nothing changed" };
        else report.commit = { hash: await commitFiles(root, report.written.map((f3) => join2(root, f3)), commitMessage(report)) };
      }
    }
  }
  io2.stdout(format === "json" ? ingestJson(report) : ingestText(report));
  const reopened = plans.some((p2) => p2.fired.length > 0 || p2.drift.length > 0);
  return reopened ? EXIT.findings : EXIT.clean;
}
export {
  ingestCommand
};
