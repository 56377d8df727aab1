import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  SURFACE_RULE,
  runDiff
} from "./chunk-AURQOMNF.js";
import "./chunk-G5E4LCDM.js";
import "./chunk-XY24GWRE.js";
import "./chunk-OIKLKZIY.js";
import "./chunk-EPDXEDPO.js";
import "./chunk-UDCIEZES.js";
import "./chunk-BBBO5FXQ.js";
export {
  SURFACE_RULE,
  runDiff
};
