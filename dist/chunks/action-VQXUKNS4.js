import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  runAction
} from "./chunk-WSKJ6CRJ.js";
import "./chunk-DPYVIHSV.js";
import "./chunk-K4DCJ7CD.js";
import "./chunk-PX667L57.js";
import "./chunk-VKMKM5ED.js";
import "./chunk-MEZMXNV7.js";
import "./chunk-IML7CRWY.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-ODQSCIDB.js";
import "./chunk-LJJMU6F6.js";
import "./chunk-2LPVWLPB.js";
import {
  parseCommandArgs
} from "./chunk-WPDW64TB.js";
import {
  EXIT
} from "./chunk-UASP5WOC.js";
import {
  resolveRoot
} from "./chunk-U6DX6LPQ.js";
import "./chunk-Q5O2R7JL.js";
import {
  UsageError
} from "./chunk-BBBO5FXQ.js";

// src/cli/commands/action.ts
var HELP = `Usage: threatcat action [-C DIR]

The GitHub Action's entry: reads the runner's environment (GITHUB_EVENT_PATH, GITHUB_* and the INPUT_*
variables of action.yml), validates, computes the PR's surface diff, and delivers the summary comment,
review, annotations, job summary and SARIF. action.yml runs the same function from dist/action.js;
this command runs it from any workflow step (e.g. \`npx threatcat action\` with the INPUT_* variables set).
Inputs and outputs: docs/action.md.
`;
async function actionCommand(argv, io) {
  const { values } = parseCommandArgs(argv, {});
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  if (values.format !== void 0)
    throw new UsageError(
      "action: output goes to the runner (comments, annotations, job summary, SARIF); --format does not apply"
    );
  if (!io.env.GITHUB_EVENT_PATH || !io.env.GITHUB_EVENT_NAME) {
    throw new UsageError(
      "action: not running in GitHub Actions (GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set); see docs/action.md"
    );
  }
  return runAction({
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
