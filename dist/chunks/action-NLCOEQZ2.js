import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunk-3EWED36J.js";
import "./chunk-I2NQOKGK.js";
import "./chunk-4TF67PZ4.js";
import "./chunk-WGMMBQHC.js";
import "./chunk-2PFJKVGJ.js";
import "./chunk-3YVCFBKA.js";
import "./chunk-4MUPCLU5.js";
import "./chunk-ODOPYXCW.js";
import "./chunk-XW6MC7SD.js";
import "./chunk-66VEG6QE.js";
import "./chunk-W7AIGRNX.js";
import "./chunk-2LPVWLPB.js";
import "./chunk-Z5WO5BRX.js";
import {
  EXIT,
  argumentError,
  parseCommandArgs
} from "./chunk-JLX7FBVX.js";
import {
  resolveRoot
} from "./chunk-M2NKUVUE.js";
import {
  UsageError
} from "./chunk-DYLYBFTT.js";

// src/cli/commands/action.ts
var SPEC = {
  name: "action",
  help: `Usage: threatcat action [-C DIR]

The GitHub Action's entry: reads the runner's environment (GITHUB_EVENT_PATH, GITHUB_* and the INPUT_*
variables of action.yml), validates, computes the PR's surface diff, and delivers the summary comment,
review, annotations, job summary and SARIF. action.yml runs the same function from dist/action.js;
this command runs it from any workflow step (e.g. \`npx threatcat action\` with the INPUT_* variables set).
Inputs and outputs: docs/action.md.
`
};
async function actionCommand(argv, io) {
  const { values } = parseCommandArgs(SPEC, argv, {});
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  if (values.format !== void 0)
    throw argumentError(
      SPEC,
      "output goes to the runner (comments, annotations, job summary, SARIF); --format does not apply"
    );
  if (!io.env.GITHUB_EVENT_PATH || !io.env.GITHUB_EVENT_NAME) {
    throw new UsageError(
      "action: not running in GitHub Actions (GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set); see docs/action.md"
    );
  }
  return actionEntry({
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    cwd: resolveRoot(values.C ?? io.cwd),
    now: io.now
  });
}
export {
  actionCommand
};
