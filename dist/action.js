import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-QO7ZZJIH.js";
import "./chunks/chunk-L4XXUD63.js";
import "./chunks/chunk-IFQ5LDCQ.js";
import "./chunks/chunk-CZJLSVD6.js";
import "./chunks/chunk-KIHZEFCC.js";
import "./chunks/chunk-YVBHI7S2.js";
import "./chunks/chunk-GC3LWGRX.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-3L5YRJF5.js";
import "./chunks/chunk-R645U3NT.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-PLN32GDA.js";
import "./chunks/chunk-ANXZMRTR.js";
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
