import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-YNFBZFKG.js";
import "./chunks/chunk-7AANEJGB.js";
import "./chunks/chunk-AJ2XZ323.js";
import "./chunks/chunk-2RKZITZS.js";
import "./chunks/chunk-FHKJ7Y6I.js";
import "./chunks/chunk-VL6T7WNY.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-AOD6AS77.js";
import "./chunks/chunk-MEKS3ERY.js";
import "./chunks/chunk-ZWNEQHUV.js";
import "./chunks/chunk-D73Q4OO3.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-2QZZNUZN.js";
import "./chunks/chunk-GFHVVTLE.js";

// src/action/main.ts
var code = await actionEntry({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
