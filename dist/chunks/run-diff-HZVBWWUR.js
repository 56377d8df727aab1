import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-HUTXU7X5.js";
import "./chunk-G5E4LCDM.js";
import "./chunk-5GAIK3BR.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
