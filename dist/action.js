import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-MSAWGCEX.js";
import "./chunks/chunk-2DCNBYAY.js";
import "./chunks/chunk-TDYALXDG.js";
import "./chunks/chunk-VFAB5FLO.js";
import "./chunks/chunk-IMDP2DIG.js";
import "./chunks/chunk-H2XQFDDC.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-LPXVHVZ2.js";
import "./chunks/chunk-UGFUOL6P.js";
import "./chunks/chunk-6FBPGFMV.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Y4727YD7.js";
import "./chunks/chunk-UL5DACGK.js";
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
