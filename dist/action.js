import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-3LWUEJL5.js";
import "./chunks/chunk-TJI7CHLD.js";
import "./chunks/chunk-I3UXOJUW.js";
import "./chunks/chunk-NR6Y7ZXI.js";
import "./chunks/chunk-FT3UBES6.js";
import "./chunks/chunk-CBOG4CXJ.js";
import "./chunks/chunk-PIYHWPQ7.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-WHDTTXYD.js";
import "./chunks/chunk-AR23VXO7.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-QL5YBEQX.js";
import "./chunks/chunk-JMBFIT22.js";
import "./chunks/chunk-CADMJNAH.js";

// src/action/main.ts
var code = await actionEntry({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date()
});
process.stdout.write("", () => process.exit(code));
