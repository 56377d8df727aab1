import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  actionEntry
} from "./chunk-YNFBZFKG.js";
import "./chunk-7AANEJGB.js";
import "./chunk-AJ2XZ323.js";
import "./chunk-2RKZITZS.js";
import "./chunk-FHKJ7Y6I.js";
import "./chunk-VL6T7WNY.js";
import "./chunk-KQEFJ3HI.js";
import "./chunk-6JOHEHEM.js";
import "./chunk-AOD6AS77.js";
import "./chunk-MEKS3ERY.js";
import "./chunk-ZWNEQHUV.js";
import "./chunk-D73Q4OO3.js";
import "./chunk-2LPVWLPB.js";
import {
  parseCommandArgs
} from "./chunk-TCJLCM6Z.js";
import {
  EXIT
} from "./chunk-UASP5WOC.js";
import {
  resolveRoot
} from "./chunk-2QZZNUZN.js";
import {
  UsageError
} from "./chunk-GFHVVTLE.js";

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
