import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-ZWNEQHUV.js";
import {
  EXIT,
  processIo
} from "./chunks/chunk-UASP5WOC.js";
import {
  InputError,
  UsageError
} from "./chunks/chunk-GFHVVTLE.js";

// src/cli/main.ts
var COMMANDS = {
  validate: {
    summary: "check catalogs against the schema and the semantic rules",
    load: async () => (await import("./chunks/validate-YPPWM2GI.js")).validateCommand
  },
  diff: {
    summary: "agent-surface changes between two git states, and the threats they re-open",
    load: async () => (await import("./chunks/diff-3UBGKYO3.js")).diffCommand
  },
  ingest: {
    summary: "runtime evidence: close, re-open, find dormant permissions; --commit records it",
    load: async () => (await import("./chunks/ingest-OGTPHLWA.js")).ingestCommand
  },
  report: {
    summary: "the whole picture for people: markdown, self-contained html, or json",
    load: async () => (await import("./chunks/report-D47OHFNO.js")).reportCommand
  },
  init: {
    summary: "write a Day-1 catalog for an agent from its manifests",
    load: async () => (await import("./chunks/init-WN5NL5D4.js")).initCommand
  },
  action: {
    summary: "the GitHub Action's entry (reads the runner's environment)",
    load: async () => (await import("./chunks/action-SUO5QXMR.js")).actionCommand
  }
};
var USAGE = `threatcat ${VERSION}: threat-model-as-code for AI agents on Kubernetes

Usage: threatcat <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join("\n")}

Every command takes --format, -C DIR (repository root, default .) and --config FILE.
Exit codes: 0 clean, 1 findings that fail the check, 2 usage error or unreadable input.
Run 'threatcat <command> --help' for a command's options.
`;
async function run(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name ? EXIT.clean : EXIT.usage;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}
`);
    return EXIT.clean;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`threatcat: unknown command '${name}'

${USAGE}`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    return reportFailure(err, io);
  }
}
function reportFailure(err, io) {
  if (err instanceof UsageError) {
    io.stderr(`threatcat: ${err.message}
`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(`${err.toString()}
`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`threatcat: internal error: ${message}
`);
  if (io.env.THREATCAT_DEBUG) io.stderr(`${err?.stack ?? ""}
`);
  return EXIT.usage;
}
export {
  VERSION,
  reportFailure,
  run
};
