import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunks/chunk-UX7VTR3M.js";
import "./chunks/chunk-DYZHSBPH.js";
import "./chunks/chunk-K4HPW7VK.js";
import "./chunks/chunk-QCHWAECQ.js";
import "./chunks/chunk-K4DCJ7CD.js";
import "./chunks/chunk-OE3GZDZ3.js";
import "./chunks/chunk-VBLCBRVS.js";
import "./chunks/chunk-KQEFJ3HI.js";
import "./chunks/chunk-6JOHEHEM.js";
import "./chunks/chunk-FH4L3FWO.js";
import "./chunks/chunk-2LPVWLPB.js";
import "./chunks/chunk-Y4727YD7.js";
import "./chunks/chunk-2VMORRUV.js";
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
