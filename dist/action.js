import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-7DDAW2SW.js";
import "./chunks/chunk-MRGYBZRY.js";
import "./chunks/chunk-RCRILJBW.js";
import "./chunks/chunk-XGHRL724.js";
import "./chunks/chunk-JW6IVGY7.js";
import "./chunks/chunk-RAA3BVOD.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-ZKIEQ5TI.js";
import "./chunks/chunk-IYDCQJHF.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Y4727YD7.js";
import "./chunks/chunk-F3WM2WQ3.js";
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
