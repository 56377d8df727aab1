import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-RJGNMFWR.js";
import "./chunks/chunk-BNEJJMU5.js";
import "./chunks/chunk-XKPQ33WV.js";
import "./chunks/chunk-3ECZ4EGF.js";
import "./chunks/chunk-VFKIO5OW.js";
import "./chunks/chunk-6CCRUUDW.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-QUCYGRCZ.js";
import "./chunks/chunk-TA73PMWC.js";
import "./chunks/chunk-IYDCQJHF.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Y4727YD7.js";
import "./chunks/chunk-QTHQXRDJ.js";
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
