import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  FAIL_ON
} from "./chunk-2QZZNUZN.js";
import {
  UsageError
} from "./chunk-GFHVVTLE.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  format: { type: "string" },
  C: { type: "string", short: "C" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseCommandArgs(argv, options) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
function pickFormat(value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`--format ${value}: expected one of ${allowed.join(", ")}`);
  }
  return value;
}
function pickFailOn(value) {
  if (value === void 0) return "error";
  if (!FAIL_ON.includes(value)) {
    throw new UsageError(`--fail-on ${value}: expected one of ${FAIL_ON.join(", ")}`);
  }
  return value;
}

export {
  parseCommandArgs,
  pickFormat,
  pickFailOn
};
