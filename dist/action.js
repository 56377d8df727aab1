import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-L7LNXCUQ.js";
import "./chunks/chunk-L6JNG54F.js";
import "./chunks/chunk-Z2YEHIL3.js";
import "./chunks/chunk-JU5WT3OZ.js";
import "./chunks/chunk-23AGM5LO.js";
import "./chunks/chunk-MZ373K45.js";
import "./chunks/chunk-4RYNCXSZ.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-NW53GX67.js";
import "./chunks/chunk-SAATOAFL.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-QL5YBEQX.js";
import "./chunks/chunk-XBRHAXQQ.js";
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
