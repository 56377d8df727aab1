import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-VHVV2MB5.js";
import "./chunk-PX667L57.js";
import "./chunk-VKMKM5ED.js";
import "./chunk-3ZFF3JU5.js";
import "./chunk-MEZMXNV7.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-ODQSCIDB.js";
import "./chunk-LJJMU6F6.js";
import "./chunk-2LPVWLPB.js";
import "./chunk-Q5O2R7JL.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
