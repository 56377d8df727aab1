import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-PLN32GDA.js";
import {
  ArgumentError,
  EXIT,
  processIo,
  suggest
} from "./chunks/chunk-RAOOECVX.js";
import {
  InputError,
  UsageError,
  oneLine
} from "./chunks/chunk-TIATFUQ4.js";

// src/cli/main.ts
var COMMANDS = {
  validate: {
    summary: "check catalogs against the schema and the semantic rules",
    load: async () => (await import("./chunks/validate-7XZSMTQE.js")).validateCommand
  },
  diff: {
    summary: "agent-surface changes between two git states, and the threats they re-open",
    load: async () => (await import("./chunks/diff-T2BMBFRS.js")).diffCommand
  },
  ingest: {
    summary: "runtime evidence: close, re-open, find dormant permissions; --commit records it",
    load: async () => (await import("./chunks/ingest-N4P5GFSN.js")).ingestCommand
  },
  report: {
    summary: "the whole picture for people: markdown, self-contained html, or json",
    load: async () => (await import("./chunks/report-XCM42M6B.js")).reportCommand
  },
  init: {
    summary: "write a Day-1 catalog for an agent from its manifests",
    load: async () => (await import("./chunks/init-PWVOZWIA.js")).initCommand
  },
  action: {
    summary: "the GitHub Action's entry (reads the runner's environment)",
    load: async () => (await import("./chunks/action-RKWUQBYP.js")).actionCommand
  }
};
var USAGE = `threatcat ${VERSION}: threat-model-as-code for AI agents on Kubernetes

Usage: threatcat <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join("\n")}

Every command takes --format, -C DIR (repository root, default .) and --config FILE.
Exit codes: 0 clean, 1 findings that fail the check, 2 usage error or unreadable input.
Run 'threatcat help <command>' (or 'threatcat <command> --help') for a command's options.
`;
async function run(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return name ? EXIT.clean : EXIT.usage;
  }
  if (name === "help") {
    if (rest.length === 0) {
      io.stdout(USAGE);
      return EXIT.clean;
    }
    return Object.hasOwn(COMMANDS, rest[0]) ? run([rest[0], "--help"], io) : unknownCommand(rest[0], io);
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}
`);
    return EXIT.clean;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry) return unknownCommand(name, io);
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    return reportFailure(err, io);
  }
}
function unknownCommand(name, io) {
  const names = Object.keys(COMMANDS);
  if (name.startsWith("-")) {
    io.stderr(
      `threatcat: ${name} goes after the command (threatcat <command> [options]); the commands: ${names.join(", ")}
Run 'threatcat --help' for what each does.
`
    );
    return EXIT.usage;
  }
  const hint = suggest(name, names);
  io.stderr(
    `threatcat: unknown command '${oneLine(name)}'${hint ? `; did you mean '${hint}'?` : ""}
The commands: ${names.join(", ")}. Run 'threatcat --help' for what each does.
`
  );
  return EXIT.usage;
}
function reportFailure(err, io) {
  if (err instanceof ArgumentError) {
    io.stderr(
      `threatcat ${err.command}: ${err.message}
${err.usage}
Run 'threatcat ${err.command} --help' for the options.
`
    );
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    io.stderr(`threatcat: ${err.lines().join("\n")}
`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    io.stderr(`${err.toString()}
`);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`threatcat: internal error: ${oneLine(message)}
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
