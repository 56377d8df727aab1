import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-3EWED36J.js";
import "./chunks/chunk-I2NQOKGK.js";
import "./chunks/chunk-4TF67PZ4.js";
import "./chunks/chunk-WGMMBQHC.js";
import "./chunks/chunk-2PFJKVGJ.js";
import "./chunks/chunk-3YVCFBKA.js";
import "./chunks/chunk-4MUPCLU5.js";
import "./chunks/chunk-ODOPYXCW.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-66VEG6QE.js";
import "./chunks/chunk-W7AIGRNX.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Z5WO5BRX.js";
import "./chunks/chunk-M2NKUVUE.js";
import "./chunks/chunk-DYLYBFTT.js";

// src/action/main.ts
var code = await actionEntry({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
