import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-BT4KKOSW.js";
import "./chunk-G5E4LCDM.js";
import "./chunk-JLSI6C4R.js";
import "./chunk-TMHZNQ4T.js";
import "./chunk-ZL3HBBM6.js";
import "./chunk-KRZ3VG2V.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
