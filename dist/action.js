import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-B3AIEXIP.js";
import "./chunks/chunk-KTITPBR6.js";
import "./chunks/chunk-NZDLH45R.js";
import "./chunks/chunk-BKGK2ND6.js";
import "./chunks/chunk-DWVAE6D3.js";
import "./chunks/chunk-SNZNKHML.js";
import "./chunks/chunk-VCCG6TJM.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-Y2JERVVG.js";
import "./chunks/chunk-275BH6KS.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-PLN32GDA.js";
import "./chunks/chunk-7QRTORGI.js";
import "./chunks/chunk-TIATFUQ4.js";

// src/action/main.ts
var code = await actionEntry({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
