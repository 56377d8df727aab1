import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-52MFQEZI.js";
import "./chunk-PX667L57.js";
import "./chunk-LF7B3C6L.js";
import "./chunk-WZUJ2L5Y.js";
import "./chunk-MEZMXNV7.js";
import "./chunk-ZGUOYQK3.js";
import "./chunk-BXS7YX3G.js";
import "./chunk-7YMNHZLE.js";
import "./chunk-CABE5HVY.js";
import "./chunk-53TKOZNK.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
