import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-TVGWDZJ4.js";
import "./chunk-PX667L57.js";
import "./chunk-GUKAKK3W.js";
import "./chunk-UZMJ4O6T.js";
import "./chunk-FHKJ7Y6I.js";
import "./chunk-XXYWZDC5.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-ULZSS6X6.js";
import "./chunk-FLO6DFG2.js";
import "./chunk-2LPVWLPB.js";
import "./chunk-2AQNGLJS.js";
import "./chunk-GFHVVTLE.js";
export {
  SURFACE_RULE,
  runDiff
};
