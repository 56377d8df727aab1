import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-OOFVMVIF.js";
import "./chunks/chunk-EZ6LMR5F.js";
import "./chunks/chunk-ARKAYRAR.js";
import "./chunks/chunk-ASU5XEKO.js";
import "./chunks/chunk-SJHUIWCJ.js";
import "./chunks/chunk-3YVCFBKA.js";
import "./chunks/chunk-EVN3QODQ.js";
import "./chunks/chunk-RUPOMLZP.js";
import "./chunks/chunk-XW6MC7SD.js";
import "./chunks/chunk-F2YSIOO5.js";
import "./chunks/chunk-6AVUZIN2.js";
import "./chunks/chunk-YP77GEYG.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Z5WO5BRX.js";
import "./chunks/chunk-WGFAQWIU.js";
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
