import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-KD3DOQQY.js";
import "./chunk-G5E4LCDM.js";
import "./chunk-6JMDW4J7.js";
import "./chunk-GRUYPP4T.js";
import "./chunk-4ZI2JTUR.js";
import "./chunk-MZWKKBTH.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
