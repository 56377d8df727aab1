import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-WSKJ6CRJ.js";
import "./chunks/chunk-DPYVIHSV.js";
import "./chunks/chunk-K4DCJ7CD.js";
import "./chunks/chunk-PX667L57.js";
import "./chunks/chunk-VKMKM5ED.js";
import "./chunks/chunk-MEZMXNV7.js";
import "./chunks/chunk-IML7CRWY.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-ODQSCIDB.js";
import "./chunks/chunk-LJJMU6F6.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-U6DX6LPQ.js";
import "./chunks/chunk-Q5O2R7JL.js";
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
