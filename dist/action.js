import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-JFI3OUJY.js";
import "./chunks/chunk-OEAFQFMY.js";
import "./chunks/chunk-I7T6BLUC.js";
import "./chunks/chunk-DMTLNYGI.js";
import "./chunks/chunk-Z2S76GXQ.js";
import "./chunks/chunk-VBLCBRVS.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-7B2WJE64.js";
import "./chunks/chunk-6FBPGFMV.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Y4727YD7.js";
import "./chunks/chunk-LTLTF5ZU.js";
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
