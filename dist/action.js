import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-XWCSZE65.js";
import "./chunks/chunk-JHNPDYWL.js";
import "./chunks/chunk-K4DCJ7CD.js";
import "./chunks/chunk-PX667L57.js";
import "./chunks/chunk-GUKAKK3W.js";
import "./chunks/chunk-FHKJ7Y6I.js";
import "./chunks/chunk-XXYWZDC5.js";
import "./chunks/chunk-BZHW54C6.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-ULZSS6X6.js";
import "./chunks/chunk-FLO6DFG2.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-VSXJMICF.js";
import "./chunks/chunk-2AQNGLJS.js";
import "./chunks/chunk-GFHVVTLE.js";

// src/action/main.ts
var code = await runAction({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
