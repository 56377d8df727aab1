import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-BCP2HCXQ.js";
import "./chunks/chunk-D2EXTOBT.js";
import "./chunks/chunk-BCT6VIMM.js";
import "./chunks/chunk-BSLPE3K3.js";
import "./chunks/chunk-F2YSIOO5.js";
import "./chunks/chunk-ICMPDLWA.js";
import "./chunks/chunk-3YVCFBKA.js";
import "./chunks/chunk-HZNK3MZO.js";
import "./chunks/chunk-43IZAZCS.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-F4M7XOMD.js";
import "./chunks/chunk-6M7KOQZD.js";
import "./chunks/chunk-Z5WO5BRX.js";
import "./chunks/chunk-D73Q4OO3.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-EF3ZPZHT.js";
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
