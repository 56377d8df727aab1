import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  FAIL_ON,
  UsageError,
  __commonJS,
  __toESM
} from "./chunk-TIATFUQ4.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/cli/io.ts
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date(),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    color: wantsColor(process.env, Boolean(process.stdout.isTTY))
  };
}
var EXIT = { clean: 0, findings: 1, usage: 2 };
function wantsColor(env, tty) {
  return tty && !env.NO_COLOR && env.TERM !== "dumb";
}

// src/cli/args.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  format: { type: "string" },
  C: { type: "string", short: "C" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var ArgumentError = class extends UsageError {
  constructor(command, message, usage) {
    super(message);
    this.command = command;
    this.usage = usage;
    this.name = "ArgumentError";
  }
  command;
  usage;
};
function usageOf(spec) {
  return spec.help.split(/\n\s*\n/)[0].trimEnd();
}
function argumentError(spec, message) {
  return new ArgumentError(spec.name, message, usageOf(spec));
}
function parseCommandArgs(spec, argv, options) {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (err) {
    throw argumentError(spec, explainParseError(err, all));
  }
}
function explainParseError(err, options) {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? "";
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const given = quoted.split("=")[0];
    const hint = closestOption(given, options);
    return `unknown option ${given}${hint ? ` (did you mean ${hint}?)` : ""}`;
  }
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = quoted.replace(/ <value>$/, "").split(", ")[0];
    const long = Object.entries(options).find(([k, o]) => `-${o.short}` === name || `--${k}` === name);
    const shown = long ? optionName(long[0]) : name;
    if (/does not take an argument/.test(err.message)) return `option ${shown} takes no value`;
    return `option ${shown} needs a value`;
  }
  return err.message.replace(/\. To specify a positional argument.*$/s, "");
}
function optionName(key) {
  return key.length === 1 ? `-${key}` : `--${key}`;
}
function closestOption(given, options) {
  const bare = given.replace(/^-+/, "");
  if (bare.length < 2) return void 0;
  return suggest(
    bare,
    Object.keys(options).filter((k) => k.length > 1)
  )?.replace(/^/, "--");
}
function suggest(word, candidates) {
  const w = word.toLowerCase();
  const scored = candidates.map((c) => ({ c, d: (0, import_fastest_levenshtein.distance)(w, c.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (!best) return void 0;
  const limit = Math.max(2, Math.floor(best.c.length / 3));
  if (best.d > limit) return void 0;
  if (scored[1] && scored[1].d === best.d) return void 0;
  return best.c;
}
function didYouMean(word, candidates) {
  const hint = suggest(word, candidates);
  return hint ? ` (did you mean ${hint}?)` : "";
}
function pickFormat(spec, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw argumentError(spec, `--format ${value}: expected one of ${allowed.join(", ")}${didYouMean(value, allowed)}`);
  }
  return value;
}
function pickFailOn(spec, value) {
  if (value === void 0) return "error";
  if (!FAIL_ON.includes(value)) {
    throw argumentError(spec, `--fail-on ${value}: expected one of ${FAIL_ON.join(", ")}${didYouMean(value, FAIL_ON)}`);
  }
  return value;
}

export {
  processIo,
  EXIT,
  ArgumentError,
  argumentError,
  parseCommandArgs,
  suggest,
  didYouMean,
  pickFormat,
  pickFailOn
};
