import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-5NMZYUXG.js";
import "./chunks/chunk-52IIDNIG.js";
import "./chunks/chunk-K4DCJ7CD.js";
import "./chunks/chunk-PX667L57.js";
import "./chunks/chunk-LF7B3C6L.js";
import "./chunks/chunk-MEZMXNV7.js";
import "./chunks/chunk-3CQOI3W4.js";
import "./chunks/chunk-ZGUOYQK3.js";
import "./chunks/chunk-BXS7YX3G.js";
import "./chunks/chunk-7YMNHZLE.js";
import "./chunks/chunk-CABE5HVY.js";
import "./chunks/chunk-W7FASNMI.js";
import "./chunks/chunk-53TKOZNK.js";
import "./chunks/chunk-BBBO5FXQ.js";

// src/action/main.ts
var code = await runAction({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
