import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-M4YST7AT.js";
import "./chunk-PX667L57.js";
import "./chunk-OG3XUUK7.js";
import "./chunk-3LEP7YUC.js";
import "./chunk-MEZMXNV7.js";
import "./chunk-ZGUOYQK3.js";
import "./chunk-Q5MKSDZD.js";
import "./chunk-H4KNRZJ7.js";
import "./chunk-CABE5HVY.js";
import "./chunk-LSKMEFN6.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
