import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunk-QO7ZZJIH.js";
import "./chunk-L4XXUD63.js";
import "./chunk-IFQ5LDCQ.js";
import "./chunk-CZJLSVD6.js";
import "./chunk-KIHZEFCC.js";
import "./chunk-YVBHI7S2.js";
import "./chunk-GC3LWGRX.js";
import "./chunk-XW6MC7SD.js";
import "./chunk-3L5YRJF5.js";
import "./chunk-R645U3NT.js";
import "./chunk-2LPVWLPB.js";
import "./chunk-PLN32GDA.js";
import {
  EXIT,
  argumentError,
  parseCommandArgs
} from "./chunk-RAOOECVX.js";
import {
  resolveRoot
} from "./chunk-ANXZMRTR.js";
import {
  UsageError
} from "./chunk-TIATFUQ4.js";

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
