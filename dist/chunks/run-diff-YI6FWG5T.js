import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-UFTZKB7M.js";
import "./chunk-G5E4LCDM.js";
import "./chunk-XYNXY5HP.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
